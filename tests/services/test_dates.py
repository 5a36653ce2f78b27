"""One date format everywhere: Indonesian and en-GB, pinned to the exact strings."""
import datetime as dt
from zoneinfo import ZoneInfo

from registry.services import dates
from registry.services.schedule import Due

WITA = ZoneInfo("Asia/Makassar")


def test_a_day_reads_1_desember_2026_and_1_december_2026(ctx):
    assert dates.date_text(dt.date(2026, 12, 1), "id") == "1 Desember 2026"
    assert dates.date_text(dt.date(2026, 12, 1), "en") == "1 December 2026"
    assert dates.date_text(dt.datetime(2026, 3, 9, 23, 0), "id") == "9 Maret 2026"


def test_a_moment_reads_with_weekday_pukul_and_the_zone(ctx):
    moment = dt.datetime(2026, 12, 7, 8, 0, tzinfo=WITA)
    assert dates.moment_text(moment, "WITA", "id") == "Senin, 7 Desember 2026 pukul 08.00 WITA"
    assert dates.moment_text(moment, "WITA", "en") == "Monday, 7 December 2026 at 08:00 WITA"


def test_the_request_language_is_the_default(ctx):
    assert dates.weekday_date_text(dt.date(2026, 12, 1)) == "Selasa, 1 Desember 2026"
    assert dates.clock_text(dt.time(8, 5)) == "08.05"
    assert dates.clock_text(dt.time(8, 5), "en") == "08:05"
    assert dates.weekday_name(4) == "Jumat"


def test_due_dates_name_the_weekday_and_the_time_only_on_the_office_clock(ctx):
    day = Due(dt.datetime(2026, 3, 31, 16, 0, tzinfo=WITA), with_time=False)
    clock = Due(dt.datetime(2026, 11, 23, 10, 0, tzinfo=WITA), with_time=True)
    assert dates.due_text(day, "WITA", "id") == "Selasa, 31 Maret 2026"
    assert dates.due_text(day, "WITA", "en") == "Tuesday, 31 March 2026"
    assert dates.due_text(clock, "WITA", "id") == "Senin, 23 November 2026 pukul 10.00 WITA"


def test_a_period_reads_as_two_full_dates(ctx):
    assert dates.date_range_text(dt.date(2026, 11, 2), dt.date(2026, 11, 4)) == \
        "2 November 2026 – 4 November 2026"
