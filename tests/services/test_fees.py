"""Fees written the Indonesian way, through the one formatter every output uses."""
import pytest

from registry.models import FeeLine, StandardVersion
from registry.services.fees import fee_summary, format_fee_line, format_rupiah, is_free


@pytest.mark.parametrize("amount, text", [
    (0, "Rp0"), (500, "Rp500"), (10000, "Rp10.000"), (2500, "Rp2.500"),
    (75000000, "Rp75.000.000"),
])
def test_format_rupiah_whole_rupiah_with_dot_thousands(amount, text):
    assert format_rupiah(amount) == text


def line(**kw):
    return FeeLine(**{"label": "", "incidental": False, "regulation": "", **kw})


@pytest.mark.parametrize("fee, text", [
    (dict(kind="free"), "Gratis"),
    (dict(kind="fixed", amount=10000), "Rp10.000"),
    (dict(kind="range", amount=5000, amount_max=25000), "Rp5.000 - Rp25.000"),
    (dict(kind="per_unit", amount=2500, unit="lembar"), "Rp2.500 per lembar"),
    # The regulation is cited under the fee, never as its amount (issue 13).
    (dict(kind="formula", regulation="Perda No. 1 Tahun 2024"), "dihitung dengan rumus"),
])
def test_fee_line_texts_in_indonesian(ctx, fee, text):
    assert format_fee_line(line(**fee)) == text


def test_fee_line_texts_in_english(app):
    from flask_babel import force_locale

    with app.app_context(), force_locale("en"):
        assert format_fee_line(line(kind="free")) == "Free"
        assert format_fee_line(line(kind="per_unit", amount=2500, unit="lembar",
                                    unit_en="sheet")) == "Rp2.500 per sheet"


def test_incidental_costs_do_not_make_a_free_service_paid(ctx):
    version = StandardVersion(fee_lines=[
        line(kind="free", regulation="UU No. 24 Tahun 2013 Pasal 79A"),
        line(kind="fixed", amount=10000, incidental=True, label="Meterai"),
    ])
    assert is_free(version)
    assert fee_summary(version) == "Gratis"


def test_summary_of_fees_by_condition_gives_the_lowest(ctx):
    version = StandardVersion(fee_lines=[
        line(kind="fixed", amount=25000, label="umum"),
        line(kind="fixed", amount=10000, label="pelajar"),
    ])
    assert not is_free(version)
    assert fee_summary(version) == "mulai Rp10.000"
