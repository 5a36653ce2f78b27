"""Open Referral HSDS 3.0: services and organisations as the HSDS API reference serves them.

Ids are UUIDs derived (uuid5) from one fixed namespace and the region's and service's or
agency's slugs, so an id never changes and reveals no database id. Text is Indonesian, the
language of the standards. Only services with a standard in force are published.
"""
from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Agency, AuditEntry, FeeLine, Region, Service, StandardVersion
from registry.services import links, standard_text
from registry.services.dates import date_text
from registry.services.history import published_changes
from registry.services.i18n import localized
from registry.services.schedule import region_today
from registry.services.standards import PUBLISHED_STATES, in_force
from registry.services.standards import ROLE_TITLES as ROLE_NAMES

HSDS_VERSION = "3.0"
DATA_LOCALE = "id"
# Never change this: every published id is derived from it.
NAMESPACE = uuid.UUID("3d0f5a53-8c1e-5b7e-9f0c-2b6a4e1d7c90")
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PHONE_TYPES = {"phone": "voice", "whatsapp": "text", "sms": "text"}
# Our field names as HSDS names them, where HSDS has the same field.
FIELD_NAMES = {"fee_lines": "cost_options", "requirements": "required_documents",
               "steps": "application_process", "completion": "completion_time",
               "legal_bases": "legal_basis"}
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


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _modified(service: Service, version: StandardVersion, published: list[StandardVersion],
              times: dict[tuple[str, int], dt.datetime]) -> dt.datetime:
    """When what HSDS shows last changed: a version taking effect or being published, a
    verification, or an edit of the service, its agency or its region."""
    start = dt.datetime.combine(effective(version), dt.time(),
                                ZoneInfo(service.region.timezone))
    moments = [_utc(start)] + [_utc(v.published_at) for v in published if v.published_at]
    keys = [("service", service.id), ("agency", service.agency_id),
            ("region", service.region_id)] + [("standardversion", v.id) for v in published]
    moments += [_utc(times[key]) for key in keys if key in times]
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
    return _utc(moment)


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


def timestamp(moment: dt.datetime) -> str:
    """RFC 3339 in UTC with milliseconds, as HSDS asks for last_modified."""
    moment = _utc(moment)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def compact(document: dict[str, Any]) -> dict[str, Any]:
    """HSDS fields have no null: a value we do not have is left out."""
    return {key: value for key, value in document.items() if value not in (None, "")}


def _alert(item: Listing) -> str | None:
    if not item.upcoming:
        return None
    return str(_("A new standard applies from %(date)s.",
                 date=date_text(effective(item.upcoming[0]))))


def service_summary(item: Listing, base_url: str) -> dict[str, Any]:
    """The one-to-one fields of a service (the HSDS service list item)."""
    service, version = item.service, item.version
    email = links.email_address(service.agency.email)
    with force_locale(DATA_LOCALE):
        return compact({
            "id": service_id(service),
            "organization_id": organization_id(service.agency),
            "name": service.name,
            "alternate_name": service.name_en,
            "description": standard_text.service_description(version),
            "url": links.absolute(base_url, "public.service_page",
                                  region_slug=service.region.slug, slug=service.slug),
            "email": email,
            "status": "active",
            "application_process": standard_text.procedure_text(version),
            "fees_description": standard_text.fees_text(version),
            "assured_date": version.verified_on.isoformat() if version.verified_on else None,
            "assurer_email": email if version.verified_on else None,
            "alert": _alert(item),
            "last_modified": timestamp(item.modified),
        })


def service_document(item: Listing, base_url: str) -> dict[str, Any]:
    """The fully nested service (the HSDS service by id)."""
    document = service_summary(item, base_url)
    sid = document["id"]
    with force_locale(DATA_LOCALE):
        document.update(
            organization=organization_summary(item.service.agency, base_url),
            cost_options=cost_options(item, sid),
            required_documents=[
                {"id": stable_id(sid, f"v{item.version.number}", "document", str(n)),
                 "service_id": sid, "document": localized(requirement, "text")}
                for n, requirement in enumerate(item.version.requirements) if requirement.text],
            schedules=schedules(item.service, sid),
            service_areas=[{"id": stable_id(sid, "area"), "service_id": sid,
                            "name": item.service.region.name}],
            phones=service_phones(item.service, sid),
            service_at_locations=service_at_locations(item.service, sid),
            metadata=change_metadata(item.service, sid),
        )
    return document


def fee_amount(line: FeeLine) -> int | None:
    """The one number a fee line has: 0 when free; none for a range or a formula."""
    if line.kind == "free":
        return 0
    if line.kind in ("fixed", "per_unit"):
        return line.amount
    return None


def cost_options(item: Listing, sid: str) -> list[dict[str, Any]]:
    """Each fee line of the version in force and of those scheduled, with its validity."""
    versions = [item.version, *item.upcoming]
    options = []
    for version, following in zip(versions, [*versions[1:], None], strict=True):
        valid_to = effective(following) - dt.timedelta(days=1) if following else None
        for n, line in enumerate(version.fee_lines):
            options.append(compact({
                "id": stable_id(sid, f"v{version.number}", "cost", str(n)),
                "service_id": sid,
                "valid_from": effective(version).isoformat(),
                "valid_to": valid_to.isoformat() if valid_to else None,
                "option": localized(line, "label"),
                "currency": "IDR",
                "amount": fee_amount(line),
                "amount_description": standard_text.fee_line_text(line),
            }))
    return options


