"""A citizen on a 360x740 phone: search, open, see fee and due date without scrolling."""
import pytest
from axe_playwright_python.sync_playwright import Axe


def in_first_screen(page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    viewport = page.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


def test_search_ktp_open_ktp_el_fee_and_due_date_in_first_screen(live_server, phone):
    phone.goto(f"{live_server}/kota-contoh/")
    phone.fill("#q", "ktp")
    phone.click("button[type=submit]")
    phone.get_by_role("link", name="KTP-el (Kartu Tanda Penduduk Elektronik)").click()
    assert phone.locator("h1").inner_text() == "KTP-el (Kartu Tanda Penduduk Elektronik)"
    assert phone.locator("#fee").inner_text() == "Gratis"
    due = phone.locator("#due").inner_text()
    assert due.startswith("Diserahkan hari ini, selesai paling lambat ")
    assert due.endswith(" WIB")
    assert in_first_screen(phone, "#fee")
    assert in_first_screen(phone, "#due")


def test_language_switch_to_english_and_back(live_server, phone):
    phone.goto(f"{live_server}/kota-contoh/layanan/ktp-el")
    phone.get_by_role("link", name="English").click()
    assert phone.locator("#fee").inner_text() == "Free"
    assert phone.locator("html").get_attribute("lang") == "en"
    phone.goto(f"{live_server}/kota-contoh/layanan/akta-kelahiran")
    assert "What to bring" in phone.content()
    phone.get_by_role("link", name="Bahasa Indonesia").click()
    assert phone.locator("#fee").inner_text() == "Gratis"


def test_pages_work_without_javascript(live_server, browser):
    from tests.browser.conftest import PHONE

    context = browser.new_context(viewport=PHONE, locale="id-ID", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/kota-contoh/")
    page.fill("#q", "akte kelahiran")
    page.press("#q", "Enter")
    page.get_by_role("link", name="Akta Kelahiran").first.click()
    page.fill("#date", "2026-03-17T10:00")
    page.click("form.when button")
    assert "Selasa, 31 Maret 2026" in page.locator("#due").inner_text()
    context.close()


@pytest.mark.parametrize("path", [
    "/kota-contoh/", "/kota-contoh/cari?q=akta", "/kota-contoh/layanan/ktp-el",
    "/kota-contoh/layanan/pbg", "/kota-contoh/instansi/disdukcapil",
    "/kota-contoh/instansi/disdukcapil/poster", "/kota-contoh/poster/cetak-ulang", "/v/ZZZ999",
])
def test_axe_finds_no_serious_or_critical_violations(live_server, phone, path):
    phone.goto(f"{live_server}{path}")
    results = Axe().run(phone)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in bad]


def test_scanning_a_printed_poster_opens_its_check_on_a_phone(live_server, phone):
    """What a citizen sees after scanning: the verdict first, then the standard."""
    import urllib.request

    with urllib.request.urlopen(f"{live_server}/kota-contoh/layanan/ktp-el/poster.pdf") as pdf:
        data = pdf.read()
    import pypdfium2
    import zxingcpp

    [code] = zxingcpp.read_barcodes(pypdfium2.PdfDocument(data)[0].render(scale=2).to_pil())
    assert code.text.startswith(f"{live_server}/v/")
    phone.goto(code.text)
    assert phone.locator(".check .verdict").inner_text() == "Poster ini masih berlaku."
    assert phone.locator("#fee").inner_text() == "Gratis"
    results = Axe().run(phone)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], [(v["id"], v["help"]) for v in bad]
