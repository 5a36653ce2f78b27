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

The rules live in four modules: values.py (limits, labels, single values and the checker),
versions.py (a standard's values), fee_details.py (formulas and payment channels of a fee
line) and identity.py (a service's identity and registration window). Callers import them
from here, `rules.X`.
"""
from registry.services.rules.fee_details import MAX_PAYMENT_CHANNELS
from registry.services.rules.identity import (
    check_service,
    registration_window_problems,
    service,
)
from registry.services.rules.values import (
    CHANNEL_LIMITS,
    CLOSURE_REASON_LIMIT,
    COMPLETION_MAX,
    COUNTER_LIMITS,
    ITEM,
    LABELS,
    LARGE_FEE,
    LONG,
    MAX_FEE,
    NOTE,
    PART_LABELS,
    PART_SPECS,
    SERVICE_SPECS,
    VERSION_SPECS,
    Problem,
    RuleViolation,
    amount_problem,
    clock,
    completion_problem,
    normalise,
    text_problem,
    url_problem,
)
from registry.services.rules.versions import check_standard, standard

__all__ = [
    "CHANNEL_LIMITS", "CLOSURE_REASON_LIMIT", "COMPLETION_MAX", "COUNTER_LIMITS", "ITEM",
    "LABELS", "LARGE_FEE", "LONG", "MAX_FEE", "MAX_PAYMENT_CHANNELS", "NOTE", "PART_LABELS",
    "PART_SPECS", "SERVICE_SPECS", "VERSION_SPECS", "Problem", "RuleViolation",
    "amount_problem", "check_service", "check_standard", "clock", "completion_problem",
    "normalise", "registration_window_problems", "service", "standard", "text_problem",
    "url_problem",
]
