"""Import and export of standards as spreadsheets (XLSX, CSV); docs/import-template.md.

One row per service holds the version in force. In XLSX, fee lines and procedure steps
have their own sheets ("Biaya", "Prosedur"), keyed by region and service slug; a CSV is one
table, so there the same fields sit in the `fees` and `steps` cells, one line per item,
fields separated by " | ".

An import never writes while it is being read: `preview_import` parses and validates the
whole file and says what would be created or changed; `apply_import` then creates new
services and new *draft* versions, all or nothing. Published versions are never touched.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import IO, Any

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import (
    Agency, FeeKind, FeeLine, ProcedureStep, Region, Service, StandardVersion, User,
    VersionStatus,
)
from registry.models.service import CATEGORIES
from registry.models.standard import INTERNAL_COMPONENTS, VERSION_TEXT, CompletionUnit
from registry.services import audit, import_bulk, rules
from registry.services.catalogue import CODE_ALPHABET, CODE_LENGTH
from registry.services.history import column_label
from registry.services.schedule import region_today
from registry.services.standards import (
    current_version, new_draft_from, open_draft, save_draft,
)

# What changed in the version: set on the draft, never compared (it describes a change).
SUMMARY_FIELDS = ("change_summary", "change_summary_en")
STANDARDS_SHEET = "Standar"
FEES_SHEET = "Biaya"
STEPS_SHEET = "Prosedur"
GUIDE_SHEET = "Petunjuk"

STANDARD_COLUMNS = (
    "region", "agency", "service_slug", "code", "service_name", "service_name_en", "category",
    "synonyms", "online_url", "completion_value", "completion_unit", "requirements",
    "requirements_en", "legal_basis", *VERSION_TEXT, "effective_from", "verified_on",
    "verified_by", *SUMMARY_FIELDS,
)
# The open data export: what citizens see, without internal components or staff names.
PUBLIC_STANDARD_COLUMNS = tuple(c for c in STANDARD_COLUMNS
                                if c not in (*INTERNAL_COMPONENTS, "verified_by"))
REQUIRED_STANDARD_COLUMNS = (
    "agency", "service_slug", "service_name", "category", "completion_value",
    "completion_unit",
)
FEE_COLUMNS = ("kind", "amount", "amount_max", "unit", "label", "regulation", "incidental",
               "label_en", "unit_en", "formula", "formula_en")
STEP_COLUMNS = ("text", "actor", "duration_value", "duration_unit", "text_en", "actor_en")
KEY_COLUMNS = ("region", "service_slug")
CSV_LIST_COLUMNS = ("fees", "steps")
CSV_SEPARATOR = " | "

# Keys and choices; the values of a standard are bounded by services/rules.py.
NAME_MAX = 200
MAX_ROWS = 5_000  # services per file
# Fee lines and procedure steps have their own sheets, several rows per service.
MAX_ITEM_ROWS = 10 * MAX_ROWS
MAX_COLUMNS = 100
# Excel's own limit for one cell.
CELL_MAX = 32_767
# An XLSX is a zip: its parts may unpack to at most this (checked before opening it).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 1_000
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
# Cells a spreadsheet would run as a formula; written with a leading apostrophe in CSV.
FORMULA_START = ("=", "+", "-", "@")
# What people type in Indonesian spreadsheets, besides the stored keys.
UNIT_ALIASES = {
    "menit": CompletionUnit.MINUTES, "jam": CompletionUnit.HOURS,
    "hari kerja": CompletionUnit.WORKING_DAYS, "hari": CompletionUnit.CALENDAR_DAYS,
    "hari kalender": CompletionUnit.CALENDAR_DAYS,
}
TRUE_WORDS = {"1", "ya", "y", "yes", "true", "benar", "x"}
FALSE_WORDS = {"", "0", "tidak", "t", "no", "n", "false", "salah"}
# Version fields the template carries, in the order changes are listed.
COMPARED = ("completion_value", "completion_unit", "fees", "requirements", "steps",
            "legal_basis", *VERSION_TEXT, "verified_on", "verified_by")
SERVICE_FIELDS = {"service_name": "name", "service_name_en": "name_en",
                  "category": "category", "synonyms": "synonyms", "online_url": "online_url"}


class ImportRefused(Exception):
    """apply_import was asked to write a preview that has errors."""


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int          # spreadsheet row number, 1 = the header
    column: str
    message: str

    def __str__(self) -> str:
        if not self.row:
            return f"{self.sheet}: {self.message}" if self.sheet else self.message
        return _("%(sheet)s row %(row)d, column %(column)s: %(message)s", sheet=self.sheet,
                 row=self.row, column=self.column or "-", message=self.message)


@dataclass
class FieldChange:
    column: str
    old: str
    new: str

    @property
    def label(self) -> str:
        return column_label(self.column)


@dataclass
class PlannedStandard:
    """What one row of the file will do: a new service, or a new draft of one."""

    row: int
    region: Region
    agency: Agency
    slug: str
    service_fields: dict[str, Any]
    standard: dict[str, Any]
    # The short code of the service's QR link, when the file keeps one (e.g. from posters
    # printed by an earlier registry); else a new service gets a new one.
    code: str | None = None
    service: Service | None = None
    current: StandardVersion | None = None
    changes: list[FieldChange] = field(default_factory=list)
    # Where each fee line and step came from: (sheet, row, column prefix), for errors.
    origins: dict[str, list[tuple[str, int, str]]] = field(
        default_factory=lambda: {"fees": [], "steps": []})
    # The standard as save_draft takes it, checked by the rules (set by the preview).
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.service_fields["name"]


@dataclass
class ImportPreview:
    filename: str
    created: list[PlannedStandard] = field(default_factory=list)
    changed: list[PlannedStandard] = field(default_factory=list)
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportResult:
    services: list[Service]
    drafts: list[StandardVersion]


@dataclass
class _Row:
    sheet: str
    number: int
    cells: dict[str, Any]


@dataclass
class _Table:
    standards: list[_Row] = field(default_factory=list)
    fees: list[_Row] = field(default_factory=list)
    steps: list[_Row] = field(default_factory=list)
    from_csv: bool = False


# ---------------------------------------------------------------- export

def standards_to_export(region: Region, agency: Agency | None = None,
                        today: dt.date | None = None) -> list[tuple[Service, StandardVersion]]:
    """Every service of the region (or agency) with its version in force, by agency and slug.

    Services with nothing in force yet (only drafts) are left out: the export is what
    citizens see today.
    """
    today = today or region_today(region)
    query = (
        select(Service).where(Service.region_id == region.id)
        .options(selectinload(Service.agency), *_version_loads())
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
        row["fees"] = "\n".join(_join_line(_fee_cells(line)) for line in version.fee_lines)
        row["steps"] = "\n".join(_join_line(_step_cells(step)) for step in version.steps)
        writer.writerow([_csv_safe(row[c]) for c in columns])
    out.write(text.getvalue().encode("utf-8-sig"))


def write_template(out: IO[bytes]) -> None:
    """A blank workbook with the headers and the guide, for agencies to fill in."""
    write_xlsx([], out)


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
        "completion_value": version.completion_value,
        "completion_unit": version.completion_unit,
        "requirements": "\n".join(r.text for r in version.requirements),
        "requirements_en": _en_lines([r.text_en for r in version.requirements]),
        "legal_basis": "\n".join(b.title for b in version.legal_bases),
        "effective_from": version.effective_from.isoformat() if version.effective_from else "",
        "verified_on": version.verified_on.isoformat() if version.verified_on else "",
        "verified_by": version.verified_by or "",
    }
    row.update({key: getattr(version, key) or "" for key in (*VERSION_TEXT, *SUMMARY_FIELDS)})
    return row


def _en_lines(texts: list[str | None]) -> str:
    return "\n".join(t or "" for t in texts) if any(texts) else ""


def _fee_cells(line: FeeLine) -> list[Any]:
    return [line.kind, line.amount, line.amount_max, line.unit or "", line.label or "",
            line.regulation or "", "ya" if line.incidental else "", line.label_en or "",
            line.unit_en or "", line.formula or "", line.formula_en or ""]


def _step_cells(step: ProcedureStep) -> list[Any]:
    return [step.text, step.actor or "", step.duration_value, step.duration_unit or "",
            step.text_en or "", step.actor_en or ""]


def _join_line(cells: list[Any]) -> str:
    """One fee or step as a CSV cell line; trailing empty fields are left off."""
    texts = ["" if c is None else str(c) for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    return CSV_SEPARATOR.join(texts)


def _csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _append(sheet, values: Iterable[Any]) -> None:
    """One row; characters XLSX cannot hold (e.g. a vertical tab in old data) are left out."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    sheet.append(["" if v is None else ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str)
                  else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text, never a formula


