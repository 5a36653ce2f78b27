"""The standard as open data: the JSON the API serves. Public fields only: no database ids,
no internal components of a standard, no staff names.

Links are made by the caller (a `LinkMaker`), so this layer never touches the request.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Protocol

from registry.models import Agency, Channel, FeeLine, Region, Service, StandardVersion
from registry.services import fees
from registry.services.dates import due_text
from registry.services.history import published_changes
from registry.services.holiday_calendar import DayOff
from registry.services.i18n import category_label
from registry.services.listing import Page, modified_at
from registry.services.registration import next_opening, window_on
from registry.services.schedule import Due
from registry.services.standards import published_history, version_state

Json = dict[str, Any]


class LinkMaker(Protocol):
    """Makes the absolute URL of an endpoint (flask.url_for's arguments)."""

    def __call__(self, endpoint: str, /, **values: Any) -> str: ...


def page_json(page: Page[Any], items: list[Json], next_url: str | None) -> Json:
    return {"page": page.page, "per_page": page.per_page, "total": page.total,
            "next": next_url, "items": items}


def channel_json(channel: Channel) -> Json:
    return {"kind": channel.kind, "name": channel.name, "contact": channel.contact or None,
            "url": channel.url, "note": channel.note or None, "note_en": channel.note_en}


def hours_json(agency: Agency) -> list[Json]:
    return [{"weekday": h.weekday, "opens": h.opens.isoformat("minutes"),
             "closes": h.closes.isoformat("minutes")} for h in agency.hours]


def region_json(region: Region, link: LinkMaker) -> Json:
    values = {"region": region.slug}
    return {
        "slug": region.slug, "name": region.name, "kind": region.kind,
        "time_zone": region.timezone, "time_zone_label": region.zone_label,
        "works_saturday": region.works_saturday,
        "complaint_channels": [channel_json(c) for c in region.channels],
        "url": link("public.region_home", region_slug=region.slug),
        "open_data_url": link("public.open_data", region_slug=region.slug),
        "agencies_url": link("api.agency_list", **values),
        "services_url": link("api.service_list", region=region.slug),
        "holidays_url": link("api.holidays_json", **values),
        "holidays_ics_url": link("api.holidays_ics", **values),
    }


def agency_json(agency: Agency, link: LinkMaker) -> Json:
    region = agency.region.slug
    return {
        "slug": agency.slug, "name": agency.name, "name_en": agency.name_en,
        "short_name": agency.short_name or None, "address": agency.address or None,
        "phone": agency.phone or None, "email": agency.email or None,
        "website": agency.website, "maklumat": agency.maklumat or None,
        "maklumat_en": agency.maklumat_en,
        "serves_on_cuti_bersama": bool(agency.serves_on_cuti_bersama),
        "office_hours": hours_json(agency),
        "counters": [{"name": c.name, "location": c.location or None} for c in agency.counters],
        "complaint_channels": [channel_json(c) for c in agency.channels],
        "url": link("public.agency_page", region_slug=region, agency_slug=agency.slug),
        "services_url": link("api.service_list", region=region, agency=agency.slug),
    }


def fee_line_json(line: FeeLine) -> Json:
    return {
        "kind": line.kind,
        "label": line.label or None,
        "label_en": line.label_en,
        "amount": line.amount,
        "amount_max": line.amount_max,
        "unit": line.unit,
        "unit_en": line.unit_en,
        "formula": line.formula,
        "formula_en": line.formula_en,
        "currency": "IDR",
        "text": fees.format_fee_line(line),
        "regulation": line.regulation or None,
        "paid_elsewhere": line.incidental,
        "calculation": calculation_json(line),
        "billing_document": line.billing_document or None,
        "payment_channels": [{"kind": channel.kind, "label": channel.label,
                              "detail": channel.detail or None}
                             for channel in fees.payment_channels(line)],
    }


def _number(value: Decimal) -> int | float:
    """A decimal input as a JSON number (exact for the values the rules allow)."""
    return int(value) if value == value.to_integral_value() else float(value)


def calculation_json(line: FeeLine) -> Json | None:
    """A fee by formula as arithmetic: its inputs, expression and one worked example."""
    if not fees.has_calculator(line):
        return None
    example = fees.worked_example(line)
    return {
        "expression": line.formula_expression,
        "inputs": [{"name": item.name, "label": item.label, "label_en": item.label_en,
                    "unit": item.unit, "example": _number(item.example), "fixed": item.fixed}
                   for item in example.inputs],
        "example_amount": example.amount,
        "example_text": example.text or None,
        "rounding": "half_up_to_whole_rupiah",
    }


def fee_json(version: StandardVersion) -> Json:
    return {
        "free": fees.is_free(version),
        "summary": fees.fee_summary(version),
        "lines": [fee_line_json(line) for line in version.fee_lines],
    }


def completion_json(version: StandardVersion) -> Json:
    return {"value": version.completion_value, "unit": version.completion_unit}


def service_item(service: Service, version: StandardVersion, link: LinkMaker) -> Json:
    """The list item: enough to compare services by fee and time, and to print it."""
    values = {"region_slug": service.region.slug, "slug": service.slug}
    return {
        "slug": service.slug,
        "code": service.code,
        "name": service.name,
        "name_en": service.name_en,
        "region_slug": service.region.slug,
        "agency": service.agency.name,
        "agency_slug": service.agency.slug,
        "category": service.category,
        "category_label": category_label(service.category),
        "fee": fee_json(version),
        "completion_time": completion_json(version),
        "effective_from": _date(version.effective_from),
        "verified_on": _date(version.verified_on),
        "modified": _utc(modified_at(version, service.region)),
        "url": link("public.service_page", **values),
        "api_url": link("api.service_detail", slug=service.slug, region=service.region.slug),
        "poster_url": link("posters.service_poster", size="a4", **values),
        "qr_url": link("posters.service_qr", kind="svg", **values),
    }


def registration_window_json(service: Service, today: dt.date) -> Json | None:
    """The window hand-ins are accepted in, as it stands today (the one open now, the next
    one or the last), and when a window next opens; None when hand-ins are always taken."""
    window = window_on(service, today)
    if window is None:
        return None
    return {"opens": _date(window.opens), "closes": _date(window.closes),
            "yearly": service.registration_yearly, "standing": window.standing.value,
            "next_opens": _date(next_opening(service, today))}


def service_detail(service: Service, version: StandardVersion, link: LinkMaker,
                   today: dt.date) -> Json:
    """The whole public standard in force, where to get it and how to complain."""
    detail = service_item(service, version, link)
    api_values = {"slug": service.slug, "region": service.region.slug}
    detail.update(
        region=service.region.name,
        synonyms=[s.strip() for s in service.synonyms.split(",") if s.strip()],
        online_url=service.online_url,
        registration_window=registration_window_json(service, today),
        version=version.number,
        change_summary=version.change_summary or None,
        change_summary_en=version.change_summary_en,
        requirements=[{"text": r.text, "text_en": r.text_en} for r in version.requirements],
        procedure=[
            {"text": s.text, "text_en": s.text_en, "actor": s.actor or None,
             "actor_en": s.actor_en,
             "duration": {"value": s.duration_value, "unit": s.duration_unit}
             if s.duration_value is not None and s.duration_unit else None}
            for s in version.steps
        ],
        product=version.product or None,
        product_en=version.product_en,
        complaint_handling=version.complaint_handling or None,
        complaint_handling_en=version.complaint_handling_en,
        complaint_channels=[channel_json(c)
                            for c in (*service.agency.channels, *service.region.channels)],
        facilities=version.facilities,
        facilities_en=version.facilities_en,
        legal_basis=[{"title": b.title, "url": b.url} for b in version.legal_bases],
        counters=[{"name": c.name, "location": c.location or None} for c in service.counters],
        office_hours=hours_json(service.agency),
        versions_url=link("api.service_versions", **api_values),
        due_date_url=link("api.service_due_date", **api_values),
    )
    return detail


def versions_json(service: Service, today: dt.date) -> Json:
    """Every published version, newest first, with its effective dates and what it changed."""
    history = published_history(service)
    changes = published_changes(service)
    items = []
    for position, version in enumerate(history):
        following = history[position - 1] if position > 0 else None
        items.append({
            "version": version.number,
            "state": version_state(version, today),
            "effective_from": _date(version.effective_from),
            "effective_until": _date(following.effective_from - dt.timedelta(days=1))
            if following is not None and following.effective_from else None,
            "verified_on": _date(version.verified_on),
            "change_summary": version.change_summary or None,
            "change_summary_en": version.change_summary_en,
            "completion_time": completion_json(version),
            "fee": fee_json(version),
            "changes": [{"field": c.field, "label": c.label, "old": c.old, "new": c.new}
                        for c in changes.get(version.id, [])],
        })
    return {"service": service.slug, "region": service.region.slug, "items": items}


def due_json(service: Service, version: StandardVersion, submitted: dt.datetime,
             due: Due) -> Json:
    region = service.region
    return {
        "service": service.slug, "region": region.slug, "version": version.number,
        "time_zone": region.timezone,
        "submitted": submitted.isoformat(timespec="seconds"),
        "completion_time": completion_json(version),
        "due": due.at.isoformat(timespec="seconds"),
        "due_date": due.day.isoformat(),
        "with_time": due.with_time,
        "text": due_text(due, region.zone_label),
    }


def holidays_json(region: Region, year: int, entries: list[DayOff]) -> Json:
    return {
        "region": region.slug, "year": year, "time_zone": region.timezone,
        "works_saturday": region.works_saturday,
        "agencies_serving_on_cuti_bersama": sorted(
            a.slug for a in region.agencies if a.serves_on_cuti_bersama),
        "items": [{"date": e.day.isoformat(), "name": e.name, "name_en": e.name_en,
                   "kind": e.kind.value, "source": e.source.value, "confirmed": e.confirmed}
                  for e in entries],
    }


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
