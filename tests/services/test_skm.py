"""The SKM figures on worked examples: exact NRR, IKM rounded only at the end, grades,
blank answers, and the Krejcie-Morgan minimum sample."""
from decimal import Decimal
from fractions import Fraction

import pytest

from registry.services import sample, skm
from registry.services.sample import minimum_sample
from registry.services.skm import Tally, ikm_of, round_half_up

# Five paper questionnaires (U1..U9); None is an element the respondent left blank.
WITH_BLANKS = [
    (4, 4, 3, 4, 3, 4, 4, None, 3),
    (3, 3, 3, 4, 3, 3, 4, None, 3),
    (4, 3, 2, 4, 3, 3, 3, 2, 3),
    (3, None, 3, 4, 4, 4, 4, 3, 3),
    (2, 3, 3, 4, 3, 3, 3, None, 2),
]


def border_answers() -> list[tuple[int, ...]]:
    """24 respondents: seven elements sum to 85 (13 fours, 11 threes), U8 and U9 to 84
    (12 fours, 12 threes)."""
    return [tuple([4 if j < 13 else 3] * 7 + [4 if j < 12 else 3] * 2) for j in range(24)]


def test_ikm_of_a_small_survey_by_hand(ctx):
    # 4 respondents answer everything: element totals 12,13,14,15,16,12,13,14,15.
    rows = [(3, 3, 3, 3, 4, 3, 3, 3, 3), (3, 3, 4, 4, 4, 3, 3, 4, 4),
            (3, 3, 3, 4, 4, 3, 3, 3, 4), (3, 4, 4, 4, 4, 3, 4, 4, 4)]
    figures = ikm_of(Tally.of_answers(rows))
    assert [f.tally.total for f in figures.elements] == [12, 13, 14, 15, 16, 12, 13, 14, 15]
    assert figures.elements[1].nrr == Fraction(13, 4)
    assert figures.elements[1].nrr_rounded == Decimal("3.2500")
    # (124 / 4) / 9 * 25 = 86.1111...
    assert figures.exact == Fraction(775, 9)
    assert figures.ikm == Decimal("86.11")
    assert (figures.grade.letter, figures.grade.label) == ("B", "Baik")
    assert figures.respondents == 4


def test_blank_answers_are_left_out_of_their_elements_mean(ctx):
    figures = ikm_of(Tally.of_answers(WITH_BLANKS))
    nrr = {f.element.code: f.nrr for f in figures.elements}
    answered = {f.element.code: f.tally.answered for f in figures.elements}
    assert answered == {"U1": 5, "U2": 4, "U3": 5, "U4": 5, "U5": 5, "U6": 5, "U7": 5,
                        "U8": 2, "U9": 5}
    assert nrr["U2"] == Fraction(13, 4)     # 4+3+3+3 over the four who answered
    assert nrr["U8"] == Fraction(5, 2)      # 2+3 over two, not over five
    assert sum(nrr.values()) == Fraction(115, 4)   # 28.75
    assert figures.ikm == Decimal("79.86")
    assert figures.grade.letter == "B"
    assert figures.respondents == 5
    # Counting a blank as an answer of 0 (dividing by 5) would have said 73.89, grade C.
    wrong = (sum(nrr.values()) - Fraction(13, 4) + Fraction(13, 5) - Fraction(5, 2)
             + Fraction(1)) * 25 / 9
    assert round_half_up(wrong, 2) == Decimal("73.89")


def test_grade_border_exact_weights_give_a_where_spreadsheets_give_b(ctx):
    figures = ikm_of(Tally.of_answers(border_answers()))
    assert figures.exact == Fraction(25 * 763, 9 * 24)          # 88.3101...
    assert figures.ikm == Decimal("88.31")
    assert (figures.grade.letter, figures.grade.label) == ("A", "Sangat Baik")
    # What the two common spreadsheet shortcuts would have printed:
    nrrs = [f.nrr for f in figures.elements]
    with_0_111 = sum(nrrs) * Fraction("0.111") * 25
    early_rounded = sum(round_half_up(n, 2) for n in nrrs) * Decimal(25) / Decimal(9)
    assert round_half_up(with_0_111, 2) == Decimal("88.22")
    assert early_rounded.quantize(Decimal("0.01")) == Decimal("88.28")
    assert skm.grade_of(round_half_up(with_0_111, 2)).letter == "B"
    assert skm.grade_of(early_rounded.quantize(Decimal("0.01"))).letter == "B"


@pytest.mark.parametrize(("ikm", "letter"), [
    ("100.00", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"),
    ("65.00", "C"), ("64.99", "D"), ("25.00", "D"),
])
def test_grade_bands_on_the_two_decimal_ikm(ikm, letter):
    assert skm.grade_of(Decimal(ikm)).letter == letter


def test_rounding_is_half_up_not_to_even():
    assert round_half_up(Fraction(88305, 1000), 2) == Decimal("88.31")
    assert round_half_up(Fraction(76605, 1000), 2) == Decimal("76.61")
    assert round_half_up(Fraction(35, 10000), 3) == Decimal("0.004")


def test_no_ikm_when_an_element_has_no_answer_at_all(ctx):
    rows = [(4, 4, 4, 4, 4, 4, 4, None, 4), (3, 3, 3, 3, 3, 3, 3, None, 3)]
    figures = ikm_of(Tally.of_answers(rows))
    assert figures.missing == ["U8"]
    assert figures.ikm is None and figures.grade is None
    assert ikm_of(Tally.empty()).ikm is None


def test_grade_labels_in_english(app):
    from flask_babel import force_locale

    with app.app_context(), force_locale("en"):
        assert [g.label for g in skm.GRADES] == ["Very good", "Good", "Not good", "Poor"]
    with app.app_context(), force_locale("id"):
        assert [g.label for g in skm.GRADES] == ["Sangat Baik", "Baik", "Kurang Baik",
                                                 "Tidak Baik"]


def test_krejcie_morgan_table_matches_its_formula():
    """Each printed row is the formula X²NP(1-P) / (d²(N-1) + X²P(1-P)) rounded, with
    X² = 3.841, P = 0.5, d = 0.05: a typo in the table would show here."""
    for population, size in sample.KREJCIE_MORGAN:
        exact = 3.841 * population * 0.25 / (0.0025 * (population - 1) + 3.841 * 0.25)
        assert round(exact) == size, population


@pytest.mark.parametrize(("population", "size"), [
    (0, 0), (7, 7), (10, 10), (11, 14), (100, 80), (101, 86), (1000, 278), (1200, 291),
    (1201, 297), (75001, 384), (5_000_000, 384),
])
def test_minimum_sample_uses_the_next_larger_row(population, size):
    assert minimum_sample(population) == size


def test_sample_check_says_too_few(ctx):
    assert sample.SampleCheck(1200, 290).enough is False
    assert sample.SampleCheck(1200, 291).enough is True
    assert sample.SampleCheck(None, 500).enough is None
    assert sample.SampleCheck(1200, 290).minimum == 291