def _write_guide(sheet) -> None:
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
        (FEES_SHEET, "incidental", _("\"ya\" for a cost paid elsewhere (e.g. materai).")),
        (STEPS_SHEET, "text", _("One procedure step per row, in order.")),
    ]


# ---------------------------------------------------------------- reading

def read_table(data: bytes, filename: str) -> tuple[_Table, list[RowError]]:
    """The rows of an XLSX or CSV file, or the file-level errors that stop reading."""
    suffix = PurePath(filename).suffix.lower()
    if not data:
        return _Table(), [RowError("", 0, "", _("The file is empty."))]
    if suffix == ".xlsx":
        return _read_xlsx(data)
    if suffix == ".csv":
        return _read_csv(data)
    return _Table(), [RowError("", 0, "", _(
        "Unsupported file type %(suffix)s: upload an .xlsx or .csv file.",
        suffix=suffix or "-"))]


def _unpacked_size_error(data: bytes) -> RowError | None:
    """Refuse a zip bomb from the zip's directory, before anything is decompressed.

    Python's zipfile never yields more than an entry's declared size (a larger stream
    fails its check), so the declared sizes are a safe bound.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        return RowError("", 0, "", _("The file is not a valid XLSX workbook or it is damaged."))
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES or len(members) > MAX_ZIP_MEMBERS:
        return RowError("", 0, "", _(
            "The workbook unpacks to %(size)d MB, more than the %(limit)d MB an import may "
            "hold. Split it into smaller files.", size=unpacked // (1024 * 1024),
            limit=MAX_UNPACKED_BYTES // (1024 * 1024)))
    return None


def _read_xlsx(data: bytes) -> tuple[_Table, list[RowError]]:
    from openpyxl import load_workbook

    refused = _unpacked_size_error(data)
    if refused is not None:
        return _Table(), [refused]
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on broken zips and XML
        return _Table(), [RowError("", 0, "", _(
            "The file is not a valid XLSX workbook or it is damaged."))]
    table, errors = _Table(), []
    try:
        wanted = ((STANDARDS_SHEET, STANDARD_COLUMNS, REQUIRED_STANDARD_COLUMNS),
                  (FEES_SHEET, (*KEY_COLUMNS, *FEE_COLUMNS), ("service_slug", "kind")),
                  (STEPS_SHEET, (*KEY_COLUMNS, *STEP_COLUMNS), ("service_slug", "text")))
        for name, columns, required in wanted:
            if name not in workbook.sheetnames:
                errors.append(RowError(name, 0, "", _(
                    "The workbook has no sheet named \"%(sheet)s\".", sheet=name)))
                continue
            rows = workbook[name].iter_rows(values_only=True, max_col=MAX_COLUMNS)
            parsed, sheet_errors = _rows(name, rows, columns, required,
                                         MAX_ROWS if name == STANDARDS_SHEET else MAX_ITEM_ROWS)
            errors += sheet_errors
            setattr(table, {STANDARDS_SHEET: "standards", FEES_SHEET: "fees",
                            STEPS_SHEET: "steps"}[name], parsed)
    finally:
        workbook.close()
    return table, errors


def _read_csv(data: bytes) -> tuple[_Table, list[RowError]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # what Excel on Windows saves
    if "\x00" in text or not text.strip():
        return _Table(), [RowError("", 0, "", _("The file is not a readable CSV text file."))]
    header = text.splitlines()[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    # csv refuses cells over 128 KiB by raising; let every cell through to the
    # CELL_MAX check, which names its row and column.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = ([_csv_unsafe(c) for c in row] for row in reader)
    try:
        parsed, errors = _rows("CSV", rows, (*STANDARD_COLUMNS, *CSV_LIST_COLUMNS),
                               REQUIRED_STANDARD_COLUMNS, MAX_ROWS)
    except csv.Error:
        return _Table(), [RowError("", 0, "", _("The file is not a readable CSV text file."))]
    table = _Table(standards=parsed, from_csv=True)
    for row in parsed:
        key = {"region": row.cells.get("region"), "service_slug": row.cells.get("service_slug")}
        for column, target, columns in (("fees", table.fees, FEE_COLUMNS),
                                        ("steps", table.steps, STEP_COLUMNS)):
            for line in _text(row.cells.get(column)).split("\n"):
                if not line.strip():
                    continue
                parts = [p.strip() for p in line.split("|")]
                if len(parts) > len(columns):
                    errors.append(RowError("CSV", row.number, column, _(
                        "A line has %(found)d fields separated by \"|\", at most %(limit)d "
                        "are allowed.", found=len(parts), limit=len(columns))))
                    continue
                target.append(_Row("CSV", row.number, {**key, **dict(zip(columns, parts))}))
    return table, errors


def _csv_unsafe(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def _rows(sheet: str, rows: Iterator[Any], columns: tuple[str, ...], required: tuple[str, ...],
          limit: int) -> tuple[list[_Row], list[RowError]]:
    """Rows as they are read, one at a time: reading stops at the first limit reached."""
    first = next(rows, None)
    if not first or not any(c not in (None, "") for c in first):
        return [], [RowError(sheet, 1, "", _("The header row is missing."))]
    header = [_text(c).lower() for c in first]
    missing = [c for c in required if c not in header]
    errors = [RowError(sheet, 1, c, _("Required column \"%(column)s\" is missing.", column=c))
              for c in missing]
    if missing:
        return [], errors
    known = {name: i for i, name in enumerate(header) if name in columns}
    parsed = []
    for number, values in enumerate(rows, start=2):
        # count() first: a sheet may pad a million empty rows, which must cost little.
        if values.count(None) == len(values) or \
                not any(v not in (None, "") and str(v).strip() for v in values):
            continue
        if len(parsed) == limit:
            return [], [RowError(sheet, 0, "", _(
                "Too many rows: more than %(limit)d. Split the file into smaller files.",
                limit=limit))]
        cells = {name: values[i] if i < len(values) else None for name, i in known.items()}
        too_long = next((name for name, value in cells.items()
                         if value is not None and len(str(value)) > CELL_MAX), None)
        if too_long is not None:
            return [], [RowError(sheet, number, too_long, _(
                "The cell holds %(length)d characters, at most %(limit)d are allowed.",
                length=len(str(cells[too_long])), limit=CELL_MAX))]
        parsed.append(_Row(sheet, number, cells))
    return parsed, errors


# ---------------------------------------------------------------- validation

class _Cells:
    """Typed reading of one row's cells; every problem becomes a RowError."""

    def __init__(self, row: _Row, errors: list[RowError], *,
                 column_prefix: str = ""):
        self.row, self.errors = row, errors
        self.prefix = column_prefix

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.row.sheet, self.row.number, self.prefix + column,
                                    message))

    def text(self, column: str, limit: int | None = None,
             required: bool = False) -> str | None:
        """A cell as text; `limit` bounds keys, the rules bound a standard's values."""
        value = _text(self.row.cells.get(column))
        if not value:
            if required:
                self.error(column, _("A value is required."))
            return None
        if limit is not None and len(value) > limit:
            self.error(column, _("Too long: %(length)d characters, at most %(limit)d.",
                                 length=len(value), limit=limit))
        return value

    def lines(self, column: str) -> list[str]:
        found = [line.strip() for line in (self.text(column) or "").split("\n")]
        return [line for line in found if line]

    def en_lines(self, column: str, count: int) -> list[str | None]:
        found = [line.strip() or None for line in (self.text(column) or "").split("\n")]
        while found and found[-1] is None:
            found.pop()
        if len(found) > count:
            self.error(column, _("%(found)d lines, but the Indonesian column has %(count)d.",
                                 found=len(found), count=count))
        return (found + [None] * count)[:count]

    def whole(self, column: str, *, required: bool = False, money: bool = False) -> int | None:
        raw = self.row.cells.get(column)
        if raw is None or _text(raw) == "":
            if required:
                self.error(column, _("A value is required."))
            return None
        number = _whole_number(raw, money)
        if number is None:
            self.error(column, _("\"%(value)s\" is not a whole number.", value=_text(raw)[:50]))
            return None
        return number

    def choice(self, column: str, allowed: Iterable[str], aliases: dict | None = None,
               required: bool = False) -> str | None:
        value = self.text(column, NAME_MAX, required)
        if value is None:
            return None
        key = value.strip().lower()
        aliases = aliases or {}
        if key in allowed:
            return key
        if key in aliases:
            return str(aliases[key])
        self.error(column, _("Unknown value \"%(value)s\"; allowed: %(allowed)s.",
                             value=value[:50], allowed=", ".join([*allowed, *aliases])))
        return None

    def flag(self, column: str) -> bool:
        key = _text(self.row.cells.get(column)).lower()
        if key in TRUE_WORDS:
            return True
        if key not in FALSE_WORDS:
            self.error(column, _("Write \"ya\" or leave it empty."))
        return False

    def date(self, column: str) -> dt.date | None:
        raw = self.row.cells.get(column)
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        value = _text(raw)
        if not value:
            return None
        for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
            try:
                return dt.datetime.strptime(value, pattern).date()
            except ValueError:
                continue
        self.error(column, _("\"%(value)s\" is not a date; write YYYY-MM-DD.", value=value[:50]))
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _whole_number(raw: Any, money: bool) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        return int(raw) if raw.is_integer() else None
    value = _text(raw).replace(" ", "")
    if money:
        value = re.sub(r"^(-?)rp\.?", r"\1", value, flags=re.IGNORECASE)
        value = re.sub(r",-?$", "", value)  # "10.000,-" as on receipts
        value = value.replace(".", "")
    return int(value) if re.fullmatch(r"-?\d+", value) else None


