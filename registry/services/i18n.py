"""Locale-aware text: content translations with Indonesian fallback, labels, durations."""
from __future__ import annotations

from typing import Any

import flask_babel
from flask import has_app_context
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

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


def gettext(text: str, **variables: Any) -> str:
    """Flask-Babel's gettext, typed (the package ships no type hints)."""
    return str(flask_babel.gettext(text, **variables))


def ngettext(singular: str, plural: str, num: int, **variables: Any) -> str:
    return str(flask_babel.ngettext(singular, plural, num, **variables))


def current_locale() -> str:
    locale = get_locale() if has_app_context() else None
    return str(locale or "id")


def localized(obj: object, field: str, locale: str | None = None) -> str:
    """The English text of a field when asked for and present, else the Indonesian."""
    locale = locale or current_locale()
    if locale != "id":
        translated = getattr(obj, f"{field}_{locale}", None)
        if translated:
            return str(translated)
    return str(getattr(obj, field) or "")


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
