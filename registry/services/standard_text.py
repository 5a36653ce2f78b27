"""A standard told in sentences, for open-data fields that hold free text (HSDS, CPSV-AP).

Every function reads the current locale; callers pick it with `force_locale`.
"""
from __future__ import annotations

import datetime as dt

from flask_babel import gettext as _

from registry.models import Agency, FeeLine, Region, StandardVersion
from registry.models.standard import CompletionUnit
from registry.services import fees
from registry.services.dates import clock_text, weekday_name
from registry.services.i18n import format_duration, localized

OfficeHoursSpan = tuple[dt.time, dt.time]


# ISO 8601 has no working day: n working days are written P{n}D, and the text says so.
DURATION_FORMATS = {CompletionUnit.MINUTES: "PT{}M", CompletionUnit.HOURS: "PT{}H",
                    CompletionUnit.CALENDAR_DAYS: "P{}D", CompletionUnit.WORKING_DAYS: "P{}D"}


def iso_duration(version: StandardVersion) -> str:
    """ "PT60M", "P5D": the completion time as an ISO 8601 duration."""
    return DURATION_FORMATS[CompletionUnit(version.completion_unit)].format(
        version.completion_value)


def completion_text(version: StandardVersion) -> str:
    """ "5 hari kerja", with what a working day is when the unit is working days."""
    text = format_duration(version.completion_value, version.completion_unit)
    if version.completion_unit == CompletionUnit.WORKING_DAYS:
        text = f"{text} ({working_days_note()})"
    return text


def working_days_note() -> str:
    return str(_("working days exclude weekends, national holidays, cuti bersama and the "
                 "region's own closure days"))


def fee_line_text(line: FeeLine) -> str:
    """ "Umum (contoh): Rp25.000", with the regulation and "paid elsewhere" where they apply."""
    text = fees.format_fee_line(line)
    label = localized(line, "label")
    if label:
        text = f"{label}: {text}"
    if line.kind == "formula" and localized(line, "formula"):
        text = f"{text} ({localized(line, 'formula')})"
    elif line.regulation:
        text = f"{text} ({line.regulation})"
    if line.incidental:
        text = f"{text} {_('(not a fee of this office)')}"
    return text


def fees_text(version: StandardVersion) -> str:
    return "; ".join(fee_line_text(line) for line in version.fee_lines)


def procedure_text(version: StandardVersion) -> str:
    return " ".join(f"{n}. {localized(step, 'text')}" for n, step in enumerate(version.steps, 1))


def service_description(version: StandardVersion) -> str:
    """What the citizen receives, how long it takes and what it costs, in one paragraph."""
    parts = [f"{_('What you receive')}: {localized(version, 'product')}"] \
        if localized(version, "product") else []
    parts.append(f"{_('Completion time')}: {completion_text(version)}")
    parts.append(f"{_('Fee')}: {fees.fee_summary(version)}")
    return ". ".join(parts) + "."


def hour_groups(agency: Agency) -> list[tuple[list[int], OfficeHoursSpan]]:
    """Weekdays that share the same opening hours, in weekday order."""
    groups: dict[OfficeHoursSpan, list[int]] = {}
    for hours in agency.hours:
        groups.setdefault((hours.opens, hours.closes), []).append(hours.weekday)
    return [(days, span) for span, days in groups.items()]


def span_text(days: list[int], span: OfficeHoursSpan, region: Region) -> str:
    """ "Senin, Selasa 08.00-15.30 WIB" """
    opens, closes = span
    return (f"{', '.join(weekday_name(day) for day in days)} {clock_text(opens)}-"
            f"{clock_text(closes)} {region.zone_label}")


def hours_text(agency: Agency, region: Region) -> str:
    """Every opening span of the office, and that it is shut on holidays."""
    spans = [span_text(days, span, region) for days, span in hour_groups(agency)]
    return "; ".join(spans) + ". " + str(_("Closed on national holidays and cuti bersama."))
