"""services/rules/: each rule, its limit, its message in Indonesian, and normalisation."""
import datetime as dt

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import StandardVersion
from registry.services import rules
from registry.services.standards import snapshot

BASE = {"completion_value": 5, "completion_unit": "working_days", "product": "Akta",
        "fee_lines": [{"kind": "free", "regulation": "UU 24/2013"}]}


def problems(**changes) -> list[tuple[tuple, str]]:
    _cleaned, found = rules.check_standard({**BASE, **changes})
    return [(p.path, p.message) for p in found]


@pytest.mark.parametrize(("unit", "limit", "shown"), [
    ("calendar_days", 366, "366"), ("working_days", 314, "314"),
    ("hours", 8784, "8.784"), ("minutes", 527040, "527.040")])
def test_a_completion_time_is_at_most_one_year_in_its_unit(ctx, unit, limit, shown):
    assert problems(completion_value=limit, completion_unit=unit) == []
    message = f"Waktu penyelesaian harus bilangan bulat dari 1 sampai {shown} (satu tahun)."
    for value in (limit + 1, 0, -1, 9_999_999, 2.5, True, None):
        assert problems(completion_value=value, completion_unit=unit) == \
            [(("completion_value",), message)]


def test_fees_are_whole_rupiah_up_to_a_trillion_and_large_ones_confirmed(ctx):
    def fee(amount, confirm=False):
        _cleaned, found = rules.check_standard(
            {**BASE, "fee_lines": [{"kind": "fixed", "amount": amount}]}, confirm_large=confirm)
        return [(p.code, p.message) for p in found]

    assert fee(0) == [] and fee(1_000_000_000) == []
    assert fee(1_000_000_001) == [("large_amount", "Nominal (Rp): Rp1.000.000.001 melebihi "
                                   "Rp1.000.000.000. Periksa kembali, lalu konfirmasi nominal "
                                   "besar.")]
    assert fee(1_000_000_000_000, confirm=True) == []
    too_big = [("invalid", "Nominal (Rp) harus rupiah utuh dari 0 sampai "
                           "Rp1.000.000.000.000.")]
    assert fee(1_000_000_000_001, confirm=True) == too_big
    assert fee(10**20, confirm=True) == too_big and fee(-1) == too_big and fee(2.5) == too_big


def test_a_standard_needs_a_fee_line_of_the_office_or_an_explicit_free_line(ctx):
    message = ("Biaya: tambahkan sedikitnya satu baris biaya kantor ini (pilih Gratis bila "
               "tidak dipungut biaya).")
    assert problems(fee_lines=[]) == [(("fee_lines",), message)]
    materai = {"kind": "fixed", "amount": 10000, "incidental": True, "label": "Materai"}
    assert problems(fee_lines=[materai]) == [(("fee_lines",), message)]
    assert problems(fee_lines=[{"kind": "free"}, materai]) == []


@pytest.mark.parametrize(("line", "path", "message"), [
    ({"kind": "fixed"}, "amount", "Nominal (Rp): isi nominal dalam rupiah utuh."),
    ({"kind": "range", "amount": 5000, "amount_max": 5000}, "amount_max",
     "Sampai (Rp): isi nominal atas yang lebih besar dari nominal bawah."),
    ({"kind": "per_unit", "amount": 5000}, "unit", "Per satuan: sebutkan per apa, misalnya "
     "per lembar."),
    ({"kind": "formula", "formula": "L x 1000"}, "regulation", "Dasar hukum biaya ini: biaya "
     "berdasarkan rumus wajib mencantumkan peraturan yang menetapkannya."),
    ({"kind": "gratis"}, "kind", "Jenis: pilih jenis biaya dari daftar."),
])
def test_each_kind_of_fee_says_what_it_needs(ctx, line, path, message):
    assert problems(fee_lines=[line]) == [(("fee_lines", 0, path), message)]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "file:///etc",
                                 "//evil.example", "https://", "http://a b.example",
                                 "https://[::1", "ftp://contoh.go.id"])
