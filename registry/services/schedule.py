"""The working-day schedule: when a submission should be ready, in the region's zone.

Working days are the region's working week minus its days off (services/holiday_calendar:
national holidays, cuti bersama unless the agency serves on those days, the region's
overrides of national dates and its own closures).
Minute and hour standards run on the agency's office clock; day standards count whole
working days after the day handling starts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from registry.models import Agency, CompletionUnit, Region
from registry.services.clock import utc_now
from registry.services.holiday_calendar import agency_days_off

DEFAULT_OPENS = dt.time(8, 0)
DEFAULT_CLOSES = dt.time(16, 0)
# A search for the next working day never needs to look further than this.
MAX_SEARCH_DAYS = 366


def region_now(region: Region) -> dt.datetime:
    return utc_now().astimezone(ZoneInfo(region.timezone))


def region_today(region: Region) -> dt.date:
    return region_now(region).date()


@dataclass(frozen=True)
class Due:
    """When a result should be ready. `with_time` is False for day-based standards."""

    at: dt.datetime
    with_time: bool

    @property
    def day(self) -> dt.date:
        return self.at.date()


@dataclass(frozen=True)
class ClosedHandIn:
    """A hand-in day on which the office is closed, and when handling really starts."""

    day: dt.date
    reason: str  # "weekend", or the day off's name (a holiday, cuti bersama, a closure)
    opens: dt.datetime

    @property
    def is_weekend(self) -> bool:
        return self.reason == "weekend"


class OfficeCalendar:
    """The days and hours an agency of a region works."""

    def __init__(self, region: Region, agency: Agency | None = None):
        self.region = region
        self.agency = agency
        self.zone = ZoneInfo(region.timezone)
        self.works_saturday = region.works_saturday
        self.hours = {h.weekday: (h.opens, h.closes) for h in agency.hours} if agency else {}
        self._days_off: dict[int, dict[dt.date, str]] = {}

    def closed_reason(self, day: dt.date) -> str | None:
        """Why the office is closed that day, or None when it works."""
        if day.weekday() == 6 or (day.weekday() == 5 and not self.works_saturday):
            return "weekend"
        if day.year not in self._days_off:
            self._days_off[day.year] = agency_days_off(self.region, self.agency, day.year)
        return self._days_off[day.year].get(day)

    def is_working_day(self, day: dt.date) -> bool:
        return self.closed_reason(day) is None

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after `day`."""
        for offset in range(1, MAX_SEARCH_DAYS):
            candidate = day + dt.timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError("no working day within a year")

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end`: 0 when a result came the
        same day (or on a day the office was closed right after)."""
        return sum(1 for offset in range(1, (end - start).days + 1)
                   if self.is_working_day(start + dt.timedelta(days=offset)))

    def office_hours(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        if not self.is_working_day(day):
            return None
        opens, closes = self.hours.get(day.weekday(), (DEFAULT_OPENS, DEFAULT_CLOSES))
        return (
            dt.datetime.combine(day, opens, tzinfo=self.zone),
            dt.datetime.combine(day, closes, tzinfo=self.zone),
        )

    def handling_starts(self, moment: dt.datetime) -> dt.datetime:
        """The moment handling starts: now if the office is open, else the next opening."""
        day = moment.date()
        hours = self.office_hours(day)
        if hours and moment < hours[1]:
            return max(moment, hours[0])
        next_hours = self.office_hours(self.next_working_day(day))
        assert next_hours is not None
        return next_hours[0]

    def closed_hand_in(self, submitted: dt.datetime) -> ClosedHandIn | None:
        """Said aloud when a citizen picks a day the office is closed: why, and the next
        opening, from which the due date counts. None on a working day."""
        local = submitted.astimezone(self.zone)
        reason = self.closed_reason(local.date())
        if reason is None:
            return None
        return ClosedHandIn(local.date(), reason, self.handling_starts(local))

    def due(self, submitted: dt.datetime, value: int, unit: str) -> Due:
        local = submitted.astimezone(self.zone)
        unit = CompletionUnit(unit)
        if unit is CompletionUnit.CALENDAR_DAYS:
            day = local.date() + dt.timedelta(days=value)
            return Due(dt.datetime.combine(day, dt.time(0, 0), tzinfo=self.zone), False)
        start = self.handling_starts(local)
        if unit is CompletionUnit.WORKING_DAYS:
            day = start.date()
            for _ in range(value):
                day = self.next_working_day(day)
            hours = self.office_hours(day)
            assert hours is not None
            return Due(hours[1], False)
        minutes = value * 60 if unit is CompletionUnit.HOURS else value
        return Due(self._after_office_minutes(start, dt.timedelta(minutes=minutes)), True)

    def _after_office_minutes(self, start: dt.datetime, remaining: dt.timedelta) -> dt.datetime:
        """Run the office clock forward; time left at closing carries to the next opening."""
        current = start
        while True:
            hours = self.office_hours(current.date())
            assert hours is not None
            available = hours[1] - current
            if remaining <= available:
                return current + remaining
            remaining -= available
            next_hours = self.office_hours(self.next_working_day(current.date()))
            assert next_hours is not None
            current = next_hours[0]


def parse_submission_moment(raw: str, region: Region) -> dt.datetime:
    """A citizen's "handed in on" value: a date, or a date and time, in the region's zone.

    A date alone means "when the office opens that day". Raises ValueError; the page
    says what is expected.
    """
    raw = raw.strip().replace(" ", "T")
    if len(raw) > 16:
        raise ValueError(raw)
    moment = dt.datetime.fromisoformat(raw)
    if not 2000 <= moment.year <= 2100:
        raise ValueError(raw)
    return moment.replace(tzinfo=ZoneInfo(region.timezone))


def parse_submitted(raw: str, region: Region) -> dt.datetime:
    """An ISO 8601 date, or date and time with or without a UTC offset, as an aware moment.

    Without an offset the time is the region's; a date alone means "when the office opens
    that day". Raises ValueError. (How far back or ahead is checked by the caller: the API
    documents its accepted years.)
    """
    moment = dt.datetime.fromisoformat(raw.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(region.timezone))
    return moment
