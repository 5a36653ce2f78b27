"""Open Referral HSDS 3.0: services and organisations as the HSDS API reference serves them.

Ids are UUIDs derived (uuid5) from one fixed namespace and the region's and service's or
agency's slugs, so an id never changes and reveals no database id. Text is Indonesian, the
language of the standards. Only services with a standard in force are published.
"""
from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from flask_babel import force_locale
from flask_babel import gettext as _

from registry.models import Agency, FeeLine, Region, Service, StandardVersion
from registry.services import links, standard_text
from registry.services.dates import date_text
from registry.services.history import published_changes

# What HSDS lists and their ids, named here too for the views and tests.
from registry.services.hsds_listings import NAMESPACE as NAMESPACE
from registry.services.hsds_listings import Listing as Listing
from registry.services.hsds_listings import agencies as agencies
from registry.services.hsds_listings import agency_by_id as agency_by_id
from registry.services.hsds_listings import agency_page as agency_page
from registry.services.hsds_listings import effective as effective
from registry.services.hsds_listings import listing_by_id as listing_by_id
from registry.services.hsds_listings import listing_page as listing_page
from registry.services.hsds_listings import listings as listings
from registry.services.hsds_listings import organization_id as organization_id
from registry.services.hsds_listings import page_fields as page_fields
from registry.services.hsds_listings import page_of as page_of
from registry.services.hsds_listings import parse_moment as parse_moment
from registry.services.hsds_listings import select_listings as select_listings
from registry.services.hsds_listings import service_id as service_id
from registry.services.hsds_listings import stable_id as stable_id
from registry.services.hsds_listings import utc as utc
from registry.services.i18n import localized
from registry.services.standards import PUBLISHED_STATES
from registry.services.standards import ROLE_TITLES as ROLE_NAMES

HSDS_VERSION = "3.0"
DATA_LOCALE = "id"
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PHONE_TYPES = {"phone": "voice", "whatsapp": "text", "sms": "text"}
# Our field names as HSDS names them, where HSDS has the same field.
FIELD_NAMES = {"fee_lines": "cost_options", "requirements": "required_documents",
               "steps": "application_process", "completion": "completion_time",
               "legal_bases": "legal_basis"}


def timestamp(moment: dt.datetime) -> str:
    """RFC 3339 in UTC with milliseconds, as HSDS asks for last_modified."""
    moment = utc(moment)
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
        when = utc(version.published_at).astimezone(zone).date() if version.published_at \
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
