"""Dashboard figures: on seeded reports in a quarter the demo never touches, and on the
demo quarter itself (loaded for a fixed day, so its figures are pinned)."""
import datetime as dt
from decimal import Decimal
from fractions import Fraction

from registry.extensions import db
from registry.models import SkmResponse
from registry.models.feedback import ELEMENT_CODES
from registry.services import numbers, reports, transparency
from registry.services.catalogue import agency_by_slug, service_by_slug
from registry.services.periods import quarter_period
from tests.services.test_skm import WITH_BLANKS

Q1_2025 = quarter_period(2025, 1)
BY_HAND = [(3, 3, 3, 3, 4, 3, 3, 3, 3), (3, 3, 4, 4, 4, 3, 3, 4, 4),
           (3, 3, 3, 4, 4, 3, 3, 3, 4), (3, 4, 4, 4, 4, 3, 4, 4, 4)]


def report(service, handed_in, received, paid=0, paid_to=None, asked=False, shortcut=False,
           address="10.0.0.1"):
    values = reports.ReportValues(handed_in, received, paid, paid_to, asked, shortcut)
    return reports.submit_report(service, values, address=address, secret="k",
                                 today=dt.date(2025, 3, 31))


def answers(service, rows):
    for row in rows:
        db.session.add(SkmResponse(agency_id=service.agency_id, service_id=service.id,
                                   responded_on=dt.date(2025, 3, 3), source="paper",
                                   **dict(zip(ELEMENT_CODES, row, strict=True))))


def seed(region):
    """Akta kelahiran (free, 7 working days until March 2026) and uji KIR (Rp100.000 at
    most, 3 hours), each with reports and questionnaires in the first quarter of 2025."""
    akta, kir = service_by_slug(region, "akta-kelahiran"), service_by_slug(region, "uji-kir")
    monday = dt.date(2025, 2, 3)
    # 2, 4, 7 and 9 working days later (no holiday in between).
    for i, (received, paid) in enumerate([(dt.date(2025, 2, 5), 0), (dt.date(2025, 2, 7), 0),
                                          (dt.date(2025, 2, 12), 0),
                                          (dt.date(2025, 2, 14), 50000)]):
        report(akta, monday, received, paid, "other" if paid else None, asked=bool(paid),
               address=f"10.0.1.{i}")
    for i, (received, paid, extra) in enumerate([(dt.date(2025, 2, 10), 75000, False),
                                                 (dt.date(2025, 2, 10), 100000, False),
                                                 (dt.date(2025, 2, 11), 175000, True)]):
        report(kir, dt.date(2025, 2, 10), received, paid, "counter", asked=extra,
               shortcut=extra, address=f"10.0.2.{i}")
    answers(akta, BY_HAND)
    answers(kir, WITH_BLANKS)
    db.session.flush()


def test_dashboard_figures_on_seeded_reports(region):
    seed(region)
    found = transparency.overview(region, Q1_2025, today=dt.date(2025, 3, 31))
    total = found.total
    assert total.ikm.respondents == 9
    assert total.ikm.ikm == Decimal("83.26")   # pooled answers: 26975/324
    assert total.experience.reports == 7
    assert total.experience.share_above_fee == Fraction(2, 7)
    assert total.experience.share_asked_extra == Fraction(2, 7)
    assert total.experience.share_late == Fraction(2, 7)
    assert total.sample.population is None            # no users entered for 2025
    ikm_ranks = [(rank, row.agency.slug, str(row.ikm.ikm)) for rank, row in found.by_ikm]
    assert ikm_ranks[:2] == [(1, "disdukcapil", "86.11"), (2, "dishub", "79.86")]
    assert all(rank is None for rank, _slug, _ikm in ikm_ranks[2:])
    extra = [(rank, row.agency.slug, numbers.percent(row.experience.share_above_fee))
             for rank, row in found.by_extra_payment]
    assert extra[:2] == [(1, "dishub", "33,3%"), (2, "disdukcapil", "25,0%")]
    akta = next(s for s in found.services if s.service.slug == "akta-kelahiran").experience
    assert (akta.median_days, akta.p90_days, akta.share_late) == (5.5, 8.4, Fraction(1, 4))
    kir = next(s for s in found.services if s.service.slug == "uji-kir").experience
    assert (kir.highest_official_fee, kir.median_paid, kir.highest_paid) == \
        (100000, 100000.0, 175000)
    february = next(m for m in found.months if m.period.start == dt.date(2025, 2, 1))
    assert february.experience.reports == 7
    march = next(m for m in found.months if m.period.start == dt.date(2025, 3, 1))
    assert march.ikm.ikm == Decimal("83.26") and march.experience.reports == 0


