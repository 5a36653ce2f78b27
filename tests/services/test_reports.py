"""Experience reports: intake checks, the daily limit, judging against the standard in
force on the hand-in date, and the figures of many reports."""
import datetime as dt
from fractions import Fraction

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, ExperienceReport, ReportQuota, SkmResponse
from registry.services import reports
from registry.services.catalogue import service_by_slug
from registry.services.periods import Period
from registry.services.reports import ReportInvalid, ReportValues, TooManyReports

TODAY = dt.date(2026, 12, 1)


def values(**changes) -> ReportValues:
    base = {"handed_in": dt.date(2026, 11, 23), "received": dt.date(2026, 11, 27), "paid": 0,
            "paid_to": None, "asked_extra": False, "offered_shortcut": False}
    return ReportValues(**{**base, **changes})


def submit(service, address="203.0.113.7", today=TODAY, **changes):
    return reports.submit_report(service, values(**changes), address=address, secret="k",
                                 today=today)


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def added(region):
    """How many reports, survey responses and quota slots a test added to the demo's."""
    models = (ExperienceReport, SkmResponse, ReportQuota)
    before = [count(m) for m in models]
    return lambda: tuple(count(m) - b for m, b in zip(models, before, strict=True))


def test_a_report_with_survey_answers_is_stored_without_personal_data(region, added):
    ktp = service_by_slug(region, "ktp-el")
    report = submit(ktp, answers=(4, 3, 3, 4, None, 4, 4, None, 3), comment="  Cepat.  ",
                    profile=reports.Profile(age=34, sex="P"))
    assert (report.paid, report.paid_to, report.reported_on) == (0, None, TODAY)
    assert report.comment == "Cepat." and report.comment_status == "pending"
    assert (report.skm.u1, report.skm.u5, report.skm.u8, report.skm.source) == \
        (4, None, None, "online")
    assert (report.skm.age, report.skm.sex, report.skm.responded_on) == (34, "P", TODAY)
    assert added() == (1, 1, 1)
    quota = db.session.scalar(select(ReportQuota))
    assert "203.0.113.7" not in quota.limit_key and len(quota.limit_key) == 64
    columns = [c.name for c in ExperienceReport.__table__.columns]
    assert not {"ip", "address", "limit_key", "created_at"} & set(columns)


def test_without_answers_no_survey_response_is_made(region, added):
    submit(service_by_slug(region, "kia"))
    assert added() == (1, 0, 1)


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"received": dt.date(2026, 11, 20)}, "received",
     "Hasil tidak mungkin diterima sebelum permohonan diserahkan. Periksa kedua tanggal."),
    ({"handed_in": dt.date(2026, 12, 2), "received": dt.date(2026, 12, 2)}, "handed_in",
     "Tanggal penyerahan ada di masa depan."),
    ({"received": dt.date(2026, 12, 5)}, "received",
     "Tanggal Anda menerima hasil ada di masa depan."),
    ({"handed_in": dt.date(2025, 11, 29)}, "handed_in",
     "Laporkan hanya pengalaman dua belas bulan terakhir."),
    ({"paid": -5000, "paid_to": "counter"}, "paid", "Nominal tidak boleh negatif."),
    ({"paid": 2_000_000_000, "paid_to": "other"}, "paid",
     "Rp2.000.000.000 bukan jumlah yang masuk akal; periksa angkanya."),
    ({"paid": 50000}, "paid_to", "Sebutkan kepada siapa Anda membayar."),
    ({"answers": (5, None, None, None, None, None, None, None, None)}, "answers",
     "Pilih salah satu dari empat jawaban, atau tidak sama sekali."),
    ({"answers": (0,) * 9}, "answers",
     "Pilih salah satu dari empat jawaban, atau tidak sama sekali."),
])
def test_bad_reports_are_refused_with_a_message_and_nothing_saved(region, added, changes,
                                                                  field, message):
    with pytest.raises(ReportInvalid) as refused:
        submit(service_by_slug(region, "ktp-el"), **changes)
    assert refused.value.errors[field] == message
    assert added() == (0, 0, 0)