def _fee_line(cells: _Cells) -> dict[str, Any] | None:
    """A fee row read into typed values; services/rules.py checks what they say."""
    errors_before = len(cells.errors)
    fee = {
        "kind": cells.choice("kind", tuple(FeeKind), required=True),
        "amount": cells.whole("amount", money=True),
        "amount_max": cells.whole("amount_max", money=True),
        "unit": cells.text("unit"),
        "label": cells.text("label") or "",
        "regulation": cells.text("regulation") or "",
        "incidental": cells.flag("incidental"),
        "label_en": cells.text("label_en"),
        "unit_en": cells.text("unit_en"),
        "formula": cells.text("formula"),
        "formula_en": cells.text("formula_en"),
    }
    return fee if len(cells.errors) == errors_before else None


def _step(cells: _Cells) -> dict[str, Any] | None:
    errors_before = len(cells.errors)
    step = {
        "text": cells.text("text", required=True),
        "actor": cells.text("actor") or "",
        "duration_value": cells.whole("duration_value"),
        "duration_unit": cells.choice("duration_unit", tuple(CompletionUnit), UNIT_ALIASES),
        "text_en": cells.text("text_en"),
        "actor_en": cells.text("actor_en"),
    }
    return step if len(cells.errors) == errors_before else None


def _standard(cells: _Cells) -> dict[str, Any]:
    requirements = cells.lines("requirements")
    requirements_en = cells.en_lines("requirements_en", len(requirements))
    standard = {
        "completion_value": cells.whole("completion_value", required=True),
        "completion_unit": cells.choice("completion_unit", tuple(CompletionUnit), UNIT_ALIASES,
                                        required=True),
        "requirements": list(zip(requirements, requirements_en, strict=True)),
        "legal_basis": cells.lines("legal_basis"),
        "verified_on": cells.date("verified_on"),
        "verified_by": cells.text("verified_by", 120),
        "fees": [],
        "steps": [],
    }
    standard.update({key: cells.text(key) for key in (*VERSION_TEXT, *SUMMARY_FIELDS)})
    return standard


