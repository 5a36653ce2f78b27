"""Fees written the Indonesian way, through the one formatter every output uses."""
import pytest

from registry.models import FeeLine, StandardVersion
from registry.services import fees
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


def test_a_free_line_among_fixed_fees_is_free_or_paid_not_by_regulation(ctx):
    version = StandardVersion(fee_lines=[
        line(kind="fixed", amount=25000, label="umum"),
        line(kind="free", label="pemegang KIS"),
    ])
    assert fee_summary(version) == "Gratis atau berbayar, sesuai kondisi"


def test_gratis_heads_the_fee_only_when_free_for_everyone(ctx):
    conditional = StandardVersion(fee_lines=[
        line(kind="formula", label="umum", formula="luas x indeks x HSR",
             regulation="Perda No. 1 Tahun 2024"),
        line(kind="free", label="MBR", regulation="Perda No. 1 Tahun 2024"),
        line(kind="fixed", amount=10000, incidental=True, label="Meterai"),
    ])
    assert not is_free(conditional)
    assert fee_summary(conditional) == "Gratis atau dihitung dengan rumus, sesuai kondisi"
    by_formula = StandardVersion(fee_lines=[line(kind="formula"), line(kind="formula")])
    assert fee_summary(by_formula) == "dihitung dengan rumus, lihat rincian"


def test_costs_outside_the_service_never_enter_the_headline(ctx):
    version = StandardVersion(fee_lines=[
        line(kind="fixed", amount=50000, label="umum"),
        line(kind="fixed", amount=25000, label="pelajar"),
        line(kind="fixed", amount=10000, incidental=True, label="Meterai"),
    ])
    assert fee_summary(version) == "mulai Rp25.000"
    assert [line.label for line in fees.paid_fee_lines(version)] == ["umum", "pelajar"]


PBG_LINE = dict(
    kind="formula", label="Retribusi PBG", formula_expression="luas * indeks * hsr",
    formula_inputs=[
        {"name": "luas", "label": "Luas lantai bangunan", "label_en": "Floor area",
         "unit": "m2", "example": "100", "fixed": False},
        {"name": "indeks", "label": "Indeks terintegrasi", "unit": None, "example": "0.45",
         "fixed": False},
        {"name": "hsr", "label": "Harga satuan retribusi", "unit": "Rp/m2", "example": "10000",
         "fixed": True}],
)


def test_a_structured_formula_is_spelt_out_and_worked_out(ctx):
    pbg = line(**PBG_LINE)
    assert fees.has_calculator(pbg)
    assert fees.formula_words(pbg) == (
        "Luas lantai bangunan (m2) \u00d7 Indeks terintegrasi \u00d7 Harga satuan retribusi "
        "(Rp/m2)")
    example = fees.worked_example(pbg)
    assert example.amount == 450000
    assert example.text == "100 m2 \u00d7 0,45 \u00d7 10.000 Rp/m2 = Rp450.000"
    assert [item.name for item in example.asked] == ["luas", "indeks"]
    # The office's own wording wins where it has one.
    assert fees.formula_words(line(**PBG_LINE, formula="Luas x Indeks x HSR")) == \
        "Luas x Indeks x HSR"


def test_the_calculator_reads_numbers_as_typed_and_rounds_halves_up(ctx):
    pbg = line(**PBG_LINE)
    assert fees.calculate(pbg, {"luas": "150", "indeks": "0,4"}).amount_text == "Rp600.000"
    assert fees.calculate(pbg, {"luas": "1.250", "indeks": "0.37"}).amount_text == \
        "Rp4.625.000"
    # 0,001 m2 x 0,15 x Rp10.000 = Rp1,50: rounded half up to Rp2.
    tiny = fees.calculate(pbg, {"luas": "0,001", "indeks": "0,15"})
    assert (tiny.amount, tiny.amount_text) == (2, "Rp2")
    wrong = fees.calculate(pbg, {"luas": "seratus", "indeks": ""})
    assert wrong.amount is None
    assert wrong.errors == {
        "luas": "Luas lantai bangunan (m2): isi dengan angka, misalnya 100.",
        "indeks": "Indeks terintegrasi wajib diisi."}


def test_parentheses_are_written_only_where_they_matter(ctx):
    fee = line(kind="formula", formula_expression="(a + b) * 2 - (c - a) / 4", formula_inputs=[
        {"name": n, "label": n.upper(), "example": "1"} for n in ("a", "b", "c")])
    assert fees.formula_words(fee) == "(A + B) \u00d7 2 \u2212 (C \u2212 A) : 4"


def test_payment_channels_say_where_and_with_what_document(ctx):
    paid = line(kind="fixed", amount=75000, label="umum", billing_document="SKRD",
                payment_channels=[{"kind": "qris", "detail": ""},
                                  {"kind": "bank", "detail": "Bank Contoh Daerah"}])
    assert fees.payment_text(paid) == (
        "Bayar dengan SKRD melalui: QRIS; Bank, ke rekening Kas Daerah: Bank Contoh Daerah")
    same = line(kind="fixed", amount=50000, label="pelajar", billing_document="SKRD",
                payment_channels=paid.payment_channels)
    cashier = line(kind="fixed", amount=5000, label="salinan",
                   payment_channels=[{"kind": "cashier", "detail": "Loket 1"}])
    version = StandardVersion(fee_lines=[paid, same, cashier])
    assert [group.labels for group in fees.payment_groups(version)] == \
        [["umum", "pelajar"], ["salinan"]]
    assert fees.payment_summary(version) == (
        "umum; pelajar: Bayar dengan SKRD melalui: QRIS; Bank, ke rekening Kas Daerah: Bank "
        "Contoh Daerah. salinan: Bayar melalui: Kasir resmi yang memberi tanda terima: Loket 1.")
    assert fees.payment_summary(StandardVersion(fee_lines=[paid, same])) == \
        fees.payment_text(paid)
