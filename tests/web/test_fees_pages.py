"""Fees as they really are, on the page, the poster and the API (issue 13 items 1, 6, 10):
a conditional fee shows every condition, a formula is spelt out, worked out and
calculated on the server, each paid fee says where to pay, and costs outside the service
are listed apart from the fee. Exact strings from the demo region."""
from __future__ import annotations

import re
from collections import defaultdict

import pypdfium2.raw as pdfium_c

from tests.web.test_posters import get_pdf, pdf_pages, text_layer
from tests.web.test_public import text_of

PBG = "/kota-contoh/layanan/pbg"
NO_CASH = "Petugas tidak pernah menerima uang tunai atau transfer ke rekening pribadi."
PBG_PAYMENT = ("Bayar dengan SKRD melalui: QRIS: QRIS tercetak pada dokumen tagihan; Virtual "
               "account: Nomor virtual account pada dokumen tagihan; Bank, ke rekening Kas "
               "Daerah: Teller Bank Contoh Daerah, rekening Kas Daerah (contoh)")


def element_text(html: str, element_id: str) -> str:
    found = re.search(rf'<(\w+)[^>]*id="{element_id}"[^>]*>(.*?)</\1>', html, re.S)
    assert found is not None, element_id
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(2)).split())


def test_pbg_page_heads_with_its_plain_name_and_every_condition(client):
    html = client.get(PBG).get_data(as_text=True)
    assert re.search(r"<h1>(.*?)</h1>", html).group(1) == "Persetujuan Bangunan Gedung (PBG)"
    assert element_text(html, "fee-headline") == \
        "Gratis atau dihitung dengan rumus, sesuai kondisi"
    assert element_text(html, "fee") == (
        "dihitung dengan rumus Retribusi PBG bangunan gedung (contoh) "
        "dihitung dengan rumus Retribusi prasarana bangunan gedung: pagar, menara, kolam, dll. "
        "(contoh) "
        "Gratis Rumah tinggal masyarakat berpenghasilan rendah (MBR): dibebaskan (contoh)")
    page = text_of(client.get(PBG))
    # The regulation is cited once under the fee, never as the fee's amount.
    assert page.count("Dasar hukum biaya: Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak "
                      "Daerah dan Retribusi Daerah (contoh).") == 1
    assert "sesuai Perda" not in page


def test_pbg_page_spells_out_the_formula_with_a_worked_example(client):
    html = client.get(PBG).get_data(as_text=True)
    section = element_text(html, "rumus-0")
    assert section.startswith(
        "Cara menghitung biaya: Retribusi PBG bangunan gedung (contoh) Luas bangunan (m2) x "
        "Indeks Terintegrasi x Harga Satuan Retribusi (HSR) "
        "Contoh: 100 m2 \u00d7 0,45 \u00d7 10.000 Rp/m2 = Rp450.000")
    assert "Harga satuan retribusi (Rp/m2): 10.000 (ditetapkan peraturan)" in section
    assert "Dibulatkan ke rupiah penuh, setengah ke atas." in section
    # A calculator that needs no JavaScript: a GET form back to this page.
    form = re.search(r'<form class="calculator" method="get" action="#rumus-0">(.*?)</form>',
                     html, re.S).group(1)
    assert re.findall(r'name="([^"]+)"', form) == ["hitung", "n_luas", "n_indeks"]
    assert '<label for="f0-luas">Luas lantai bangunan (m2)</label>' in form
    assert "<script" not in html.split("</head>", 1)[1]


