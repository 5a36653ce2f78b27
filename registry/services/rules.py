"""The rules a standard's values must keep, in one place, for every way in.

The staff form, the file and web imports, `save_draft` and publication all call these
functions, so a value refused on one path is refused on every path, with the same
message naming the field as the staff pages do. Each check returns the values
normalised (invisible differences removed) and a list of problems; `standard` and
`service` raise RuleViolation instead.

Limits, and why:
- fees are whole rupiah from 0 to Rp1.000.000.000.000 (a BIGINT column); amounts above
  Rp1.000.000.000 need an explicit confirmation, since they are usually typing errors;
- a completion time is a whole number from 1 up to one year in its unit: 366 calendar
  days, 314 working days (a Monday-Saturday week in a leap year), 8,784 hours and
  527,040 minutes (366 x 24 and 366 x 24 x 60 of office clock);
- links are http:// or https:// only (never javascript:, data:, file:);
- text holds no control characters (other than line breaks in long fields) and no
  bidirectional embedding, override or isolate characters, which can make a fee read
  differently from how it is stored; CR LF, tabs, no-break spaces and zero-width
  spaces are normalised, since a person cannot see the difference;
- lengths match the database columns; long text fields have a limit of our own;
- a fee by formula may carry its arithmetic: inputs with names, units and example values
  (at most 10; numbers from 0 to 10^15) and an expression over them that
  services/formula.py parses (numbers, names, + - * / and parentheses only, never `eval`)
  and that gives whole rupiah from 0 to the maximum fee for the example values;
- only a fee the office charges names where to pay it (at most 8 payment channels of the
  kinds in services/fees.PAYMENT_KINDS) and its billing document.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from flask_babel import lazy_gettext as _l

from registry.models.service import CATEGORIES
from registry.models.standard import CompletionUnit, FeeKind
from registry.services import formula
from registry.services.fees import (
    FIXED_WORD,
    PAYMENT_KIND_LABELS,
    PAYMENT_KINDS,
    format_rupiah,
)
from registry.services.i18n import gettext as _

MAX_FEE = 1_000_000_000_000
LARGE_FEE = 1_000_000_000
COMPLETION_MAX = {
    CompletionUnit.MINUTES: 527_040,
    CompletionUnit.HOURS: 8_784,
    CompletionUnit.WORKING_DAYS: 314,
    CompletionUnit.CALENDAR_DAYS: 366,
}
LONG, ITEM, NOTE = 4000, 2000, 1000
# Settings typed as " | "-separated lines: the columns they land in.
CHANNEL_LIMITS = (20, 120, 200)  # kind, name, contact (the link: 500, url_problem)
COUNTER_LIMITS = (120, 200)      # name, location
CLOSURE_REASON_LIMIT = 200

# Field name -> (label as the staff pages show it, most characters, may hold line breaks).
VERSION_SPECS: dict[str, tuple[Any, int, bool]] = {
    "product": (_l("What the citizen receives"), LONG, True),
    "product_en": (_l("What the citizen receives (English)"), LONG, True),
    "complaint_handling": (_l("Complaint handling"), LONG, True),
    "complaint_handling_en": (_l("Complaint handling (English)"), LONG, True),
    "facilities": (_l("Facilities, also for vulnerable groups"), LONG, True),
    "facilities_en": (_l("Facilities (English)"), LONG, True),
    "infrastructure": (_l("Infrastructure"), LONG, True),
    "staff_competence": (_l("Staff competence"), LONG, True),
    "internal_supervision": (_l("Internal supervision"), LONG, True),
    "staff_count": (_l("Number of staff"), LONG, True),
    "service_guarantee": (_l("Service guarantee"), LONG, True),
    "safety_guarantee": (_l("Security and safety guarantee"), LONG, True),
    "performance_evaluation": (_l("Performance evaluation"), LONG, True),
    "change_summary": (_l("What changed (shown to citizens)"), NOTE, True),
    "change_summary_en": (_l("What changed (English)"), NOTE, True),
}
PART_SPECS: dict[str, dict[str, tuple[Any, int, bool]]] = {
    "requirements": {"text": (_l("Requirement"), ITEM, True),
                     "text_en": (_l("Requirement (English)"), ITEM, True)},
    "steps": {"text": (_l("Step"), ITEM, True), "text_en": (_l("Step (English)"), ITEM, True),
              "actor": (_l("Who does it"), 120, False),
              "actor_en": (_l("Who does it (English)"), 120, False)},
    "fee_lines": {"label": (_l("Condition"), 200, False),
                  "label_en": (_l("Condition (English)"), 200, False),
                  "unit": (_l("Per unit"), 40, False),
                  "unit_en": (_l("Per unit (English)"), 40, False),
                  "formula": (_l("Formula"), ITEM, True),
                  "formula_en": (_l("Formula (English)"), ITEM, True),
                  "regulation": (_l("Legal basis of this fee"), 300, False),
                  "formula_expression": (_l("Formula to calculate"), formula.MAX_CHARS, False),
                  "billing_document": (_l("Billing document (e.g. SKRD)"), 60, False)},
    "legal_bases": {"title": (_l("Regulation"), ITEM, True)},
}
SERVICE_SPECS: dict[str, tuple[Any, int, bool]] = {
    "name": (_l("Name"), 200, False),
    "name_en": (_l("Name (English)"), 200, False),
    "synonyms": (_l("Other names people use (comma separated)"), NOTE, True),
}
LABELS: dict[str, Any] = {
    "completion_value": _l("Completion time"), "completion_unit": _l("Unit"),
    "fee_lines": _l("Fees"), "kind": _l("Kind"), "amount": _l("Amount (Rp)"),
    "amount_max": _l("Up to (Rp)"), "duration_value": _l("Duration"),
    "duration_unit": _l("Unit"), "url": _l("Link"),
    "formula_inputs": _l("Formula inputs"), "payment_channels": _l("Where to pay"),
    "online_url": _l("Online channel"),
    "category": _l("Category"), "registration_opens": _l("Registration opens"),
    "registration_closes": _l("Registration closes"),
    **{name: spec[0] for name, spec in VERSION_SPECS.items()},
    **{name: spec[0] for name, spec in SERVICE_SPECS.items()},
}
# Rows of a list keep their own labels ("Requirement", not "Requirements").
PART_LABELS = {part: {name: spec[0] for name, spec in specs.items()}
               for part, specs in PART_SPECS.items()}

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\t"), " ")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$")


@dataclass(frozen=True)
class Problem:
    """One value that breaks a rule: where it is, and a message naming the field.

    `path` is ("product",), ("fee_lines",) or ("fee_lines", 0, "amount"); `code` lets a
    caller treat a kind of problem apart (e.g. "large_amount" asks for a confirmation).
    """

    path: tuple[str | int, ...]
    message: str
    code: str = "invalid"


class RuleViolation(ValueError):
    """Values that break the rules; nothing was written."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


