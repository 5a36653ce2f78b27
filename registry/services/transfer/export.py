"""Export: the standards in force as the template's XLSX workbook or CSV table."""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from typing import IO, Any

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import (
    Agency,
    FeeKind,
    FeeLine,
    ProcedureStep,
    Region,
    Service,
    StandardVersion,
)
from registry.models.service import CATEGORIES
from registry.models.standard import VERSION_TEXT, CompletionUnit
from registry.services import fees
from registry.services.schedule import region_today
from registry.services.standards import current_version
from registry.services.transfer.compare import fee_structure, version_loads
from registry.services.transfer.layout import (
    CSV_LIST_COLUMNS,
    FEE_COLUMNS,
    FEES_SHEET,
    FORMULA_START,
    GUIDE_SHEET,
    KEY_COLUMNS,
    PUBLIC_STANDARD_COLUMNS,
    STANDARD_COLUMNS,
    STANDARDS_SHEET,
    STEP_COLUMNS,
    STEPS_SHEET,
    SUMMARY_FIELDS,
    UNIT_ALIASES,
    join_line,
)


def standards_to_export(region: Region, agency: Agency | None = None,
                        today: dt.date | None = None) -> list[tuple[Service, StandardVersion]]:
    """Every service of the region (or agency) with its version in force, by agency and slug.

    Services with nothing in force yet (only drafts) are left out: the export is what
    citizens see today.
    """
    today = today or region_today(region)
    query = (
        select(Service).where(Service.region_id == region.id)
        .options(selectinload(Service.agency), *version_loads())
    )
    if agency is not None:
        query = query.where(Service.agency_id == agency.id)
    services = sorted(db.session.scalars(query), key=lambda s: (s.agency.slug, s.slug))
    pairs = [(s, current_version(s, today)) for s in services]
    return [(s, v) for s, v in pairs if v is not None]


def write_xlsx(items: Iterable[tuple[Service, StandardVersion]], out: IO[bytes],
               public: bool = False) -> None:
    """The workbook: "Standar", "Biaya" and "Prosedur" sheets, and a "Petunjuk" guide.
    `public`: the open data columns only (PUBLIC_STANDARD_COLUMNS)."""
    from openpyxl import Workbook

    columns = PUBLIC_STANDARD_COLUMNS if public else STANDARD_COLUMNS

    workbook = Workbook()
    standards = workbook.active
    standards.title = STANDARDS_SHEET
    fees = workbook.create_sheet(FEES_SHEET)
    steps = workbook.create_sheet(STEPS_SHEET)
    _append(standards, columns)
    _append(fees, (*KEY_COLUMNS, *FEE_COLUMNS))
    _append(steps, (*KEY_COLUMNS, *STEP_COLUMNS))
    for service, version in items:
        row = standard_row(service, version)
        _append(standards, [row[c] for c in columns])
        key = (service.region.slug, service.slug)
        for line in version.fee_lines:
            _append(fees, (*key, *_fee_cells(line)))
        for step in version.steps:
            _append(steps, (*key, *_step_cells(step)))
    _write_guide(workbook.create_sheet(GUIDE_SHEET))
    for sheet in (standards, fees, steps):
        sheet.freeze_panes = "A2"
    workbook.save(out)


def write_csv(items: Iterable[tuple[Service, StandardVersion]], out: IO[bytes],
              public: bool = False) -> None:
    """One table with the fees and steps encoded in their cells; UTF-8 with BOM for Excel."""
    columns = (*(PUBLIC_STANDARD_COLUMNS if public else STANDARD_COLUMNS), *CSV_LIST_COLUMNS)
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(columns)
    for service, version in items:
        row = standard_row(service, version)
        row["fees"] = "\n".join(join_line(_fee_cells(line)) for line in version.fee_lines)
        row["steps"] = "\n".join(join_line(_step_cells(step)) for step in version.steps)
        writer.writerow([_csv_safe(row[c]) for c in columns])
    out.write(text.getvalue().encode("utf-8-sig"))


