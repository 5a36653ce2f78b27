"""Exact due dates across weekends, the 2026 Idul Fitri cuti bersama, closures and zones."""
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from registry.models import Agency, Closure, OfficeHours, Region
from registry.services.schedule import OfficeCalendar, parse_submission_moment

WIB = ZoneInfo("Asia/Jakarta")


def calendar(saturday=False, zone="Asia/Jakarta", closures=(), closes=dt.time(16, 0)):
    region = Region(slug="r", name="R", timezone=zone, works_saturday=saturday,
                    closures=[Closure(day=day, reason="tutup") for day in closures])
    agency = Agency(slug="a", name="A", hours=[
        OfficeHours(weekday=day, opens=dt.time(8, 0), closes=closes) for day in range(6)
    ])
    return OfficeCalendar(region, agency)


def at(*args, zone=WIB):
    return dt.datetime(*args, tzinfo=zone)


def test_idul_fitri_2026_cuti_bersama_and_holidays_are_not_working_days():
    cal = calendar()
    closed = [dt.date(2026, 3, d) for d in (18, 19, 20, 21, 22, 23, 24)]
    assert [cal.is_working_day(day) for day in closed] == [False] * 7
    assert cal.closed_reason(dt.date(2026, 3, 20)) == "Cuti Bersama Hari Raya Idul Fitri"
    assert cal.is_working_day(dt.date(2026, 3, 25))


def test_three_working_days_across_idul_fitri_are_ready_on_27_march():
    due = calendar().due(at(2026, 3, 17, 10, 0), 3, "working_days")
    assert due.day == dt.date(2026, 3, 27)
    assert not due.with_time


def test_submission_on_a_holiday_starts_on_the_next_working_day():
    due = calendar().due(at(2026, 3, 19, 9, 0), 1, "working_days")
    assert due.day == dt.date(2026, 3, 26)


def test_submission_after_closing_counts_from_the_next_working_day():
    due = calendar().due(at(2026, 11, 23, 17, 0), 1, "working_days")
    assert due.day == dt.date(2026, 11, 25)


def test_saturday_working_region_counts_saturday():
    thursday = at(2026, 3, 26, 10, 0)
    assert calendar(saturday=True).due(thursday, 2, "working_days").day == dt.date(2026, 3, 28)
    assert calendar(saturday=False).due(thursday, 2, "working_days").day == dt.date(2026, 3, 30)


def test_saturday_working_region_still_skips_idul_fitri_saturday():
    # 21 March 2026 is a Saturday and Idul Fitri itself.
    due = calendar(saturday=True).due(at(2026, 3, 17, 10, 0), 1, "working_days")
    assert due.day == dt.date(2026, 3, 25)


def test_one_hour_service_handed_in_15_minutes_before_closing_is_ready_next_working_morning():
    due = calendar().due(at(2026, 3, 17, 15, 45), 1, "hours")
    assert due.at == at(2026, 3, 25, 8, 45)
    assert due.with_time


def test_sixty_minutes_within_office_hours_is_ready_the_same_day():
    assert calendar().due(at(2026, 11, 23, 9, 0), 60, "minutes").at == at(2026, 11, 23, 10, 0)


def test_minutes_before_opening_start_at_opening():
    assert calendar().due(at(2026, 11, 23, 6, 30), 15, "minutes").at == at(2026, 11, 23, 8, 15)


def test_calendar_days_do_not_skip_holidays():
    due = calendar().due(at(2026, 3, 17, 10, 0), 14, "calendar_days")
    assert due.day == dt.date(2026, 3, 31)


def test_region_closure_is_skipped():
    due = calendar(closures=[dt.date(2026, 12, 31)]).due(at(2026, 12, 30, 10, 0), 1,
                                                         "working_days")
    # 31 Dec closed by the region, 1 Jan New Year, then the weekend.
    assert due.day == dt.date(2027, 1, 4)


def test_due_time_is_in_the_regions_own_zone():
    moment = dt.datetime(2026, 11, 23, 6, 30, tzinfo=dt.UTC)  # 13.30 WIB, 15.30 WIT
    wit = ZoneInfo("Asia/Jayapura")
    assert calendar().due(moment, 60, "minutes").at == at(2026, 11, 23, 14, 30)
    due_wit = calendar(zone="Asia/Jayapura").due(moment, 60, "minutes")
    assert due_wit.at == at(2026, 11, 24, 8, 30, zone=wit)
    assert due_wit.at.tzinfo == wit


def test_parse_submission_moment_accepts_dates_and_date_times_in_region_zone():
    region = Region(timezone="Asia/Makassar")
    assert parse_submission_moment("2026-03-17", region) == \
        dt.datetime(2026, 3, 17, 0, 0, tzinfo=ZoneInfo("Asia/Makassar"))
    assert parse_submission_moment("2026-03-17T15:45", region).hour == 15


@pytest.mark.parametrize("raw", ["17/03/2026", "kemarin", "2026-13-01", "1800-01-01",
                                 "2026-03-17T25:00", "9" * 500, "' OR 1=1 --"])
def test_parse_submission_moment_rejects_what_it_cannot_read(raw):
    with pytest.raises(ValueError):
        parse_submission_moment(raw, Region(timezone="Asia/Jakarta"))


def test_a_hand_in_on_nyepi_names_the_holiday_and_the_next_opening():
    from registry.services.schedule import ClosedHandIn

    cal = calendar()
    assert cal.closed_hand_in(at(2026, 3, 19, 9, 0)) == ClosedHandIn(
        dt.date(2026, 3, 19), "Hari Suci Nyepi", at(2026, 3, 25, 8, 0))
    assert cal.due(at(2026, 3, 19, 9, 0), 1, "working_days").day == dt.date(2026, 3, 26)


def test_a_hand_in_on_a_saturday_is_a_weekend_and_moves_to_monday():
    closed = calendar().closed_hand_in(at(2026, 11, 28, 10, 0))
    assert closed.is_weekend and closed.day == dt.date(2026, 11, 28)
    assert closed.opens == at(2026, 11, 30, 8, 0)


def test_a_working_day_is_no_closed_hand_in():
    assert calendar().closed_hand_in(at(2026, 11, 30, 10, 0)) is None
