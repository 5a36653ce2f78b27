"""Reporting periods: quarters (triwulan), years and explicit date ranges, inclusive."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from flask_babel import gettext as _

from registry.services.dates import date_range_text

QUARTER_NUMERALS = ("I", "II", "III", "IV")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
MIN_YEAR, MAX_YEAR = 2000, 2100


class PeriodError(ValueError):
    """A period that cannot be read; the message says what is expected."""


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    @property
    def key(self) -> str:
        """"2026-Q3", "2026" or "2026-07-01..2026-08-15": what a link carries."""
        year = self.start.year
        if self == year_period(year):
            return str(year)
        for quarter in range(1, 5):
            if self == quarter_period(year, quarter):
                return f"{year}-Q{quarter}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def label(self) -> str:
        key = self.key
        if _YEAR.match(key):
            return str(_("Year %(year)s", year=key))
        match = _QUARTER.match(key)
        if match:
            return str(_("Quarter %(numeral)s %(year)s",
                         numeral=QUARTER_NUMERALS[int(match.group(2)) - 1],
                         year=match.group(1)))
        return date_range_text(self.start, self.end)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> list[dt.date]:
        """The first day of every month the period touches."""
        months, month = [], self.start.replace(day=1)
        while month <= self.end:
            months.append(month)
            month = next_month(month)
        return months

    @property
    def whole_months(self) -> bool:
        """Starts on a 1st and ends on a last day: user counts per month then add up."""
        return self.start.day == 1 and (self.end + dt.timedelta(days=1)).day == 1


def next_month(month: dt.date) -> dt.date:
    return dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)


def month_period(month: dt.date) -> Period:
    return Period(month, next_month(month) - dt.timedelta(days=1))


def quarter_period(year: int, quarter: int) -> Period:
    start = dt.date(year, 3 * quarter - 2, 1)
    return Period(start, next_month(dt.date(year, 3 * quarter, 1)) - dt.timedelta(days=1))


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))


def quarter_of(day: dt.date) -> Period:
    return quarter_period(day.year, (day.month - 1) // 3 + 1)


def last_complete_quarter(today: dt.date) -> Period:
    """The quarter before the one `today` lies in: the usual SKM reporting period."""
    return quarter_of(quarter_of(today).start - dt.timedelta(days=1))


def recent_quarters(today: dt.date, count: int = 8) -> list[Period]:
    """The current quarter and those before it, newest first."""
    quarters, current = [], quarter_of(today)
    for _index in range(count):
        quarters.append(current)
        current = quarter_of(current.start - dt.timedelta(days=1))
    return quarters


def months_up_to(end: dt.date, count: int = 12) -> list[Period]:
    """`count` calendar months ending with the one `end` lies in, oldest first."""
    month = end.replace(day=1)
    found = [month_period(month)]
    for _index in range(count - 1):
        month = (month - dt.timedelta(days=1)).replace(day=1)
        found.append(month_period(month))
    return found[::-1]


def parse_period(text: str) -> Period:
    """"2026-Q3", "2026" or "YYYY-MM-DD..YYYY-MM-DD"; PeriodError otherwise."""
    text = (text or "").strip()
    match = _QUARTER.match(text)
    if match:
        return quarter_period(_year(match.group(1)), int(match.group(2)))
    match = _YEAR.match(text)
    if match:
        return year_period(_year(match.group(1)))
    start, separator, end = text.partition("..")
    if separator:
        return date_range(start, end)
    raise PeriodError(_("Choose a period such as 2026-Q3 or 2026."))


def date_range(start: str | None, end: str | None) -> Period:
    """An explicit range from two ISO dates; both required, the first not after the last."""
    first, last = parse_day(start), parse_day(end)
    if first > last:
        raise PeriodError(_("The start date %(start)s lies after the end date %(end)s.",
                            start=first.isoformat(), end=last.isoformat()))
    return Period(first, last)


def parse_day(text: str | None) -> dt.date:
    raw = (text or "").strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError(raw)
        day = dt.date.fromisoformat(raw)
    except ValueError:
        raise PeriodError(_("\"%(value)s\" is not a date; write it as YYYY-MM-DD, for "
                            "example 2026-07-01.", value=raw[:40])) from None
    _year(str(day.year))
    return day


def _year(text: str) -> int:
    year = int(text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(_("Choose a year between %(first)d and %(last)d.",
                            first=MIN_YEAR, last=MAX_YEAR))
    return year