def test_links_are_http_or_https_only(ctx, url):
    message = "Tautan: isi alamat web lengkap yang diawali https:// atau http://."
    assert problems(legal_bases=[{"title": "Perda", "url": url}]) == \
        [(("legal_bases", 0, "url"), message)]
    assert problems(legal_bases=[{"title": "Perda", "url": "https://jdih.contoh.go.id/1"}]) == []


def test_text_with_control_or_direction_characters_is_refused_naming_the_field(ctx):
    assert problems(product="Akta\x00") == [(("product",), (
        "Produk yang diterima warga berisi karakter kendali (misalnya NUL atau tab vertikal); "
        "hapus karakter itu."))]
    assert problems(requirements=[{"text": "KTP \u202eRp000.05"}]) == [(
        ("requirements", 0, "text"),
        "Persyaratan berisi karakter arah teks yang tidak terlihat; hapus karakter itu.")]
    assert problems(product="x" * 4001) == [(("product",), (
        "Produk yang diterima warga terlalu panjang: 4001 karakter, paling banyak 4000."))]
    assert problems(fee_lines=[{"kind": "free", "label": "x" * 201}]) == [(
        ("fee_lines", 0, "label"), "Ketentuan terlalu panjang: 201 karakter, paling banyak 200.")]


def test_differences_a_person_cannot_see_are_normalised(ctx):
    cleaned = rules.standard({**BASE, "product": " Akta\r\nKelahiran\u00a0asli\u200b ",
                              "steps": [{"text": "Isi\tformulir", "actor": "Petugas\nloket"}]})
    assert cleaned["product"] == "Akta\nKelahiran asli"
    assert cleaned["steps"][0]["text"] == "Isi formulir"
    assert cleaned["steps"][0]["actor"] == "Petugas loket"


def test_office_hours_are_real_times_of_day(ctx):
    assert rules.clock("08:00") == dt.time(8) and rules.clock("7.30") == dt.time(7, 30)
    assert [rules.clock(v) for v in ("25:99", "24:00", "08:60", "8", "0800", "")] == \
        [None] * 6


def test_every_demo_standard_keeps_the_rules(ctx):
    versions = db.session.scalars(select(StandardVersion)).all()
    assert versions
    for version in versions:
        _cleaned, found = rules.check_standard(snapshot(version), confirm_large=True)
        assert found == [], (version.service.slug, found)


FORMULA_FEE = {"kind": "formula", "regulation": "Perda 1/2024", "label": "umum",
               "formula_expression": "luas * indeks * hsr",
               "formula_inputs": "luas : Luas lantai : m2 : 100\n"
                                 "indeks : Indeks : : 0,45 ; hsr : Harga satuan : Rp/m2 : "
                                 "10000 : tetap : Unit price"}


def test_formula_inputs_typed_as_text_are_stored_as_data(ctx):
    cleaned, found = rules.check_standard({**BASE, "fee_lines": [FORMULA_FEE]})
    assert found == []
    [fee] = cleaned["fee_lines"]
    assert fee["formula_inputs"] == [
        {"name": "luas", "label": "Luas lantai", "label_en": None, "unit": "m2",
         "example": "100", "fixed": False},
        {"name": "indeks", "label": "Indeks", "label_en": None, "unit": None,
         "example": "0.45", "fixed": False},
        {"name": "hsr", "label": "Harga satuan", "label_en": "Unit price", "unit": "Rp/m2",
         "example": "10000", "fixed": True}]
    # The stored form passes the same rules again (publication re-checks a snapshot).
    again, found = rules.check_standard({**BASE, "fee_lines": [fee]})
    assert found == [] and again["fee_lines"][0]["formula_inputs"] == fee["formula_inputs"]