def test_one_report_per_address_service_and_day(region, added):
    ktp, kk = service_by_slug(region, "ktp-el"), service_by_slug(region, "kartu-keluarga")
    submit(ktp)
    with pytest.raises(TooManyReports):
        submit(ktp)
    submit(kk)                                   # another service
    submit(ktp, address="198.51.100.9")          # another address
    submit(ktp, today=TODAY + dt.timedelta(days=1))   # the next day
    assert added()[0] == 4
    # Yesterday's keys are gone once a report arrives on a later day.
    assert db.session.scalars(select(ReportQuota.day).distinct()).all() == [
        TODAY + dt.timedelta(days=1)]


def test_a_parallel_request_that_read_a_stale_count_is_refused_by_the_constraint(
        region, added, monkeypatch):
    """Two requests count 0 used slots at the same moment; the unique (key, slot) pair
    lets only one of them in."""
    ktp = service_by_slug(region, "ktp-el")
    submit(ktp)
    real_scalar = db.session.scalar

    def stale(statement, *args, **kwargs):
        return 0 if "report_quota" in str(statement) else real_scalar(statement, *args,
                                                                       **kwargs)

    monkeypatch.setattr(db.session, "scalar", stale)
    with pytest.raises(TooManyReports):
        submit(ktp)
    monkeypatch.undo()
    assert added() == (1, 0, 1)


def test_a_higher_limit_allows_that_many(region):
    ktp = service_by_slug(region, "ktp-el")
    for _ in range(3):
        reports.submit_report(ktp, values(), address="10.0.0.1", secret="k", today=TODAY,
                              limit=3)
    with pytest.raises(TooManyReports):
        reports.submit_report(ktp, values(), address="10.0.0.1", secret="k", today=TODAY,
                              limit=3)


def judged(region, slug, handed_in, received, paid=0):
    from registry.services.schedule import OfficeCalendar

    service = service_by_slug(region, slug)
    report = ExperienceReport(service=service, agency_id=service.agency_id,
                              handed_in=handed_in, received=received, paid=paid,
                              paid_to="counter" if paid else None, asked_extra=False,
                              offered_shortcut=False, reported_on=received)
    return reports.judge(report, OfficeCalendar(region, service.agency))


def test_fee_is_judged_against_the_version_in_force_on_the_hand_in_date(region):
    # Surat keterangan sehat: Rp20.000 at most until 4 January 2026, Rp25.000 from the 5th.
    before = judged(region, "surat-keterangan-sehat", dt.date(2026, 1, 2),
                    dt.date(2026, 1, 2), 25000)
    after = judged(region, "surat-keterangan-sehat", dt.date(2026, 1, 5),
                   dt.date(2026, 1, 5), 25000)
    assert (before.official_fee, before.above_fee) == (20000, True)
    assert (after.official_fee, after.above_fee) == (25000, False)
    # A range counts with its upper amount; a per-unit or formula fee cannot be judged.
    assert judged(region, "izin-reklame", dt.date(2026, 2, 2), dt.date(2026, 2, 9),
                  1_500_000).above_fee is False
    assert judged(region, "legalisir-ijazah", dt.date(2026, 2, 2), dt.date(2026, 2, 2),
                  10000).official_fee is None
    assert judged(region, "pbg", dt.date(2026, 5, 4), dt.date(2026, 5, 29),
                  9_000_000).above_fee is None