def write_template(out: IO[bytes]) -> None:
    """A blank workbook with the headers and the guide, for agencies to fill in."""
    write_xlsx([], out)


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def standard_row(service: Service, version: StandardVersion) -> dict[str, Any]:
    """The "Standar" cells of one service and version, as exported."""
    row: dict[str, Any] = {
        "region": service.region.slug,
        "agency": service.agency.slug,
        "service_slug": service.slug,
        "code": service.code,
        "service_name": service.name,
        "service_name_en": service.name_en or "",
        "category": service.category,
        "synonyms": service.synonyms or "",
        "online_url": service.online_url or "",
        "registration_opens": _day(service.registration_opens),
        "registration_closes": _day(service.registration_closes),
        "registration_yearly": "ya" if service.registration_yearly else "",
        "completion_value": version.completion_value,
        "completion_unit": version.completion_unit,
        "requirements": "\n".join(r.text for r in version.requirements),
        "requirements_en": _en_lines([r.text_en for r in version.requirements]),
        "legal_basis": "\n".join(b.title for b in version.legal_bases),
        "effective_from": _day(version.effective_from),
        "verified_on": _day(version.verified_on),
        "verified_by": version.verified_by or "",
    }
    row.update({key: getattr(version, key) or "" for key in (*VERSION_TEXT, *SUMMARY_FIELDS)})
    return row


def _en_lines(texts: list[str | None]) -> str:
    return "\n".join(t or "" for t in texts) if any(texts) else ""


def _fee_cells(line: FeeLine) -> list[Any]:
    return [line.kind, line.amount, line.amount_max, line.unit or "", line.label or "",
            line.regulation or "", "ya" if line.incidental else "", line.label_en or "",
            line.unit_en or "", line.formula or "", line.formula_en or "",
            *fee_structure(line).values()]


def _step_cells(step: ProcedureStep) -> list[Any]:
    return [step.text, step.actor or "", step.duration_value, step.duration_unit or "",
            step.text_en or "", step.actor_en or ""]


def _csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _append(sheet: Any, values: Iterable[Any]) -> None:
    """One row; characters XLSX cannot hold (e.g. a vertical tab in old data) are left out."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    sheet.append(["" if v is None else ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str)
                  else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text, never a formula


def _write_guide(sheet: Any) -> None:
    sheet.append([_("Sheet"), _("Column"), _("Meaning and allowed values")])
    for sheet_name, column, meaning in guide_rows():
        sheet.append([sheet_name, column, meaning])


def guide_rows() -> list[tuple[str, str, str]]:
    """The column guide shipped in every workbook (docs/import-template.md says more)."""
    units = ", ".join([*CompletionUnit, *UNIT_ALIASES])
    kinds = ", ".join(FeeKind)
    return [
        (STANDARDS_SHEET, "region", _("Region slug, e.g. kota-contoh.")),
        (STANDARDS_SHEET, "agency", _("Agency slug, e.g. disdukcapil. Required.")),
        (STANDARDS_SHEET, "service_slug",
         _("Service key: lower-case letters, digits and hyphens. Required.")),
        (STANDARDS_SHEET, "service_name", _("Service name in Indonesian. Required.")),
        (STANDARDS_SHEET, "category",
         _("One of: %(values)s. Required.", values=", ".join(CATEGORIES))),
        (STANDARDS_SHEET, "completion_value", _("Completion time, a whole number above 0.")),
        (STANDARDS_SHEET, "completion_unit", _("One of: %(values)s.", values=units)),
        (STANDARDS_SHEET, "requirements", _("One requirement per line.")),
        (STANDARDS_SHEET, "legal_basis", _("One regulation per line.")),
        (STANDARDS_SHEET, "effective_from",
         _("Date the standard in force took effect; not imported.")),
        (FEES_SHEET, "kind", _("One of: %(values)s.", values=kinds)),
        (FEES_SHEET, "amount", _("Whole rupiah, e.g. 10000; amount_max for a range.")),
        (FEES_SHEET, "incidental", _("\"ya\" for a cost paid elsewhere (e.g. meterai).")),
        (FEES_SHEET, "formula_inputs", _("For a fee by formula: its inputs, separated by \";\", "
                                         "each name : label : unit : example : tetap (when "
                                         "the regulation fixes it), e.g. luas : Luas lantai : "
                                         "m2 : 100.")),
        (FEES_SHEET, "formula_expression", _("The formula over the input names, with numbers, "
                                             "+ - * / and parentheses, e.g. luas * indeks * "
                                             "hsr.")),
        (FEES_SHEET, "payment_channels", _("Where to pay a fee of the office, separated by "
                                           "\";\", each kind : detail; kinds: %(values)s.",
                                           values=", ".join(fees.PAYMENT_KINDS))),
        (STEPS_SHEET, "text", _("One procedure step per row, in order.")),
    ]
