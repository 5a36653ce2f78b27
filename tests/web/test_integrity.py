"""An official standard no one can corrupt, through HTTP: honest review and hostile bytes."""
import io
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry, Requirement, StandardVersion
from tests.conftest import make_app
from tests.web.staff_helpers import (
    ADMIN,
    APPROVER,
    EDITOR,
    draft_form,
    login,
    review_form,
    service_id,
    start_draft,
)
from tests.web.test_public import text_of
from tests.web.test_staff import app_today, audit_actions, version


def submitted(app, product: str = "KTP-el dan tanda terima") -> tuple[int, object]:
    editor = app.test_client()
    login(editor, EDITOR)
    draft = start_draft(editor, app, "ktp-el")
    form = draft_form(app, draft, product=product, change_summary="Tanda terima ditambahkan")
    assert editor.post(f"/staff/drafts/{draft}", data=form).status_code == 302
    assert editor.post(f"/staff/drafts/{draft}/submit").status_code == 302
    return draft, editor


# --- Review


def test_the_review_page_shows_the_public_change_note_and_the_authors(app):
    draft, _editor = submitted(app)
    approver = app.test_client()
    login(approver, APPROVER)
    page = text_of(approver.get(f"/staff/drafts/{draft}/review"))
    assert "Catatan perubahan untuk publik Tanda terima ditambahkan" in page
    assert "Penyusun (menyimpan, mengimpor, atau mengajukan): Editor Disdukcapil " \
        "<editor.dukcapil@contoh.go.id>." in page


def test_a_second_approval_is_a_409_that_says_it_was_already_published(app):
    draft, _editor = submitted(app)
    first, second = app.test_client(), app.test_client()
    login(first, APPROVER)
    login(second, ADMIN)
    seen = review_form(app, draft, effective_from=app_today(app).isoformat(), publish="1")
    assert first.post(f"/staff/drafts/{draft}/review", data=seen).status_code == 302
    late = second.post(f"/staff/drafts/{draft}/review", data=seen)
    assert late.status_code == 409
    assert "Tidak ada yang berubah: versi ini sudah diterbitkan." in text_of(late)
    assert audit_actions(app).count("version_published") == 1


def test_a_stale_approval_is_a_409_showing_what_changed(app):
    draft, editor = submitted(app)
    approver = app.test_client()
    login(approver, APPROVER)
    seen = review_form(app, draft, effective_from=app_today(app).isoformat(), publish="1")
    # The editor withdraws, raises the fee and submits again while the approver reads.
    assert editor.post(f"/staff/drafts/{draft}/withdraw").status_code == 302
    form = draft_form(app, draft, **{"fee_lines-0-kind": "fixed",
                                     "fee_lines-0-amount": "50000"})
    assert editor.post(f"/staff/drafts/{draft}", data=form).status_code == 302
    assert editor.post(f"/staff/drafts/{draft}/submit").status_code == 302
    stale = approver.post(f"/staff/drafts/{draft}/review", data=seen)
    assert stale.status_code == 409
    page = text_of(stale)
    assert "Draf ini berubah sejak Anda membukanya" in page
    assert "Biaya" in page and "Rp50.000" in page
    assert version(app, draft).status == "submitted"
    fresh = review_form(app, draft, effective_from=app_today(app).isoformat(), publish="1")
    assert approver.post(f"/staff/drafts/{draft}/review", data=fresh).status_code == 302


def test_an_editor_withdraws_a_submitted_draft_to_edit_it_again(app):
    draft, editor = submitted(app)
    assert "Tarik untuk disunting lagi" in text_of(editor.get(f"/staff/drafts/{draft}/review"))
    assert editor.post(f"/staff/drafts/{draft}/withdraw").status_code == 302
    assert version(app, draft).status == "draft"
    assert audit_actions(app)[-1] == "draft_withdrawn"
    again = editor.post(f"/staff/drafts/{draft}/withdraw")
    assert again.status_code == 409
    assert "tidak lagi menunggu persetujuan" in text_of(again)


def test_an_editor_who_saved_cannot_approve_even_as_approver(app):
    editor, approver = app.test_client(), app.test_client()
    login(editor, EDITOR)
    login(approver, APPROVER)
    draft = start_draft(editor, app, "ktp-el")
    # The approver changes the draft, the editor submits it: the approver wrote it.
    form = draft_form(app, draft, product="Diubah oleh penyetuju")
    assert approver.post(f"/staff/drafts/{draft}", data=form).status_code == 302
    assert editor.post(f"/staff/drafts/{draft}/submit").status_code == 302
    refused = approver.post(f"/staff/drafts/{draft}/review", data=review_form(
        app, draft, effective_from=app_today(app).isoformat(), publish="1"))
    assert refused.status_code == 403
    assert version(app, draft).status == "submitted"