def test_time_is_counted_in_working_days_of_the_region(region):
    # Akta kelahiran, 5 working days: handed in Tuesday 17 March 2026; 18-24 March are
    # Nyepi, Idul Fitri and cuti bersama, so the fifth working day is Tuesday 31 March.
    on_time = judged(region, "akta-kelahiran", dt.date(2026, 3, 17), dt.date(2026, 3, 31))
    late = judged(region, "akta-kelahiran", dt.date(2026, 3, 17), dt.date(2026, 4, 1))
    assert (on_time.working_days, on_time.late) == (5, False)
    assert (late.working_days, late.late) == (6, True)
    # A 60-minute standard: the same day is on time, the next working day is late.
    assert judged(region, "ktp-el", dt.date(2026, 11, 23), dt.date(2026, 11, 23)).late is False
    assert judged(region, "ktp-el", dt.date(2026, 11, 23), dt.date(2026, 11, 24)).late is True
    # Before the first standard took effect there is nothing to be late against.
    assert judged(region, "ktp-el", dt.date(2024, 12, 2), dt.date(2024, 12, 3)).late is None


def test_figures_of_seeded_reports(region):
    """Ten reports on akta kelahiran (free, 5 working days) handed in Monday 5 Oct 2026."""
    days = [0, 1, 2, 3, 4, 5, 5, 6, 8, 12]
    paid = [0, 0, 0, 0, 0, 0, 0, 50000, 100000, 0]
    items = [judged(region, "akta-kelahiran", dt.date(2026, 10, 5),
                    dt.date(2026, 10, 5) + dt.timedelta(days=d + 2 * (d // 5)), p)
             for d, p in zip(days, paid, strict=True)]
    items[7].report.asked_extra = True
    items[9].report.offered_shortcut = True
    items[8].report.paid_to = "other"
    figures = reports.ExperienceFigures(items)
    assert [j.working_days for j in items] == days
    assert figures.reports == 10 and figures.fee_compared == 10
    assert figures.share_above_fee == Fraction(2, 10)
    assert figures.share_asked_extra == Fraction(1, 10)
    assert figures.share_offered_shortcut == Fraction(1, 10)
    assert figures.share_paid_other == Fraction(1, 10)
    assert (figures.median_paid, figures.highest_paid) == (0.0, 100000)
    assert figures.highest_official_fee == 0
    assert figures.median_days == 4.5
    assert figures.p90_days == pytest.approx(8.4)
    assert figures.share_late == Fraction(3, 10)


def test_reports_in_a_period_are_those_received_in_it(region):
    ktp = service_by_slug(region, "ktp-el")
    inside = submit(ktp, handed_in=dt.date(2026, 9, 29), received=dt.date(2026, 10, 1))
    outside = submit(ktp, address="10.1.1.1", handed_in=dt.date(2026, 9, 28),
                     received=dt.date(2026, 9, 30))
    october = reports.reports_in(Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
                                 region.agencies, service_ids=[ktp.id])
    assert inside in october and outside not in october
    assert all(r.received.month == 10 for r in october)


def test_moderation_approves_or_erases_and_is_audited(region, approver):
    ktp = service_by_slug(region, "ktp-el")
    kept = submit(ktp, comment="Petugas ramah.")
    dropped = submit(ktp, address="10.9.9.9", comment="Nama petugas: Budi, HP 0812...")
    waiting = reports.pending_comments([ktp.agency_id])
    assert waiting[-2:] == [kept, dropped]
    reports.moderate(kept, True, approver)
    reports.moderate(dropped, False, approver)
    assert (kept.comment_status, kept.comment) == ("approved", "Petugas ramah.")
    assert (dropped.comment_status, dropped.comment) == ("rejected", None)
    assert reports.pending_comments([ktp.agency_id]) == waiting[:-2]
    with pytest.raises(reports.ModerationError):
        reports.moderate(kept, False, approver)
    actions = db.session.scalars(select(AuditEntry.action).where(
        AuditEntry.action.like("comment_%")).order_by(AuditEntry.id)).all()
    assert actions == ["comment_approved", "comment_rejected"]
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "comment_rejected"))
    assert "Budi" not in (entry.before or "") + (entry.after or "") + entry.summary
