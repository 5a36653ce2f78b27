"""Fees and how they are written: "Gratis", "Rp10.000", "Rp5.000 - Rp25.000"."""
from __future__ import annotations

from babel.numbers import format_currency
from flask_babel import gettext as _

from registry.models.standard import FeeKind, FeeLine, StandardVersion
from registry.services.i18n import localized

# National law makes civil-registration documents free; posters and pages cite it.
CIVIL_REGISTRATION_FREE_BASIS = "UU No. 24 Tahun 2013 Pasal 79A"
CIVIL_REGISTRATION_PENALTY = "UU No. 24 Tahun 2013 Pasal 95B"


def format_rupiah(amount: int) -> str:
    """Whole rupiah the official way: "Rp10.000" (CLDR would add two decimals)."""
    return format_currency(
        amount, "IDR", format="¤#,##0", currency_digits=False, locale="id"
    )


def format_fee_line(line: FeeLine, locale: str | None = None) -> str:
    kind = FeeKind(line.kind)
    if kind is FeeKind.FREE:
        return _("Free")
    if kind is FeeKind.FIXED:
        return format_rupiah(line.amount or 0)
    if kind is FeeKind.RANGE:
        return f"{format_rupiah(line.amount or 0)} - {format_rupiah(line.amount_max or 0)}"
    if kind is FeeKind.PER_UNIT:
        return _("%(amount)s per %(unit)s", amount=format_rupiah(line.amount or 0),
                 unit=localized(line, "unit", locale))
    return _("according to %(regulation)s", regulation=line.regulation)


def office_fee_lines(version: StandardVersion) -> list[FeeLine]:
    """The fees the office itself charges (not costs paid elsewhere)."""
    return [line for line in version.fee_lines if not line.incidental]


def incidental_fee_lines(version: StandardVersion) -> list[FeeLine]:
    return [line for line in version.fee_lines if line.incidental]


def is_free(version: StandardVersion) -> bool:
    return all(line.kind == FeeKind.FREE for line in office_fee_lines(version))


def fee_summary(version: StandardVersion, locale: str | None = None) -> str:
    """One short text for lists: "Gratis", the single fee, or the lowest "from"."""
    lines = office_fee_lines(version)
    if is_free(version):
        return _("Free")
    if len(lines) == 1:
        return format_fee_line(lines[0], locale)
    amounts = [line.amount for line in lines if line.amount is not None]
    if lines and len(amounts) == len(lines):
        low = min(amounts)
        if low == 0:
            return _("Free or paid, by condition")
        return _("from %(amount)s", amount=format_rupiah(low))
    return _("by regulation, see details")


def free_basis(version: StandardVersion) -> str:
    """The regulation that makes a free service free, as cited on the free lines."""
    for line in office_fee_lines(version):
        if line.regulation:
            return line.regulation
    return ""


def highest_office_fee(version: StandardVersion) -> int | None:
    """The most the office may charge under any one condition of this standard, or None
    when a fee depends on a formula or a number of units (a reported payment cannot be
    judged against it)."""
    highest = 0
    for line in office_fee_lines(version):
        kind = FeeKind(line.kind)
        if kind in (FeeKind.FORMULA, FeeKind.PER_UNIT):
            return None
        if kind is FeeKind.FIXED:
            highest = max(highest, line.amount or 0)
        elif kind is FeeKind.RANGE:
            highest = max(highest, line.amount_max or line.amount or 0)
    return highest
