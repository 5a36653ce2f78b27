"""Field-level differences between two versions of a standard: what changed, old -> new."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from flask_babel import lazy_gettext as _l

from registry.models import FeeLine, Service, StandardVersion
from registry.services.audit import entries
from registry.services.fees import format_fee_line
from registry.services.i18n import format_duration, localized
from registry.services.standards import PUBLISHED_STATES, apply_values

TEXT_LABELS = {
    "product": _l("What you receive"),
    "product_en": _l("What you receive (English)"),
    "complaint_handling": _l("Complaints and suggestions"),
    "complaint_handling_en": _l("Complaints and suggestions (English)"),
    "facilities": _l("Facilities"),
    "facilities_en": _l("Facilities (English)"),
    "infrastructure": _l("Infrastructure"),
    "staff_competence": _l("Staff competence"),
    "internal_supervision": _l("Internal supervision"),
    "staff_count": _l("Number of staff"),
    "service_guarantee": _l("Service guarantee"),
    "safety_guarantee": _l("Security and safety guarantee"),
    "performance_evaluation": _l("Performance evaluation"),
}
# Columns of the import/export template, named as staff read them (import preview).
COLUMN_LABELS = {
    "agency": _l("Agency"),
    "service_name": _l("Name"),
    "service_name_en": _l("Name (English)"),
    "category": _l("Category"),
    "synonyms": _l("Other names people use"),
    "online_url": _l("Online channel"),
    "completion_value": _l("Completion time"),
    "completion_unit": _l("Completion time unit"),
    "fees": _l("Fee"),
    "requirements": _l("Requirements"),
    "requirements_en": _l("Requirements (English)"),
    "steps": _l("Procedure"),
    "legal_basis": _l("Legal basis"),
    **TEXT_LABELS,
    "verified_on": _l("Verified on"),
    "verified_by": _l("Verified by"),
}


def column_label(column: str) -> str:
    """The translated name of a template column; an unknown column keeps its own name."""
    label = COLUMN_LABELS.get(column)
    return str(label) if label is not None else column


# Internal components are for staff; the public page shows only what citizens see.
PUBLIC_FIELDS = ("completion", "fee_lines", "requirements", "steps", "product",
                 "complaint_handling", "facilities", "legal_bases")


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    old: str
    new: str


def _fee_text(line: FeeLine) -> str:
    text = format_fee_line(line)
    if localized(line, "label"):
        text = f"{localized(line, 'label')}: {text}"
    if line.regulation and line.kind != "formula":
        text = f"{text} ({line.regulation})"
    return text


def _list_change(field: str, label: Any, old: list[str], new: list[str]) -> Change | None:
    if old == new:
        return None
    removed = [item for item in old if item not in new]
    added = [item for item in new if item not in old]
    if not removed and not added:  # same rows, new order
        return Change(field, str(label), "; ".join(old), "; ".join(new))
    return Change(field, str(label), "; ".join(removed) or "-", "; ".join(added) or "-")


def diff_versions(old: StandardVersion, new: StandardVersion,
                  public: bool = False) -> list[Change]:
    """The components that differ between two versions, in the order of a standard."""
    changes: list[Change | None] = []
    old_time = format_duration(old.completion_value, old.completion_unit)
    new_time = format_duration(new.completion_value, new.completion_unit)
    if old_time != new_time:
        changes.append(Change("completion", str(_l("Completion time")), old_time, new_time))
    changes.append(_list_change("fee_lines", _l("Fee"), [_fee_text(f) for f in old.fee_lines],
                                [_fee_text(f) for f in new.fee_lines]))
    changes.append(_list_change("requirements", _l("Requirements"),
                                [localized(r, "text") for r in old.requirements],
                                [localized(r, "text") for r in new.requirements]))
    changes.append(_list_change("steps", _l("Procedure"),
                                [localized(s, "text") for s in old.steps],
                                [localized(s, "text") for s in new.steps]))
    for name, label in TEXT_LABELS.items():
        if public and name not in PUBLIC_FIELDS:
            continue
        before, after = getattr(old, name) or "", getattr(new, name) or ""
        if before != after:
            changes.append(Change(name, str(label), before or "-", after or "-"))
    changes.append(_list_change("legal_bases", _l("Legal basis"),
                                [b.title for b in old.legal_bases],
                                [b.title for b in new.legal_bases]))
    return [c for c in changes if c is not None]


def published_changes(service: Service) -> dict[int, list[Change]]:
    """For each published version, what it changed against the one published before it."""
    published = sorted((v for v in service.versions if v.status in PUBLISHED_STATES),
                       key=lambda v: (v.effective_from, v.number))
    return {new.id: diff_versions(old, new, public=True)
            for old, new in pairwise(published)}


# Audit actions that write a draft's content, each with the whole standard before and after.
CONTENT_SAVES = ("draft_saved", "draft_imported")


@dataclass(frozen=True)
class DraftSave:
    """One save of a draft as the audit log holds it: who, when (region clock), what."""

    actor: str
    at: dt.datetime
    changes: list[Change]


def _version_of(values: dict[str, Any]) -> StandardVersion:
    """A detached version holding a snapshot, only for comparing (never added to a session)."""
    version = StandardVersion()
    apply_values(version, values)
    return version


def saves_since(version: StandardVersion, revision: int) -> list[DraftSave]:
    """The saves of a draft after `revision` (the one a form was loaded at), oldest first.

    Each `draft_saved` audit entry holds the whole standard before and after the save, with
    its revision; a save logged without a revision (before they were logged) is not shown.
    """
    service = version.service
    zone = ZoneInfo(service.region.timezone)
    saves = []
    for entry in reversed(entries(service.region_id, object_id=version.id, limit=None)):
        if entry.action not in CONTENT_SAVES or entry.object_type != "standardversion":
            continue
        before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
        if after.get("revision", 0) <= revision:
            continue
        at = entry.at.replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None)
        saves.append(DraftSave(entry.actor, at,
                               diff_versions(_version_of(before), _version_of(after))))
    return saves