# --------------------------------------------------------------- single values

def normalise(value: str, *, multiline: bool = True) -> str:
    """Remove differences a person cannot see: CR LF, tabs, no-break and zero-width spaces.

    A single-line field also turns line breaks into spaces.
    """
    text = _LINE_BREAKS.sub("\n", value).translate(_INVISIBLE).translate(_SPACES)
    if not multiline:
        text = " ".join(text.split())
    return unicodedata.normalize("NFC", text).strip()


def text_problem(value: str, label: Any, limit: int) -> str | None:
    """Why a (normalised) text may not be stored, or None."""
    for char in value:
        category = unicodedata.category(char)
        if (category == "Cc" and char != "\n") or category == "Cs":
            return _("%(field)s contains a control character (such as a NUL or a vertical tab);"
                     " remove it.", field=label)
        if char in _BIDI_CONTROLS:
            return _("%(field)s contains an invisible text-direction character; remove it.",
                     field=label)
    if len(value) > limit:
        return _("%(field)s is too long: %(length)d characters, at most %(limit)d.",
                 field=label, length=len(value), limit=limit)
    return None


def url_problem(value: str, label: Any, limit: int = 500) -> str | None:
    """Why a link may not be stored, or None: http(s) with a host, no spaces, bounded."""
    problem = text_problem(value, label, limit)
    if problem:
        return problem
    try:
        parts = urlsplit(value)
        valid = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and \
            not any(c.isspace() for c in value)
    except ValueError:  # e.g. a malformed IPv6 host or port
        valid = False
    if not valid:
        return _("%(field)s: enter a full web address starting with https:// or http://.",
                 field=label)
    return None


def clock(value: str) -> dt.time | None:
    """A time of day written 08:00 or 08.00; None when it is not a real time (25:99)."""
    found = _CLOCK.match(value.strip())
    if not found:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2))
    return dt.time(hours, minutes) if hours < 24 and minutes < 60 else None


