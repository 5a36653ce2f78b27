"""Query parameters of the API: declared once, documented in the OpenAPI document from the
same declaration, and checked against it (jsonschema) before a view runs, so what the
document promises is what the code accepts."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from jsonschema import Draft202012Validator
from werkzeug.datastructures import MultiDict

from registry.models.service import CATEGORIES
from registry.services import periods, rules
from registry.services.holiday_calendar import FIRST_YEAR, LAST_YEAR
from registry.services.search import MAX_QUERY_CHARS

SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
# The control characters the site refuses in any query (web.refuse_hostile_input).
NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
MAX_PAGE = 10_000
MAX_WORKING_DAYS = 3_650


class ParameterError(ValueError):
    """A query parameter the API refuses; `message` is shown to the client."""

    def __init__(self, name: str, message: str, code: str = "invalid_parameter"):
        super().__init__(message)
        self.name = name
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Param:
    name: str
    schema: Callable[[], dict[str, Any]] | dict[str, Any]
    description: Any  # a lazy string: the document is rendered in the reader's language
    example: Any = None
    # What the client is told when the value does not fit the schema.
    rule: Any = None
    location: str = "query"
    required: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def json_schema(self) -> dict[str, Any]:
        return self.schema() if callable(self.schema) else dict(self.schema)


def utc_today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def submission_years() -> list[int]:
    """The years a `submitted` time may fall in: last year, this year and next year (UTC)."""
    year = utc_today().year
    return [year - 1, year, year + 1]


def submitted_pattern(years: list[int], with_time: bool = True) -> str:
    """Dates of the given years only (29 February where it exists), an optional time of
    day and an optional UTC offset: what the due-date calculation accepts."""
    days31 = "(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    days30 = "(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    february = "02-(?:0[1-9]|1[0-9]|2[0-8])"
    dates = f"(?:{'|'.join(map(str, years))})-(?:{days31}|{days30}|{february})"
    leap = [str(y) for y in years if calendar.isleap(y)]
    if leap:
        dates = f"(?:{dates}|(?:{'|'.join(leap)})-02-29)"
    time = ("(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,6})?)?"
            "(?:Z|[+-](?:0[0-9]|1[0-3]):[0-5][0-9])?)?") if with_time else ""
    return f"^{dates}{time}$"


def _submitted_schema() -> dict[str, Any]:
    years = submission_years()
    return {"type": "string", "pattern": submitted_pattern(years),
            "x-accepted-years": years}


def _submitted_rule() -> str:
    years = submission_years()
    return str(_("Give the time the application was handed in as YYYY-MM-DD or "
             "YYYY-MM-DDTHH:MM (region time, or with an offset such as +07:00), from "
             "1 January %(first)d to 31 December %(last)d.", first=years[0], last=years[-1]))


LANG = Param("lang", {"type": "string", "enum": ["id", "en"]},
             _l("Language of texts such as fee summaries and error messages (default: "
                "Indonesian, or the Accept-Language header)."), "en")
PAGE = Param("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
             _l("Page number, from 1."), 1)
PER_PAGE = Param("per_page", {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
                 _l("Items per page, at most 100."), 20)
REGION = Param("region", {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 80},
               _l("Region slug; may be left out when the registry hosts one region."),
               "kota-contoh")
LIST_REGION = Param("region", REGION.schema,
                    _l("Region slug; may be left out when the registry hosts one region, and "
                       "with q (and no agency) to search every region."), "kota-contoh")
AGENCY = Param("agency", {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 80},
               _l("Only services of this agency (its slug)."), "disdukcapil")
CATEGORY = Param("category", {"type": "string", "enum": list(CATEGORIES)},
                 _l("Only services of this life-event category."), "kelahiran")
QUERY = Param("q", {"type": "string", "maxLength": MAX_QUERY_CHARS,
                    "pattern": NO_CONTROL_CHARACTERS},
              _l("Search words, forgiving of spelling (\"akte\", \"e-KTP\"); results come "
                 "by relevance."), "akte kelahiran")
FREE = Param("free", {"type": "boolean"},
             _l("true: only services the office charges nothing for; false: only paid ones."),
             True)
MAX_FEE_PARAM = Param(
    "max_fee", {"type": "integer", "minimum": 0, "maximum": rules.MAX_FEE},
    _l("Only services whose highest official fee, in whole rupiah, is at most this (the top "
       "of a range, one unit of a per-unit fee; fees set by formula never qualify; costs "
       "paid elsewhere are not counted)."), 50000)
MAX_DAYS = Param(
    "max_working_days", {"type": "integer", "minimum": 0, "maximum": MAX_WORKING_DAYS},
    _l("Only services completed within this many working days (hours and minutes count as "
       "one working day per 8 office hours begun; calendar days count one for one)."), 5)
MODIFIED_AFTER = Param(
    "modified_after", {"type": "string", "format": "date-time"},
    _l("Only services whose standard in force was published, took effect or was verified "
       "after this moment (RFC 3339 / ISO 8601 date-time with an offset)."),
    "2026-01-01T00:00:00+07:00",
    rule=_l("Give an RFC 3339 date-time with an offset, e.g. 2026-01-01T00:00:00+07:00."))
SUBMITTED = Param(
    "submitted", _submitted_schema,
    _l("When the application is handed in: a date (the office opening that day) or a date "
       "and time in the region's time zone, or with a UTC offset. Accepted from 1 January "
       "of last year to 31 December of next year."),
    "2026-03-17T10:00", rule=_submitted_rule, required=True)
YEAR = Param(
    "year", {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
    _l("Calendar year; by default the current year (JSON) or the current and next year "
       "(iCalendar)."), 2026)
PATH_REGION = Param("region", {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 80},
                    _l("Region slug."), "kota-contoh", location="path", required=True)
PATH_SERVICE = Param("slug", {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 120},
                     _l("Service slug."), "akta-kelahiran", location="path", required=True)
PATH_AGENCY = Param("agency", {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 80},
                    _l("Agency slug."), "disdukcapil", location="path", required=True)
# Survey periods: whole days of the years services/periods.py accepts.
SKM_DAY = {"type": "string", "pattern": submitted_pattern(
    list(range(periods.MIN_YEAR, periods.MAX_YEAR + 1)), with_time=False)}
SKM_DAY_RULE = _l("Give a date as YYYY-MM-DD, from 2000-01-01 to 2100-12-31.")
SKM_FROM = Param("from", SKM_DAY, _l("First day of the period (YYYY-MM-DD), not after `to`."),
                 "2025-01-01", rule=SKM_DAY_RULE, required=True)
SKM_TO = Param("to", SKM_DAY, _l("Last day of the period (YYYY-MM-DD)."), "2025-03-31",
               rule=SKM_DAY_RULE, required=True)
SKM_SERVICE = Param("service", {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 120},
                    _l("Only the answers about this service of the agency (its slug)."),
                    "akta-kelahiran")
IF_NONE_MATCH = Param("If-None-Match", {"type": "string"},
                      _l("An ETag from an earlier response: unchanged data answers 304."),
                      '"abc"', location="header")

RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def parse_rfc3339(raw: str) -> dt.datetime:
    """An aware datetime; a leap second counts as :59, and years 1 and 9999 are clamped
    inside the calendar so the moment can be compared in any zone."""
    match = RFC3339.match(raw.strip())
    if match is None:
        raise ValueError(raw)
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction, offset = match.group(7) or "", match.group(8).upper()
    zone = dt.UTC if offset == "Z" else dt.timezone(
        (1 if offset[0] == "+" else -1) * dt.timedelta(hours=int(offset[1:3]),
                                                       minutes=int(offset[4:6])))
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    if year <= 1:
        return dt.datetime(1, 1, 2, tzinfo=dt.UTC)
    if year >= 9999:
        return dt.datetime(9999, 12, 30, tzinfo=dt.UTC)
    return dt.datetime(year, month, day, hour, minute, min(second, 59), micro, tzinfo=zone)


def _convert(param: Param, raw: str) -> Any:
    kind = param.json_schema().get("type")
    if kind == "integer":
        if not re.fullmatch(r"-?[0-9]{1,20}", raw):
            raise ParameterError(param.name, _("\"%(name)s\" must be a whole number.",
                                               name=param.name))
        return int(raw)
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise ParameterError(param.name, _("\"%(name)s\" must be true or false.",
                                               name=param.name))
        return raw == "true"
    return raw


def _refusal(param: Param, schema: dict[str, Any], value: Any) -> str:
    if param.rule is not None:
        return str(param.rule() if callable(param.rule) else param.rule)
    if "enum" in schema:
        message = _("\"%(name)s\" must be one of: %(values)s.", name=param.name,
                    values=", ".join(str(v) for v in schema["enum"]))
    elif "minimum" in schema:
        message = _("\"%(name)s\" must be from %(low)s to %(high)s.", name=param.name,
                    low=schema["minimum"], high=schema["maximum"])
    elif "maxLength" in schema and isinstance(value, str) and len(value) > schema["maxLength"]:
        message = _("\"%(name)s\" is too long: at most %(max)d characters.", name=param.name,
                    max=schema["maxLength"])
    elif schema.get("pattern") == SLUG_PATTERN:
        message = _("\"%(name)s\" must be a slug: lowercase letters, digits and hyphens.",
                    name=param.name)
    else:
        message = _("\"%(name)s\" contains characters that are not allowed.", name=param.name)
    return str(message)


def read_query(params: tuple[Param, ...], args: MultiDict[str, str]) -> dict[str, Any]:
    """The declared query parameters, converted and checked; ParameterError otherwise."""
    declared = {p.name: p for p in params if p.location == "query"}
    for name in args:
        if name not in declared:
            raise ParameterError(name, _("Unknown parameter \"%(name)s\". Accepted: "
                                         "%(names)s.", name=name[:40],
                                         names=", ".join(declared) or "-"),
                                 "unknown_parameter")
        if len(args.getlist(name)) > 1:
            raise ParameterError(name, _("\"%(name)s\" was given more than once.", name=name))
    values: dict[str, Any] = {}
    for name, param in declared.items():
        if name not in args:
            if param.required:
                raise ParameterError(name, _("\"%(name)s\" is required.", name=name),
                                     "missing_parameter")
            continue
        schema = param.json_schema()
        value = _convert(param, args[name])
        if not Draft202012Validator(schema).is_valid(value):
            raise ParameterError(name, _refusal(param, schema, value))
        if schema.get("format") == "date-time":
            try:
                value = parse_rfc3339(value)
            except ValueError:
                raise ParameterError(name, _refusal(param, schema, value)) from None
        values[name] = value
    return values
