"""A realistic quarter of experience reports and survey answers for the demo region.

Generated from a fixed seed, so the figures are the same on every load: the quarter is
the last complete one before `today`, and every date is placed by the region's working
days, so the counts, shares, times and IKM do not depend on which quarter that is.
Each agency has a profile: how satisfied its users are, how often someone asks for
money beyond the fee, how often results come late, how many users it served.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass

from registry.extensions import db
from registry.models import (
    Agency,
    CommentStatus,
    ExperienceReport,
    FeeLine,
    PaidTo,
    Region,
    Service,
    ServiceUserCount,
    SkmFollowUp,
    SkmImportBatch,
    SkmResponse,
    SkmSource,
)
from registry.models.feedback import ELEMENT_CODES
from registry.services import skm
from registry.services.fees import highest_office_fee
from registry.services.periods import Period, last_complete_quarter
from registry.services.schedule import OfficeCalendar
from registry.services.standards import in_force

SEED = 15
# Chances of the answers 1, 2, 3, 4.
VERY_GOOD = (0.0, 0.02, 0.33, 0.65)
GOOD = (0.01, 0.06, 0.53, 0.40)
FAIR = (0.03, 0.14, 0.55, 0.28)
POOR = (0.08, 0.25, 0.50, 0.17)


@dataclass(frozen=True)
class AgencyProfile:
    answers: tuple[float, ...]               # the usual answer chances
    weaker: dict[str, tuple[float, ...]]     # elements users rate differently
    responses: int                           # survey respondents in the quarter
    reports: int                             # experience reports in the quarter
    users: int                               # service users the agency enters
    above_fee: float                         # chance a report paid beyond the fee
    shortcut: float                          # chance a report was offered a paid shortcut
    late: float                              # chance the result came late


PROFILES = {
    "disdukcapil": AgencyProfile(VERY_GOOD, {"u3": GOOD, "u9": GOOD}, 330, 140, 1200,
                                 0.04, 0.05, 0.08),
    "dpmptsp": AgencyProfile(GOOD, {"u2": FAIR, "u3": FAIR}, 150, 60, 420, 0.05, 0.08, 0.2),
    "disdik": AgencyProfile(GOOD, {"u8": FAIR}, 110, 40, 150, 0.1, 0.02, 0.1),
    "bapenda": AgencyProfile(GOOD, {"u8": FAIR}, 90, 30, 260, 0.0, 0.03, 0.1),
    "dinkes": AgencyProfile(GOOD, {"u4": FAIR}, 120, 50, 170, 0.04, 0.02, 0.06),
    "dishub": AgencyProfile(FAIR, {"u4": POOR, "u7": POOR}, 100, 45, 130, 0.3, 0.35, 0.15),
    "dinsos": AgencyProfile(VERY_GOOD, {"u9": FAIR}, 60, 25, 70, 0.0, 0.0, 0.05),
}
# Services most people come for get a larger share of an agency's users.
BUSY = {"ktp-el": 5, "kartu-keluarga": 4, "akta-kelahiran": 4, "kia": 2, "pindah-datang": 2,
        "nib": 3, "pbg": 2, "spmb": 4, "legalisir-ijazah": 3, "pbb-p2": 3,
        "surat-keterangan-sehat": 4, "uji-kir": 5, "sktm": 3}
EXTRA_AMOUNTS = (20_000, 50_000, 50_000, 100_000, 150_000)
COMMENTS = (
    "Pelayanan cepat, petugas ramah.",
    "Antrean panjang di pagi hari, mohon tambah loket.",
    "Formulir kurang jelas, sebaiknya ada contoh pengisian.",
    "Ruang tunggu panas, kipas angin rusak.",
    "Informasi biaya di papan pengumuman sangat membantu.",
    "Ada orang di parkiran yang menawarkan jasa percepatan.",
    "Hasil belum bisa diambil sesuai janji, disuruh kembali minggu depan.",
    "Terima kasih, prosesnya jelas.",
)
FOLLOW_UP = [
    {"element": "U3", "action": "Tambah satu loket perekaman KTP-el pada hari Senin dan "
     "Selasa", "when": "Oktober-Desember", "who": "Kepala Bidang PIAK"},
    {"element": "U9", "action": "Perbaiki kipas angin dan tambah kursi ruang tunggu",
     "when": "November", "who": "Sekretaris Dinas"},
]


def _answer(rng: random.Random, chances: tuple[float, ...], blank: float) -> int | None:
    if rng.random() < blank:
        return None
    return rng.choices(skm.ANSWERS, weights=chances)[0]


def _answers(rng: random.Random, profile: AgencyProfile, blank: float,
             paid_extra: bool = False) -> dict[str, int | None]:
    answers = {}
    for code in ELEMENT_CODES:
        chances = POOR if paid_extra and code in ("u4", "u7") else \
            profile.weaker.get(code, profile.answers)
        # Few users ever complained, so the complaint element is skipped most often.
        answers[code] = _answer(rng, chances, blank * (6 if code == "u8" else 1))
    return answers


def _profile(rng: random.Random) -> dict[str, object]:
    return {"age": rng.randint(18, 72), "sex": rng.choice(tuple(skm.SEXES)),
            "education": rng.choices(tuple(skm.EDUCATION), (8, 14, 40, 10, 22, 5, 1))[0],
            "occupation": rng.choices(tuple(skm.OCCUPATIONS), (8, 2, 2, 30, 30, 12, 16))[0]}


def _spread(rng: random.Random, services: list[Service], total: int) -> dict[int, int]:
    """`total` split over the services by how busy each one is."""
    weights = [BUSY.get(s.slug, 1) for s in services]
    picks = rng.choices([s.id for s in services], weights=weights, k=total)
    return {s.id: picks.count(s.id) for s in services}


def _working_days(calendar: OfficeCalendar, period: Period) -> list[dt.date]:
    days = [period.start + dt.timedelta(days=i) for i in range((period.end - period.start).days
                                                               + 1)]
    return [day for day in days if calendar.is_working_day(day)]


def _pick(rng: random.Random, items: list[dt.date]) -> dt.date:
    """One of `items` for exactly one draw, however many there are: the quarter's
    calendar then never shifts the draws that follow."""
    return items[min(int(rng.random() * len(items)), len(items) - 1)]


def _dates(rng: random.Random, calendar: OfficeCalendar, service: Service, days: list[dt.date],
           late: bool) -> tuple[dt.date, dt.date]:
    """A hand-in day and a result day inside the quarter, on time or late by the
    standard in force on the hand-in day."""
    handed_in = _pick(rng, days[: max(len(days) * 3 // 4, 1)])
    pick = rng.random()
    version = in_force(service.versions, handed_in)
    if version is None:
        return handed_in, handed_in
    start = dt.datetime.combine(handed_in, dt.time(0, 0), tzinfo=calendar.zone)
    due = calendar.due(start, version.completion_value, version.completion_unit).day
    choices = [d for d in days if d > due][:5] if late else \
        [d for d in days if handed_in <= d <= due][-4:]
    if not choices:
        return handed_in, handed_in
    return handed_in, choices[min(int(pick * len(choices)), len(choices) - 1)]


def _official_amount(rng: random.Random, line: FeeLine) -> int:
    if line.kind == "range" and line.amount_max:
        return rng.randrange(line.amount or 0, line.amount_max + 1, 10_000)
    return line.amount or 0


def _payment(rng: random.Random, service: Service, handed_in: dt.date,
             extra: bool) -> tuple[int, str | None]:
    """What the citizen paid under one of the standard's conditions, plus a levy."""
    version = in_force(service.versions, handed_in)
    lines = [line for line in (version.fee_lines if version else []) if not line.incidental]
    if version is not None and highest_office_fee(version) is not None:
        official = _official_amount(rng, rng.choice(lines))
    else:   # a fee by formula or per unit: some amount, never judged
        official = rng.choice((0, 25_000, 250_000, 1_200_000))
    if extra:
        return official + rng.choice(EXTRA_AMOUNTS), \
            PaidTo.OTHER if rng.random() < 0.7 else PaidTo.COUNTER
    return official, (PaidTo.COUNTER if official else None)


