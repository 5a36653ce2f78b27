"""Days off a region's offices keep: national holidays, cuti bersama, overrides and closures.

National dates come from the `holidays` package (public holidays and, in its "government"
category, cuti bersama). Dates the package computes rather than takes from a published
decree (Islamic, Chinese and Buddhist holidays beyond the confirmed year) carry its
"estimated" label; they are marked as estimates here. A region admin corrects the national
calendar with overrides (models.HolidayOverride) and adds the region's own closures. The
working-day schedule (services/schedule.py) and the published calendars read this one list.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import holidays
from icalendar import Calendar, Event

from registry.models import Agency, HolidayOverride, Region

# Years the calendars and the API answer for; the package's estimates reach far beyond.
FIRST_YEAR = 2015
LAST_YEAR = 2045


class DayOffKind(enum.StrEnum):
    HOLIDAY = "holiday"            # national public holiday (hari libur nasional)
    CUTI_BERSAMA = "cuti_bersama"  # collective leave of the civil service
    CLOSURE = "closure"            # the region's own closure


class DayOffSource(enum.StrEnum):
    NATIONAL = "national"          # the national decree, as the `holidays` package holds it
    OVERRIDE = "region_override"   # a region admin's correction of a national date
    CLOSURE = "region_closure"     # a closure the region set


@dataclass(frozen=True)
class DayOff:
    day: dt.date
    name: str
    name_en: str | None
    kind: DayOffKind
    source: DayOffSource
    confirmed: bool


def _package_days(year: int, category: str, language: str) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("ID", categories=(category,), language=language,
                                          years=year))


def _estimated_suffix(language: str) -> str:
    """The text the package appends to an estimated date, e.g. " (perkiraan)"."""
    calendar = holidays.country_holidays("ID", language=language, years=FIRST_YEAR)
    return str(calendar.tr(calendar.estimated_label)).replace("%s", "")


def _clean(names: str, suffix: str) -> tuple[str, bool]:
    """The names of one day without the estimate label, and whether all are confirmed."""
    parts = [part.strip() for part in names.split(";")]
    confirmed = not any(part.endswith(suffix) for part in parts)
    return "; ".join(part.removesuffix(suffix) for part in parts), confirmed


@lru_cache(maxsize=64)
def national_days_off(year: int) -> tuple[DayOff, ...]:
    """The national holidays and cuti bersama of a year, in date order."""
    found: list[DayOff] = []
    suffix_id, suffix_en = _estimated_suffix("id"), _estimated_suffix("en_US")
    for category, kind in (("public", DayOffKind.HOLIDAY),
                           ("government", DayOffKind.CUTI_BERSAMA)):
        english = _package_days(year, category, "en_US")
        for day, raw in _package_days(year, category, "id").items():
            name, confirmed = _clean(raw, suffix_id)
            name_en, _ = _clean(english.get(day, ""), suffix_en)
            found.append(DayOff(day, name, name_en or None, kind, DayOffSource.NATIONAL,
                                confirmed))
    return tuple(sorted(found, key=lambda d: (d.day, d.kind != DayOffKind.HOLIDAY)))


def _overridden(national: Iterable[DayOff], overrides: list[HolidayOverride],
                year: int) -> list[DayOff]:
    by_day = {o.day: o for o in overrides if o.day.year == year}
    result = [d for d in national if d.day not in by_day]
    for override in by_day.values():
        if override.kind == "working_day":
            continue
        replaced = next((d for d in national if d.day == override.day), None)
        # An override without a name keeps the national name of the day (a renamed kind).
        name, name_en = (override.name, None) if override.name or replaced is None \
            else (replaced.name, replaced.name_en)
        result.append(DayOff(override.day, name, name_en, DayOffKind(override.kind),
                             DayOffSource.OVERRIDE, True))
    return result


def days_off(region: Region, year: int, serves_on_cuti_bersama: bool = False) -> list[DayOff]:
    """Every day off of the region in a year, by date; a day may have two entries (e.g. a
    closure on a cuti bersama day). An office serving on cuti bersama keeps those days."""
    found = _overridden(national_days_off(year), list(region.holiday_overrides), year)
    if serves_on_cuti_bersama:
        found = [d for d in found if d.kind != DayOffKind.CUTI_BERSAMA]
    found += [DayOff(c.day, c.reason, None, DayOffKind.CLOSURE, DayOffSource.CLOSURE, True)
              for c in region.closures if c.day.year == year]
    order = list(DayOffKind)
    return sorted(found, key=lambda d: (d.day, order.index(d.kind)))


def agency_days_off(region: Region, agency: Agency | None, year: int) -> dict[dt.date, str]:
    """The days an agency's office is closed (beyond weekends), with the reason shown."""
    serves = bool(agency is not None and agency.serves_on_cuti_bersama)
    closed: dict[dt.date, str] = {}
    for day_off in days_off(region, year, serves):
        closed.setdefault(day_off.day, day_off.name)
    return closed


def ics_calendar(region: Region, entries: list[DayOff], *, domain: str, stamp: dt.datetime,
                 title: str, english: bool = False) -> bytes:
    """An RFC 5545 calendar of all-day events; estimates are TENTATIVE."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{domain}//registry holidays//ID")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    calendar.add("x-wr-timezone", region.timezone)
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.day:%Y%m%d}-{entry.kind}-{region.slug}@{domain}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + dt.timedelta(days=1))
        event.add("summary", (entry.name_en if english and entry.name_en else entry.name)
                  or str(entry.kind))
        event.add("categories", [entry.kind.value])
        event.add("status", "CONFIRMED" if entry.confirmed else "TENTATIVE")
        event.add("transp", "TRANSPARENT")
        event.add("description", f"source: {entry.source}; "
                  f"{'confirmed' if entry.confirmed else 'estimate'}")
        calendar.add_component(event)
    return bytes(calendar.to_ical())