def test_a_fee_above_32_bits_is_saved_published_and_shown(app):
    editor, approver = app.test_client(), app.test_client()
    login(editor, EDITOR)
    login(approver, ADMIN)
    draft = start_draft(editor, app, "ktp-el")
    form = draft_form(app, draft, **{"fee_lines-0-kind": "fixed",
                                     "fee_lines-0-amount": "3000000000",
                                     "confirm_large_amount": "y"})
    assert editor.post(f"/staff/drafts/{draft}", data=form).status_code == 302
    assert editor.post(f"/staff/drafts/{draft}/submit").status_code == 302
    assert approver.post(f"/staff/drafts/{draft}/review", data=review_form(
        app, draft, effective_from=app_today(app).isoformat(), publish="1")).status_code == 302
    assert "Rp3.000.000.000" in text_of(app.test_client().get("/kota-contoh/layanan/ktp-el"))
    api = app.test_client().get("/api/v1/services/ktp-el?region=kota-contoh").get_json()
    assert [line["amount"] for line in api["fee"]["lines"]][0] == 3_000_000_000


# --- Hostile bytes


@pytest.mark.parametrize("url", [
    "/kota-contoh/cari?q=ktp%00", "/kota-contoh%00/", "/kota-contoh/layanan/ktp-el?date=%00",
    "/api/v1/services?region=kota%00contoh", "/api/v1/services?q=%1b[31m",
    "/kota-contoh/instansi/disdukcapil?lang=%00", "/s/AB%00CD",
    "/kota-contoh/layanan/ktp-el/poster.pdf?size=a4%00",
])
def test_control_characters_in_addresses_and_queries_are_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Permintaan tidak dapat dipahami." in text_of(response)


def test_control_characters_in_forms_json_and_file_names_are_400(app, client):
    assert client.post("/staff/login", data={"email": "a\x00@b.c",
                                             "password": "x"}).status_code == 400
    assert audit_actions(app).count("login_failed") == 0
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    bad = client.post(f"/staff/drafts/{draft}", data=draft_form(
        app, draft, product="KTP-el\x0bbaru"))
    assert bad.status_code == 400 and version(app, draft).revision == 1
    assert client.post("/api/v1/services", data=json.dumps({"q": "a\x00"}),
                       content_type="application/json").status_code == 400
    agency = client.post("/staff/agencies/1/import", data={
        "file": (io.BytesIO(b"x"), "a\x07.csv")}, content_type="multipart/form-data")
    assert agency.status_code == 400


def test_ids_beyond_the_integer_column_are_404_not_500(app, client):
    login(client, EDITOR)
    for url in ("/staff/drafts/99999999999999999999", "/staff/services/2147483648",
                "/kota-contoh/instansi/disdukcapil/loket/99999999999/tent.pdf"):
        assert client.get(url).status_code == 404
    assert client.get("/staff/audit?agency=%C2%B2&user=99999999999999999999").status_code == 403


def test_a_malformed_host_is_400(client):
    for host in ("a b", "[::1", "x\x01y", "registry.test:port"):
        assert client.get("/kota-contoh/", headers={"Host": host}).status_code == 400


@pytest.fixture
def trusted_app(databases):
    yield from make_app(databases, "demo", SERVER_NAME=None,
                        TRUSTED_HOSTS=["layanan.example.go.id", "localhost"])


def test_only_trusted_hosts_are_served_when_configured(trusted_app):
    client = trusted_app.test_client()
    assert client.get("/kota-contoh/", headers={"Host": "localhost"}).status_code == 200
    assert client.get("/kota-contoh/",
                      headers={"Host": "layanan.example.go.id"}).status_code == 200
    assert client.get("/kota-contoh/", headers={"Host": "evil.example"}).status_code == 400


def test_trusted_hosts_come_from_the_environment(monkeypatch):
    from registry.config import host_list

    assert host_list(" layanan.example.go.id, localhost ,") == ["layanan.example.go.id",
                                                               "localhost"]
    assert host_list(None) is None and host_list("") is None


def test_the_xlsx_export_writes_text_xlsx_cannot_hold(app):
    with app.app_context():
        requirement = db.session.scalars(select(Requirement).join(StandardVersion).where(
            StandardVersion.status == "published").order_by(Requirement.id)).first()
        requirement.text = "Fotokopi\x0bKTP\x1f-el"  # stored before the rules existed
        db.session.commit()
    client = app.test_client()
    login(client, ADMIN)
    response = client.get("/staff/region/export.xlsx")
    assert response.status_code == 200
    cells = [c.value for row in load_workbook(io.BytesIO(response.data))["Standar"].iter_rows()
             for c in row if isinstance(c.value, str)]
    assert any("FotokopiKTP-el" in cell for cell in cells)


def test_an_import_is_a_draft_in_the_staff_lists(app, client):
    from tests.services.test_transfer import edit
    from tests.web.test_staff_transfer import token_of, upload

    login(client, EDITOR)
    exported = client.get("/staff/agencies/1/export.xlsx").data
    data, _ = edit(exported, "Standar", "ktp-el", "product", "KTP-el dari berkas")
    page = upload(client, "/staff/agencies/1/import", data).get_data(as_text=True)
    assert client.post("/staff/agencies/1/import/confirm",
                       data={"token": token_of(page)}).status_code == 200
    with app.app_context():
        entry = db.session.scalars(select(AuditEntry).where(  # not the demo's own import
            AuditEntry.action == "draft_imported", AuditEntry.actor != "demo")).one()
        draft_id = entry.object_id
    assert f"/staff/drafts/{draft_id}" in client.get(
        f"/staff/services/{service_id(app, 'ktp-el')}").get_data(as_text=True)
    assert "draf" in text_of(client.get("/staff/"))
