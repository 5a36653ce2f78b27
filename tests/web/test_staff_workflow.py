"""Staff workflow pages: "Edit" clicked twice at once, confirmations that work without
JavaScript, Enter in the fee table, and lists cut into pages by the database."""
from __future__ import annotations

import re
import threading

from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, Region, Service, StandardVersion, User
from registry.services import audit
from tests.web.staff_helpers import (
    ADMIN,
    EDITOR,
    draft_form,
    login,
    review_form,
    service_id,
    start_draft,
    submitted_draft,
)
from tests.web.test_public import text_of


def open_drafts(app, slug: str) -> list[int]:
    with app.app_context():
        return list(db.session.scalars(
            select(StandardVersion.id).join(Service).where(
                Service.slug == slug, StandardVersion.status.in_(("draft", "submitted")))))


def count_actions(app, action: str) -> int:
    """Entries of people at work; the demo's own import (actor "demo") is left out."""
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.action == action,
                                        AuditEntry.actor != "demo"))


# --- Two people click "Edit" at the same moment: one draft, both sent to it


def test_two_concurrent_edit_clicks_open_one_draft_and_send_both_to_it(app):
    """Real concurrency: two requests in two threads, each with its own connection,
    released together. Before the service's lock, PostgreSQL refused the second draft's
    number (unique service/number) and the second editor got a 500."""
    url = f"/staff/services/{service_id(app, 'kartu-keluarga')}/drafts"
    clients = [app.test_client(), app.test_client()]
    login(clients[0], EDITOR)
    login(clients[1], ADMIN)
    barrier = threading.Barrier(2)
    responses: list = [None, None]

    def click(index: int) -> None:
        barrier.wait(timeout=10)
        responses[index] = clients[index].post(url)

    threads = [threading.Thread(target=click, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert [r.status_code for r in responses] == [302, 302]
    drafts = open_drafts(app, "kartu-keluarga")
    assert len(drafts) == 1
    assert {r.headers["Location"] for r in responses} == {f"/staff/drafts/{drafts[0]}"}
    assert count_actions(app, "draft_created") == 1


def test_edit_on_a_service_with_an_open_draft_goes_to_that_draft(app, client):
    login(client, EDITOR)
    first = start_draft(client, app, "ktp-el")
    assert start_draft(client, app, "ktp-el") == first
    assert open_drafts(app, "ktp-el") == [first]


# --- Confirmations, checked on the server


def test_discard_without_the_ticked_box_asks_and_keeps_the_draft(app, client):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    page = client.get(f"/staff/drafts/{draft}/discard")
    assert page.status_code == 200
    assert "Buang draf ini?" in text_of(page)
    assert "Ya, hapus draf ini beserta semua perubahannya" in text_of(page)
    refused = client.post(f"/staff/drafts/{draft}/discard", data={})
    assert refused.status_code == 422
    assert "Centang kotak untuk memastikan bahwa draf ini dihapus." in text_of(refused)
    assert open_drafts(app, "ktp-el") == [draft]
    assert count_actions(app, "draft_discarded") == 0
    # The draft page carries the box next to the button: one step when ticked.
    editing = client.get(f"/staff/drafts/{draft}").get_data(as_text=True)
    assert re.search(r'<form method="post" action="/staff/drafts/\d+/discard"[^>]*>.*?'
                     r'name="confirm"[^>]*type="checkbox"', editing, re.S)
    done = client.post(f"/staff/drafts/{draft}/discard", data={"confirm": "y"})
    assert (done.status_code, done.headers["Location"]) == (
        302, f"/staff/services/{service_id(app, 'ktp-el')}")
    assert open_drafts(app, "ktp-el") == []
    assert count_actions(app, "draft_discarded") == 1


def test_send_back_without_the_ticked_box_is_refused_and_changes_nothing(app):
    editor, approver, draft = submitted_draft(app)
    refused = approver.post(f"/staff/drafts/{draft}/review", data=review_form(
        app, draft, comment="Lengkapi dasar hukum", reject="1"))
    assert refused.status_code == 422
    assert ("Centang kotak untuk memastikan bahwa draf dikembalikan kepada penyusunnya."
            in text_of(refused))
    with app.app_context():
        assert db.session.get(StandardVersion, draft).status == "submitted"
    assert count_actions(app, "draft_rejected") == 0
    page = text_of(approver.get(f"/staff/drafts/{draft}/review"))
    assert "Ya, kembalikan draf ini kepada penyusunnya" in page


# --- Enter in the fee table


def test_the_first_button_of_the_draft_form_is_save(app, client):
    """Enter in a text field presses the form's first submit button: Save, not "add"."""
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    html = client.get(f"/staff/drafts/{draft}").get_data(as_text=True)
    form = re.search(r'<form method="post" class="staff-form" novalidate id="draft-form">'
                     r'(.*?)</form>', html, re.S).group(1)
    buttons = re.findall(r'<(?:input|button)[^>]*type="submit"[^>]*>', form)
    assert 'name="save"' in buttons[0]
    assert 'name="add_fee_lines"' in " ".join(buttons[1:])


def test_a_blank_fee_row_is_ignored_and_a_row_with_text_but_no_kind_is_refused(app, client):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    with app.app_context():
        fees = len(db.session.get(StandardVersion, draft).fee_lines)
    data = draft_form(app, draft)
    blank = {f"fee_lines-{fees}-{name}": "" for name in (
        "kind", "label", "amount", "amount_max", "unit", "formula", "regulation")}
    saved = client.post(f"/staff/drafts/{draft}", data={**data, **blank})
    assert saved.status_code == 302
    with app.app_context():
        assert len(db.session.get(StandardVersion, draft).fee_lines) == fees
    half = {**blank, f"fee_lines-{fees}-label": "Legalisir"}
    refused = client.post(f"/staff/drafts/{draft}", data={**draft_form(app, draft), **half})
    assert refused.status_code == 422
    assert "Jenis: pilih jenis biaya dari daftar." in text_of(refused)
    with app.app_context():
        assert len(db.session.get(StandardVersion, draft).fee_lines) == fees


# --- Lists cut in the database, with page links


def rows_of(html: str) -> list[str]:
    body = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    return re.findall(r"<tr>", body)


def test_the_services_list_shows_25_a_page_with_links(app, client):
    login(client, ADMIN)
    with app.app_context():
        total = db.session.scalar(select(func.count()).select_from(Service))
        names = set(db.session.scalars(select(Service.name)))
    first = client.get("/staff/").get_data(as_text=True)
    second = client.get("/staff/?page=2").get_data(as_text=True)
    assert total == 36
    assert (len(rows_of(first)), len(rows_of(second))) == (25, 11)
    assert 'href="/staff/?page=2" rel="next"' in first
    assert 'href="/staff/?page=1" rel="prev"' in second
    assert "Halaman 1 dari 2" in text_of(client.get("/staff/"))
    shown = [set(re.findall(r'<td><a href="/staff/services/\d+">([^<]+)</a>', page))
             for page in (first, second)]
    assert not shown[0] & shown[1]
    assert {n.replace("&#39;", "'") for n in shown[0] | shown[1]} == names
    assert rows_of(client.get("/staff/?page=3").get_data(as_text=True)) == []


def test_the_accounts_list_shows_25_a_page_by_e_mail(app, client):
    with app.app_context():
        region = db.session.scalars(select(Region)).first()
        for i in range(26):
            db.session.add(User(email=f"u{i:02d}@contoh.go.id", name=f"Pengguna {i}",
                                password_hash="-", role="agency_editor", region=region,
                                agency=region.agencies[0], active=False))
        db.session.commit()
    login(client, ADMIN)
    second = client.get("/staff/users?page=2").get_data(as_text=True)
    assert re.findall(r'<a href="/staff/users/\d+">([^<]+)</a>', second) == [
        f"u{i}@contoh.go.id" for i in range(20, 26)]
    first = client.get("/staff/users").get_data(as_text=True)
    assert len(re.findall(r'<a href="/staff/users/\d+">', first)) == 25
    assert 'href="/staff/users?page=2" rel="next"' in first


def test_the_audit_log_shows_50_a_page_and_keeps_the_filter(app, client):
    with app.app_context():
        region = db.session.scalars(select(Region)).first()
        for i in range(55):
            audit.record("logo_changed", region, summary=f"logo {i}", region_id=region.id)
        db.session.commit()
    login(client, ADMIN)
    first = client.get("/staff/audit?action=logo_changed").get_data(as_text=True)
    assert len(rows_of(first)) == 50
    assert "logo 54<" in first and "logo 4<" not in first
    assert 'href="/staff/audit?action=logo_changed&amp;page=2" rel="next"' in first
    second = client.get("/staff/audit?action=logo_changed&page=2").get_data(as_text=True)
    assert len(rows_of(second)) == 5
    assert [int(n) for n in re.findall(r"logo (\d+)", second)] == [4, 3, 2, 1, 0]
    csv = client.get("/staff/audit.csv?action=logo_changed").get_data(as_text=True)
    assert csv.count("logo_changed") == 55
