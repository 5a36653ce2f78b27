"""Figures as people read them: "88,31", "12,5%", "4,5" in Indonesian; "–" for none."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from babel.dates import format_date
from babel.numbers import format_decimal

from registry.services.i18n import current_locale
from registry.services.skm import round_half_up

NONE = "–"


def decimal(value: Decimal | Fraction | float | None, places: int = 2,
            locale: str | None = None) -> str:
    """A number with exactly `places` decimals (exact values are rounded half up)."""
    if value is None:
        return NONE
    if not isinstance(value, Decimal):
        value = round_half_up(Fraction(value), places)
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return format_decimal(value, format=pattern, locale=locale or current_locale())


def percent(value: Fraction | None, locale: str | None = None) -> str:
    """A share as a percentage with one decimal: Fraction(1, 8) -> "12,5%"."""
    if value is None:
        return NONE
    return decimal(round_half_up(value * 100, 1), 1, locale) + "%"


def days(value: float | None, locale: str | None = None) -> str:
    """Working days: whole numbers as they are, halves and tenths with one decimal."""
    if value is None:
        return NONE
    if float(value).is_integer():
        return decimal(Decimal(int(value)), 0, locale)
    return decimal(Fraction(value).limit_denominator(1000), 1, locale)


def month_label(month: dt.date, locale: str | None = None) -> str:
    """ "Jul 2026" in the reader's language."""
    return format_date(month, format="MMM y", locale=locale or current_locale())