@pytest.mark.parametrize(("changes", "path", "message"), [
    ({"formula_expression": "__import__('os')"}, "formula_expression",
     "Rumus perhitungan: hanya angka, nama masukan, + - * / dan tanda kurung yang "
     "diperbolehkan (mis. luas * indeks * 10000)."),
    ({"formula_expression": "luas ** 2 * indeks * hsr"}, "formula_expression",
     "Rumus perhitungan: hanya angka, nama masukan, + - * / dan tanda kurung yang "
     "diperbolehkan (mis. luas * indeks * 10000)."),
    ({"formula_expression": "luas * indeks * hsr * tarif"}, "formula_expression",
     "Rumus perhitungan memakai tarif, yang tidak ada di antara masukan."),
    ({"formula_expression": "luas * hsr"}, "formula_expression",
     "Rumus perhitungan tidak memakai masukan indeks."),
    ({"formula_expression": "luas * indeks * hsr / (luas - 100)"}, "formula_expression",
     "Rumus perhitungan membagi dengan nol pada nilai contoh."),
    ({"formula_expression": "0 - luas * indeks * hsr"}, "formula_expression",
     "Rumus perhitungan menghasilkan -450000 pada nilai contoh; biaya harus antara Rp0 dan "
     "Rp1.000.000.000.000."),
    ({"formula_expression": None}, "formula_expression",
     "Rumus perhitungan: isi rumus perhitungan beserta masukannya, atau kosongkan keduanya."),
    ({"formula_inputs": "Luas : Luas lantai : m2 : 100"}, "formula_inputs",
     "Masukan rumus: \"Luas\" bukan nama yang sah; gunakan huruf kecil, angka dan _ (mis. "
     "luas_lantai), diawali huruf."),
    ({"formula_inputs": "luas : Luas lantai : m2 : banyak ; indeks : I : : 1 ; hsr : H : : 1"},
     "formula_inputs", "Masukan rumus: luas memerlukan nilai contoh, angka mulai 0 (mis. 100 "
     "atau 0,45; tanpa pemisah ribuan)."),
])
def test_a_formula_that_is_not_plain_arithmetic_over_its_inputs_is_refused(
        ctx, changes, path, message):
    assert problems(fee_lines=[{**FORMULA_FEE, **changes}]) == [(("fee_lines", 0, path),
                                                                  message)]


def test_another_kind_of_fee_drops_the_arithmetic_as_a_free_line_drops_amounts(ctx):
    cleaned, found = rules.check_standard(
        {**BASE, "fee_lines": [{**FORMULA_FEE, "kind": "fixed", "amount": 5000}]})
    assert found == []
    assert cleaned["fee_lines"][0]["formula_expression"] is None
    assert cleaned["fee_lines"][0]["formula_inputs"] is None


def test_payment_channels_belong_to_paid_fees_of_the_office(ctx):
    paid = {"kind": "fixed", "amount": 5000, "regulation": "Perda", "billing_document": "SKRD",
            "payment_channels": "qris : QRIS pada SKRD\nBANK : Bank Contoh: teller"}
    cleaned, found = rules.check_standard({**BASE, "fee_lines": [paid]})
    assert found == []
    assert cleaned["fee_lines"][0]["payment_channels"] == [
        {"kind": "qris", "detail": "QRIS pada SKRD"},
        {"kind": "bank", "detail": "Bank Contoh: teller"}]
    assert problems(fee_lines=[{**paid, "payment_channels": "tunai : ke petugas"}]) == [
        (("fee_lines", 0, "payment_channels"), "Tempat membayar: \"tunai\" bukan saluran "
         "pembayaran; gunakan salah satu dari qris, bank, virtual_account, tax_app, cashier.")]
    assert problems(fee_lines=[{"kind": "free", "payment_channels": "qris"}]) == [
        (("fee_lines", 0, "payment_channels"), "Tempat membayar: hanya biaya yang dipungut "
         "kantor ini yang memiliki tempat pembayaran; kosongkan untuk baris gratis atau biaya "
         "yang dibayar di tempat lain.")]
    meterai = {"kind": "fixed", "amount": 10000, "incidental": True, "label": "Meterai",
               "billing_document": "SKRD"}
    assert problems(fee_lines=[{"kind": "free"}, meterai]) == [
        (("fee_lines", 1, "billing_document"), "Dokumen tagihan (mis. SKRD): hanya biaya yang "
         "dipungut kantor ini yang memiliki dokumen tagihan.")]
    many = "\n".join(["qris"] * 9)
    assert problems(fee_lines=[{**paid, "payment_channels": many}]) == [
        (("fee_lines", 0, "payment_channels"), "Tempat membayar: paling banyak 8 saluran.")]
