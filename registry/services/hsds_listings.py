"""Which services and organisations HSDS publishes, and their stable ids: the listings
(services with a standard in force), when each last changed, and pages cut in the database.
The documents themselves are built in services/hsds.py.
"""
from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Agency, AuditEntry, Region, Service, StandardVersion
from registry.services.schedule import region_today
from registry.services.standards import PUBLISHED_STATES, in_force

# Never change this: every published id is derived from it.
NAMESPACE = uuid.UUID("3d0f5a53-8c1e-5b7e-9f0c-2b6a4e1d7c90")
# Audit actions that change what HSDS shows, by the object they are logged against.
# A publication's moment is the version's own published_at (the demo's historic dates
# included), so the audit log adds only the changes a version row does not carry.
MODIFYING_ACTIONS = ("version_verified", "service_changed", "agency_settings_changed",
                     "region_settings_changed")

T = TypeVar("T")


def effective(version: StandardVersion) -> dt.date:
    """A published version's effective date (only drafts have none)."""
    if version.effective_from is None:
        raise ValueError(f"{version!r} has no effective date")
    return version.effective_from


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def service_id(service: Service) -> str:
    return stable_id(service.region.slug, "service", service.slug)


def organization_id(agency: Agency) -> str:
    return stable_id(agency.region.slug, "organization", agency.slug)


@dataclass(frozen=True)
class Listing:
    """A service as HSDS publishes it: the version in force, those scheduled, last change."""

    service: Service
    version: StandardVersion
    upcoming: tuple[StandardVersion, ...]
    modified: dt.datetime


def _services_query() -> Any:
    version_parts = selectinload(Service.versions)
    return (
        select(Service).join(Region, Service.region_id == Region.id)
        .options(version_parts.selectinload(StandardVersion.requirements),
                 version_parts.selectinload(StandardVersion.steps),
                 version_parts.selectinload(StandardVersion.fee_lines),
                 version_parts.selectinload(StandardVersion.legal_bases),
                 version_parts.selectinload(StandardVersion.reviewed_by),
                 selectinload(Service.counters), selectinload(Service.region),
                 selectinload(Service.agency).selectinload(Agency.hours))
        .order_by(Region.slug, Service.slug)
    )


def _change_times(region_ids: set[int]) -> dict[tuple[str, int], dt.datetime]:
    """The last audited change of each service, version, agency and region (UTC)."""
    rows = db.session.execute(
        select(AuditEntry.object_type, AuditEntry.object_id, func.max(AuditEntry.at))
        .where(AuditEntry.action.in_(MODIFYING_ACTIONS), AuditEntry.region_id.in_(region_ids))
        .group_by(AuditEntry.object_type, AuditEntry.object_id)
    ).all()
    return {(kind, oid): at for kind, oid, at in rows if oid is not None}


def utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _modified(service: Service, version: StandardVersion, published: list[StandardVersion],
              times: dict[tuple[str, int], dt.datetime]) -> dt.datetime:
    """When what HSDS shows last changed: a version taking effect or being published, a
    verification, or an edit of the service, its agency or its region."""
    start = dt.datetime.combine(effective(version), dt.time(),
                                ZoneInfo(service.region.timezone))
    moments = [utc(start)] + [utc(v.published_at) for v in published if v.published_at]
    keys = [("service", service.id), ("agency", service.agency_id),
            ("region", service.region_id)] + [("standardversion", v.id) for v in published]
    moments += [utc(times[key]) for key in keys if key in times]
    return max(moments)


def _listings(services: Sequence[Service]) -> list[Listing]:
    times = _change_times({s.region_id for s in services}) if services else {}
    found = []
    for service in services:
        today = region_today(service.region)
        version = in_force(service.versions, today)
        if version is None:
            continue
        published = [v for v in service.versions if v.status in PUBLISHED_STATES]
        upcoming = sorted((v for v in published if effective(v) > today),
                          key=lambda v: (effective(v), v.number))
        found.append(Listing(service, version, tuple(upcoming),
                             _modified(service, version, published, times)))
    return found


def listings(region: Region | None = None,
             agencies: Sequence[Agency] | None = None) -> list[Listing]:
    """Published services, of one region or all (or of some agencies), in a stable order
    (region, slug)."""
    query = _services_query()
    if region is not None:
        query = query.where(Service.region_id == region.id)
    if agencies is not None:
        query = query.where(Service.agency_id.in_([a.id for a in agencies]))
    return _listings(list(db.session.scalars(query)))


