"""Days off: national dates with their source and certainty, overrides, cuti bersama per agency."""
import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from registry.models import Agency, Closure, HolidayOverride, OfficeHours, Region
from registry.services.holiday_calendar import (
    DayOffKind,
    DayOffSource,
    days_off,
    ics_calendar,
    national_days_off,
)
from registry.services.schedule import OfficeCalendar

WIB = ZoneInfo("Asia/Jakarta")


def region(overrides=(), closures=()):
    return Region(slug="r", name="R", timezone="Asia/Jakarta", works_saturday=False,
                  holiday_overrides=[HolidayOverride(day=d, kind=k, name=n)
                                     for d, k, n in overrides],
                  closures=[Closure(day=d, reason=r) for d, r in closures])


def agency(serves_on_cuti_bersama=False):
    return Agency(slug="a", name="A", serves_on_cuti_bersama=serves_on_cuti_bersama,
                  hours=[OfficeHours(weekday=d, opens=dt.time(8), closes=dt.time(16))
                         for d in range(5)])


def test_2026_has_17_national_holidays_and_8_cuti_bersama_all_confirmed():
    days = national_days_off(2026)
    assert len([d for d in days if d.kind is DayOffKind.HOLIDAY]) == 17
    cuti = [d for d in days if d.kind is DayOffKind.CUTI_BERSAMA]
    assert [d.day for d in cuti] == [dt.date(2026, 2, 16), dt.date(2026, 3, 18),
                                     dt.date(2026, 3, 20), dt.date(2026, 3, 23),
                                     dt.date(2026, 3, 24), dt.date(2026, 5, 15),
                                     dt.date(2026, 5, 28), dt.date(2026, 12, 24)]
    assert all(d.confirmed and d.source is DayOffSource.NATIONAL for d in days)
    idul_fitri = next(d for d in days if d.day == dt.date(2026, 3, 21))
    assert (idul_fitri.name, idul_fitri.name_en) == ("Hari Raya Idul Fitri", "Eid al-Fitr")


def test_islamic_holidays_beyond_the_confirmed_year_are_estimates_without_the_label():
    days = {d.day: d for d in national_days_off(2028)}
    idul_fitri = days[dt.date(2028, 2, 27)]
    assert (idul_fitri.name, idul_fitri.confirmed) == ("Hari Raya Idul Fitri", False)
    assert idul_fitri.name_en == "Eid al-Fitr"
    assert days[dt.date(2028, 8, 17)].confirmed is True
    assert not [d for d in days.values() if d.kind is DayOffKind.CUTI_BERSAMA]


def test_an_override_moves_a_cuti_bersama_day():
    moved = region(overrides=[(dt.date(2026, 12, 24), "working_day", ""),
                              (dt.date(2026, 12, 28), "cuti_bersama",
                               "Cuti Bersama Hari Raya Natal (dipindah)")])
    december = [d for d in days_off(moved, 2026) if d.day.month == 12]
    assert [(d.day, d.kind, d.source, d.name) for d in december] == [
        (dt.date(2026, 12, 25), DayOffKind.HOLIDAY, DayOffSource.NATIONAL, "Hari Raya Natal"),
        (dt.date(2026, 12, 28), DayOffKind.CUTI_BERSAMA, DayOffSource.OVERRIDE,
         "Cuti Bersama Hari Raya Natal (dipindah)"),
    ]


def test_due_dates_follow_a_moved_cuti_bersama():
    submitted = dt.datetime(2026, 12, 23, 10, 0, tzinfo=WIB)
    national = OfficeCalendar(region(), agency())
    # 24 (cuti bersama) and 25 (Natal) are off, 26-27 weekend: 2 working days -> Tue 29.
    assert national.due(submitted, 2, "working_days").day == dt.date(2026, 12, 29)
    moved = OfficeCalendar(region(overrides=[
        (dt.date(2026, 12, 24), "working_day", ""),
        (dt.date(2026, 12, 28), "cuti_bersama", "Cuti Bersama Natal")]), agency())
    # 24 works, 25 Natal, 28 cuti bersama: 2 working days -> 24, 29.
    assert moved.due(submitted, 2, "working_days").day == dt.date(2026, 12, 29)
    assert moved.due(submitted, 1, "working_days").day == dt.date(2026, 12, 24)
    assert moved.closed_reason(dt.date(2026, 12, 28)) == "Cuti Bersama Natal"


def test_an_override_adds_a_national_holiday_without_a_name_of_its_own():
    added = region(overrides=[(dt.date(2026, 11, 25), "holiday", "Hari Guru (libur)")])
    cal = OfficeCalendar(added, agency())
    assert cal.closed_reason(dt.date(2026, 11, 25)) == "Hari Guru (libur)"
    # Tuesday 24 Nov, 1 working day -> Thursday 26 Nov.
    due = cal.due(dt.datetime(2026, 11, 24, 9, tzinfo=WIB), 1, "working_days")
    assert due.day == dt.date(2026, 11, 26)


def test_an_agency_serving_on_cuti_bersama_counts_those_days():
    submitted = dt.datetime(2026, 3, 17, 10, 0, tzinfo=WIB)
    closed = OfficeCalendar(region(), agency(serves_on_cuti_bersama=False))
    open_on_cuti = OfficeCalendar(region(), agency(serves_on_cuti_bersama=True))
    # Closed on 18 (cuti Nyepi), 19 (Nyepi), 20 (cuti), 21-22, 23-24 (cuti): 3 days -> 27.
    assert closed.due(submitted, 3, "working_days").day == dt.date(2026, 3, 27)
    # Serving on cuti bersama: 18, 20, 23 count -> ready on Monday 23 March.
    assert open_on_cuti.due(submitted, 3, "working_days").day == dt.date(2026, 3, 23)
    assert open_on_cuti.closed_reason(dt.date(2026, 3, 19)) == "Hari Suci Nyepi"
    assert open_on_cuti.is_working_day(dt.date(2026, 3, 20))


def test_a_region_closure_still_closes_an_agency_serving_on_cuti_bersama():
    closing = region(closures=[(dt.date(2026, 3, 20), "Banjir")])
    cal = OfficeCalendar(closing, agency(serves_on_cuti_bersama=True))
    assert cal.closed_reason(dt.date(2026, 3, 20)) == "Banjir"
    listed = [(d.kind, d.name) for d in days_off(closing, 2026) if d.day == dt.date(2026, 3, 20)]
    assert listed == [(DayOffKind.CUTI_BERSAMA, "Cuti Bersama Hari Raya Idul Fitri"),
                      (DayOffKind.CLOSURE, "Banjir")]


def test_ics_is_rfc5545_with_all_day_events_and_tentative_estimates():
    entries = days_off(region(), 2028)
    data = ics_calendar(region(), entries, domain="registry.test",
                        stamp=dt.datetime(2026, 12, 1, tzinfo=dt.UTC), title="Hari libur R")
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == len(entries) == 17
    idul_fitri = next(e for e in events if e.decoded("dtstart") == dt.date(2028, 2, 27))
    assert str(idul_fitri["summary"]) == "Hari Raya Idul Fitri"
    assert str(idul_fitri["status"]) == "TENTATIVE"
    assert idul_fitri.decoded("dtend") == dt.date(2028, 2, 28)
    assert str(idul_fitri["uid"]) == "20280227-holiday-r@registry.test"
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
