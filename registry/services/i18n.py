"""Locale-aware text: content translations with Indonesian fallback, labels, durations."""
from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_datetime, format_time, get_time_format
from flask import has_app_context
from flask_babel import get_locale, lazy_gettext as _l, ngettext

from registry.models.standard import CompletionUnit

CATEGORY_LABELS = {
    "kelahiran": _l("Birth"),
    "kematian": _l("Death"),
    "perkawinan": _l("Marriage"),
    "kependudukan": _l("Identity & family"),
    "pindah": _l("Moving"),
    "usaha": _l("Business & permits"),
    "pendidikan": _l("Education"),
    "pajak": _l("Local tax"),
    "kesehatan": _l("Health"),
}

UNIT_LABELS = {
    CompletionUnit.MINUTES: _l("minutes"),
    CompletionUnit.HOURS: _l("hours"),
    CompletionUnit.WORKING_DAYS: _l("working days"),
    CompletionUnit.CALENDAR_DAYS: _l("calendar days"),
}


def current_locale() -> str:
    locale = get_locale() if has_app_context() else None
    return str(locale or "id")


def localized(obj, field: str, locale: str | None = None) -> str:
    """The English text of a field when asked for and present, else the Indonesian."""
    locale = locale or current_locale()
    if locale != "id":
        translated = getattr(obj, f"{field}_{locale}", None)
        if translated:
            return translated
    return getattr(obj, field) or ""


def category_label(key: str) -> str:
    return str(CATEGORY_LABELS.get(key, key))


def format_duration(value: int, unit: str) -> str:
    """ "5 hari kerja", "60 menit" - the number and unit as people say them."""
    texts = {
        CompletionUnit.MINUTES: ngettext("%(num)d minute", "%(num)d minutes", value),
        CompletionUnit.HOURS: ngettext("%(num)d hour", "%(num)d hours", value),
        CompletionUnit.WORKING_DAYS: ngettext(
            "%(num)d working day", "%(num)d working days", value
        ),
        CompletionUnit.CALENDAR_DAYS: ngettext("%(num)d day", "%(num)d days", value),
    }
    return texts[CompletionUnit(unit)]


def long_date(day: dt.date | dt.datetime, locale: str | None = None) -> str:
    """ "Jumat, 27 Maret 2026" in Indonesian."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return format_date(day, format="full", locale=locale or current_locale())


def medium_date(day: dt.date, locale: str | None = None) -> str:
    """ "27 Mar 2026" for history lists and footers."""
    return format_date(day, format="medium", locale=locale or current_locale())


def clock_time(moment: dt.datetime | dt.time, locale: str | None = None) -> str:
    """ "08.45" in Indonesian, "08:45" in English: the locale's own 24-hour clock."""
    locale = locale or current_locale()
    pattern = get_time_format("short", locale=locale).pattern
    if "h" in pattern:  # a 12-hour locale; offices post 24-hour times
        pattern = "HH:mm"
    return format_time(moment, format=pattern, locale=locale)


def long_datetime(moment: dt.datetime, zone_label: str, locale: str | None = None) -> str:
    locale = locale or current_locale()
    return f"{format_datetime(moment, format='EEEE, d MMMM y', locale=locale)}, " \
        f"{clock_time(moment, locale)} {zone_label}"


def format_due(due, zone_label: str, locale: str | None = None) -> str:
    """ "Jumat, 27 Maret 2026" or, on the office clock, "Senin, 23 November 2026, 08.45 WIB"."""
    if due.with_time:
        return long_datetime(due.at, zone_label, locale)
    return long_date(due.day, locale)


def weekday_name(weekday: int, locale: str | None = None) -> str:
    from babel.dates import get_day_names

    return get_day_names("wide", locale=locale or current_locale())[weekday]