def preview_import(data: bytes, filename: str, *, region: Region | None = None,
                   agency: Agency | None = None, confirm_large_amounts: bool = False,
                   today: dt.date | None = None) -> ImportPreview:
    """Read and check a whole file; say what `apply_import` would do. Writes nothing.

    `region` limits the file to one region (a blank region column means this one);
    `agency` limits it further to one agency's services. Every problem is a RowError with
    the row, the column and a translated message.
    """
    preview = ImportPreview(filename=PurePath(filename).name)
    table, preview.errors = read_table(data, filename)
    if preview.errors:
        return preview
    if not table.standards:
        preview.errors.append(RowError(
            "CSV" if table.from_csv else STANDARDS_SHEET, 0, "",
            _("The file has no service rows.")))
        return preview
    errors = preview.errors
    planned: dict[tuple[str, str], PlannedStandard] = {}
    listed: set[tuple[str, str]] = set()  # every key on the standards sheet, valid or not
    regions: dict[str, Region | None] = {}
    for row in table.standards:
        cells = _Cells(row, errors)
        found_region = _row_region(cells, region, regions)
        agency_slug = cells.text("agency", 80, required=True)
        slug = cells.text("service_slug", 120, required=True)
        listed.add((_text(row.cells.get("region")) or (region.slug if region else ""), slug))
        if slug and not SLUG.match(slug):
            cells.error("service_slug", _(
                "\"%(value)s\" is not a valid key: use lower-case letters, digits and hyphens.",
                value=slug[:50]))
            slug = None
        service_fields = {
            "name": cells.text("service_name", required=True),
            "name_en": cells.text("service_name_en"),
            "category": cells.choice("category", CATEGORIES, required=True),
            "synonyms": cells.text("synonyms") or "",
            "online_url": cells.text("online_url"),
        }
        standard = _standard(cells)
        code = _code(cells)
        if found_region is None or not agency_slug or not slug:
            continue
        found_agency = next((a for a in found_region.agencies if a.slug == agency_slug), None)
        if found_agency is None:
            cells.error("agency", _("Unknown agency \"%(slug)s\" in region %(region)s.",
                                    slug=agency_slug[:80], region=found_region.slug))
            continue
        if agency is not None and found_agency.id != agency.id:
            cells.error("agency", _("You can only import services of %(agency)s.",
                                    agency=agency.slug))
            continue
        key = (found_region.slug, slug)
        if key in planned:
            cells.error("service_slug", _("Service \"%(slug)s\" already appears in row %(row)d.",
                                          slug=slug, row=planned[key].row))
            continue
        planned[key] = PlannedStandard(row.number, found_region, found_agency, slug,
                                       service_fields, standard, code)

    for rows, build, target in ((table.fees, _fee_line, "fees"), (table.steps, _step, "steps")):
        for row in rows:
            prefix = f"{target}: " if table.from_csv else ""
            cells = _Cells(row, errors, column_prefix=prefix)
            region_slug = _text(row.cells.get("region")) or (region.slug if region else "")
            slug = _text(row.cells.get("service_slug"))
            item = build(cells)
            plan = planned.get((region_slug, slug))
            if plan is None:
                if (region_slug, slug) not in listed:
                    cells.error("service_slug", _(
                        "Service \"%(slug)s\" is not on the %(sheet)s sheet.",
                        slug=slug[:120], sheet=STANDARDS_SHEET))
                continue
            if item is not None:
                plan.standard[target].append(item)
                plan.origins[target].append((row.sheet, row.number, prefix))

    existing = _existing_services(list(planned.values()))
    taken = _taken_codes(list(planned.values()))
    for plan in sorted(planned.values(), key=lambda p: p.row):
        _compare(plan, existing.get((plan.region.id, plan.slug)), today)
        _check_code(plan, table.standards[0].sheet, errors, taken)
        _check_rules(plan, table.standards[0].sheet, errors, confirm_large_amounts)
        if agency is not None and plan.service is not None and \
                plan.service.agency_id != agency.id:
            # An agency's file may not take over another agency's service.
            errors.append(RowError(table.standards[0].sheet, plan.row, "service_slug", _(
                "Service \"%(slug)s\" belongs to %(agency)s.", slug=plan.slug,
                agency=plan.service.agency.slug)))
            continue
        if plan.service is None:
            preview.created.append(plan)
        elif plan.changes and _draft_in_the_way(plan, table.standards[0].sheet, errors):
            continue
        elif plan.changes:
            preview.changed.append(plan)
        else:
            preview.unchanged += 1
    order = {FEES_SHEET: 1, STEPS_SHEET: 2}
    errors.sort(key=lambda e: (order.get(e.sheet, 0), e.row))
    return preview


