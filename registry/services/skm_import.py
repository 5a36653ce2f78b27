"""Paper and kiosk questionnaires imported from CSV or XLSX, one row a respondent.

Columns (docs/skm-import.md): tanggal, layanan (a service slug of the agency), U1..U9
(1-4, empty for an element not answered) and the optional profile umur, jenis_kelamin,
pendidikan, pekerjaan. As with the standards import, `preview_skm_import` reads and checks
everything and writes nothing; `apply_skm_import` then saves all rows or none. A file
whose rows were imported before for the agency - the same bytes or the same answers
saved again - is refused, so no questionnaire is counted twice.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from registry.extensions import db
from registry.models import Agency, SkmImportBatch, SkmResponse, SkmSource, User
from registry.models.feedback import ELEMENT_CODES
from registry.services import audit, numbers, skm
from registry.services.skm import IkmFigures, Tally
from registry.services.transfer import (
    CELL_MAX,
    MAX_COLUMNS,
    MAX_ROWS,
    ImportRefused,
    RowError,
    unpacked_size_error,
)

COLUMNS = ("tanggal", "layanan", *ELEMENT_CODES, "umur", "jenis_kelamin", "pendidikan",
           "pekerjaan")
REQUIRED = ("tanggal", "layanan", *ELEMENT_CODES)
SHEET = "SKM"
SOURCES = (SkmSource.PAPER, SkmSource.KIOSK)
# What people write on forms and in spreadsheets, besides the stored keys.
SEX_ALIASES = {"l": "L", "laki-laki": "L", "laki laki": "L", "pria": "L",
               "p": "P", "perempuan": "P", "wanita": "P"}
EDUCATION_ALIASES = {"sltp": "smp", "slta": "sma", "smk": "sma", "d1": "diploma",
                     "d2": "diploma", "d3": "diploma", "d4": "diploma", "diii": "diploma",
                     "d1-d3-d4": "diploma"}
OCCUPATION_ALIASES = {"wiraswasta": "wirausaha", "pegawai swasta": "swasta",
                      "mahasiswa": "pelajar", "pelajar/mahasiswa": "pelajar", "asn": "pns"}
DATE_PATTERNS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")


@dataclass
class SkmRow:
    number: int
    service_id: int
    slug: str
    responded_on: dt.date
    answers: tuple[int | None, ...]
    profile: dict[str, Any]


@dataclass
class SkmPreview:
    filename: str
    source: str
    file_sha256: str
    content_sha256: str = ""
    rows: list[SkmRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    @property
    def per_service(self) -> list[tuple[str, int]]:
        return sorted(Counter(row.slug for row in self.rows).items())

    @property
    def figures(self) -> IkmFigures:
        """The file's own IKM, before it joins the agency's other answers."""
        return skm.ikm_of(Tally.of_answers(row.answers for row in self.rows))

    @property
    def first_day(self) -> dt.date | None:
        return min((row.responded_on for row in self.rows), default=None)

    @property
    def last_day(self) -> dt.date | None:
        return max((row.responded_on for row in self.rows), default=None)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _header(cells: list[Any]) -> list[str]:
    return [re.sub(r"\s+", "_", _text(c).lower()) for c in cells]


Numbered = list[tuple[int, list[Any]]]


def _filled(rows: Iterable[Sequence[Any]], sheet: str) -> Numbered | RowError:
    """The rows that hold something, with their row numbers, read one at a time so that
    a file padded with a million empty rows or a giant cell costs little."""
    found: Numbered = []
    for number, values in enumerate(rows, start=1):
        if values.count(None) == len(values) or not any(_text(v) for v in values):
            continue
        if len(found) > MAX_ROWS:
            return RowError("", 0, "", _(
                "Too many rows: more than %(limit)d. Split the file into smaller files.",
                limit=MAX_ROWS))
        if any(v is not None and len(str(v)) > CELL_MAX for v in values):
            return RowError(sheet, number, "", _(
                "A cell holds more than %(limit)d characters.", limit=CELL_MAX))
        found.append((number, list(values)))
    return found


def _csv_rows(data: bytes) -> Numbered | RowError:
    unreadable = RowError("", 0, "", _("The file is not a readable CSV text file."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # what Excel on Windows saves
    if "\x00" in text or not text.strip():
        return unreadable
    header = text.splitlines()[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    # csv raises on cells over 128 KiB; let them through to the CELL_MAX check.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    try:
        return _filled(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), "CSV")
    except csv.Error:
        return unreadable


def _xlsx_rows(data: bytes) -> Numbered | RowError:
    from openpyxl import load_workbook

    refused = unpacked_size_error(data)   # a zip bomb is refused before it is opened
    if refused is not None:
        return refused
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on broken zips and XML
        return RowError("", 0, "", _("The file is not a valid XLSX workbook or it is damaged."))
    try:
        sheet = workbook[SHEET] if SHEET in workbook.sheetnames else workbook.worksheets[0]
        return _filled(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), SHEET)
    finally:
        workbook.close()


def read_rows(data: bytes, filename: str) -> tuple[Numbered, list[RowError]]:
    """The file's filled rows (header first) with their row numbers, or the error that
    stops reading it."""
    suffix = PurePath(filename).suffix.lower()
    if not data:
        return [], [RowError("", 0, "", _("The file is empty."))]
    if suffix not in (".csv", ".xlsx"):
        return [], [RowError("", 0, "", _(
            "Unsupported file type %(suffix)s: upload an .xlsx or .csv file.",
            suffix=suffix or "-"))]
    rows = _csv_rows(data) if suffix == ".csv" else _xlsx_rows(data)
    if isinstance(rows, RowError):
        return [], [rows]
    if not rows:
        return [], [RowError("", 0, "", _("The file is empty."))]
    return rows, []


class _Cells:
    """Typed reading of one row; every problem becomes a RowError naming its column."""

    def __init__(self, sheet: str, number: int, cells: dict[str, Any],
                 errors: list[RowError]):
        self.sheet, self.number, self.cells, self.errors = sheet, number, cells, errors

    def error(self, column: str, message: str) -> None:
        shown = column.upper() if column in ELEMENT_CODES else column
        self.errors.append(RowError(self.sheet, self.number, shown, message))

    def day(self, today: dt.date) -> dt.date | None:
        raw = self.cells.get("tanggal")
        found = raw.date() if isinstance(raw, dt.datetime) else raw \
            if isinstance(raw, dt.date) else _parse_date(_text(raw))
        if found is None:
            self.error("tanggal", _("\"%(value)s\" is not a date; write YYYY-MM-DD.",
                                    value=_text(raw)[:50]) if _text(raw)
                       else _("A value is required."))
        elif found > today:
            self.error("tanggal", _("The date %(date)s lies in the future.",
                                    date=found.isoformat()))
        elif found.year < 2000:
            self.error("tanggal", _("The date %(date)s is too far in the past.",
                                    date=found.isoformat()))
        else:
            return found
        return None

    def answer(self, code: str) -> int | None:
        text = _text(self.cells.get(code))
        if not text:
            return None
        if text not in ("1", "2", "3", "4"):
            self.error(code, _("\"%(value)s\" is not an answer: write 1, 2, 3 or 4, or leave "
                               "it empty.", value=text[:20]))
            return None
        return int(text)

    def age(self) -> int | None:
        text = _text(self.cells.get("umur"))
        if not text:
            return None
        if not text.isdigit() or not 10 <= int(text) <= 120:
            self.error("umur", _("Write the age in years, from 10 to 120."))
            return None
        return int(text)

    def choice(self, column: str, allowed: dict[str, Any], aliases: dict[str, str],
               ) -> str | None:
        text = _text(self.cells.get(column))
        key = text.lower()
        if not text:
            return None
        for known in allowed:
            if key == known.lower():
                return known
        if key in aliases:
            return aliases[key]
        self.error(column, _("Unknown value \"%(value)s\"; allowed: %(allowed)s.",
                             value=text[:50], allowed=", ".join(allowed)))
        return None


def _parse_date(text: str) -> dt.date | None:
    for pattern in DATE_PATTERNS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _row(cells: _Cells, services: dict[str, int], agency: Agency,
         today: dt.date) -> SkmRow | None:
    before = len(cells.errors)
    day = cells.day(today)
    slug = _text(cells.cells.get("layanan")).lower()
    if not slug:
        cells.error("layanan", _("A value is required."))
    elif slug not in services:
        cells.error("layanan", _("Unknown service \"%(slug)s\" at %(agency)s.",
                                 slug=slug[:80], agency=agency.slug))
    answers = tuple(cells.answer(code) for code in ELEMENT_CODES)
    if len(cells.errors) == before and all(a is None for a in answers):
        cells.error("u1", _("The row answers none of the nine elements."))
    profile = {"age": cells.age(),
               "sex": cells.choice("jenis_kelamin", skm.SEXES, SEX_ALIASES),
               "education": cells.choice("pendidikan", skm.EDUCATION, EDUCATION_ALIASES),
               "occupation": cells.choice("pekerjaan", skm.OCCUPATIONS, OCCUPATION_ALIASES)}
    if len(cells.errors) > before or day is None:
        return None
    return SkmRow(cells.number, services[slug], slug, day, answers, profile)


def _content_hash(rows: list[SkmRow]) -> str:
    canonical = [[r.slug, r.responded_on.isoformat(), *r.answers,
                  *(r.profile[k] for k in ("age", "sex", "education", "occupation"))]
                 for r in rows]
    return hashlib.sha256(json.dumps(canonical).encode()).hexdigest()


def earlier_import(agency: Agency, preview: SkmPreview) -> SkmImportBatch | None:
    return db.session.scalar(select(SkmImportBatch).where(
        SkmImportBatch.agency_id == agency.id,
        or_(SkmImportBatch.file_sha256 == preview.file_sha256,
            SkmImportBatch.content_sha256 == preview.content_sha256)).limit(1))


def _repeat_error(batch: SkmImportBatch) -> RowError:
    return RowError("", 0, "", _(
        "These questionnaires were already imported on %(date)s by %(who)s (%(file)s, "
        "%(rows)d rows); importing them again would count them twice.",
        date=batch.imported_at.date().isoformat(), who=batch.imported_by,
        file=batch.filename, rows=batch.rows))


def preview_skm_import(data: bytes, filename: str, agency: Agency, *, source: str,
                       today: dt.date) -> SkmPreview:
    """Read and check a whole file of questionnaires for `agency`. Writes nothing."""
    preview = SkmPreview(PurePath(filename).name[:200], source,
                         hashlib.sha256(data).hexdigest())
    if source not in SOURCES:
        preview.errors.append(RowError("", 0, "", _("Choose paper or kiosk as the source.")))
        return preview
    rows, preview.errors = read_rows(data, filename)
    if preview.errors:
        return preview
    sheet = "CSV" if filename.lower().endswith(".csv") else SHEET
    header = _header(rows[0][1])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        preview.errors += [RowError(sheet, rows[0][0], c.upper() if c in ELEMENT_CODES else c, _(
            "Required column \"%(column)s\" is missing.", column=c)) for c in missing]
        return preview
    services = {s.slug: s.id for s in agency.services}
    index = {name: i for i, name in enumerate(header) if name in COLUMNS}
    for number, values in rows[1:]:
        cells = {name: values[i] if i < len(values) else None for name, i in index.items()}
        row = _row(_Cells(sheet, number, cells, preview.errors), services, agency, today)
        if row is not None:
            preview.rows.append(row)
    if not preview.rows and not preview.errors:
        preview.errors.append(RowError(sheet, 0, "", _("The file has no questionnaire rows.")))
    preview.content_sha256 = _content_hash(preview.rows)
    earlier = earlier_import(agency, preview) if not preview.errors else None
    if earlier is not None:
        preview.errors.insert(0, _repeat_error(earlier))
    return preview


def apply_skm_import(preview: SkmPreview, agency: Agency, *, user: User | None = None,
                     actor: str | None = None) -> SkmImportBatch:
    """Save every row of a clean preview as one batch; flush, never commit.

    ImportRefused when the preview has errors or the same rows were saved meanwhile
    (the unique content hash of the agency's batches decides, also under a race).
    """
    if not preview.ok:
        raise ImportRefused(_("The file has errors; nothing was imported."))
    who = actor or (f"{user.name} <{user.email}>" if user else "system")
    batch = SkmImportBatch(agency=agency, filename=preview.filename,
                           file_sha256=preview.file_sha256,
                           content_sha256=preview.content_sha256, source=preview.source,
                           rows=len(preview.rows), imported_by=who)
    try:
        with db.session.begin_nested():
            db.session.add(batch)
    except IntegrityError:
        earlier = earlier_import(agency, preview)
        raise ImportRefused(str(_repeat_error(earlier)) if earlier else
                            _("The file has errors; nothing was imported.")) from None
    db.session.add_all(SkmResponse(
        agency_id=agency.id, service_id=row.service_id, responded_on=row.responded_on,
        source=preview.source, batch=batch, **dict(zip(ELEMENT_CODES, row.answers, strict=True)),
        **row.profile) for row in preview.rows)
    db.session.flush()
    audit.record("skm_imported", batch, user=user, actor=actor, summary=preview.filename,
                 region_id=agency.region_id, agency_id=agency.id, after={
                     "file": preview.filename, "rows": len(preview.rows),
                     "source": preview.source, "sha256": preview.file_sha256,
                     "from": preview.first_day, "to": preview.last_day})
    return batch


def preview_lines(preview: SkmPreview) -> list[str]:
    """The preview as plain lines, for the command line."""
    figures = preview.figures
    lines = [_("%(rows)d questionnaires, %(errors)d errors.", rows=len(preview.rows),
               errors=len(preview.errors))]
    if preview.rows:
        lines.append(_("From %(first)s to %(last)s; IKM of this file: %(ikm)s.",
                       first=preview.first_day, last=preview.last_day,
                       ikm=numbers.decimal(figures.ikm)))
        lines += [f"  {slug}: {count}" for slug, count in preview.per_service]
    lines += [str(error) for error in preview.errors]
    return lines
