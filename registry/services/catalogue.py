"""Catalogue queries, always scoped to one region."""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from registry.extensions import db
from registry.models import Agency, Region, Service, StandardVersion, User
from registry.models.service import CATEGORIES
from registry.services import rules, search
from registry.services.audit import record
from registry.services.schedule import region_today
from registry.services.standards import PART_MODELS, PUBLISHED_STATES, new_draft_from


def regions() -> list[Region]:
    return list(db.session.scalars(select(Region).order_by(Region.name)))


def default_region() -> Region | None:
    """The configured default region, or the only one."""
    slug = current_app.config.get("DEFAULT_REGION")
    if slug:
        return region_by_slug(slug)
    found = db.session.scalars(select(Region).limit(2)).all()
    return found[0] if len(found) == 1 else None


def region_by_slug(slug: str) -> Region | None:
    return db.session.scalar(select(Region).where(Region.slug == slug))


def agency_by_slug(region: Region, slug: str) -> Agency | None:
    return db.session.scalar(
        select(Agency).where(Agency.region_id == region.id, Agency.slug == slug)
    )


def service_by_slug(region: Region, slug: str) -> Service | None:
    return db.session.scalar(
        select(Service)
        .where(Service.region_id == region.id, Service.slug == slug)
        .options(
            selectinload(Service.versions).selectinload(StandardVersion.requirements),
            selectinload(Service.versions).selectinload(StandardVersion.steps),
            selectinload(Service.versions).selectinload(StandardVersion.fee_lines),
            selectinload(Service.versions).selectinload(StandardVersion.legal_bases),
            selectinload(Service.counters),
        )
    )


def service_by_code(code: str) -> Service | None:
    return db.session.scalar(select(Service).where(Service.code == code.upper()))


def region_services(region: Region, agency: Agency | None = None,
                    category: str | None = None) -> list[Service]:
    query = (
        select(Service)
        .where(Service.region_id == region.id)
        .options(selectinload(Service.agency))
        .order_by(Service.name)
    )
    if agency is not None:
        query = query.where(Service.agency_id == agency.id)
    if category:
        query = query.where(Service.category == category)
    return list(db.session.scalars(query))


def category_counts(region: Region) -> list[tuple[str, int]]:
    """Life-event categories that have services, in their fixed order, with counts."""
    rows: dict[str, int] = dict(
        db.session.execute(
            select(Service.category, func.count())
            .where(Service.region_id == region.id)
            .group_by(Service.category)
        ).tuples().all()
    )
    return [(key, rows[key]) for key in CATEGORIES if rows.get(key)]


def popular_services(region: Region, limit: int = 6) -> list[Service]:
    """The services citizens use most, by the experience reports they left (then by
    name), for the "page not found" page: the likeliest places a lost visitor wanted."""
    from registry.models import ExperienceReport

    reports = (select(ExperienceReport.service_id, func.count().label("used"))
               .group_by(ExperienceReport.service_id).subquery())
    query = (select(Service).outerjoin(reports, reports.c.service_id == Service.id)
             .where(Service.region_id == region.id)
             .order_by(func.coalesce(reports.c.used, 0).desc(), Service.name).limit(limit))
    return list(db.session.scalars(query))


# No 0/O, 1/I/L: a code read off a poster must not be misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6


def public_agencies(region: Region) -> list[Agency]:
    """The region's agencies for its home page, with the ids of their services (counted
    there): two queries."""
    return list(db.session.scalars(
        select(Agency).where(Agency.region_id == region.id).order_by(Agency.name)
        .options(selectinload(Agency.services).load_only(Service.id))))


def public_agency(region: Region, slug: str) -> Agency | None:
    """An agency with what its public page shows: counters, hours, channels (its own and
    the region's) and its services."""
    return db.session.scalar(
        select(Agency).where(Agency.region_id == region.id, Agency.slug == slug)
        .options(selectinload(Agency.counters), selectinload(Agency.hours),
                 selectinload(Agency.channels), selectinload(Agency.services),
                 joinedload(Agency.region).selectinload(Region.channels)))


def public_service(region: Region, slug: str) -> Service | None:
    """A service as its public page and the API read it: its agency (hours, channels), the
    region's channels and days off, its counters and its published versions - without
    their parts, which `load_parts` adds for the versions a page shows. Nothing is loaded
    lazily afterwards; drafts are never read."""
    return db.session.scalar(
        select(Service)
        .where(Service.region_id == region.id, Service.slug == slug)
        .options(
            joinedload(Service.region).selectinload(Region.channels),
            joinedload(Service.region).selectinload(Region.closures),
            joinedload(Service.region).selectinload(Region.holiday_overrides),
            joinedload(Service.agency).selectinload(Agency.hours),
            joinedload(Service.agency).selectinload(Agency.channels),
            selectinload(Service.counters),
            selectinload(Service.versions.and_(StandardVersion.status.in_(PUBLISHED_STATES))),
        )
    )


