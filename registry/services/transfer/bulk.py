"""Many new services from one import, written with a few bulk INSERTs per table.

To the same effect as the staff workflow that imports each row (transfer.apply_import:
a service, `new_draft_from` and `save_draft`), row for row and audit entry for audit
entry - but without a unit of work, flushes and conditional UPDATEs per row, which made
a 5,000-row confirmation outlast a worker's timeout. Only brand-new services come here:
nobody else can hold their drafts, so the workflow's revision checks have nothing to
guard. tests/services/test_import_bulk.py holds the two paths to the same result.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from registry.extensions import db
from registry.models import (
    Agency,
    AuditEntry,
    Region,
    Service,
    StandardVersion,
    User,
    VersionAuthor,
    VersionStatus,
)
from registry.models.standard import PART_FIELDS
from registry.services import audit, rules
from registry.services.catalogue import free_service_codes
from registry.services.standards import PART_MODELS, VERSION_FIELDS

# Below this many new services the workflow itself is fast enough and writes them.
MIN_SERVICES = 50
CHUNK = 1000
# What `new_draft_from` leaves in a draft of a service without a standard.
EMPTY_DRAFT: dict[str, Any] = {
    **dict.fromkeys(VERSION_FIELDS), "completion_value": 1, "completion_unit": "working_days",
    "product": "", "complaint_handling": "", "change_summary": "",
    **{part: [] for part in PART_FIELDS},
}


@dataclass
class NewService:
    region: Region
    agency: Agency
    slug: str
    fields: dict[str, Any]      # name, name_en, category, synonyms, online_url
    values: dict[str, Any]      # the standard, as the staff form saves it
    verified_on: dt.date | None
    verified_by: str | None
    code: str | None = None     # kept from the file, else a new one


def write_new_services(items: list[NewService], user: User | None, actor: str | None,
                       summary: str) -> tuple[list[Service], list[StandardVersion]]:
    """Create the services and their first drafts (version 1); flush, never commit."""
    service_ids = _insert_services(items)
    values = [rules.standard(item.values, confirm_large=True) for item in items]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    version_ids = _insert_versions(items, service_ids, values, user, now)
    _insert_parts(version_ids, values)
    author = (user.id, f"{user.name} <{user.email}>"[:200]) if user is not None \
        else (None, (actor or "system")[:200])
    _insert_in_chunks(VersionAuthor, [{"version_id": version_id, "user_id": author[0],
                                       "actor": author[1]} for version_id in version_ids])
    entries: list[dict[str, Any]] = []
    for item, service_id, version_id, saved in zip(items, service_ids, version_ids, values,
                                                   strict=True):
        scope: dict[str, Any] = {"user": user, "actor": actor, "region_id": item.region.id,
                                 "agency_id": item.agency.id}
        after = {**EMPTY_DRAFT, **{name: saved[name] for name in VERSION_FIELDS
                                   if name in saved}}
        after.update({part: [{f: row.get(f) for f in fields} for row in saved[part]]
                      for part, fields in PART_FIELDS.items() if part in saved})
        entries += [
            audit.entry_values("service_imported", "service", service_id, summary=summary,
                               after={"slug": item.slug, **item.fields}, **scope),
            audit.entry_values("draft_created", "standardversion", version_id,
                               summary=f"{item.fields['name']} v1", **scope),
            audit.entry_values("draft_imported", "standardversion", version_id,
                               summary=summary, before={**EMPTY_DRAFT, "revision": 1},
                               after={**after, "revision": 2}, **scope),
        ]
    _insert_in_chunks(AuditEntry, entries, nulls=True)  # every column of it may be NULL
    db.session.flush()
    for agency in {item.agency for item in items}:
        db.session.expire(agency, ["services"])  # bulk INSERTs bypass loaded collections
    return _loaded(Service, service_ids), _loaded(StandardVersion, version_ids)


def new_codes(given: list[str | None]) -> Iterator[str]:
    """The code of each new service: the file's, or a free random one. The random ones
    are drawn from more than needed, leaving out the codes the file gives."""
    kept = {code for code in given if code}
    fresh = (code for code in free_service_codes(len(given)) if code not in kept)
    return iter([code or next(fresh) for code in given])


def _insert_in_chunks(model: type, rows: list[dict[str, Any]], nulls: bool = False) -> None:
    """`nulls` writes None as NULL (else the column default applies, as in the workflow):
    rows then share one set of columns and go out in one statement per chunk."""
    statement = insert(model).execution_options(render_nulls=nulls)
    for start in range(0, len(rows), CHUNK):
        db.session.execute(statement, rows[start:start + CHUNK])


def _insert_services(items: list[NewService]) -> list[int]:
    """The services; their ids in the order of `items` (found by their unique slugs:
    RETURNING in parameter order would make SQLite insert one row per statement)."""
    rows = [{"region_id": item.region.id, "agency_id": item.agency.id, "slug": item.slug,
             "code": code, "registration_opens": None, "registration_closes": None,
             "registration_yearly": False, **item.fields}
            for item, code in zip(items, new_codes([item.code for item in items]),
                                  strict=True)]
    _insert_in_chunks(Service, rows)
    ids: dict[tuple[int, str], int] = {}
    for region_id in {row["region_id"] for row in rows}:
        slugs = [row["slug"] for row in rows if row["region_id"] == region_id]
        for start in range(0, len(slugs), CHUNK):
            ids.update({(region_id, slug): service_id for service_id, slug in db.session.execute(
                select(Service.id, Service.slug).where(
                    Service.region_id == region_id, Service.slug.in_(slugs[start:start + CHUNK])))})
    return [ids[row["region_id"], row["slug"]] for row in rows]


def _insert_versions(items: list[NewService], service_ids: list[int],
                     values: list[dict[str, Any]], user: User | None,
                     now: dt.datetime) -> list[int]:
    """Version 1 of each service as `save_draft` leaves it: a draft at revision 2."""
    rows = [{"service_id": service_id, "number": 1, "status": VersionStatus.DRAFT.value,
             "author_id": user.id if user else None, "revision": 2, "updated_at": now,
             "verified_on": item.verified_on, "verified_by": item.verified_by,
             **{name: saved.get(name, EMPTY_DRAFT[name]) for name in VERSION_FIELDS}}
            for item, service_id, saved in zip(items, service_ids, values, strict=True)]
    _insert_in_chunks(StandardVersion, rows)
    found: dict[int, int] = {}
    for start in range(0, len(service_ids), CHUNK):
        found.update({service_id: version_id for version_id, service_id in db.session.execute(
            select(StandardVersion.id, StandardVersion.service_id).where(
                StandardVersion.service_id.in_(service_ids[start:start + CHUNK])))})
    return [found[service_id] for service_id in service_ids]


def _insert_parts(version_ids: list[int], values: list[dict[str, Any]]) -> None:
    for part, fields in PART_FIELDS.items():
        rows = [{"version_id": version_id, "position": i, **{f: row.get(f) for f in fields}}
                for version_id, saved in zip(version_ids, values, strict=True)
                for i, row in enumerate(saved.get(part, []))]
        _insert_in_chunks(PART_MODELS[part], rows)


def _loaded(model: Any, ids: list[int]) -> list[Any]:
    """Rows just written in bulk, as objects, in the order of `ids`."""
    found: dict[int, Any] = {}
    for start in range(0, len(ids), CHUNK):
        rows: list[Any] = list(db.session.scalars(
            select(model).where(model.id.in_(ids[start:start + CHUNK]))))
        found.update({row.id: row for row in rows})
    return [found[object_id] for object_id in ids]
