"""axe-core on every citizen and every staff page, at 360x740 and 1280x800.

One parametrised test per audience and viewport walks all its pages and collects every
serious or critical violation, so one run names them all (page, rule, elements).
Staff pages are opened as the demo accounts; a draft is started and submitted on the way
so that the draft editor and the review page are checked too.
"""
from __future__ import annotations

import json
import os
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import PHONE

DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"360x740": PHONE, "1280x800": DESKTOP}
REGION = "/kota-contoh"
CITIZEN_PAGES = [
    "/", f"{REGION}/", f"{REGION}/cari?q=akta", f"{REGION}/cari?q=zzzz",
    f"{REGION}/cari?q=akta&scope=national",
    f"{REGION}/kategori/kelahiran", f"{REGION}/instansi/disdukcapil",
    f"{REGION}/layanan/ktp-el", f"{REGION}/layanan/pbg", f"{REGION}/layanan/spmb",
    f"{REGION}/layanan/akta-kelahiran?date=2026-03-19T09:00",
    f"{REGION}/layanan/ktp-el?date=bukan-tanggal",
    f"{REGION}/layanan/ktp-el/pengalaman/terima-kasih",
    f"{REGION}/data-terbuka", f"{REGION}/transparansi",
    f"{REGION}/instansi/disdukcapil/poster", f"{REGION}/poster/cetak-ulang",
    "/v/ZZZ999", f"{REGION}/layanan/tidak-ada",
]
PASSWORD = "demo-password"


def serious(page) -> list[tuple[str, str, list]]:
    results = Axe().run(page)
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def log_in(page, server: str, email: str) -> None:
    page.goto(f"{server}/staff/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("#submit")
    assert page.locator("h1").inner_text() == "Ruang kerja petugas"


def first_link(page, pattern: str) -> str:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    found = next((h for h in hrefs if re.fullmatch(pattern, h)), None)
    assert found is not None, f"no link like {pattern} on {page.url}"
    return found


def staff_pages(browser, server: str, viewport: dict, check) -> None:
    """Visit every staff page as the account that may open it, checking each."""
    context = browser.new_context(viewport=viewport, locale="id-ID", bypass_csp=True)
    page = context.new_page()
    page.goto(f"{server}/staff/login")
    check(page, "/staff/login")
    # An editor starts a draft of PBG and submits it: the draft editor is checked on the way.
    log_in(page, server, "editor.dpmptsp@contoh.go.id")
    page.get_by_role("link", name="Persetujuan Bangunan Gedung (PBG)").first.click()
    page.get_by_role("button", name="Ubah (mulai draf baru)").click()
    draft = re.search(r"/staff/drafts/\d+", page.url).group(0)
    check(page, draft)
    page.click("#submit-draft")
    context.clear_cookies()
    log_in(page, server, "approver.dpmptsp@contoh.go.id")
    for path in ("/staff/", f"{draft}/review"):
        page.goto(server + path)
        check(page, path)
    context.clear_cookies()
    log_in(page, server, "admin@contoh.go.id")
    paths = ["/staff/", "/staff/audit", "/staff/account/password", "/staff/unverified",
             "/staff/users", "/staff/region/settings", "/staff/region/import",
             "/staff/services/new", "/staff/feedback"]
    page.goto(f"{server}/staff/")
    service = first_link(page, r"/staff/services/\d+")
    paths += [service, f"{service}/identity"]
    page.goto(f"{server}/staff/users")
    paths.append(first_link(page, r"/staff/users/\d+"))
    page.goto(f"{server}/staff/feedback")
    agency = first_link(page, r"/staff/feedback/agencies/\d+(\?.*)?").split("?")[0]
    agency_id = agency.rsplit("/", 1)[1]
    paths += [agency, f"{agency}/follow-up", f"{agency}/users", f"{agency}/skm-import",
              f"/staff/agencies/{agency_id}/settings", f"/staff/agencies/{agency_id}/compliance",
              f"/staff/agencies/{agency_id}/import"]
    for path in paths:
        page.goto(server + path)
        check(page, path)
    context.close()


def citizen_pages(browser, server: str, viewport: dict, check) -> None:
    context = browser.new_context(viewport=viewport, locale="id-ID", bypass_csp=True)
    page = context.new_page()
    for path in CITIZEN_PAGES:
        page.goto(server + path)
        check(page, path)
    context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("audience", ["citizen", "staff"])
def test_axe_finds_no_serious_or_critical_violation_on_any_page(live_server, browser,
                                                               audience, viewport):
    checked: dict[str, list] = {}

    def check(page, path: str) -> None:
        assert page.locator("h1").count() >= 1, f"{path} has no heading"
        checked[path] = serious(page)

    walk = citizen_pages if audience == "citizen" else staff_pages
    walk(browser, live_server, VIEWPORTS[viewport], check)
    report = os.environ.get("AXE_REPORT")
    if report:  # figures for the issue note: pages checked and what axe found
        with open(report, "a") as out:
            out.write(json.dumps({"audience": audience, "viewport": viewport,
                                  "pages": checked}) + "\n")
    assert len(checked) >= (16 if audience == "citizen" else 20)
    assert {path: found for path, found in checked.items() if found} == {}