def _in_force_where(region: Region | None) -> Any:
    """In SQL what `in_force` finds in Python: a published version effective on or before
    the service's region's today (regions keep their own time zones)."""
    regions = [region] if region is not None else list(db.session.scalars(select(Region)))
    effective_today = or_(*(and_(Service.region_id == r.id,
                                 StandardVersion.effective_from <= region_today(r))
                            for r in regions))
    return exists().where(StandardVersion.service_id == Service.id,
                          StandardVersion.status.in_(PUBLISHED_STATES), effective_today)


def listing_page(region: Region | None, organization: Agency | None, page: int,
                 per_page: int) -> tuple[dict[str, Any], list[Listing]]:
    """One page of `listings` (of one agency, if given), cut in the database: only the
    page's services are loaded, with a COUNT for the totals."""
    where = [_in_force_where(region)]
    if region is not None:
        where.append(Service.region_id == region.id)
    if organization is not None:
        where.append(Service.agency_id == organization.id)
    total = db.session.scalar(select(func.count(Service.id)).where(*where)) or 0
    rows = db.session.scalars(_services_query().where(*where)
                              .limit(per_page).offset((page - 1) * per_page))
    chunk = _listings(list(rows))
    return page_fields(total, page, per_page, len(chunk)), chunk


def listing_by_id(hsds_id: str) -> Listing | None:
    rows = db.session.execute(
        select(Service.id, Region.slug, Service.slug).join(Region, Service.region_id == Region.id)
    ).all()
    match = next((sid for sid, region, slug in rows
                  if stable_id(region, "service", slug) == hsds_id), None)
    if match is None:
        return None
    found = _listings(list(db.session.scalars(_services_query().where(Service.id == match))))
    return found[0] if found else None


def _agencies_query(region: Region | None) -> Any:
    query = (select(Agency).join(Region, Agency.region_id == Region.id)
             .options(selectinload(Agency.region), selectinload(Agency.counters))
             .order_by(Region.slug, Agency.slug))
    if region is not None:
        query = query.where(Agency.region_id == region.id)
    return query


def agencies(region: Region | None = None) -> list[Agency]:
    return list(db.session.scalars(_agencies_query(region)))


def agency_page(region: Region | None, page: int,
                per_page: int) -> tuple[dict[str, Any], list[Agency]]:
    """One page of `agencies`, cut in the database, with a COUNT for the totals."""
    count = select(func.count(Agency.id))
    if region is not None:
        count = count.where(Agency.region_id == region.id)
    chunk = list(db.session.scalars(_agencies_query(region)
                                    .limit(per_page).offset((page - 1) * per_page)))
    return page_fields(db.session.scalar(count) or 0, page, per_page, len(chunk)), chunk


def agency_by_id(hsds_id: str) -> Agency | None:
    return next((a for a in agencies() if organization_id(a) == hsds_id), None)


def parse_moment(text: str) -> dt.datetime:
    """An ISO 8601 date or date-time; without an offset it is UTC. ValueError otherwise."""
    moment = dt.datetime.fromisoformat(text.strip())
    return utc(moment)


def select_listings(found: list[Listing], modified_after: dt.datetime | None = None,
                    organization: Agency | None = None) -> list[Listing]:
    return [item for item in found
            if (modified_after is None or item.modified >= modified_after)
            and (organization is None or item.service.agency_id == organization.id)]


def page_fields(total: int, page: int, per_page: int, size: int) -> dict[str, Any]:
    """The HSDS paging fields of page `page` (numbered from 1) holding `size` items."""
    total_pages = math.ceil(total / per_page)
    return {"total_items": total, "total_pages": total_pages, "page_number": page,
            "size": size, "first_page": page == 1, "last_page": page >= total_pages,
            "empty": not size}


def page_of(items: list[T], page: int, per_page: int) -> tuple[dict[str, Any], list[T]]:
    """The paging fields and the items of one page, cut from a list already filtered."""
    chunk = items[(page - 1) * per_page: page * per_page]
    return page_fields(len(items), page, per_page, len(chunk)), chunk