def _utc_offset(region: Region) -> tuple[int, str]:
    """Hours east of UTC and "+07:00"; Indonesia keeps no daylight saving time."""
    offset = dt.datetime.now(ZoneInfo(region.timezone)).utcoffset() or dt.timedelta()
    hours = int(offset.total_seconds() // 3600)
    return hours, f"{'+' if hours >= 0 else '-'}{abs(hours):02d}:00"


def schedules(service: Service, sid: str) -> list[dict[str, Any]]:
    """The agency's office hours as weekly RFC 5545 rules, one per span of opening hours."""
    region = service.region
    hours, suffix = _utc_offset(region)
    found = []
    for days, (opens, closes) in standard_text.hour_groups(service.agency):
        byday = ",".join(RRULE_DAYS[day] for day in days)
        found.append({
            "id": stable_id(sid, "schedule", byday), "service_id": sid,
            "freq": "WEEKLY", "wkst": "MO", "byday": byday, "timezone": hours,
            "opens_at": f"{opens:%H:%M:%S}{suffix}", "closes_at": f"{closes:%H:%M:%S}{suffix}",
            "description": standard_text.span_text(days, (opens, closes), region) + ". "
            + _("Closed on national holidays and cuti bersama."),
        })
    return found


def service_phones(service: Service, sid: str) -> list[dict[str, Any]]:
    """The agency's telephone, then its own and the region's phone and text channels."""
    numbers = [("voice", service.agency.phone, service.agency.name)] \
        if service.agency.phone else []
    for channel in [*service.agency.channels, *service.region.channels]:
        if channel.kind in PHONE_TYPES and channel.contact:
            note = localized(channel, "note")
            numbers.append((PHONE_TYPES[channel.kind], channel.contact,
                            f"{channel.name}: {note}" if note else channel.name))
    seen: set[str] = set()
    found = []
    for kind, number, description in numbers:
        if number not in seen:
            seen.add(number)
            found.append({"id": stable_id(sid, "phone", number), "service_id": sid,
                          "number": number, "type": kind, "description": description})
    return found


def counter_location_id(agency: Agency, counter_name: str) -> str:
    return stable_id(agency.region.slug, "location", agency.slug, counter_name)


def service_at_locations(service: Service, sid: str) -> list[dict[str, Any]]:
    """The counters that serve it (physical) and its online channel (virtual)."""
    agency = service.agency
    oid = organization_id(agency)
    found = []
    for counter in service.counters:
        location = compact({"id": counter_location_id(agency, counter.name),
                            "location_type": "physical", "organization_id": oid,
                            "name": counter.name, "description": counter.location})
        found.append({"id": stable_id(sid, "location", counter.name), "service_id": sid,
                      "location_id": location["id"], "location": location})
    online = links.web_address(service.online_url)
    if online:
        location = {"id": stable_id(sid, "online"), "location_type": "virtual",
                    "organization_id": oid, "url": online}
        found.append({"id": stable_id(sid, "online", "at"), "service_id": sid,
                      "location_id": location["id"], "location": location})
    return found


def _updated_by(version: StandardVersion) -> str:
    """Who published a change, by role and agency - never a person's name."""
    agency = version.service.agency
    who = agency.short_name or agency.name
    if version.reviewed_by is not None:
        role = version.reviewed_by.role
        return f"{ROLE_NAMES.get(role, role)}, {who}"
    return who


def change_metadata(service: Service, sid: str) -> list[dict[str, Any]]:
    """Field-level changes of each published version against the one before (history.py)."""
    zone = ZoneInfo(service.region.timezone)
    changes = published_changes(service)
    found = []
    published = [v for v in service.versions if v.status in PUBLISHED_STATES]
    for version in sorted(published, key=lambda v: (effective(v), v.number)):
        when = _utc(version.published_at).astimezone(zone).date() if version.published_at \
            else effective(version)
        for change in changes.get(version.id, []):
            found.append({
                "id": stable_id(sid, f"v{version.number}", "change", change.field),
                "resource_id": sid, "resource_type": "service",
                "last_action_date": when.isoformat(), "last_action_type": "update",
                "field_name": FIELD_NAMES.get(change.field, change.field),
                "previous_value": change.old, "replacement_value": change.new,
                "updated_by": _updated_by(version),
            })
    return found


def organization_summary(agency: Agency, base_url: str) -> dict[str, Any]:
    """The one-to-one fields of an organisation (the HSDS organization list item)."""
    with force_locale(DATA_LOCALE):
        description = _("Government agency of %(region)s.", region=agency.region.name)
    if agency.address:
        description = f"{description} {agency.address}"
    return compact({
        "id": organization_id(agency),
        "name": agency.name,
        "alternate_name": agency.short_name,
        "description": description,
        "email": links.email_address(agency.email),
        "website": links.web_address(agency.website),
        "uri": links.absolute(base_url, "public.agency_page", region_slug=agency.region.slug,
                              agency_slug=agency.slug),
    })


def organization_document(agency: Agency, services: list[dict[str, Any]],
                          base_url: str) -> dict[str, Any]:
    """The nested organisation: telephone, office and counters, and its services."""
    document = organization_summary(agency, base_url)
    oid = document["id"]
    office = compact({"id": stable_id(agency.region.slug, "location", agency.slug),
                      "location_type": "physical", "organization_id": oid,
                      "name": agency.name, "description": agency.address})
    counters = [compact({"id": counter_location_id(agency, counter.name),
                         "location_type": "physical", "organization_id": oid,
                         "name": counter.name, "description": counter.location})
                for counter in agency.counters]
    document.update(
        phones=[{"id": stable_id(oid, "phone", agency.phone), "organization_id": oid,
                 "number": agency.phone, "type": "voice"}] if agency.phone else [],
        locations=[office, *counters],
        services=services,
    )
    return document