def completion_problem(value: Any, unit: Any, label: Any) -> str | None:
    """A completion or step duration: a whole number from 1 to one year in its unit."""
    if unit not in COMPLETION_MAX:
        return _("%(field)s: choose a unit from the list.", field=label)
    limit = COMPLETION_MAX[CompletionUnit(unit)]
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= limit:
        return _("%(field)s must be a whole number from 1 to %(limit)s (one year).",
                 field=label, limit=f"{limit:,}".replace(",", "."))
    return None


def amount_problem(value: Any, label: Any, confirmed: bool) -> Problem | None:
    """A fee amount: whole rupiah, 0 to Rp1.000.000.000.000; large ones confirmed."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_FEE:
        return Problem((), _("%(field)s must be whole rupiah from 0 to %(limit)s.",
                             field=label, limit=format_rupiah(MAX_FEE)))
    if value > LARGE_FEE and not confirmed:
        return Problem((), _("%(field)s: %(amount)s is above %(limit)s. Check it, then "
                             "confirm large amounts.", field=label,
                             amount=format_rupiah(value), limit=format_rupiah(LARGE_FEE)),
                       "large_amount")
    return None


# --------------------------------------------------------------- whole records

class _Checker:
    """Collects normalised values and problems while walking a record."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: tuple[str | int, ...], message: str | None,
            code: str = "invalid") -> None:
        if message:
            self.problems.append(Problem(path, message, code))

    def text(self, path: tuple[str | int, ...], value: Any, spec: tuple[Any, int, bool],
             required: bool = False) -> str | None:
        label, limit, multiline = spec
        if value is None or value == "":
            if required:
                self.add(path, _("%(field)s is required.", field=label), "required")
            return None
        if not isinstance(value, str):
            value = str(value)
        cleaned = normalise(value, multiline=multiline)
        if not cleaned and required:
            self.add(path, _("%(field)s is required.", field=label), "required")
        self.add(path, text_problem(cleaned, label, limit))
        return cleaned or None

    def url(self, path: tuple[str | int, ...], value: Any, label: Any) -> str | None:
        if value is None or str(value).strip() == "":
            return None
        cleaned = normalise(str(value), multiline=False)
        self.add(path, url_problem(cleaned, label))
        return cleaned


def standard(values: Mapping[str, Any], *, confirm_large: bool = False) -> dict[str, Any]:
    """The values of a standard, normalised; RuleViolation lists every broken rule."""
    cleaned, problems = check_standard(values, confirm_large=confirm_large)
    if problems:
        raise RuleViolation(problems)
    return cleaned


def check_standard(values: Mapping[str, Any], *,
                   confirm_large: bool = False) -> tuple[dict[str, Any], list[Problem]]:
    """Check the values `save_draft` takes (fields present are checked, others left out)."""
    check = _Checker()
    cleaned: dict[str, Any] = dict(values)
    if "completion_value" in values or "completion_unit" in values:
        unit = values.get("completion_unit")
        check.add(("completion_value" if unit in COMPLETION_MAX else "completion_unit",),
                  completion_problem(values.get("completion_value"), unit,
                                     LABELS["completion_value"]))
    for name, spec in VERSION_SPECS.items():
        if name in values:
            value = check.text((name,), values[name], spec, required=name == "product")
            cleaned[name] = value if value is not None or name not in (
                "product", "complaint_handling", "change_summary") else ""
    for part, rule in (("requirements", _requirement), ("steps", _step),
                       ("fee_lines", _fee_line), ("legal_bases", _legal_basis)):
        if part in values:
            cleaned[part] = [rule(check, (part, i), row, confirm_large)
                             for i, row in enumerate(values[part])]
    if "fee_lines" in values and not any(not row.get("incidental")
                                         for row in values["fee_lines"]):
        check.add(("fee_lines",), _("Fees: add at least one fee line of this office "
                                    "(choose Free if there is no charge)."), "required")
    return cleaned, check.problems


def _part_text(check: _Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
               part: str, required: Sequence[str] = ()) -> dict[str, Any]:
    cleaned = dict(row)
    for name, spec in PART_SPECS[part].items():
        cleaned[name] = check.text((*path, name), row.get(name), spec,
                                   required=name in required)
    return cleaned


