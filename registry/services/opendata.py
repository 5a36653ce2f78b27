"""The standard as open data: the JSON the API serves (and exports reuse)."""
from __future__ import annotations

from typing import Any

from registry.models import FeeLine, Service, StandardVersion
from registry.models.standard import INTERNAL_COMPONENTS
from registry.services import fees
from registry.services.i18n import category_label, localized


def fee_line_json(line: FeeLine) -> dict[str, Any]:
    return {
        "kind": line.kind,
        "label": line.label,
        "label_en": line.label_en,
        "amount": line.amount,
        "amount_max": line.amount_max,
        "unit": line.unit,
        "formula": line.formula,
        "currency": "IDR",
        "text": fees.format_fee_line(line),
        "regulation": line.regulation or None,
        "paid_elsewhere": line.incidental,
    }


def fee_json(version: StandardVersion) -> dict[str, Any]:
    return {
        "free": fees.is_free(version),
        "summary": fees.fee_summary(version),
        "lines": [fee_line_json(line) for line in version.fee_lines],
    }


def service_item(service: Service, version: StandardVersion, url: str, poster_url: str,
                 qr_url: str) -> dict[str, Any]:
    """The list item: enough to compare services by fee and time, and to print it."""
    return {
        "slug": service.slug,
        "code": service.code,
        "name": service.name,
        "name_en": service.name_en,
        "agency": service.agency.name,
        "agency_slug": service.agency.slug,
        "category": service.category,
        "category_label": category_label(service.category),
        "fee": fee_json(version),
        "completion_time": {"value": version.completion_value, "unit": version.completion_unit},
        "effective_from": version.effective_from.isoformat(),
        "url": url,
        "poster_url": poster_url,
        "qr_url": qr_url,
    }


def service_detail(service: Service, version: StandardVersion, url: str, poster_url: str,
                   qr_url: str, history: list[StandardVersion]) -> dict[str, Any]:
    """The whole standard in force, with its parts and its published history."""
    detail = service_item(service, version, url, poster_url, qr_url)
    detail.update(
        region=service.region.name,
        synonyms=[s.strip() for s in service.synonyms.split(",") if s.strip()],
        online_url=service.online_url,
        counters=[{"name": c.name, "location": c.location} for c in service.counters],
        requirements=[{"text": r.text, "text_en": r.text_en} for r in version.requirements],
        procedure=[
            {"text": s.text, "text_en": s.text_en, "actor": s.actor,
             "duration": {"value": s.duration_value, "unit": s.duration_unit}
             if s.duration_value is not None else None}
            for s in version.steps
        ],
        product=version.product,
        product_en=version.product_en,
        complaint_handling=version.complaint_handling,
        legal_basis=[b.title for b in version.legal_bases],
        facilities=version.facilities,
        internal={
key: getattr(version, key) for key in INTERNAL_COMPONENTS},
        verified_on=version.verified_on.isoformat() if version.verified_on else None,
        verified_by=version.verified_by,
        version=version.number,
        history=[
            {"version": v.number, "effective_from": v.effective_from.isoformat(),
             "status": v.status, "change_summary": localized(v, "change_summary")}
            for v in history
        ],
    )
    return detail
