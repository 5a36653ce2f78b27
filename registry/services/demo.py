"""Load the demonstration region (registry/data/demo/) into an empty database.

The region, its agencies and the staff accounts come from `region.toml`; the standards are
import CSVs in `standards/`, one per publication date. Each file goes through the import a
real region uses (the same reading, rules and drafts), and its drafts are then published
from that date, oldest file first - so the demo has the change history of real use.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from sqlalchemy import select

from registry.extensions import db
from registry.models import Agency, Channel, Closure, Counter, OfficeHours, Region, Role
from registry.services import rules, transfer
from registry.services.accounts import create_user
from registry.services.catalogue import service_by_slug
from registry.services.demo_feedback import load_demo_feedback
from registry.services.schedule import region_today
from registry.services.standards import publish, refresh_statuses

DEMO_DATA = Path(__file__).resolve().parent.parent / "data" / "demo"
# Who the import names as the drafts' author and in the audit log.
DEMO_ACTOR = "demo"


class DemoDataError(Exception):
    """A file of the demo data breaks the import's rules."""


def database_is_empty() -> bool:
    return db.session.scalar(select(Region.id).limit(1)) is None


def load_demo(today: dt.date | None = None, data: Path = DEMO_DATA) -> Region:
    """Create the demo region with its agencies, services and standard histories."""
    with (data / "region.toml").open("rb") as file:
        spec = tomllib.load(file)
    region = _region(spec)
    today = today or region_today(region)
    agencies = {item["slug"]: _agency(region, item) for item in spec["agencies"]}
    db.session.flush()
    for path in sorted((data / "standards").glob("*.csv")):
        _publish_file(region, path, today)
    _registration_windows(region, spec.get("registration_windows", []))
    for agency, item in zip(agencies.values(), spec["agencies"], strict=True):
        _order_services(agency, item)
        _serve_at_counters(agency, item)
        for service in agency.services:
            refresh_statuses(service, today)
    db.session.flush()
    _create_staff(region, agencies, spec["accounts"])
    load_demo_feedback(region, today)
    return region


def _registration_windows(region: Region, items: list[dict[str, Any]]) -> None:
    """Services that take hand-ins only in a window (SPMB), checked by the staff form's rules."""
    for item in items:
        service = service_by_slug(region, item["service"])
        assert service is not None, item["service"]
        values = rules.service({"registration_opens": item["opens"],
                                "registration_closes": item["closes"],
                                "registration_yearly": item.get("yearly", False)})
        for name, value in values.items():
            setattr(service, name, value)


def _publish_file(region: Region, path: Path, today: dt.date) -> None:
    """Import one file as drafts and publish them from the date the file is named after:
    on that day, or today when the day is still to come (a scheduled version)."""
    day = dt.date.fromisoformat(path.stem)
    preview = transfer.preview_import(path.read_bytes(), path.name, region=region,
                                      confirm_large_amounts=True, today=day)
    if preview.errors:
        raise DemoDataError("\n".join(transfer.preview_lines(preview)))
    result = transfer.apply_import(preview, actor=DEMO_ACTOR, today=day)
    published_on = min(day, today)
    for draft in result.drafts:
        publish(draft, day, published_on, now=dt.datetime.combine(published_on, dt.time()),
                actor=DEMO_ACTOR)


def _region(spec: dict[str, Any]) -> Region:
    item = spec["region"]
    region = Region(slug=item["slug"], name=item["name"], kind=item["kind"],
                    timezone=item["timezone"], works_saturday=item["works_saturday"],
                    is_demo=True, poster_header=item.get("poster_header"))
    region.closures = [Closure(day=closure["day"], reason=closure["reason"])
                       for closure in spec.get("closures", [])]
    db.session.add(region)
    db.session.flush()  # channels need the region's id
    for position, channel in enumerate(spec.get("channels", [])):
        db.session.add(_channel(channel, region, position))
    return region


def _agency(region: Region, item: dict[str, Any]) -> Agency:
    agency = Agency(region=region, **{key: item.get(key) for key in (
        "slug", "name", "name_en", "short_name", "address", "phone", "email", "website",
        "maklumat", "maklumat_en")})
    agency.hours = [OfficeHours(weekday=hours["weekday"], opens=hours["opens"],
                                closes=hours["closes"]) for hours in item.get("hours", [])]
    agency.counters = [Counter(name=counter["name"], location=counter["location"])
                       for counter in item.get("counters", [])]
    for position, channel in enumerate(item.get("channels", [])):
        agency.channels.append(_channel(channel, region, position))
    db.session.add(agency)
    return agency


def _channel(data: dict[str, Any], region: Region, position: int) -> Channel:
    return Channel(region_id=region.id, kind=data["kind"], name=data["name"],
                   contact=data.get("contact") or "", url=data.get("url"),
                   note=data.get("note") or "", note_en=data.get("note_en"), position=position)


def _order_services(agency: Agency, item: dict[str, Any]) -> None:
    """The agency's services in the order region.toml lists them, whatever the order the
    files created them in: the feedback generator draws in this order."""
    services = {service.slug: service for service in agency.services}
    if set(services) != set(item.get("services", [])):
        raise DemoDataError(f"region.toml: the services of {agency.slug} are "
                            f"{sorted(services)}, not {item.get('services')}")
    agency.services = [services[slug] for slug in item["services"]]


def _serve_at_counters(agency: Agency, item: dict[str, Any]) -> None:
    """Counters are a service setting the import leaves alone: set them as staff would."""
    services = {service.slug: service for service in agency.services}
    for counter, spec in zip(agency.counters, item.get("counters", []), strict=True):
        for slug in spec.get("services", []):
            services[slug].counters.append(counter)


def _create_staff(region: Region, agencies: dict[str, Agency],
                  accounts: dict[str, Any]) -> None:
    for person in accounts.get("staff", []):
        agency = agencies.get(person["agency"]) if person.get("agency") else None
        create_user(person["email"], person["name"], Role(person["role"]), region, agency,
                    accounts["password"])