def _requirement(check: _Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
                 confirm_large: bool) -> dict[str, Any]:
    return _part_text(check, path, row, "requirements", required=("text",))


def _step(check: _Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
          confirm_large: bool) -> dict[str, Any]:
    cleaned = _part_text(check, path, row, "steps", required=("text",))
    cleaned["actor"] = cleaned["actor"] or ""
    value, unit = row.get("duration_value"), row.get("duration_unit") or None
    if value is None and unit is None:
        cleaned["duration_value"] = cleaned["duration_unit"] = None
    elif value is None or unit is None:
        check.add((*path, "duration_unit" if unit is None else "duration_value"), _(
            "%(field)s: give both the duration and its unit, or neither.",
            field=LABELS["duration_value"]))
    else:
        check.add((*path, "duration_value" if unit in COMPLETION_MAX else "duration_unit"),
                  completion_problem(value, unit, LABELS["duration_value"]))
    return cleaned


def _fee_line(check: _Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
              confirm_large: bool) -> dict[str, Any]:
    cleaned = _part_text(check, path, row, "fee_lines")
    cleaned["label"], cleaned["regulation"] = cleaned["label"] or "", cleaned["regulation"] or ""
    cleaned["incidental"] = bool(row.get("incidental"))
    kind = row.get("kind")
    if kind not in tuple(FeeKind):
        check.add((*path, "kind"), _("%(field)s: choose a kind of fee from the list.",
                                     field=LABELS["kind"]))
        return cleaned
    for name in ("amount", "amount_max"):
        if row.get(name) is not None:
            found = amount_problem(row.get(name), LABELS[name], confirm_large)
            if found:
                check.add((*path, name), found.message, found.code)
    _fee_kind_rules(check, path, FeeKind(kind), cleaned)
    _payment_rules(check, path, FeeKind(kind), row, cleaned)
    _formula_rules(check, path, FeeKind(kind), row, cleaned)
    return cleaned


def _fee_kind_rules(check: _Checker, path: tuple[str | int, ...], kind: FeeKind,
                    row: dict[str, Any]) -> None:
    amount, amount_max = row.get("amount"), row.get("amount_max")
    if kind is FeeKind.FREE:
        row["amount"] = row["amount_max"] = None
    if kind in (FeeKind.FIXED, FeeKind.RANGE, FeeKind.PER_UNIT) and amount is None:
        check.add((*path, "amount"), _("%(field)s: enter the amount in whole rupiah.",
                                       field=LABELS["amount"]), "required")
    if kind is FeeKind.RANGE and (amount_max is None or (
            isinstance(amount, int) and isinstance(amount_max, int) and amount_max <= amount)):
        check.add((*path, "amount_max"), _("%(field)s: enter an upper amount above the "
                                           "lower one.", field=LABELS["amount_max"]))
    if kind is FeeKind.PER_UNIT and not row.get("unit"):
        check.add((*path, "unit"), _("%(field)s: say per what, e.g. per copy.",
                                     field=PART_LABELS["fee_lines"]["unit"]), "required")
    if kind is FeeKind.FORMULA and not row.get("regulation"):
        check.add((*path, "regulation"), _(
            "%(field)s: a fee by formula needs the regulation that sets it.",
            field=PART_LABELS["fee_lines"]["regulation"]), "required")


MAX_PAYMENT_CHANNELS = 8
INPUT_LABEL_LIMIT, PAYMENT_DETAIL_LIMIT = 120, 200
_FORMULA_MESSAGES = {
    "too_long": _l("%(field)s is too long: at most 300 characters and 100 numbers, names and "
                   "signs."),
    "too_deep": _l("%(field)s nests parentheses too deeply (at most 10 levels)."),
    "division_by_zero": _l("%(field)s divides by zero with the example values."),
    "too_large": _l("%(field)s gives too large a number with the example values."),
}


def _items(value: Any, fields: int) -> list[list[str]] | list[Mapping[str, Any]]:
    """A list typed as text (one item per line or `;`, up to `fields` fields split by `:`,
    the last keeping its own colons), or as stored."""
    if isinstance(value, str):
        return [[cell.strip() for cell in item.split(":", fields - 1)]
                for item in re.split(r"[;\n]", value) if item.strip()]
    return list(value or [])