def test_the_calculator_answers_on_the_server_in_rupiah(client):
    html = client.get(PBG, query_string={"hitung": "0", "n_luas": "150", "n_indeks": "0,4"}
                      ).get_data(as_text=True)
    assert element_text(html, "hasil-0") == \
        "Perkiraan biaya: Rp600.000 (150 m2 \u00d7 0,4 \u00d7 10.000 Rp/m2)"
    assert 'value="150"' in html and 'value="0,4"' in html
    rounded = client.get(PBG, query_string={"hitung": "0", "n_luas": "1.234,5",
                                            "n_indeks": "0,333"}).get_data(as_text=True)
    # 1.234,5 x 0,333 x 10.000 = 4.110.885
    assert element_text(rounded, "hasil-0").startswith("Perkiraan biaya: Rp4.110.885 (")
    english = client.get(PBG, query_string={"hitung": "0", "n_luas": "150", "n_indeks": "0.4",
                                            "lang": "en"}).get_data(as_text=True)
    assert element_text(english, "hasil-0") == \
        "Estimated fee: Rp600.000 (150 m2 \u00d7 0.4 \u00d7 10,000 Rp/m2)"
    assert element_text(english, "fee-headline") == \
        "Free or calculated by formula, by condition"


def test_the_calculator_names_what_to_correct(client):
    response = client.get(PBG, query_string={"hitung": "0", "n_luas": "1+1",
                                             "n_indeks": ""})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert element_text(html, "f0-luas-error") == \
        "Luas lantai bangunan (m2): isi dengan angka, misalnya 100."
    assert element_text(html, "f0-indeks-error") == \
        "Indeks terintegrasi (dari petugas) wajib diisi."
    assert 'aria-invalid="true" aria-describedby="f0-luas-error"' in html
    assert element_text(html, "hasil-0") == "Periksa nilai yang ditandai di atas."
    # A line that has no calculator, or no such line: the page as usual.
    assert "hasil-" not in client.get(PBG, query_string={"hitung": "2", "n_luas": "5"}
                                      ).get_data(as_text=True)


def test_paid_fees_say_where_to_pay_and_that_officers_take_no_cash(client):
    html = client.get(PBG).get_data(as_text=True)
    assert element_text(html, "bayar") == (
        f"Tempat membayar {NO_CASH} Bayar hanya melalui saluran resmi berikut. "
        f"Retribusi PBG bangunan gedung (contoh); Retribusi prasarana bangunan gedung: pagar, "
        f"menara, kolam, dll. (contoh): {PBG_PAYMENT}")
    kir = text_of(client.get("/kota-contoh/layanan/uji-kir"))
    assert NO_CASH in kir
    # A free service has nothing to pay, so no payment section.
    assert 'id="bayar"' not in client.get("/kota-contoh/layanan/ktp-el").get_data(as_text=True)


def test_costs_outside_the_service_are_listed_once_apart_from_the_fee(client):
    html = client.get("/kota-contoh/layanan/akta-kelahiran").get_data(as_text=True)
    assert element_text(html, "fee") == "Gratis"
    assert element_text(html, "biaya-lain") == (
        "Biaya lain di luar layanan Dibayar di tempat lain, bukan ke kantor ini, dan bukan "
        "bagian dari biaya di atas. Meterai (dibeli sendiri): Rp10.000")
    page = text_of(client.get("/kota-contoh/layanan/akta-kelahiran"))
    assert page.count("Rp10.000") == 1 and page.count("Meterai") == 1
    assert 'id="bayar"' not in html


def test_meterai_is_spelt_officially_everywhere(client):
    slugs = [s["slug"] for s in client.get("/api/v1/services?region=kota-contoh&per_page=100")
             .get_json()["items"]]
    assert len(slugs) > 30
    for slug in slugs:
        page = client.get(f"/kota-contoh/layanan/{slug}").get_data(as_text=True)
        assert "materai" not in page.lower(), slug
        api = client.get(f"/api/v1/services/{slug}?region=kota-contoh")
        assert "materai" not in api.get_data(as_text=True).lower(), slug
    assert "bermeterai" in text_of(client.get("/kota-contoh/layanan/akta-kelahiran"))