def _code(cells: _Cells) -> str | None:
    code = cells.text("code", NAME_MAX)
    if code is None:
        return None
    if not CODE.fullmatch(code.upper()):
        cells.error("code", _(
            "\"%(value)s\" is not a short code: %(length)d characters from %(alphabet)s.",
            value=code[:50], length=CODE_LENGTH, alphabet=CODE_ALPHABET))
        return None
    return code.upper()


def _taken_codes(plans: list[PlannedStandard]) -> dict[str, str]:
    """The codes the file names that services have already, with those services' slugs."""
    wanted = sorted({plan.code for plan in plans if plan.code})
    taken: dict[str, str] = {}
    for start in range(0, len(wanted), 1000):
        taken.update({code: slug for code, slug in db.session.execute(
            select(Service.code, Service.slug).where(
                Service.code.in_(wanted[start:start + 1000])))})
    return taken


def _check_code(plan: PlannedStandard, sheet: str, errors: list[RowError],
                taken: dict[str, str]) -> None:
    """A code stays with its service: printed posters point to it."""
    if plan.code is None:
        return
    if plan.service is not None and plan.code != plan.service.code:
        errors.append(RowError(sheet, plan.row, "code", _(
            "Service \"%(slug)s\" has the short code %(code)s; a short code cannot change.",
            slug=plan.slug, code=plan.service.code)))
    elif plan.service is None and plan.code in taken:
        errors.append(RowError(sheet, plan.row, "code", _(
            "The short code %(code)s is already used by service \"%(slug)s\".",
            code=plan.code, slug=taken[plan.code])))
    else:
        taken[plan.code] = plan.slug  # a later row of the file may not take it again


