"""The Data terbuka page and the API docs page: accessible and complete without script."""
import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/kota-contoh/data-terbuka", "/api/", "/api/?lang=en"])
def test_axe_finds_no_serious_or_critical_violations(live_server, phone, path):
    phone.goto(f"{live_server}{path}")
    results = Axe().run(phone)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in bad]


def test_the_csv_download_works_without_javascript(live_server, browser):
    from tests.browser.conftest import PHONE

    context = browser.new_context(viewport=PHONE, locale="id-ID", java_script_enabled=False,
                                  accept_downloads=True)
    page = context.new_page()
    page.goto(f"{live_server}/kota-contoh/")
    page.get_by_role("link", name="Data terbuka").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Unduh CSV").click()
    assert download.value.suggested_filename.startswith("kota-contoh-layanan-")
    context.close()