def _payment_rules(check: _Checker, path: tuple[str | int, ...], kind: FeeKind,
                   row: Mapping[str, Any], cleaned: dict[str, Any]) -> None:
    where = (*path, "payment_channels")
    label = LABELS["payment_channels"]
    channels = []
    for item in _items(row.get("payment_channels"), 2):
        if isinstance(item, list):
            item = {"kind": item[0].lower(), "detail": item[1] if len(item) > 1 else ""}
        if item.get("kind") not in PAYMENT_KINDS:
            check.add(where, _("%(field)s: \"%(kind)s\" is not a payment channel; use one of "
                               "%(kinds)s.", field=label, kind=str(item.get("kind"))[:40],
                               kinds=", ".join(PAYMENT_KINDS)))
            continue
        detail = check.text(where, item.get("detail"), (
            PAYMENT_KIND_LABELS[str(item["kind"])], PAYMENT_DETAIL_LIMIT, False))
        channels.append({"kind": str(item["kind"]), "detail": detail or ""})
    if len(channels) > MAX_PAYMENT_CHANNELS:
        check.add(where, _("%(field)s: at most %(limit)d channels.", field=label,
                           limit=MAX_PAYMENT_CHANNELS))
    cleaned["payment_channels"] = channels or None
    paid = kind is not FeeKind.FREE and not cleaned["incidental"]
    if not paid and channels:
        check.add(where, _("%(field)s: only a fee this office charges is paid somewhere; "
                           "leave it empty for a free line or a cost paid elsewhere.",
                           field=label))
    if not paid and cleaned.get("billing_document"):
        check.add((*path, "billing_document"), _(
            "%(field)s: only a fee this office charges has a billing document.",
            field=PART_LABELS["fee_lines"]["billing_document"]))


def _formula_input(check: _Checker, where: tuple[str | int, ...],
                   item: list[str] | Mapping[str, Any]) -> dict[str, Any] | None:
    label = LABELS["formula_inputs"]
    if isinstance(item, list):
        cells = [*item, "", "", "", "", ""][:6]
        example = formula.parse_number(cells[3]) if cells[3] else None
        item = {"name": cells[0], "label": cells[1], "unit": cells[2],
                "example": example, "fixed": cells[4].lower() in (FIXED_WORD, "fixed", "ya"),
                "label_en": cells[5]}
    else:
        try:
            example = Decimal(str(item.get("example")))
        except InvalidOperation:
            example = None
        item = {**item, "example": example}
    name = str(item.get("name") or "")
    if not formula.NAME.fullmatch(name):
        check.add(where, _("%(field)s: \"%(name)s\" is not a name; use lowercase letters, "
                           "digits and _ (e.g. luas_lantai), starting with a letter.",
                           field=label, name=name[:40]))
        return None
    spec = (_("%(field)s: label of %(name)s", field=label, name=name), INPUT_LABEL_LIMIT, False)
    text = check.text(where, item.get("label"), spec, required=True)
    unit = check.text(where, item.get("unit"), (spec[0], 20, False))
    label_en = check.text(where, item.get("label_en"), (spec[0], INPUT_LABEL_LIMIT, False))
    value = item["example"]
    if not isinstance(value, Decimal) or not value.is_finite() or \
            not 0 <= value <= formula.MAX_VALUE:
        check.add(where, _("%(field)s: %(name)s needs an example value, a number from 0 "
                           "(e.g. 100 or 0,45; no thousands separators).", field=label,
                           name=name))
        return None
    return {"name": name, "label": text or name, "label_en": label_en, "unit": unit,
            "example": formula.decimal_text(value), "fixed": bool(item.get("fixed"))}


def _formula_rules(check: _Checker, path: tuple[str | int, ...], kind: FeeKind,
                   row: Mapping[str, Any], cleaned: dict[str, Any]) -> None:
    where, field = (*path, "formula_inputs"), LABELS["formula_inputs"]
    if kind is not FeeKind.FORMULA:
        # As amounts on a free line: arithmetic means nothing for another kind of fee.
        cleaned["formula_expression"] = cleaned["formula_inputs"] = None
        return
    items = _items(row.get("formula_inputs"), 6)
    inputs = [found for item in items if (found := _formula_input(check, where, item))]
    cleaned["formula_inputs"] = inputs or None
    if len(inputs) < len(items):  # the refused input is the problem to fix first
        return
    expression = cleaned.get("formula_expression")
    exp_where = (*path, "formula_expression")
    exp_field = PART_LABELS["fee_lines"]["formula_expression"]
    if not (expression or row.get("formula_inputs")):
        return
    if len(inputs) > formula.MAX_INPUTS or len({i["name"] for i in inputs}) != len(inputs):
        check.add(where, _("%(field)s: at most %(limit)d inputs, each with its own name.",
                           field=field, limit=formula.MAX_INPUTS))
        return
    if not expression or not inputs:
        check.add(exp_where if not expression else where, _(
            "%(field)s: give both the formula to calculate and its inputs, or neither.",
            field=exp_field if not expression else field), "required")
        return
    _check_expression(check, exp_where, exp_field, expression, inputs)


