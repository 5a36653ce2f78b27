"""The fee calculator in a real browser: without JavaScript, and accessible."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def test_the_calculator_works_without_javascript(live_server, browser):
    from tests.browser.conftest import PHONE

    context = browser.new_context(viewport=PHONE, locale="id-ID", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/kota-contoh/layanan/pbg")
    assert page.locator("#fee-headline").inner_text() == \
        "Gratis atau dihitung dengan rumus, sesuai kondisi"
    page.get_by_label("Luas lantai bangunan (m2)").fill("150")
    page.get_by_label("Indeks terintegrasi (dari petugas)").fill("0,4")
    page.get_by_role("button", name="Hitung biaya").click()
    assert page.locator("#hasil-0").inner_text() == \
        "Perkiraan biaya: Rp600.000 (150 m2 \u00d7 0,4 \u00d7 10.000 Rp/m2)"
    assert page.get_by_label("Luas lantai bangunan (m2)").input_value() == "150"
    context.close()


@pytest.mark.parametrize("query", ["", "?hitung=0&n_luas=abc&n_indeks=#rumus-0"])
def test_fee_sections_have_no_serious_accessibility_violations(live_server, phone, query):
    phone.goto(f"{live_server}/kota-contoh/layanan/pbg{query}")
    results = Axe().run(phone)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in bad]