def _comment(rng: random.Random, number: int) -> tuple[str | None, str | None]:
    """Every seventh report has a comment; the last ones still wait for moderation."""
    if number % 7:
        return None, None
    status = rng.choices((CommentStatus.APPROVED, CommentStatus.PENDING,
                          CommentStatus.REJECTED), (6, 3, 1))[0]
    text = None if status is CommentStatus.REJECTED else rng.choice(COMMENTS)
    return text, status


def _reports(rng: random.Random, agency: Agency, profile: AgencyProfile,
             days: list[dt.date], today: dt.date) -> list[ExperienceReport]:
    calendar = OfficeCalendar(agency.region, agency)
    made: list[ExperienceReport] = []
    for service_id, count in _spread(rng, agency.services, profile.reports).items():
        service = next(s for s in agency.services if s.id == service_id)
        for _index in range(count):
            extra = rng.random() < profile.above_fee
            handed_in, received = _dates(rng, calendar, service, days,
                                         rng.random() < profile.late)
            paid, paid_to = _payment(rng, service, handed_in, extra)
            comment, status = _comment(rng, len(made) + 1)
            report = ExperienceReport(
                service=service, agency_id=agency.id, handed_in=handed_in, received=received,
                paid=paid, paid_to=paid_to, asked_extra=extra and rng.random() < 0.8,
                offered_shortcut=rng.random() < profile.shortcut, comment=comment,
                comment_status=status,
                reported_on=min(received + dt.timedelta(days=rng.randint(0, 4)), today))
            if rng.random() < 0.6:
                report.skm = SkmResponse(
                    agency_id=agency.id, service_id=service.id, responded_on=report.reported_on,
                    source=SkmSource.ONLINE, **_answers(rng, profile, 0.05, extra),
                    **(_profile(rng) if rng.random() < 0.5 else {}))
            made.append(report)
    return made


