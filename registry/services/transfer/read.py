"""Read: the rows of an XLSX or CSV file as text cells, or the errors that stop reading.

Nothing is interpreted here beyond the header; services/transfer/cells.py types the cells.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from flask_babel import gettext as _

from registry.services.transfer.layout import (
    CELL_MAX,
    CSV_LIST_COLUMNS,
    FEE_COLUMNS,
    FEES_SHEET,
    FORMULA_START,
    KEY_COLUMNS,
    MAX_COLUMNS,
    MAX_ITEM_ROWS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_MEMBERS,
    REQUIRED_STANDARD_COLUMNS,
    STANDARD_COLUMNS,
    STANDARDS_SHEET,
    STEP_COLUMNS,
    STEPS_SHEET,
    text,
)
from registry.services.transfer.plan import RowError


@dataclass
class Row:
    sheet: str
    number: int
    cells: dict[str, Any]


@dataclass
class Table:
    standards: list[Row] = field(default_factory=list)
    fees: list[Row] = field(default_factory=list)
    steps: list[Row] = field(default_factory=list)
    from_csv: bool = False


def read_table(data: bytes, filename: str) -> tuple[Table, list[RowError]]:
    """The rows of an XLSX or CSV file, or the file-level errors that stop reading."""
    suffix = PurePath(filename).suffix.lower()
    if not data:
        return Table(), [RowError("", 0, "", _("The file is empty."))]
    if suffix == ".xlsx":
        return _read_xlsx(data)
    if suffix == ".csv":
        return _read_csv(data)
    return Table(), [RowError("", 0, "", _(
        "Unsupported file type %(suffix)s: upload an .xlsx or .csv file.",
        suffix=suffix or "-"))]


def unpacked_size_error(data: bytes) -> RowError | None:
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


def _read_xlsx(data: bytes) -> tuple[Table, list[RowError]]:
    from openpyxl import load_workbook

    refused = unpacked_size_error(data)
    if refused is not None:
        return Table(), [refused]
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on broken zips and XML
        return Table(), [RowError("", 0, "", _(
            "The file is not a valid XLSX workbook or it is damaged."))]
    table, errors = Table(), []
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


def _read_csv(data: bytes) -> tuple[Table, list[RowError]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # what Excel on Windows saves
    if "\x00" in text or not text.strip():
        return Table(), [RowError("", 0, "", _("The file is not a readable CSV text file."))]
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
        return Table(), [RowError("", 0, "", _("The file is not a readable CSV text file."))]
    table = Table(standards=parsed, from_csv=True)
    for row in parsed:
        for column, target, columns in (("fees", table.fees, FEE_COLUMNS),
                                        ("steps", table.steps, STEP_COLUMNS)):
            target += _cell_items(row, column, columns, errors)
    return table, errors


def _cell_items(row: Row, column: str, columns: tuple[str, ...],
                errors: list[RowError]) -> list[Row]:
    """The fee lines or steps of a CSV row's cell, one per line, as rows of their own."""
    key = {"region": row.cells.get("region"), "service_slug": row.cells.get("service_slug")}
    items = []
    for line in text(row.cells.get(column)).split("\n"):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > len(columns):
            errors.append(RowError("CSV", row.number, column, _(
                "A line has %(found)d fields separated by \"|\", at most %(limit)d "
                "are allowed.", found=len(parts), limit=len(columns))))
            continue
        # zip stops at the fields given: trailing empty ones may be left off.
        items.append(Row("CSV", row.number, {**key, **dict(zip(columns, parts, strict=False))}))
    return items


def _csv_unsafe(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def _rows(sheet: str, rows: Iterator[Any], columns: tuple[str, ...], required: tuple[str, ...],
          limit: int) -> tuple[list[Row], list[RowError]]:
    """Rows as they are read, one at a time: reading stops at the first limit reached."""
    first = next(rows, None)
    if not first or not any(c not in (None, "") for c in first):
        return [], [RowError(sheet, 1, "", _("The header row is missing."))]
    header = [text(c).lower() for c in first]
    missing = [c for c in required if c not in header]
    errors = [RowError(sheet, 1, c, _("Required column \"%(column)s\" is missing.", column=c))
              for c in missing]
    if missing:
        return [], errors
    known = {name: i for i, name in enumerate(header) if name in columns}
    parsed: list[Row] = []
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
        parsed.append(Row(sheet, number, cells))
    return parsed, errors