def _row_region(cells: _Cells, scope: Region | None,
                cache: dict[str, Region | None]) -> Region | None:
    slug = cells.text("region", 80)
    if not slug:
        if scope is None:
            cells.error("region", _("A value is required."))
        return scope
    if scope is not None and slug != scope.slug:
        cells.error("region", _("This row belongs to region %(found)s, not %(region)s.",
                                found=slug[:80], region=scope.slug))
        return None
    if slug not in cache:
        cache[slug] = db.session.scalar(
            select(Region).where(Region.slug == slug).options(selectinload(Region.agencies)))
    if cache[slug] is None:
        cells.error("region", _("Unknown region \"%(slug)s\".", slug=slug[:80]))
    return cache[slug]


def _version_loads():
    versions = selectinload(Service.versions)
    return (versions.selectinload(StandardVersion.requirements),
            versions.selectinload(StandardVersion.steps),
            versions.selectinload(StandardVersion.fee_lines),
            versions.selectinload(StandardVersion.legal_bases))


def _existing_services(plans: list[PlannedStandard]) -> dict[tuple[int, str], Service]:
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
                     .options(selectinload(Service.agency), *_version_loads()))
            found.update({(region_id, s.slug): s for s in db.session.scalars(query)})
    return found


def _compare(plan: PlannedStandard, service: Service | None, today: dt.date | None) -> None:
    if service is None:
        return
    plan.service = service
    if service.agency_id != plan.agency.id:
        plan.changes.append(FieldChange("agency", service.agency.slug, plan.agency.slug))
    for column, attribute in SERVICE_FIELDS.items():
        old, new = getattr(service, attribute) or "", plan.service_fields[attribute] or ""
        if old != new:
            plan.changes.append(FieldChange(column, old, new))
    plan.current = current_version(service, today or region_today(plan.region))
    old = _standard_of(plan.current) if plan.current else {}
    for key in COMPARED:
        if _shown(key, old.get(key)) != _shown(key, plan.standard[key]):
            plan.changes.append(FieldChange(key, _shown(key, old.get(key)),
                                            _shown(key, plan.standard[key])))