def _paper(rng: random.Random, agency: Agency, profile: AgencyProfile, days: list[dt.date],
           count: int) -> None:
    """The questionnaires filled in at the counters, imported as one file per source."""
    spread = _spread(rng, agency.services, count)
    for source in (SkmSource.PAPER, SkmSource.KIOSK):
        rows = []
        for service_id, number in spread.items():
            share = number // 2 if source is SkmSource.PAPER else number - number // 2
            rows += [SkmResponse(agency_id=agency.id, service_id=service_id,
                                 responded_on=_pick(rng, days), source=source,
                                 **_answers(rng, profile, 0.02), **_profile(rng))
                     for _index in range(share)]
        if not rows:
            continue
        digest = hashlib.sha256(json.dumps(
            [[r.service_id, r.responded_on.isoformat(), *(getattr(r, c) for c in ELEMENT_CODES)]
             for r in rows]).encode()).hexdigest()
        batch = SkmImportBatch(agency=agency, filename=f"skm-{agency.slug}-{source}.xlsx",
                               file_sha256=digest, content_sha256=digest, source=source,
                               rows=len(rows), imported_by="demo")
        for row in rows:
            row.batch = batch
        db.session.add(batch)
        db.session.add_all(rows)


def _users(rng: random.Random, agency: Agency, profile: AgencyProfile, quarter: Period) -> None:
    """Users per service and month that add up to the agency's users of the quarter."""
    spread = _spread(rng, agency.services, profile.users)
    for service in agency.services:
        months = quarter.months()
        cuts = sorted(rng.randint(0, spread[service.id]) for _month in months[1:])
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, spread[service.id]], strict=True)]
        db.session.add_all(ServiceUserCount(service_id=service.id, month=month, users=users)
                           for month, users in zip(months, parts, strict=True))


def load_demo_feedback(region: Region, today: dt.date) -> Period:
    """Reports, survey answers, user counts and a follow-up plan for the last complete
    quarter before `today`; returns that quarter."""
    rng = random.Random(SEED)
    quarter = last_complete_quarter(today)
    days = _working_days(OfficeCalendar(region), quarter)
    agencies = sorted(region.agencies, key=lambda a: a.slug)
    with db.session.no_autoflush:   # one flush at the end, not one per lazy load
        for agency in agencies:
            profile = PROFILES.get(agency.slug)
            if profile is None or not agency.services:
                continue
            made = _reports(rng, agency, profile, days, today)
            db.session.add_all(made)
            online = sum(1 for report in made if report.skm is not None)
            _paper(rng, agency, profile, days, max(profile.responses - online, 0))
            _users(rng, agency, profile, quarter)
            if agency.slug == "disdukcapil":
                db.session.add(SkmFollowUp(agency=agency, period_start=quarter.start,
                                           period_end=quarter.end,
                                           items=json.dumps(FOLLOW_UP), updated_by="demo"))
    db.session.flush()
    return quarter
