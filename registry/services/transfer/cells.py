"""Check, first half: one row's cells read into typed values, every problem a RowError.

What the values may say (lengths, amounts, durations) is for services/rules.py; here a
cell is a number, a date, a known choice - or an error at its row and column.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from flask_babel import gettext as _

from registry.models import FeeKind
from registry.models.standard import VERSION_TEXT, CompletionUnit
from registry.services.catalogue import CODE_ALPHABET, CODE_LENGTH
from registry.services.transfer.layout import (
    CODE,
    FALSE_WORDS,
    FEE_TEXT_COLUMNS,
    NAME_MAX,
    SUMMARY_FIELDS,
    TRUE_WORDS,
    UNIT_ALIASES,
    text,
)
from registry.services.transfer.plan import RowError
from registry.services.transfer.read import Row


class Cells:
    """Typed reading of one row's cells; every problem becomes a RowError."""

    def __init__(self, row: Row, errors: list[RowError], *,
                 column_prefix: str = ""):
        self.row, self.errors = row, errors
        self.prefix = column_prefix

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.row.sheet, self.row.number, self.prefix + column,
                                    message))

    def text(self, column: str, limit: int | None = None,
             required: bool = False) -> str | None:
        """A cell as text; `limit` bounds keys, the rules bound a standard's values."""
        value = text(self.row.cells.get(column))
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
        if raw is None or text(raw) == "":
            if required:
                self.error(column, _("A value is required."))
            return None
        number = _whole_number(raw, money)
        if number is None:
            self.error(column, _("\"%(value)s\" is not a whole number.", value=text(raw)[:50]))
            return None
        return number

    def choice(self, column: str, allowed: Iterable[str], aliases: Mapping[str, str] | None = None,
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
        key = text(self.row.cells.get(column)).lower()
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
        value = text(raw)
        if not value:
            return None
        for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
            try:
                return dt.datetime.strptime(value, pattern).date()
            except ValueError:
                continue
        self.error(column, _("\"%(value)s\" is not a date; write YYYY-MM-DD.", value=value[:50]))
        return None


def _whole_number(raw: Any, money: bool) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        return int(raw) if raw.is_integer() else None
    value = text(raw).replace(" ", "")
    if money:
        value = re.sub(r"^(-?)rp\.?", r"\1", value, flags=re.IGNORECASE)
        value = re.sub(r",-?$", "", value)  # "10.000,-" as on receipts
        value = value.replace(".", "")
    return int(value) if re.fullmatch(r"-?\d+", value) else None


def read_fee_line(cells: Cells) -> dict[str, Any] | None:
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
        # Text as typed; services/rules.py reads the inputs and channels out of it.
        **{column: cells.text(column) for column in FEE_TEXT_COLUMNS},
    }
    return fee if len(cells.errors) == errors_before else None


def read_step(cells: Cells) -> dict[str, Any] | None:
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


def read_standard(cells: Cells) -> dict[str, Any]:
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


def read_code(cells: Cells) -> str | None:
    code = cells.text("code", NAME_MAX)
    if code is None:
        return None
    if not CODE.fullmatch(code.upper()):
        cells.error("code", _(
            "\"%(value)s\" is not a short code: %(length)d characters from %(alphabet)s.",
            value=code[:50], length=CODE_LENGTH, alphabet=CODE_ALPHABET))
        return None
    return code.upper()