def _standard_of(version: StandardVersion) -> dict[str, Any]:
    """A version in the same shape as a parsed row, so the two compare field by field."""
    standard = {
        "completion_value": version.completion_value,
        "completion_unit": version.completion_unit,
        "requirements": [(r.text, r.text_en or None) for r in version.requirements],
        "legal_basis": [b.title for b in version.legal_bases],
        "verified_on": version.verified_on,
        "verified_by": version.verified_by or None,
        "fees": [{c: getattr(line, c) for c in FEE_COLUMNS} for line in version.fee_lines],
        "steps": [{c: getattr(step, c) for c in STEP_COLUMNS} for step in version.steps],
    }
    standard.update({key: getattr(version, key) or None for key in VERSION_TEXT})
    return standard


def _shown(key: str, value: Any) -> str:
    """A field as a person compares it in the preview (and as the compare sees it)."""
    if value is None:
        return ""
    if key == "fees":
        return "\n".join(_join_line([
            "" if fee.get(c) is None or fee.get(c) is False else
            ("ya" if fee.get(c) is True else fee.get(c)) for c in FEE_COLUMNS]) for fee in value)
    if key == "steps":
        return "\n".join(_join_line([step.get(c) or "" for c in STEP_COLUMNS]) for step in value)
    if key == "requirements":
        return "\n".join(text + (f" / {text_en}" if text_en else "") for text, text_en in value)
    if key == "legal_basis":
        return "\n".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


# Rule paths (services/rules.py) -> the template's columns.
SERVICE_COLUMNS = {attribute: column for column, attribute in SERVICE_FIELDS.items()}
PART_COLUMNS = {("requirements", "text"): "requirements",
                ("requirements", "text_en"): "requirements_en",
                ("legal_bases", "title"): "legal_basis", ("legal_bases", "url"): "legal_basis"}
PART_SOURCES = {"fee_lines": "fees", "steps": "steps"}


def _values(plan: PlannedStandard) -> dict[str, Any]:
    """The row's standard as save_draft takes it; legal-basis links come from the version
    in force (the template carries only titles)."""
    standard = plan.standard
    links = {b.title: b.url for b in plan.current.legal_bases} if plan.current else {}
    values = {key: standard[key] for key in ("completion_value", "completion_unit",
                                              *VERSION_TEXT)}
    values["requirements"] = [{"text": text, "text_en": text_en}
                              for text, text_en in standard["requirements"]]
    values["steps"] = [dict(step) for step in standard["steps"]]
    values["fee_lines"] = [dict(fee) for fee in standard["fees"]]
    values["legal_bases"] = [{"title": title, "url": links.get(title)}
                             for title in standard["legal_basis"]]
    # The summary of the version in force describes that version's change, not this one.
    values.update({key: standard[key] for key in SUMMARY_FIELDS if standard[key] is not None
                   and standard[key] != (getattr(plan.current, key) if plan.current else None)})
    return values


def _check_rules(plan: PlannedStandard, sheet: str, errors: list[RowError],
                 confirm_large: bool) -> None:
    """The same rules as the staff form, reported at the row and column they came from."""
    seen = {(e.sheet, e.row, e.column) for e in errors}
    plan.values, problems = rules.check_standard(_values(plan), confirm_large=confirm_large)
    plan.service_fields, service_problems = rules.check_service(plan.service_fields)
    for problem in problems + service_problems:
        error = _row_error(plan, sheet, problem)
        if (error.sheet, error.row, error.column) not in seen:
            seen.add((error.sheet, error.row, error.column))
            errors.append(error)


def _row_error(plan: PlannedStandard, sheet: str, problem: rules.Problem) -> RowError:
    path = problem.path
    if len(path) == 3 and path[0] in PART_SOURCES:
        origin_sheet, row, prefix = plan.origins[PART_SOURCES[str(path[0])]][int(path[1])]
        return RowError(origin_sheet, row, prefix + str(path[2]), problem.message)
    if len(path) == 3:
        column = PART_COLUMNS[(str(path[0]), str(path[2]))]
    else:
        column = SERVICE_COLUMNS.get(str(path[0])) or PART_SOURCES.get(str(path[0]), str(path[0]))
    return RowError(sheet, plan.row, column, problem.message)