def _check_expression(check: _Checker, where: tuple[str | int, ...], field: Any,
                      expression: str, inputs: list[dict[str, Any]]) -> None:
    try:
        tree = formula.parse(expression)
        used, named = formula.names(tree), {i["name"] for i in inputs}
        if used - named:
            check.add(where, _("%(field)s uses %(names)s, which is not among the inputs.",
                               field=field, names=", ".join(sorted(used - named))))
            return
        if named - used:
            check.add(where, _("%(field)s does not use the input %(names)s.", field=field,
                               names=", ".join(sorted(named - used))))
            return
        result = formula.to_rupiah(formula.evaluate(tree, {
            i["name"]: Decimal(i["example"]) for i in inputs}))
    except formula.FormulaError as error:
        message = _FORMULA_MESSAGES.get(error.code)
        check.add(where, str(message) % {"field": field} if message else _(
            "%(field)s: only numbers, input names, + - * / and parentheses are allowed "
            "(e.g. luas * indeks * 10000).", field=field))
        return
    if not 0 <= result <= MAX_FEE:
        check.add(where, _("%(field)s gives %(amount)s with the example values; a fee is from "
                           "Rp0 to %(limit)s.", field=field, amount=str(result),
                           limit=format_rupiah(MAX_FEE)))


def _legal_basis(check: _Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
                 confirm_large: bool) -> dict[str, Any]:
    cleaned = _part_text(check, path, row, "legal_bases", required=("title",))
    cleaned["url"] = check.url((*path, "url"), row.get("url"), LABELS["url"])
    return cleaned


def service(values: Mapping[str, Any]) -> dict[str, Any]:
    """A service's identity (name, English name, other names, category, online channel)."""
    cleaned, problems = check_service(values)
    if problems:
        raise RuleViolation(problems)
    return cleaned


def check_service(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    check = _Checker()
    cleaned: dict[str, Any] = dict(values)
    for name, spec in SERVICE_SPECS.items():
        if name in values:
            cleaned[name] = check.text((name,), values[name], spec, required=name == "name")
    if "synonyms" in values:
        cleaned["synonyms"] = cleaned["synonyms"] or ""
    if "online_url" in values:
        cleaned["online_url"] = check.url(("online_url",), values["online_url"],
                                          LABELS["online_url"])
    if "category" in values and values["category"] not in CATEGORIES:
        check.add(("category",), _("%(field)s: choose a category from the list.",
                                   field=LABELS["category"]))
    if "registration_opens" in values or "registration_closes" in values:
        for path, message in registration_window_problems(
                values.get("registration_opens"), values.get("registration_closes"),
                bool(values.get("registration_yearly"))):
            check.add(path, message)
    return cleaned, check.problems


def registration_window_problems(opens: dt.date | None, closes: dt.date | None,
                                 yearly: bool) -> list[tuple[tuple[str | int, ...], str]]:
    """A registration window has both dates or neither, closes on or after it opens, lies
    within 2000-2100 and, when it repeats yearly, lasts less than a year."""
    if opens is None and closes is None:
        return []
    if opens is None or closes is None:
        missing = "registration_opens" if opens is None else "registration_closes"
        return [((missing,), _("%(field)s is required when the other date of the window "
                               "is set.", field=LABELS[missing]))]
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for name, day in (("registration_opens", opens), ("registration_closes", closes)):
        if not 2000 <= day.year <= 2100:
            problems.append(((name,), _("%(field)s: choose a date from 2000 to 2100.",
                                        field=LABELS[name])))
    if problems:
        return problems
    if closes < opens:
        problems.append((("registration_closes",), _(
            "%(field)s lies before the opening date.", field=LABELS["registration_closes"])))
    elif yearly and (closes - opens).days >= 365:
        problems.append((("registration_closes",), _(
            "A window that repeats every year must last less than a year.")))
    return problems
