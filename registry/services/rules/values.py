"""Single values: limits, labels, text and links, times, amounts; the checker that
collects problems while walking a record."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from flask_babel import lazy_gettext as _l

from registry.models.standard import CompletionUnit
from registry.services import formula
from registry.services.fees import format_rupiah
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


class Checker:
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
