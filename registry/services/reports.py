"""Experience reports: taking one in (checks, daily limit, no personal data), judging it
against the standard in force on the hand-in date, and adding many up.

A report is judged against the version in force on the day the citizen handed in: the
highest fee the office may charge under any condition of that version, and the
completion time counted in the region's working days (services/schedule.py).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from flask_babel import gettext as _
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import (
    Agency,
    CommentStatus,
    ExperienceReport,
    PaidTo,
    ReportQuota,
    Service,
    SkmResponse,
    SkmSource,
    StandardVersion,
    User,
)
from registry.models.feedback import ELEMENT_CODES
from registry.services import audit, fees, skm
from registry.services.periods import Period
from registry.services.schedule import OfficeCalendar
from registry.services.standards import in_force

# Above this a reported payment for a basic service is a typing error, not a levy.
MAX_PAID = 1_000_000_000
COMMENT_MAX = 1000
AGE_RANGE = (10, 120)
# Reports are about recent experiences; older ones cannot be checked against anything.
MAX_AGE_DAYS = 366


class ReportInvalid(ValueError):
    """The report cannot be taken; `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class TooManyReports(Exception):
    """This address already used its reports on this service today."""


@dataclass
class Profile:
    """The optional respondent profile of the official questionnaire."""

    age: int | None = None
    sex: str | None = None
    education: str | None = None
    occupation: str | None = None


@dataclass
class ReportValues:
    handed_in: dt.date
    received: dt.date
    paid: int
    paid_to: str | None
    asked_extra: bool
    offered_shortcut: bool
    answers: tuple[int | None, ...] = (None,) * len(ELEMENT_CODES)
    profile: Profile = field(default_factory=Profile)
    comment: str | None = None


def check_report(values: ReportValues, today: dt.date) -> dict[str, str]:
    """Every problem of a report, by field; empty when it can be taken."""
    errors: dict[str, str] = {}
    if values.handed_in > today:
        errors["handed_in"] = _("The hand-in date lies in the future.")
    elif (today - values.handed_in).days > MAX_AGE_DAYS:
        errors["handed_in"] = _("Report experiences of the last twelve months only.")
    if values.received > today:
        errors["received"] = _("The date you received the result lies in the future.")
    elif values.received < values.handed_in:
        errors["received"] = _("The result cannot have come before you handed in the "
                               "application. Check both dates.")
    if values.paid < 0:
        errors["paid"] = _("An amount cannot be negative.")
    elif values.paid > MAX_PAID:
        errors["paid"] = _("%(amount)s is not a plausible amount; check the number.",
                           amount=fees.format_rupiah(values.paid))
    elif values.paid > 0 and values.paid_to not in tuple(PaidTo):
        errors["paid_to"] = _("Say to whom you paid.")
    if any(a is not None and a not in (1, 2, 3, 4) for a in values.answers) or \
            len(values.answers) != len(ELEMENT_CODES):
        errors["answers"] = _("Choose one of the four answers, or none.")
    errors.update(check_profile(values.profile))
    if values.comment and len(values.comment) > COMMENT_MAX:
        errors["comment"] = _("Too long: at most %(max)d characters.", max=COMMENT_MAX)
    return errors


def check_profile(profile: Profile) -> dict[str, str]:
    errors: dict[str, str] = {}
    if profile.age is not None and not AGE_RANGE[0] <= profile.age <= AGE_RANGE[1]:
        errors["age"] = _("Enter an age between %(low)d and %(high)d years.",
                          low=AGE_RANGE[0], high=AGE_RANGE[1])
    for name, allowed in (("sex", skm.SEXES), ("education", skm.EDUCATION),
                          ("occupation", skm.OCCUPATIONS)):
        if getattr(profile, name) not in (None, *allowed):
            errors[name] = _("Choose one of the answers in the list.")
    return errors


def limit_key(secret: str, address: str, service: Service, day: dt.date) -> str:
    """A keyed hash of the address, the service and the day: enough to count reports,
    useless for finding the person (and removed the day after)."""
    message = f"{address}|{service.id}|{day.isoformat()}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _claim_slot(key: str, day: dt.date, limit: int) -> None:
    """Take the next free slot of the day's limit, or TooManyReports. The unique
    (key, slot) pair refuses a second request that read the same count in parallel."""
    used = db.session.scalar(select(func.count(ReportQuota.id))
                             .where(ReportQuota.limit_key == key)) or 0
    if used >= limit:
        raise TooManyReports()
    try:
        with db.session.begin_nested():
            db.session.add(ReportQuota(limit_key=key, slot=used, day=day))
    except IntegrityError:
        raise TooManyReports() from None


def submit_report(service: Service, values: ReportValues, *, address: str, secret: str,
                  today: dt.date, limit: int = 1) -> ExperienceReport:
    """Take a report (and its SKM answers, if any); flush, never commit.

    ReportInvalid when a value is wrong, TooManyReports when the address already sent
    `limit` reports on this service today. Nothing is written in either case.
    """
    errors = check_report(values, today)
    if errors:
        raise ReportInvalid(errors)
    db.session.execute(delete(ReportQuota).where(ReportQuota.day < today))
    _claim_slot(limit_key(secret, address, service, today), today, limit)
    comment = (values.comment or "").strip() or None
    report = ExperienceReport(
        service=service, agency_id=service.agency_id, handed_in=values.handed_in,
        received=values.received, paid=values.paid,
        paid_to=values.paid_to if values.paid > 0 else None,
        asked_extra=values.asked_extra, offered_shortcut=values.offered_shortcut,
        comment=comment, comment_status=CommentStatus.PENDING if comment else None,
        reported_on=today)
    if any(answer is not None for answer in values.answers):
        report.skm = SkmResponse(
            agency_id=service.agency_id, service_id=service.id, responded_on=today,
            source=SkmSource.ONLINE, **dict(zip(ELEMENT_CODES, values.answers, strict=True)),
            **vars(values.profile))
    db.session.add(report)
    db.session.flush()
    return report


# --- judging and adding up


@dataclass(frozen=True)
class Judged:
    """One report against the standard in force on its hand-in date."""

    report: ExperienceReport
    official_fee: int | None     # None: no standard, or a fee by formula or per unit
    working_days: int
    late: bool | None            # None: no standard was in force on the hand-in date

    @property
    def above_fee(self) -> bool | None:
        return None if self.official_fee is None else self.report.paid > self.official_fee


def judge(report: ExperienceReport, calendar: OfficeCalendar) -> Judged:
    version = in_force(report.service.versions, report.handed_in)
    days = calendar.working_days_between(report.handed_in, report.received)
    if version is None:
        return Judged(report, None, days, None)
    start = dt.datetime.combine(report.handed_in, dt.time(0, 0), tzinfo=calendar.zone)
    due = calendar.due(start, version.completion_value, version.completion_unit)
    return Judged(report, fees.highest_office_fee(version), days, report.received > due.day)


def share(part: int, whole: int) -> Fraction | None:
    return Fraction(part, whole) if whole else None


@dataclass
class ExperienceFigures:
    judged: list[Judged]

    @property
    def reports(self) -> int:
        return len(self.judged)

    @property
    def fee_compared(self) -> int:
        return sum(1 for j in self.judged if j.above_fee is not None)

    @property
    def above_fee(self) -> int:
        return sum(1 for j in self.judged if j.above_fee)

    @property
    def share_above_fee(self) -> Fraction | None:
        return share(self.above_fee, self.fee_compared)

    @property
    def share_asked_extra(self) -> Fraction | None:
        return share(sum(1 for j in self.judged if j.report.asked_extra), self.reports)

    @property
    def share_offered_shortcut(self) -> Fraction | None:
        return share(sum(1 for j in self.judged if j.report.offered_shortcut), self.reports)

    @property
    def share_paid_other(self) -> Fraction | None:
        """Reports of money handed to someone other than the counter or the bank."""
        return share(sum(1 for j in self.judged if j.report.paid_to == PaidTo.OTHER),
                     self.reports)

    def _paid(self) -> list[int]:
        """Amounts of the reports whose fee can be judged, ascending."""
        return sorted(j.report.paid for j in self.judged if j.above_fee is not None)

    @property
    def median_paid(self) -> float | None:
        paid = self._paid()
        return float(statistics.median(paid)) if paid else None

    @property
    def highest_paid(self) -> int | None:
        paid = self._paid()
        return paid[-1] if paid else None

    @property
    def highest_official_fee(self) -> int | None:
        """The highest official fee any of these reports was judged against."""
        fees_seen = [j.official_fee for j in self.judged if j.official_fee is not None]
        return max(fees_seen) if fees_seen else None

    @property
    def share_late(self) -> Fraction | None:
        timed = [j for j in self.judged if j.late is not None]
        return share(sum(1 for j in timed if j.late), len(timed))

    @property
    def median_days(self) -> float | None:
        days = [j.working_days for j in self.judged]
        return float(statistics.median(days)) if days else None

    @property
    def p90_days(self) -> float | None:
        """The 90th percentile (inclusive method, as spreadsheets' PERCENTILE)."""
        days = sorted(j.working_days for j in self.judged)
        if len(days) < 2:
            return float(days[0]) if days else None
        return float(statistics.quantiles(days, n=10, method="inclusive")[8])


def reports_in(period: Period, agencies: Iterable[Agency],
               service_ids: Sequence[int] | None = None) -> list[ExperienceReport]:
    """Reports of results received in the period, with what judging them needs."""
    query = (
        select(ExperienceReport)
        .where(ExperienceReport.agency_id.in_([a.id for a in agencies]),
               ExperienceReport.received >= period.start,
               ExperienceReport.received <= period.end)
        .options(selectinload(ExperienceReport.service).selectinload(Service.versions)
                 .selectinload(StandardVersion.fee_lines))
        .order_by(ExperienceReport.id)
    )
    if service_ids is not None:
        query = query.where(ExperienceReport.service_id.in_(list(service_ids)))
    return list(db.session.scalars(query))


def judge_all(reports: Iterable[ExperienceReport],
              agencies: Iterable[Agency]) -> list[Judged]:
    calendars = {a.id: OfficeCalendar(a.region, a) for a in agencies}
    return [judge(r, calendars[r.agency_id]) for r in reports]


def group_figures(judged: Iterable[Judged], by: str) -> dict[int, ExperienceFigures]:
    """Figures per agency (`by="agency"`) or per service (`by="service"`)."""
    groups: dict[int, list[Judged]] = {}
    for item in judged:
        key = item.report.agency_id if by == "agency" else item.report.service_id
        groups.setdefault(key, []).append(item)
    return {key: ExperienceFigures(items) for key, items in groups.items()}


# --- comments: held until a person of the agency approves or rejects them


class ModerationError(ValueError):
    """The comment was already decided on (by someone else, a moment ago)."""


def pending_comments(agency_ids: Sequence[int]) -> list[ExperienceReport]:
    return list(db.session.scalars(
        select(ExperienceReport)
        .where(ExperienceReport.agency_id.in_(list(agency_ids)),
               ExperienceReport.comment_status == CommentStatus.PENDING)
        .options(selectinload(ExperienceReport.service))
        .order_by(ExperienceReport.id)))


def approved_comments(agency_ids: Sequence[int], period: Period) -> list[ExperienceReport]:
    return list(db.session.scalars(
        select(ExperienceReport)
        .where(ExperienceReport.agency_id.in_(list(agency_ids)),
               ExperienceReport.comment_status == CommentStatus.APPROVED,
               ExperienceReport.received >= period.start,
               ExperienceReport.received <= period.end)
        .options(selectinload(ExperienceReport.service))
        .order_by(ExperienceReport.id.desc())))


def moderate(report: ExperienceReport, approve: bool, user: User) -> None:
    """Approve a pending comment, or reject it - which erases its text for good."""
    if report.comment_status != CommentStatus.PENDING:
        raise ModerationError("already moderated")
    status = CommentStatus.APPROVED if approve else CommentStatus.REJECTED
    report.comment_status = status
    if not approve:
        report.comment = None
    db.session.flush()
    audit.record("comment_approved" if approve else "comment_rejected", report, user=user,
                 summary=f"{report.service.name} #{report.id}",
                 region_id=report.agency.region_id, agency_id=report.agency_id,
                 before={"status": CommentStatus.PENDING.value},
                 after={"status": status.value})
