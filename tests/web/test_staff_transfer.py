"""Import and export pages: downloads, upload -> preview -> confirm, scope and tokens."""
import io
import json
import os
import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, StandardVersion
from registry.services.catalogue import region_by_slug
from registry.services.schedule import region_today
from tests.services.test_transfer import edit
from tests.web.staff_helpers import ADMIN, EDITOR, OTHER_EDITOR, agency_id, login
from tests.web.test_public import text_of

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def today(app) -> str:
    with app.app_context():
        return region_today(region_by_slug("kota-contoh")).isoformat()


def versions(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(StandardVersion))


def upload(client, url: str, data: bytes, name: str = "ubah.xlsx", **extra):
    return client.post(url, data={"file": (io.BytesIO(data), name), **extra},
                       content_type="multipart/form-data")


def token_of(page: str) -> str:
    return re.search(r'id="token" name="token" type="hidden" value="([^"]+)"', page).group(1)


@pytest.fixture
def editor(app, client):
    login(client, EDITOR)
    return client


def test_agency_export_xlsx_has_the_agencys_services_and_a_dated_filename(app, editor):
    dukcapil = agency_id(app, "disdukcapil")
    response = editor.get(f"/staff/agencies/{dukcapil}/export.xlsx")
    assert response.status_code == 200
    assert response.mimetype == XLSX
    assert response.headers["Content-Disposition"] == \
        f"attachment; filename=kota-contoh-disdukcapil-{today(app)}.xlsx"
    sheet = load_workbook(io.BytesIO(response.data))["Standar"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert {r["agency"] for r in rows} == {"disdukcapil"}
    assert "ktp-el" in {r["service_slug"] for r in rows} and len(rows) == 12


def test_agency_csv_export_starts_with_a_bom(app, editor):
    response = editor.get(f"/staff/agencies/{agency_id(app, 'disdukcapil')}/export.csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == \
        f"attachment; filename=kota-contoh-disdukcapil-{today(app)}.csv"
    assert response.data.startswith(b"\xef\xbb\xbfregion,agency,service_slug")


def test_region_export_and_template_downloads(app, client):
    login(client, ADMIN)
    response = client.get("/staff/region/export.xlsx")
    assert response.headers["Content-Disposition"] == \
        f"attachment; filename=kota-contoh-{today(app)}.xlsx"
    agencies = {r[1] for r in load_workbook(io.BytesIO(response.data))["Standar"]
                .iter_rows(min_row=2, values_only=True)}
    assert {"disdukcapil", "dpmptsp"} <= agencies
    template = client.get("/staff/import-template.xlsx")
    assert template.mimetype == XLSX
    assert load_workbook(io.BytesIO(template.data))["Standar"].max_row == 1
    page = client.get("/staff/").get_data(as_text=True)
    assert "/staff/region/export.csv" in page and "/staff/region/import" in page
    form = client.get("/staff/region/import").get_data(as_text=True)
    assert 'enctype="multipart/form-data"' in form and 'name="confirm_large_amounts"' in form
    assert "Unggah berkas XLSX atau CSV yang dibuat dari templat." in form


def test_editor_gets_403_on_other_agency_and_region_transfer_pages(app, editor):
    other = agency_id(app, "dpmptsp")
    urls = [("get", f"/staff/agencies/{other}/export.xlsx"),
            ("get", f"/staff/agencies/{other}/export.csv"),
            ("get", f"/staff/agencies/{other}/import"),
            ("post", f"/staff/agencies/{other}/import"),
            ("post", f"/staff/agencies/{other}/import/confirm"),
            ("get", "/staff/region/export.xlsx"),
            ("get", "/staff/region/import"),
            ("post", "/staff/region/import/confirm")]
    assert {u: getattr(editor, m)(u).status_code for m, u in urls} == {u: 403 for _, u in urls}
    page = editor.get("/staff/").get_data(as_text=True)
    assert f"/staff/agencies/{agency_id(app, 'disdukcapil')}/export.xlsx" in page
    assert f"/staff/agencies/{other}/export.xlsx" not in page


def test_a_bad_row_shows_indonesian_errors_and_writes_nothing(app, editor):
    dukcapil = agency_id(app, "disdukcapil")
    exported = editor.get(f"/staff/agencies/{dukcapil}/export.xlsx").data
    data, row = edit(exported, "Standar", "ktp-el", "completion_value", 0)
    data, _ = edit(data, "Standar", "kia", "agency", "dpmptsp")
    before = versions(app)
    response = upload(editor, f"/staff/agencies/{dukcapil}/import", data)
    assert response.status_code == 422
    text = text_of(response)
    assert f"Standar {row} completion_value Waktu penyelesaian harus bilangan bulat dari 1 " \
        "sampai 527.040 (satu tahun)." in text
    assert "Tidak ada yang diimpor" in text or "tidak ada yang diimpor" in text
    assert "Impor sebagai draf" not in text
    assert versions(app) == before
    assert os.listdir(app.config["IMPORT_UPLOAD_FOLDER"]) == []  # nothing kept either


def test_a_changed_fee_previews_then_confirms_into_exactly_one_draft(app, editor):
    dukcapil = agency_id(app, "disdukcapil")
    exported = editor.get(f"/staff/agencies/{dukcapil}/export.xlsx").data
    data, _ = edit(exported, "Biaya", "akta-kelahiran", "amount", 12000, nth=1)
    before = versions(app)
    response = upload(editor, f"/staff/agencies/{dukcapil}/import", data)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Akta Kelahiran" in page and "fixed | 12000" in page and "fixed | 10000" in page
    assert "Layanan tidak berubah: 11" in text_of(response)
    assert versions(app) == before
    changes = re.findall(r'<tr><th scope="row">(.*?)</th>', page.split("import-changes")[1])
    assert changes == ["Biaya"]

    response = editor.post(f"/staff/agencies/{dukcapil}/import/confirm",
                           data={"token": token_of(page)})
    assert response.status_code == 200
    assert versions(app) == before + 1
    with app.app_context():
        draft = db.session.scalars(select(StandardVersion)
                                   .order_by(StandardVersion.id.desc())).first()
        assert draft.status == "draft" and draft.service.slug == "akta-kelahiran"
        assert [line.amount for line in draft.fee_lines] == [None, 12000]
        entry = db.session.scalars(select(AuditEntry).where(  # not the demo's own import
            AuditEntry.action == "draft_imported", AuditEntry.actor != "demo")).one()
        assert entry.object_id == draft.id and entry.actor == f"Editor Disdukcapil <{EDITOR}>"
        assert [f["amount"] for f in json.loads(entry.after)["fee_lines"]] == [None, 12000]
        assert [a.user.email for a in draft.authors] == [EDITOR]
        draft_id = draft.id
    assert f"/staff/drafts/{draft_id}" in response.get_data(as_text=True)
    # the upload is deleted after use: the same token cannot import twice
    assert os.listdir(app.config["IMPORT_UPLOAD_FOLDER"]) == []
    again = editor.post(f"/staff/agencies/{dukcapil}/import/confirm",
                        data={"token": token_of(page)})
    assert again.status_code == 404 and versions(app) == before + 1


def test_unknown_tampered_or_foreign_tokens_are_refused(app, editor):
    dukcapil = agency_id(app, "disdukcapil")
    exported = editor.get(f"/staff/agencies/{dukcapil}/export.xlsx").data
    data, _ = edit(exported, "Biaya", "akta-kelahiran", "amount", 12000, nth=1)
    token = token_of(upload(editor, f"/staff/agencies/{dukcapil}/import", data)
                     .get_data(as_text=True))
    url = f"/staff/agencies/{dukcapil}/import/confirm"
    before = versions(app)
    assert editor.post(url, data={}).status_code == 400
    assert editor.post(url, data={"token": "A" * 43}).status_code == 404
    assert editor.post(url, data={"token": "../../registry"}).status_code == 404
    path = os.path.join(app.config["IMPORT_UPLOAD_FOLDER"], token + ".bin")
    with open(path, "ab") as stored:  # the stored file changed after the preview
        stored.write(b"x")
    assert editor.post(url, data={"token": token}).status_code == 404

    token = token_of(upload(editor, f"/staff/agencies/{dukcapil}/import", data)
                     .get_data(as_text=True))
    admin = app.test_client()
    login(admin, ADMIN)
    assert admin.post(url, data={"token": token}).status_code == 403
    assert versions(app) == before


def test_wrong_file_type_gets_a_friendly_message(app, editor):
    dukcapil = agency_id(app, "disdukcapil")
    response = upload(editor, f"/staff/agencies/{dukcapil}/import", b"%PDF-1.4", "daftar.pdf")
    assert response.status_code == 422
    assert "Hanya berkas XLSX atau CSV yang dibuat dari templat yang dapat diimpor." \
        in text_of(response)


def test_a_too_large_upload_gets_the_friendly_413_page(app, editor):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = upload(editor, f"/staff/agencies/{agency_id(app, 'disdukcapil')}/import",
                      b"x" * 5000, "besar.csv")
    assert response.status_code == 413
    assert "Data yang Anda kirim terlalu besar." in text_of(response)


def test_other_agency_rows_are_row_errors_for_an_editor(app, client):
    login(client, OTHER_EDITOR)
    dpmptsp = agency_id(app, "dpmptsp")
    admin = app.test_client()
    login(admin, ADMIN)
    region_file = admin.get("/staff/region/export.xlsx").data
    response = upload(client, f"/staff/agencies/{dpmptsp}/import", region_file)
    assert response.status_code == 422
    assert "Standar 2 agency Anda hanya dapat mengimpor layanan dpmptsp." in text_of(response)


def test_the_import_preview_names_changed_fields_in_indonesian(app, editor):
    dukcapil = agency_id(app, "disdukcapil")
    exported = editor.get(f"/staff/agencies/{dukcapil}/export.xlsx").data
    data, _ = edit(exported, "Standar", "akta-kelahiran", "completion_value", 9)
    data, _ = edit(data, "Standar", "akta-kelahiran", "service_name", "Akta Kelahiran Baru")
    data, _ = edit(data, "Standar", "akta-kelahiran", "infrastructure", "Ruang tunggu baru")
    response = upload(editor, f"/staff/agencies/{dukcapil}/import", data)
    page = response.get_data(as_text=True)
    table = page.split('<table class="staff-table import-changes">')[1].split("</table>")[0]
    assert re.findall(r'<th scope="row">(.*?)</th>', table) == [
        "Nama", "Waktu penyelesaian", "Sarana, prasarana dan/atau fasilitas"]
    assert "completion_value" not in table and "service_name" not in table
    assert "<th scope=\"col\">Komponen</th>" in table
