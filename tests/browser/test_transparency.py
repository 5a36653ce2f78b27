"""The report form and the Transparansi page in real Chromium: no JavaScript needed,
axe-core finds nothing serious."""
import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe

OPEN_ALL = "document.querySelectorAll('details').forEach(d => d.open = true)"


def serious(page) -> list:
    results = Axe().run(page)
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]])
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", ["/kota-contoh/transparansi",
                                  "/kota-contoh/transparansi?periode=2026&lang=en",
                                  "/kota-contoh/layanan/ktp-el",
                                  "/kota-contoh/layanan/ktp-el/pengalaman"])
def test_axe_is_clean_with_every_details_open(live_server, phone, path):
    phone.goto(f"{live_server}{path}")
    phone.evaluate(OPEN_ALL)
    assert serious(phone) == []


def test_a_citizen_reports_without_javascript(live_server, browser):
    from tests.browser.conftest import PHONE

    context = browser.new_context(viewport=PHONE, locale="id-ID", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/kota-contoh/layanan/akta-kelahiran")
    # Jakarta's date, as the server judges "the future".
    today = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=7)).date()
    page.fill("#handed_in", (today - dt.timedelta(days=9)).isoformat())
    page.fill("#received", (today - dt.timedelta(days=2)).isoformat())
    page.fill("#paid", "50.000")
    page.check("#paid_to-1")
    page.check("#asked_extra-0")
    page.check("#offered_shortcut-1")
    page.click("details.skm summary")
    page.check("#u4-0")
    page.click("text=Kirim tanpa nama")
    assert page.locator("h1").inner_text() == "Terima kasih"
    page.goto(f"{live_server}/kota-contoh/layanan/akta-kelahiran")
    page.fill("#handed_in", (today - dt.timedelta(days=3)).isoformat())
    page.fill("#received", (today - dt.timedelta(days=5)).isoformat())
    page.fill("#paid", "0")
    page.check("#asked_extra-1")
    page.check("#offered_shortcut-1")
    page.click("text=Kirim tanpa nama")
    assert "Hasil tidak mungkin diterima sebelum permohonan diserahkan." in \
        page.locator("#received-error").inner_text()
    context.close()


def test_transparency_charts_are_svg_images_with_names(live_server, phone):
    phone.goto(f"{live_server}/kota-contoh/transparansi")
    charts = phone.locator("svg[role=img]")
    assert charts.count() == 4
    assert phone.get_by_role("img", name="Kepuasan per unsur layanan").count() == 1
    assert phone.locator("script").count() == 0