def test_ranking_shares_a_rank_on_a_tie():
    rows = ["a", "b", "c", "d"]
    values = {"a": 3, "b": 5, "c": 3, "d": None}
    assert transparency.ranked(rows, values.get, descending=True) == \
        [(1, "b"), (2, "a"), (2, "c"), (None, "d")]


def test_charts_carry_title_desc_and_the_numbers(region):
    seed(region)
    found = transparency.overview(region, Q1_2025, today=dt.date(2025, 3, 31))
    fees = transparency.fee_chart(found.services)
    assert [(r.label, r.texts) for r in fees.rows] == [
        ("Akta Kelahiran", ("Rp0", "Rp0", "Rp50.000")),
        ("Pengujian Berkala Kendaraan Bermotor (Uji KIR)",
         ("Rp100.000", "Rp100.000", "Rp175.000"))]
    svg = str(fees.svg)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')
    assert 'aria-labelledby="chart-fees-title chart-fees-desc"' in svg
    assert '<title id="chart-fees-title">Pembayaran yang dilaporkan dibanding biaya resmi' \
        in svg
    assert "style=" not in svg and "<script" not in svg
    times = transparency.time_chart(found.services)
    akta = next(r for r in times.rows if r.label == "Akta Kelahiran")
    assert akta.texts == ("7 hari kerja", "5,5", "8,4")
    kir = next(r for r in times.rows if r.label.startswith("Pengujian"))
    assert kir.values[0] == 0.0 and kir.texts[0] == "3 jam"


def test_demo_quarter_figures(empty_app):
    """The demo region as loaded on 1 December 2026: the third quarter of 2026."""
    from flask_babel import force_locale

    from registry.services.demo import load_demo

    with empty_app.app_context(), force_locale("id"):
        region = load_demo(dt.date(2026, 12, 1))
        db.session.commit()
        found = transparency.overview(region, quarter_period(2026, 3),
                                      today=dt.date(2026, 12, 1))
        total = found.total
        assert (str(total.ikm.ikm), total.ikm.grade.letter, total.ikm.respondents) == \
            ("84.15", "B", 960)
        assert (total.sample.population, total.sample.minimum, total.sample.enough) == \
            (2400, 331, True)
        experience = total.experience
        assert (experience.reports, experience.fee_compared, experience.above_fee) == \
            (390, 340, 29)
        assert [numbers.percent(share) for share in (
            experience.share_above_fee, experience.share_asked_extra,
            experience.share_offered_shortcut, experience.share_late)] == \
            ["8,5%", "6,7%", "7,4%", "9,2%"]
        assert (experience.median_days, experience.p90_days) == (1.0, 14.0)
        assert [(rank, row.agency.slug, str(row.ikm.ikm), row.sample.enough)
                for rank, row in found.by_ikm] == [
            (1, "disdukcapil", "88.73", True), (2, "dinsos", "87.82", True),
            (3, "dinkes", "82.94", True), (4, "bapenda", "82.52", False),
            (5, "disdik", "82.23", True), (6, "dpmptsp", "81.57", False),
            (7, "dishub", "75.74", True)]
        assert [(rank, row.agency.slug, numbers.percent(row.experience.share_above_fee))
                for rank, row in found.by_extra_payment] == [
            (1, "dishub", "33,3%"), (2, "disdik", "22,2%"), (3, "disdukcapil", "4,3%"),
            (4, "dpmptsp", "2,3%"), (5, "dinkes", "2,0%"), (6, "bapenda", "0,0%"),
            (6, "dinsos", "0,0%")]
        assert agency_by_slug(region, "dishub").id == found.by_ikm[-1][1].agency.id
