"""services/formula.py: plain arithmetic only, parsed without eval, exact and bounded."""
from decimal import Decimal

import pytest

from registry.services import formula
from registry.services.formula import FormulaError


def value(text: str, **names: str) -> Decimal:
    return formula.evaluate(formula.parse(text), {k: Decimal(v) for k, v in names.items()})


def test_arithmetic_follows_precedence_and_parentheses():
    assert value("luas * indeks * hsr", luas="100", indeks="0.45", hsr="10000") == 450000
    assert value("2 + 3 * 4") == 14
    assert value("(2 + 3) * 4") == 20
    assert value("10 - 4 - 3") == 3
    assert value("100 / 8 / 5") == Decimal("2.5")
    assert value("-a + 5", a="2") == 3
    assert formula.names(formula.parse("luas * (indeks + 0.5) - biaya_tetap")) == \
        {"luas", "indeks", "biaya_tetap"}


@pytest.mark.parametrize("text", [
    "__import__('os').system('id')", "luas ** 2", "luas // 2", "luas % 2", "open('x')",
    "luas.real", "[1, 2]", "luas if indeks else 0", "lambda: 1", "1e9", "0x10", "Luas * 2",
    "luas *", "(luas", "luas)", "luas indeks", "", "   ", "1; 2", "a = 1", "'text'", "2,5",
    "luas\x00", "luas & 1", "~luas", "luas == 1", "abs(luas)",
])
def test_anything_but_numbers_names_and_the_four_operations_is_refused(text):
    with pytest.raises(FormulaError):
        formula.parse(text)


def test_bounds_refuse_hostile_expressions_early():
    with pytest.raises(FormulaError) as long:
        formula.parse("1 + " * 80 + "1")
    assert long.value.code == "too_long"
    with pytest.raises(FormulaError) as deep:
        formula.parse("(" * 11 + "1" + ")" * 11)
    assert deep.value.code == "too_deep"
    assert value("(" * 9 + "1" + ")" * 9) == 1
    with pytest.raises(FormulaError) as negations:
        formula.parse("-" * 12 + "1")
    assert negations.value.code == "too_deep"
    with pytest.raises(FormulaError) as chars:
        formula.parse("a" * 301)
    assert chars.value.code == "too_long"


def test_evaluation_refuses_division_by_zero_huge_values_and_unknown_names():
    with pytest.raises(FormulaError) as zero:
        value("luas / (indeks - indeks)", luas="1", indeks="2")
    assert zero.value.code == "division_by_zero"
    with pytest.raises(FormulaError) as big:
        value("a * a * a", a="999999999999999")
    assert big.value.code == "too_large"
    with pytest.raises(FormulaError) as unknown:
        value("luas * tarif", luas="1")
    assert unknown.value.code == "unknown_name"


@pytest.mark.parametrize(("exact", "rupiah"), [
    ("1.5", 2), ("2.5", 3), ("1.49", 1), ("450000", 450000), ("0.5", 1), ("0.4999", 0)])
def test_results_are_rounded_to_whole_rupiah_halves_up(exact, rupiah):
    assert formula.to_rupiah(Decimal(exact)) == rupiah


@pytest.mark.parametrize(("typed", "number"), [
    ("100", "100"), ("0,45", "0.45"), ("0.45", "0.45"), ("1.250", "1250"), ("1,250", "1250"),
    ("1.250,5", "1250.5"), ("1,250.5", "1250.5"), ("1.000.000", "1000000"), (" 12 ", "12"),
    ("0,125", "0.125"), ("12,5", "12.5")])
def test_numbers_are_read_as_people_type_them(typed, number):
    assert formula.parse_number(typed) == Decimal(number)


@pytest.mark.parametrize("typed", ["", "-5", "abc", "1e5", "1 000 000 000 000 000 000", "12a",
                                   "NaN", "Infinity", ",5"])
def test_what_is_not_a_number_is_none(typed):
    assert formula.parse_number(typed) is None
