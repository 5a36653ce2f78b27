"""Dashboards: survey and experience figures of a region, its agencies and services for a
period, the rankings, the months before, and the charts drawn from them."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from flask_babel import gettext as _

from registry.models import Agency, CompletionUnit, Region, Service, StandardVersion
from registry.services import numbers, reports, skm
from registry.services.charts import Chart, ChartRow
from registry.services.fees import format_rupiah
from registry.services.i18n import format_duration, localized
from registry.services.periods import Period, months_up_to
from registry.services.reports import ExperienceFigures
from registry.services.sample import SampleCheck, sample_check
from registry.services.schedule import region_today
from registry.services.skm import IkmFigures, Tally
from registry.services.standards import current_versions

Row = TypeVar("Row", bound="Figures")


@dataclass
class Figures:
    """Survey and experience figures of one service, agency or region for a period."""

    ikm: IkmFigures
    sample: SampleCheck
    experience: ExperienceFigures


@dataclass
class AgencyFigures(Figures):
    agency: Agency


@dataclass
class ServiceFigures(Figures):
    service: Service
    version: StandardVersion | None   # in force at the end of the period


@dataclass
class MonthFigures:
    period: Period
    ikm: IkmFigures
    experience: ExperienceFigures


@dataclass
class Overview:
    region: Region
    period: Period
    total: Figures
    agencies: list[AgencyFigures]
    services: list[ServiceFigures]
    months: list[MonthFigures]

    @property
    def by_ikm(self) -> list[tuple[int | None, AgencyFigures]]:
        """Highest IKM first; agencies without an IKM last, unranked."""
        return ranked(self.agencies, lambda row: row.ikm.ikm, descending=True)

    @property
    def by_extra_payment(self) -> list[tuple[int | None, AgencyFigures]]:
        """Highest share of reports of paying above the official fee first."""
        return ranked(self.agencies, lambda row: row.experience.share_above_fee,
                      descending=True)


def ranked(rows: Sequence[Row], key: Callable[[Row], Any], *,
           descending: bool) -> list[tuple[int | None, Row]]:
    """Competition ranking (1, 1, 3): equal values share a rank; rows without one last."""
    valued = sorted((r for r in rows if key(r) is not None), key=key, reverse=descending)
    result: list[tuple[int | None, Row]] = []
    for position, row in enumerate(valued, start=1):
        tied = result and key(result[-1][1]) == key(row)
        result.append((result[-1][0] if tied else position, row))
    return result + [(None, r) for r in rows if key(r) is None]


def _empty_experience() -> ExperienceFigures:
    return ExperienceFigures([])


def overview(region: Region, period: Period, agencies: Sequence[Agency] | None = None,
             today: dt.date | None = None) -> Overview:
    """Everything a dashboard shows for `agencies` (default: all of the region's)."""
    agencies = list(region.agencies if agencies is None else agencies)
    ids = [a.id for a in agencies]
    judged = reports.judge_all(reports.reports_in(period, agencies), agencies)
    agency_tallies = skm.tallies_by(period, "agency", agency_ids=ids)
    service_tallies = skm.tallies_by(period, "service", agency_ids=ids)
    by_agency = reports.group_figures(judged, "agency")
    by_service = reports.group_figures(judged, "service")
    services = [s for a in agencies for s in a.services]
    total_tally = sum(agency_tallies.values(), Tally.empty())
    total = Figures(skm.ikm_of(total_tally),
                    sample_check(services, period, total_tally.respondents),
                    reports.ExperienceFigures(judged))
    rows = []
    for agency in agencies:
        tally = agency_tallies.get(agency.id, Tally.empty())
        rows.append(AgencyFigures(
            skm.ikm_of(tally), sample_check(agency.services, period, tally.respondents),
            by_agency.get(agency.id, _empty_experience()), agency))
    # The official terms beside the figures: those in force at the end of the period.
    versions = current_versions(services, min(period.end, today or region_today(region)))
    service_rows = []
    for service in services:
        if service.id not in service_tallies and service.id not in by_service:
            continue
        tally = service_tallies.get(service.id, Tally.empty())
        service_rows.append(ServiceFigures(
            skm.ikm_of(tally), sample_check([service], period, tally.respondents),
            by_service.get(service.id, _empty_experience()), service,
            versions.get(service.id)))
    return Overview(region, period, total, rows, service_rows, monthly(period, agencies))


def monthly(period: Period, agencies: Sequence[Agency]) -> list[MonthFigures]:
    """The twelve months up to the end of the period, oldest first."""
    months = months_up_to(period.end)
    ids = [a.id for a in agencies]
    span = Period(months[0].start, months[-1].end)
    judged = reports.judge_all(reports.reports_in(span, agencies), agencies)
    result = []
    for month in months:
        inside = [j for j in judged if month.contains(j.report.received)]
        result.append(MonthFigures(month, skm.ikm_of(skm.tally(month, agency_ids=ids)),
                                   reports.ExperienceFigures(inside)))
    return result


# --- charts ------------------------------------------------------------------------------


def element_chart(figures: IkmFigures, key: str = "chart-elements") -> Chart:
    rows = tuple(ChartRow(f"{f.element.code} {f.element.name}",
                          (float(f.nrr) if f.nrr is not None else None,),
                          (numbers.decimal(f.nrr_rounded, 4),)) for f in figures.elements)
    return Chart(key, _("Satisfaction per survey element"), _(
        "Average answer (NRR, 1 to 4) for each of the nine elements; IKM %(ikm)s from "
        "%(count)d respondents.", ikm=numbers.decimal(figures.ikm),
        count=figures.respondents), (_("NRR (1-4)"),), rows, scale_max=4.0)


def fee_chart(services: Sequence[ServiceFigures], key: str = "chart-fees") -> Chart:
    rows = []
    for row in services:
        figures = row.experience
        official, median, highest = (figures.highest_official_fee, figures.median_paid,
                                     figures.highest_paid)
        if official is None or median is None or highest is None or not official + highest:
            continue   # free, and nobody paid anything: nothing to draw
        rows.append(ChartRow(localized(row.service, "name"),
                             (float(official), median, float(highest)),
                             (format_rupiah(official), format_rupiah(round(median)),
                              format_rupiah(highest))))
    return Chart(key, _("Reported payments against the official fee"), _(
        "For each service with a fee or with reports of a payment: the official fee (the "
        "highest the office may charge), the median and the highest amount citizens "
        "reported paying, in rupiah. Fees set by formula or per unit are left out."),
        (_("Official fee"), _("Median paid"), _("Highest paid")), tuple(rows))


def _official_days(version: StandardVersion | None) -> tuple[float | None, str]:
    if version is None:
        return None, numbers.NONE
    text = format_duration(version.completion_value, version.completion_unit)
    unit = CompletionUnit(version.completion_unit)
    if unit is CompletionUnit.WORKING_DAYS:
        return float(version.completion_value), text
    if unit in (CompletionUnit.MINUTES, CompletionUnit.HOURS):
        return 0.0, text   # finished the same working day
    return None, text


def time_chart(services: Sequence[ServiceFigures], key: str = "chart-times") -> Chart:
    rows = []
    for row in services:
        figures = row.experience
        if not figures.reports:
            continue
        official, official_text = _official_days(row.version)
        rows.append(ChartRow(localized(row.service, "name"),
                             (official, figures.median_days, figures.p90_days),
                             (official_text, numbers.days(figures.median_days),
                              numbers.days(figures.p90_days))))
    return Chart(key, _("Observed completion time against the official time"), _(
        "For each service with reports: the official completion time and the observed "
        "time from hand-in to result, in working days - the median and the 90th "
        "percentile. A standard in calendar days has no bar for the official time."),
        (_("Official (working days)"), _("Median"), _("90th percentile")), tuple(rows))


def month_chart(months: Sequence[MonthFigures], key: str = "chart-months") -> Chart:
    rows = tuple(ChartRow(
        numbers.month_label(month.period.start),
        (float(month.ikm.ikm) if month.ikm.ikm is not None else None,
         float(month.experience.share_above_fee * 100)
         if month.experience.share_above_fee is not None else None),
        (numbers.decimal(month.ikm.ikm), numbers.percent(month.experience.share_above_fee)))
        for month in months)
    return Chart(key, _("Month by month"), _(
        "For each of the twelve months up to the end of the period: the IKM (25 to 100) "
        "and the share of reports of paying above the official fee (percent)."),
        (_("IKM"), _("Paid above the official fee (%)")), rows, scale_max=100.0)


def public_charts(found: Overview) -> dict[str, Chart]:
    """The charts of the public page, by name."""
    return {"elements": element_chart(found.total.ikm), "fees": fee_chart(found.services),
            "times": time_chart(found.services), "months": month_chart(found.months)}