def _draft_in_the_way(plan: PlannedStandard, sheet: str, errors: list[RowError]) -> bool:
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
    standard = _standard_of(version)
    return {key: standard[key] for key in COMPARED if not key.startswith("verified_")}


# ---------------------------------------------------------------- writing

def apply_import(preview: ImportPreview, *, user: User | None = None,
                 actor: str | None = None, today: dt.date | None = None) -> ImportResult:
    """Write a clean preview through the staff workflow; flush, never commit.

    Each changed standard goes into the service's open draft (or a new one, copied from
    the version in force), saved by `user` (or `actor`, e.g. "cli"), who becomes one of
    its authors; nothing is published. New services and service changes are audited as
    `service_imported`, each draft's content as `draft_imported` (like `draft_saved`).
    The preview holds loaded objects: apply it in the session that made it. A web flow
    that confirms in a second request keeps the uploaded bytes and previews them again.
    Many new services at once are written in bulk (services/import_bulk.py), to the same
    effect, so a 5,000-row file is confirmed well inside a worker's timeout.
    """
    if preview.errors:
        raise ImportRefused(_("The file has errors; nothing was imported."))
    result = ImportResult([], [])
    summary = _("Imported from %(file)s", file=preview.filename)
    created = preview.created
    if len(created) >= import_bulk.MIN_SERVICES:
        result.services, result.drafts = import_bulk.write_new_services(
            [import_bulk.NewService(plan.region, plan.agency, plan.slug, plan.service_fields,
                                    plan.values, plan.standard["verified_on"],
                                    plan.standard["verified_by"], plan.code)
             for plan in created],
            user, actor, summary)
        created = []
    codes = import_bulk.new_codes([plan.code for plan in created])
    for plan in [*created, *preview.changed]:
        service = plan.service
        if service is None:
            service = Service(region=plan.region, agency=plan.agency, slug=plan.slug,
                              code=next(codes), **plan.service_fields)
            db.session.add(service)
            db.session.flush()
            audit.record("service_imported", service, user=user, actor=actor, summary=summary,
                         after={"slug": service.slug, **plan.service_fields})
            result.services.append(service)
        else:
            _change_service(service, plan, user, actor, summary)
        if plan.service is None or any(c.column in COMPARED for c in plan.changes):
            result.drafts.append(_write_draft(service, plan, user, actor, summary,
                                              today or region_today(plan.region)))
    db.session.flush()
    return result


def _change_service(service: Service, plan: PlannedStandard, user: User | None,
                    actor: str | None, summary: str) -> None:
    before = {c.column: c.old for c in plan.changes if c.column in SERVICE_FIELDS
              or c.column == "agency"}
    service.agency = plan.agency
    for attribute, value in plan.service_fields.items():
        setattr(service, attribute, value if value is not None else
                ("" if attribute == "synonyms" else None))
    if before:
        audit.record("service_imported", service, user=user, actor=actor, summary=summary,
                     before=before,
                     after={c.column: c.new for c in plan.changes if c.column in before})


def _write_draft(service: Service, plan: PlannedStandard, user: User | None,
                 actor: str | None, summary: str, today: dt.date) -> StandardVersion:
    """Save the row into the open draft (the preview made sure it holds nothing else)."""
    draft = open_draft(service) or new_draft_from(service, user, today, actor=actor)
    save_draft(draft, plan.values, draft.revision, user, actor=actor, confirm_large=True,
               action="draft_imported", summary=summary)
    draft.verified_on = plan.standard["verified_on"]
    draft.verified_by = plan.standard["verified_by"]
    return draft


def preview_lines(preview: ImportPreview) -> list[str]:
    """The preview as plain lines, for the command line and logs."""
    lines = [_("%(created)d new services, %(changed)d changed, %(unchanged)d unchanged, "
               "%(errors)d errors.", created=len(preview.created), changed=len(preview.changed),
               unchanged=preview.unchanged, errors=len(preview.errors))]
    for plan in preview.created:
        lines.append(_("New: %(slug)s (%(name)s), agency %(agency)s", slug=plan.slug,
                       name=plan.name, agency=plan.agency.slug))
    for plan in preview.changed:
        lines.append(_("Changed: %(slug)s", slug=plan.slug))
        for change in plan.changes:
            lines.append(f"  {change.column}: {_short(change.old)!r} -> {_short(change.new)!r}")
    lines += [str(error) for error in preview.errors]
    return lines


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
