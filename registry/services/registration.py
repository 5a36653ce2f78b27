"""Registration windows: services that accept hand-ins only on set dates.

School enrolment (SPMB, formerly PPDB) and some annual permits run from one date to
another; outside it the counter turns people away, so a due date counted from any
other day would be a false promise. A window is inclusive at both ends, in the
region's zone; a yearly window repeats on the same month and day (29 February falls
back to 28 February in other years).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from registry.models import Service


class WindowStanding(StrEnum):
    OPEN = "open"          # the day lies inside the window
    UPCOMING = "upcoming"  # a window opens later
    ENDED = "ended"        # the last window has closed and no other is set


@dataclass(frozen=True)
class RegistrationWindow:
    """The window that matters on `day`: the one it lies in, the next one, or the last."""

    opens: dt.date
    closes: dt.date
    standing: WindowStanding


def _in_year(day: dt.date, year: int) -> dt.date:
    if day.month == 2 and day.day == 29:
        try:
            return day.replace(year=year)
        except ValueError:
            return dt.date(year, 2, 28)
    return day.replace(year=year)


def window_on(service: Service, day: dt.date) -> RegistrationWindow | None:
    """The service's registration window as it stands on `day`; None without a window."""
    opens, closes = service.registration_opens, service.registration_closes
    if opens is None or closes is None:
        return None
    if not service.registration_yearly:
        if day < opens:
            return RegistrationWindow(opens, closes, WindowStanding.UPCOMING)
        if day <= closes:
            return RegistrationWindow(opens, closes, WindowStanding.OPEN)
        return RegistrationWindow(opens, closes, WindowStanding.ENDED)
    span = closes.year - opens.year  # a window may run over New Year
    # The window that started last year may still be open; otherwise this year's or
    # next year's is the next one.
    for year in (day.year - 1, day.year, day.year + 1):
        start, end = _in_year(opens, year), _in_year(closes, year + span)
        if start <= day <= end:
            return RegistrationWindow(start, end, WindowStanding.OPEN)
        if day < start:
            return RegistrationWindow(start, end, WindowStanding.UPCOMING)
    raise AssertionError("a yearly window always opens within two years")


def next_opening(service: Service, day: dt.date) -> dt.date | None:
    """The first day after `day` on which a window opens; None when none will (a one-off
    window that has opened or ended, or no window)."""
    window = window_on(service, day)
    if window is None or window.standing is WindowStanding.ENDED:
        return None
    if window.standing is WindowStanding.UPCOMING:
        return window.opens
    following = window_on(service, window.closes + dt.timedelta(days=1))
    assert following is not None
    return following.opens if following.standing is WindowStanding.UPCOMING else None
