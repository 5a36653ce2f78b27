"""Load the demonstration region (registry/services/demo_data.py) into an empty database."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from registry.extensions import db
from registry.models import (
    Agency, Channel, Closure, Counter, FeeLine, LegalBasis, OfficeHours, ProcedureStep,
    Region, Requirement, Role, Service, StandardVersion, VersionStatus,
)
from registry.models.standard import PART_FIELDS, VERSION_TEXT
from registry.services.catalogue import service_code
from registry.services.demo_feedback import load_demo_feedback
from registry.services.schedule import region_today
from registry.services.standards import refresh_statuses

VERSION_TEXT_FIELDS = (*VERSION_TEXT, "change_summary", "change_summary_en", "verified_by")
FEE_FIELDS = PART_FIELDS["fee_lines"]


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def database_is_empty() -> bool:
    return db.session.scalar(select(Region.id).limit(1)) is None


def _channel(data: dict[str, Any], region: Region, position: int) -> Channel:
    return Channel(region_id=region.id, kind=data["kind"], name=data["name"],
                   contact=data.get("contact") or "", url=data.get("url"),
                   note=data.get("note") or "", note_en=data.get("note_en"), position=position)


def _clock(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def build_version(service: Service, number: int, data: dict[str, Any]) -> StandardVersion:
    value, unit = data["completion"]
    version = StandardVersion(
        service=service, number=number, status=VersionStatus.PUBLISHED,
        effective_from=dt.date.fromisoformat(data["effective_from"]),
        completion_value=value, completion_unit=unit,
        verified_on=dt.date.fromisoformat(data["verified_on"]) if data.get("verified_on") else None,
        published_at=dt.datetime.fromisoformat(data["effective_from"]),
        **{key: data.get(key) or ("" if key in ("product", "complaint_handling",
                                                 "change_summary") else None)
           for key in VERSION_TEXT_FIELDS},
    )
    version.requirements = [Requirement(position=i, text=text, text_en=text_en)
                            for i, (text, text_en) in enumerate(data["requirements"])]
    version.steps = [
        ProcedureStep(position=i, text=step["text"], text_en=step.get("text_en"),
                      actor=step.get("actor") or "", actor_en=step.get("actor_en"),
                      duration_value=(step.get("duration") or (None, None))[0],
                      duration_unit=(step.get("duration") or (None, None))[1])
        for i, step in enumerate(data["steps"])
    ]
    version.fee_lines = [
        FeeLine(position=i, **{key: fee.get(key) for key in FEE_FIELDS if key in fee})
        for i, fee in enumerate(data["fees"])
    ]
    version.legal_bases = [LegalBasis(position=i, title=title)
                           for i, title in enumerate(data["legal_bases"])]
    return version


def load_demo(today: dt.date | None = None) -> Region:
    """Create the demo region with its agencies, services and standard histories."""
    from registry.services import demo_data as data

    spec = data.REGION
    region = Region(
        slug=spec["slug"], name=spec["name"], kind=spec["kind"], timezone=spec["timezone"],
        works_saturday=spec["works_saturday"], is_demo=True,
        poster_header=spec.get("poster_header"),
    )
    region.closures = [Closure(day=dt.date.fromisoformat(day), reason=reason)
                       for day, reason in spec.get("closures", [])]
    db.session.add(region)
    db.session.flush()  # channels need the region's id
    today = today or region_today(region)
    for position, channel in enumerate(spec["channels"]):
        db.session.add(_channel(channel, region, position))

    agencies: dict[str, Agency] = {}
    for item in data.AGENCIES:
        agency = Agency(
            region=region, **{key: item.get(key) for key in (
                "slug", "name", "name_en", "short_name", "address", "phone", "email",
                "website", "maklumat", "maklumat_en") if key in item},
        )
        agency.hours = [OfficeHours(weekday=int(day), opens=_clock(opens), closes=_clock(closes))
                        for day, (opens, closes) in item.get("hours", {}).items()]
        agency.counters = [Counter(name=name, location=location)
                           for name, location in item.get("counters", [])]
        for position, channel in enumerate(item.get("channels", [])):
            agency.channels.append(_channel(channel, region, position))
        agencies[agency.slug] = agency

    for item in data.SERVICES:
        agency = agencies[item["agency"]]
        service = Service(
            region=region, agency=agency, slug=item["slug"], name=item["name"],
            name_en=item.get("name_en"), category=item["category"],
            synonyms=item.get("synonyms") or "", online_url=item.get("online_url"),
            code=service_code(f"{region.slug}/{item['slug']}"),
            registration_opens=_day(item.get("registration_opens")),
            registration_closes=_day(item.get("registration_closes")),
            registration_yearly=bool(item.get("registration_yearly")),
        )
        service.counters = [c for c in agency.counters if c.name in item.get("counters", [])]
        current = item["standard"]
        for number, older in enumerate(item.get("history", []), start=1):
            build_version(service, number, {**current, **older})
        build_version(service, len(item.get("history", [])) + 1, current)
        db.session.add(service)
        refresh_statuses(service, today)
    db.session.flush()
    create_demo_staff(region, agencies)
    load_demo_feedback(region, today)
    return region


# DEMO ONLY: well-known passwords, so `make run` gives a usable workspace.
DEMO_PASSWORD = "demo-password"
DEMO_STAFF = (
    ("admin@contoh.go.id", "Admin Kota Contoh", Role.REGION_ADMIN, None),
    ("editor.dukcapil@contoh.go.id", "Editor Disdukcapil", Role.AGENCY_EDITOR, "disdukcapil"),
    ("approver.dukcapil@contoh.go.id", "Approver Disdukcapil", Role.AGENCY_APPROVER,
     "disdukcapil"),
    ("editor.dpmptsp@contoh.go.id", "Editor DPMPTSP", Role.AGENCY_EDITOR, "dpmptsp"),
    ("approver.dpmptsp@contoh.go.id", "Approver DPMPTSP", Role.AGENCY_APPROVER, "dpmptsp"),
)


def create_demo_staff(region: Region, agencies: dict[str, Agency]) -> None:
    from registry.services.accounts import create_user

    for email, name, role, agency_slug in DEMO_STAFF:
        if agency_slug is None or agency_slug in agencies:
            create_user(email, name, role, region, agencies.get(agency_slug) if agency_slug
                        else None, DEMO_PASSWORD)
