"""The SKM report of an agency for a period, laid out like the regulation's annex
(Permenpan RB 14/2017): per-element answers, totals and NRR, the IKM and its grade, the
respondents and their profile, and the follow-up plan the agency's staff write.

The PDF is rendered with the posters' WeasyPrint setup (one engine, one font
configuration per process), always in Indonesian like the annex.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from flask import render_template
from flask_babel import force_locale
from sqlalchemy import case, func, select

from registry.extensions import db
from registry.models import Agency, SkmFollowUp, SkmResponse, User
from registry.services import audit, skm
from registry.services.periods import Period
from registry.services.posters import html_to_pdf
from registry.services.sample import SampleCheck, sample_check

AGE_BANDS = ((None, 24, "< 25"), (25, 34, "25-34"), (35, 44, "35-44"), (45, 54, "45-54"),
             (55, None, "55+"))
ACTION_MAX = 1000


@dataclass(frozen=True)
class FollowUpItem:
    """One row of the follow-up plan: which element, what, when, who is responsible."""

    element: str   # "U1".."U9", or "" for the service as a whole
    action: str
    when: str
    who: str


def follow_up(agency: Agency, period: Period) -> SkmFollowUp | None:
    return db.session.scalar(select(SkmFollowUp).where(
        SkmFollowUp.agency_id == agency.id, SkmFollowUp.period_start == period.start,
        SkmFollowUp.period_end == period.end))


def follow_up_items(agency: Agency, period: Period) -> list[FollowUpItem]:
    plan = follow_up(agency, period)
    return [FollowUpItem(**row) for row in json.loads(plan.items)] if plan else []


class FollowUpError(ValueError):
    """A plan row the report cannot carry (unknown element, empty or overlong action)."""


def save_follow_up(agency: Agency, period: Period, items: Sequence[FollowUpItem],
                   user: User) -> SkmFollowUp:
    """Store the plan for the agency and period (replacing the last one); flush."""
    codes = {e.code for e in skm.ELEMENTS}
    for item in items:
        if item.element not in codes | {""} or not item.action.strip() or \
                len(item.action) > ACTION_MAX or len(item.when) > 200 or len(item.who) > 200:
            raise FollowUpError(item.action[:40])
    plan = follow_up(agency, period)
    before = json.loads(plan.items) if plan else []
    if plan is None:
        plan = SkmFollowUp(agency=agency, period_start=period.start, period_end=period.end)
        db.session.add(plan)
    plan.items = json.dumps([asdict(item) for item in items], ensure_ascii=False)
    plan.updated_by = f"{user.name} <{user.email}>"
    db.session.flush()
    audit.record("skm_follow_up_saved", plan, user=user, summary=period.key,
                 region_id=agency.region_id, agency_id=agency.id, before={"items": before},
                 after={"items": [asdict(item) for item in items]})
    return plan


@dataclass
class Profile:
    """Respondents by sex, education, occupation and age band; None counts "not stated"."""

    sex: list[tuple[Any, int]]
    education: list[tuple[Any, int]]
    occupation: list[tuple[Any, int]]
    age: list[tuple[str, int]]


def _counts(column: Any, labels: dict[str, Any], scope: Any) -> list[tuple[Any, int]]:
    found: dict[Any, int] = {row[0]: row[1] for row in db.session.execute(
        select(column, func.count()).where(scope).group_by(column))}
    rows: list[tuple[Any, int]] = [(label, found.get(key, 0)) for key, label in labels.items()]
    return rows + [(None, found.get(None, 0))]


def respondent_profile(agency: Agency, period: Period) -> Profile:
    scope = (SkmResponse.agency_id == agency.id) & \
        SkmResponse.responded_on.between(period.start, period.end)
    bands = case(*[((SkmResponse.age.between(low or 0, high or 200)), label)
                   for low, high, label in AGE_BANDS], else_=None)
    ages: dict[str | None, int] = {row[0]: row[1] for row in db.session.execute(
        select(bands, func.count()).where(scope).group_by(bands))}
    return Profile(_counts(SkmResponse.sex, skm.SEXES, scope),
                   _counts(SkmResponse.education, skm.EDUCATION, scope),
                   _counts(SkmResponse.occupation, skm.OCCUPATIONS, scope),
                   [(label, ages.get(label, 0)) for _l, _h, label in AGE_BANDS] +
                   [("", ages.get(None, 0))])


@dataclass
class SkmReport:
    agency: Agency
    period: Period
    figures: skm.IkmFigures
    sample: SampleCheck
    profile: Profile
    follow_up: list[FollowUpItem]
    made_on: dt.date


def skm_report(agency: Agency, period: Period, today: dt.date) -> SkmReport:
    tally = skm.tally(period, agency_ids=[agency.id])
    return SkmReport(agency, period, skm.ikm_of(tally),
                     sample_check(agency.services, period, tally.respondents),
                     respondent_profile(agency, period), follow_up_items(agency, period),
                     today)


def report_pdf(report: SkmReport) -> bytes:
    """The report as a PDF, in Indonesian like the regulation's annex."""
    with force_locale("id"):
        html = render_template("reports/skm.html", report=report, grades=skm.GRADES,
                               elements=skm.ELEMENTS)
    pdf, _pages = html_to_pdf(html)
    return pdf