def test_the_api_carries_the_formula_and_the_payment_channels(client):
    body = client.get("/api/v1/services/pbg?region=kota-contoh").get_json()
    building, infrastructure, low_income, meterai = body["fee"]["lines"]
    assert body["fee"]["summary"] == "Gratis atau dihitung dengan rumus, sesuai kondisi"
    assert body["fee"]["free"] is False
    assert building["text"] == "dihitung dengan rumus"
    assert building["calculation"] == {
        "expression": "luas * indeks * hsr",
        "inputs": [
            {"name": "luas", "label": "Luas lantai bangunan", "label_en": "Floor area",
             "unit": "m2", "example": 100, "fixed": False},
            {"name": "indeks", "label": "Indeks terintegrasi (dari petugas)",
             "label_en": "Integrated index (from the officer)", "unit": None,
             "example": 0.45, "fixed": False},
            {"name": "hsr", "label": "Harga satuan retribusi", "label_en": "Unit levy price",
             "unit": "Rp/m2", "example": 10000, "fixed": True}],
        "example_amount": 450000,
        "example_text": "100 m2 \u00d7 0,45 \u00d7 10.000 Rp/m2 = Rp450.000",
        "rounding": "half_up_to_whole_rupiah"}
    assert building["billing_document"] == "SKRD"
    assert building["payment_channels"] == [
        {"kind": "qris", "label": "QRIS", "detail": "QRIS tercetak pada dokumen tagihan"},
        {"kind": "virtual_account", "label": "Virtual account",
         "detail": "Nomor virtual account pada dokumen tagihan"},
        {"kind": "bank", "label": "Bank, ke rekening Kas Daerah",
         "detail": "Teller Bank Contoh Daerah, rekening Kas Daerah (contoh)"}]
    assert infrastructure["calculation"] is None and infrastructure["billing_document"] == "SKRD"
    assert low_income["payment_channels"] == [] and low_income["billing_document"] is None
    assert (meterai["paid_elsewhere"], meterai["amount"], meterai["payment_channels"]) == \
        (True, 10000, [])


def _text_by_font_size(data: bytes) -> dict[float, str]:
    """The poster's words grouped by font size (points, rounded), as the PDF holds them."""
    page = pdf_pages(data)[0]
    textpage = page.get_textpage()
    sizes: dict[float, list[str]] = defaultdict(list)
    for index in range(pdfium_c.FPDFText_CountChars(textpage.raw)):
        size = round(pdfium_c.FPDFText_GetFontSize(textpage.raw, index), 1)
        sizes[size].append(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index)))
    return {size: " ".join("".join(chars).split()) for size, chars in sizes.items()}


def test_pbg_poster_heads_its_fee_truthfully_never_with_gratis(client):
    data = get_pdf(client, f"{PBG}/poster.pdf")
    text = " ".join(text_layer(data).split())
    assert "Gratis atau dihitung dengan rumus, sesuai kondisi" in text
    assert "Persetujuan Bangunan Gedung (PBG)" in text
    assert NO_CASH in text and PBG_PAYMENT in text
    assert "Biaya lain di luar layanan (tidak dibayar ke kantor ini): Meterai untuk surat " \
        "kuasa, bila dikuasakan (dibeli sendiri): Rp10.000" in text
    # The largest type on the poster is the whole headline (line breaks drop spaces in the
    # PDF's text); the free condition's "Gratis" is printed smaller, as one line among three.
    by_size = _text_by_font_size(data)
    largest = max(by_size)
    assert by_size[largest].replace(" ", "") == "Gratisataudihitungdenganrumus,sesuaikondisi"
    free_line = [size for size, words in by_size.items()
                 if size != largest and "Gratis" in words]
    assert free_line and max(free_line) <= largest * 0.7


def test_a_bilingual_poster_says_fee_and_payment_in_both_languages(client):
    text = " ".join(text_layer(get_pdf(client, f"{PBG}/poster.pdf?lang=id-en")).split())
    assert "Free or calculated by formula, by condition" in text
    assert "Officers never take cash or transfers to personal accounts." in text
    assert "Pay with the SKRD: QRIS: QRIS tercetak pada dokumen tagihan;" in text
    assert NO_CASH in text