def load_parts(versions: list[StandardVersion]) -> None:
    """Requirements, steps, fee lines and legal bases of these versions: one query per kind
    of part for all of them (versions that have theirs already are left alone)."""
    wanted = [v for v in versions if "requirements" not in v.__dict__]
    if not wanted:
        return
    ids = [v.id for v in wanted]
    models: dict[str, Any] = PART_MODELS  # each part class has version_id and position
    for name, model in models.items():
        found: dict[int, list[object]] = {}
        for part in db.session.scalars(select(model).where(model.version_id.in_(ids))
                                       .order_by(model.version_id, model.position)):
            found.setdefault(part.version_id, []).append(part)
        for version in wanted:
            set_committed_value(version, name, found.get(version.id, []))


def service_code(seed: str | None = None) -> str:
    """A short code for QR links; derived from `seed` when given (stable demo data)."""
    import hashlib
    import secrets

    if seed is None:
        return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    number = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return "".join(chars)


def update_service(service: Service, values: dict[str, Any], by: User | None) -> Service:
    """Change a service's identity: name, category, synonyms, counters, online channel."""
    def identity() -> dict[str, Any]:
        return {"name": service.name, "name_en": service.name_en, "category": service.category,
                "synonyms": service.synonyms, "online_url": service.online_url,
                "counters": [c.name for c in service.counters],
                "registration_opens": service.registration_opens,
                "registration_closes": service.registration_closes,
                "registration_yearly": service.registration_yearly}

    values = rules.service(values)
    before = identity()
    for name in ("name", "name_en", "category", "synonyms", "online_url", "registration_opens",
                 "registration_closes", "registration_yearly"):
        if name in values:
            setattr(service, name, values[name])
    if "counter_ids" in values:
        service.counters = [c for c in service.agency.counters if c.id in values["counter_ids"]]
    db.session.flush()
    search.index_service(service)
    record("service_changed", service, user=by, before=before, after=identity())
    return service


SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_MAX = 120


class ServiceError(ValueError):
    """A new service the catalogue cannot take; `field` says which value is at fault."""

    def __init__(self, field: str, reason: str):
        super().__init__(reason)
        self.field = field
        self.reason = reason


def slug_taken(region: Region, slug: str) -> bool:
    return db.session.scalar(select(Service.id).where(
        Service.region_id == region.id, Service.slug == slug)) is not None


def suggest_slug(region: Region, name: str) -> str:
    """A free slug made of the name: ASCII lowercase words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:SLUG_MAX - 4]
    base = base.strip("-") or "layanan"
    slug, number = base, 2
    while slug_taken(region, slug):
        slug, number = f"{base}-{number}", number + 1
    return slug


def free_service_code() -> str:
    """A random short code no service uses yet."""
    while True:
        code = service_code()
        if db.session.scalar(select(Service.id).where(Service.code == code)) is None:
            return code


def free_service_codes(count: int) -> list[str]:
    """`count` distinct random codes no service uses yet, for a bulk import (one query)."""
    taken = set(db.session.scalars(select(Service.code))) if count else set()
    codes: list[str] = []
    while len(codes) < count:
        code = service_code()
        if code not in taken:
            taken.add(code)
            codes.append(code)
    return codes


def create_service(agency: Agency, values: dict[str, Any],
                   by: User | None) -> tuple[Service, StandardVersion]:
    """A new service of `agency` with an empty first draft (version 1) to fill in.

    `values`: name, name_en, slug (suggested from the name when empty), category,
    synonyms, online_url, counter_ids (counters of this agency only).
    """
    region = agency.region
    if values.get("category") not in CATEGORIES:
        raise ServiceError("category", "invalid")
    values = rules.service({key: values.get(key) for key in (
        "name", "name_en", "synonyms", "online_url", "category")}) | {
        key: values[key] for key in ("slug", "counter_ids") if key in values}
    slug = (values.get("slug") or "").strip() or suggest_slug(region, values["name"])
    if not SLUG.match(slug) or len(slug) > SLUG_MAX:
        raise ServiceError("slug", "invalid")
    if slug_taken(region, slug):
        raise ServiceError("slug", "taken")
    if values.get("category") not in CATEGORIES:
        raise ServiceError("category", "invalid")
    own = {c.id: c for c in agency.counters}
    counter_ids = list(values.get("counter_ids") or [])
    if any(i not in own for i in counter_ids):
        raise ServiceError("counters", "other_agency")
    service = Service(region_id=region.id, agency=agency, slug=slug, code=free_service_code(),
                      name=values["name"], name_en=values.get("name_en") or None,
                      category=values["category"], synonyms=values.get("synonyms") or "",
                      online_url=values.get("online_url") or None,
                      counters=[own[i] for i in counter_ids])
    db.session.add(service)
    db.session.flush()
    record("service_created", service, user=by, summary=service.name, after={
        "slug": service.slug, "code": service.code, "agency": agency.slug,
        "name": service.name, "name_en": service.name_en, "category": service.category,
        "synonyms": service.synonyms, "online_url": service.online_url,
        "counters": [c.name for c in service.counters]})
    draft = new_draft_from(service, by, region_today(region))
    return service, draft
