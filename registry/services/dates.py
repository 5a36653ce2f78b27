"""Dates and times as people say them - the one place the registry formats them.

Indonesian: "1 Desember 2026", "Senin, 1 Desember 2026 pukul 08.00 WITA".
English follows en-GB ("1 December 2026", "Monday, 1 December 2026 at 08:00 WITA"):
Babel's plain "en" is American ("December 1, 2026"), which no reader here expects.
Pages, posters, the API's texts and exports all call these functions (the template
filters in web.py are these functions), so every date reads the same everywhere.
"""
from __future__ import annotations

import datetime as dt
from typing import Protocol

from babel.dates import format_date, format_time, get_day_names
from flask import has_app_context
from flask_babel import force_locale, get_locale
from flask_babel import gettext as _

# The Babel locale behind each interface language.
BABEL_LOCALES = {"id": "id", "en": "en_GB"}
DAY = "d MMMM y"
WEEKDAY_DAY = "EEEE, d MMMM y"
CLOCK = {"id": "HH.mm", "en": "HH:mm"}


class DueMoment(Protocol):
    # Read-only members, so that frozen dataclasses (schedule.Due) match.
    @property
    def at(self) -> dt.datetime: ...

    @property
    def with_time(self) -> bool: ...


def language(locale: str | None = None) -> str:
    """The interface language ("id" or "en") asked for, else the request's."""
    if locale is None:
        current = get_locale() if has_app_context() else None
        locale = str(current or "id")
    return "en" if locale.startswith("en") else "id"


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def date_text(value: dt.date | dt.datetime, locale: str | None = None) -> str:
    """ "1 Desember 2026" / "1 December 2026"."""
    return format_date(_day(value), DAY, locale=BABEL_LOCALES[language(locale)])


def weekday_date_text(value: dt.date | dt.datetime, locale: str | None = None) -> str:
    """ "Selasa, 1 Desember 2026" / "Tuesday, 1 December 2026"."""
    return format_date(_day(value), WEEKDAY_DAY, locale=BABEL_LOCALES[language(locale)])


def clock_text(value: dt.datetime | dt.time, locale: str | None = None) -> str:
    """ "08.00" / "08:00": offices post 24-hour times in both languages."""
    lang = language(locale)
    if isinstance(value, dt.datetime):
        value = value.timetz().replace(tzinfo=None)
    return format_time(value, CLOCK[lang], locale=BABEL_LOCALES[lang])


def moment_text(value: dt.datetime, zone_label: str, locale: str | None = None) -> str:
    """ "Selasa, 1 Desember 2026 pukul 08.00 WITA" / "Tuesday, 1 December 2026 at 08:00
    WITA". `value` is already in the zone `zone_label` names."""
    lang = language(locale)
    with force_locale(lang):
        return str(_("%(date)s at %(time)s %(zone)s", date=weekday_date_text(value, lang),
                     time=clock_text(value, lang), zone=zone_label))


def due_text(due: DueMoment, zone_label: str, locale: str | None = None) -> str:
    """A due date: the day with its weekday, and the time when the standard runs on the
    office clock (minutes or hours)."""
    if due.with_time:
        return moment_text(due.at, zone_label, locale)
    return weekday_date_text(due.at, locale)


def weekday_name(weekday: int, locale: str | None = None) -> str:
    """ "Senin" / "Monday" for 0 (Monday) to 6."""
    return str(get_day_names("wide", locale=BABEL_LOCALES[language(locale)])[weekday])


def date_range_text(start: dt.date, end: dt.date, locale: str | None = None) -> str:
    """ "1 Juni 2026 – 30 Juni 2026"."""
    return f"{date_text(start, locale)} – {date_text(end, locale)}"
