"""Staff in a real browser: edit a fee, submit, another account approves, citizens see it."""
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import PHONE


def log_in(page, server: str, email: str) -> None:
    page.goto(f"{server}/staff/login")
    page.fill("#email", email)
    page.fill("#password", "demo-password")
    page.click("#submit")
    assert page.locator("h1").inner_text() == "Ruang kerja petugas"


def test_edit_fee_submit_approve_and_public_page_shows_fee_and_history(live_server, browser):
    editor = browser.new_context(viewport=PHONE, locale="id-ID")
    page = editor.new_page()
    log_in(page, live_server, "editor.dpmptsp@contoh.go.id")
    page.get_by_role("link", name="Persetujuan Bangunan Gedung (PBG)").click()
    page.get_by_role("button", name="Ubah (mulai draf baru)").click()
    page.select_option("#fee_lines-0-kind", "fixed")
    page.fill("#fee_lines-0-amount", "350000")
    page.fill("#change_summary", "Retribusi rumah MBR menjadi Rp350.000.")
    page.click("#save")
    assert page.locator(".flash").first.inner_text() == "Draf tersimpan."
    page.click("#submit-draft")
    assert "Diajukan untuk persetujuan." in page.locator(".flash").first.inner_text()
    editor.close()

    approver = browser.new_context(viewport=PHONE, locale="id-ID")
    page = approver.new_page()
    log_in(page, live_server, "approver.dpmptsp@contoh.go.id")
    page.get_by_role("link", name="Persetujuan Bangunan Gedung (PBG) v").click()
    assert "Rp350.000" in page.locator("main").inner_text()
    page.click("#publish")  # the date defaults to today
    assert "Diterbitkan." in page.locator(".flash").first.inner_text()
    approver.close()

    citizen = browser.new_context(viewport=PHONE, locale="id-ID", java_script_enabled=False)
    page = citizen.new_page()
    page.goto(f"{live_server}/kota-contoh/layanan/pbg")
    assert "Rp350.000" in page.locator("#fee").inner_text()
    history = page.locator("table.history").inner_text()
    assert "Riwayat perubahan" in history
    assert "Retribusi rumah MBR menjadi Rp350.000." in history
    assert "Biaya:" in history and "Rp350.000" in history
    citizen.close()


def test_draft_editor_works_without_javascript_and_passes_axe(live_server, browser, phone):
    context = browser.new_context(viewport=PHONE, locale="id-ID", java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server, "editor.dukcapil@contoh.go.id")
    page.get_by_role("link", name="KTP-el (Kartu Tanda Penduduk Elektronik)").click()
    page.get_by_role("button", name="Ubah (mulai draf baru)").click()
    # Count the rows only once the draft editor has loaded.
    page.locator("#add_requirements").wait_for()
    rows = page.locator("#requirements .part-row").count()
    page.click("#add_requirements")
    assert page.locator("#requirements .part-row").count() == rows + 1
    draft_url = page.url
    context.close()

    log_in(phone, live_server, "editor.dukcapil@contoh.go.id")
    phone.goto(draft_url)
    results = Axe().run(phone)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in bad]
