"""Compare: a planned row against the service and the version in force today."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import FeeLine, Service, StandardVersion, VersionStatus
from registry.models.standard import VERSION_TEXT, CompletionUnit
from registry.services import fees
from registry.services.schedule import region_today
from registry.services.standards import current_version, open_draft
from registry.services.transfer.layout import (
    COMPARED,
    FEE_COLUMNS,
    FEE_TEXT_COLUMNS,
    SERVICE_FIELDS,
    STEP_COLUMNS,
    join_line,
)
from registry.services.transfer.plan import FieldChange, PlannedStandard, RowError


def version_loads() -> tuple[Any, ...]:
    versions = selectinload(Service.versions)
    return (versions.selectinload(StandardVersion.requirements),
            versions.selectinload(StandardVersion.steps),
            versions.selectinload(StandardVersion.fee_lines),
            versions.selectinload(StandardVersion.legal_bases))


def existing_services(plans: list[PlannedStandard]) -> dict[tuple[int, str], Service]:
    """The services the file names that exist already, loaded in a few queries."""
    slugs: dict[int, list[str]] = {}
    for plan in plans:
        slugs.setdefault(plan.region.id, []).append(plan.slug)
    found: dict[tuple[int, str], Service] = {}
    for region_id, wanted in slugs.items():
        for start in range(0, len(wanted), 1000):
            query = (select(Service)
                     .where(Service.region_id == region_id,
                            Service.slug.in_(wanted[start:start + 1000]))
                     .options(selectinload(Service.agency), *version_loads()))
            found.update({(region_id, s.slug): s for s in db.session.scalars(query)})
    return found


def compare(plan: PlannedStandard, service: Service | None, today: dt.date | None) -> None:
    if service is None:
        return
    plan.service = service
    if service.agency_id != plan.agency.id:
        plan.changes.append(FieldChange("agency", service.agency.slug, plan.agency.slug))
    for column, attribute in SERVICE_FIELDS.items():
        if attribute not in plan.service_fields:  # a column the file does not have
            continue
        before = _shown(column, getattr(service, attribute))
        after = _shown(column, plan.service_fields[attribute])
        if before != after:
            plan.changes.append(FieldChange(column, before, after))
    plan.current = current_version(service, today or region_today(plan.region))
    old = standard_of(plan.current) if plan.current else {}
    for key in COMPARED:
        if _shown(key, old.get(key)) != _shown(key, plan.standard[key]):
            plan.changes.append(FieldChange(key, _shown(key, old.get(key)),
                                            _shown(key, plan.standard[key])))


def standard_of(version: StandardVersion) -> dict[str, Any]:
    """A version in the same shape as a parsed row, so the two compare field by field."""
    standard = {
        "completion_value": version.completion_value,
        "completion_unit": version.completion_unit,
        "requirements": [(r.text, r.text_en or None) for r in version.requirements],
        "legal_basis": [b.title for b in version.legal_bases],
        "verified_on": version.verified_on,
        "verified_by": version.verified_by or None,
        "fees": [{**{c: getattr(line, c) for c in FEE_COLUMNS if c not in FEE_TEXT_COLUMNS},
                  **{c: v or None for c, v in fee_structure(line).items()}}
                 for line in version.fee_lines],
        "steps": [{c: getattr(step, c) for c in STEP_COLUMNS} for step in version.steps],
    }
    standard.update({key: getattr(version, key) or None for key in VERSION_TEXT})
    return standard


def _shown(key: str, value: Any) -> str:
    """A field as a person compares it in the preview (and as the compare sees it)."""
    if value is None:
        return ""
    if isinstance(value, bool):  # a flag column: "ya" or empty, as the template writes it
        return "ya" if value else ""
    if key == "fees":
        return "\n".join(join_line([
            "" if fee.get(c) is None or fee.get(c) is False else
            ("ya" if fee.get(c) is True else fee.get(c)) for c in FEE_COLUMNS]) for fee in value)
    if key == "steps":
        return "\n".join(join_line([step.get(c) or "" for c in STEP_COLUMNS]) for step in value)
    if key == "requirements":
        return "\n".join(text + (f" / {text_en}" if text_en else "") for text, text_en in value)
    if key == "legal_basis":
        return "\n".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def draft_in_the_way(plan: PlannedStandard, sheet: str, errors: list[RowError]) -> bool:
    """An open draft with changes of its own (or waiting for approval) is not overwritten."""
    draft = open_draft(plan.service) if plan.service else None
    if draft is None:
        return False
    if draft.status == VersionStatus.SUBMITTED:
        message = _("Service \"%(slug)s\" has draft v%(number)d waiting for approval; publish, "
                    "send back or withdraw it first. Nothing of this row is imported.",
                    slug=plan.slug, number=draft.number)
    elif _content(draft) != (_content(plan.current) if plan.current else _content(None)):
        message = _("Service \"%(slug)s\" already has draft v%(number)d with changes that are "
                    "not published; finish or discard it first. Nothing of this row is "
                    "imported.", slug=plan.slug, number=draft.number)
    else:
        return False
    errors.append(RowError(sheet, plan.row, "service_slug", message))
    return True


def _content(version: StandardVersion | None) -> dict[str, Any]:
    """What a version says, leaving out when it was verified (a new draft is not)."""
    if version is None:
        return {"completion_value": 1, "completion_unit": CompletionUnit.WORKING_DAYS}
    standard = standard_of(version)
    return {key: standard[key] for key in COMPARED if not key.startswith("verified_")}


def fee_structure(line: FeeLine) -> dict[str, str]:
    """A fee's formula and payment channels as the cells write them (services/fees.py)."""
    return {"formula_expression": line.formula_expression or "",
            "formula_inputs": fees.formula_inputs_text(line.formula_inputs, fees.ITEM_SEPARATOR),
            "billing_document": line.billing_document or "",
            "payment_channels": fees.payment_channels_text(line.payment_channels,
                                                           fees.ITEM_SEPARATOR)}
