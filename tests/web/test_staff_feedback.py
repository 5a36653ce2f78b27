"""Staff pages for the survey and experience reports: who sees what, moderation, service
users, the follow-up plan, the SKM report PDF, CSV exports, imports, the self-check."""
import datetime as dt
import io
import re

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, ExperienceReport, ServiceUserCount, SkmResponse
from tests.services.test_skm_import import GOOD, csv_bytes
from tests.services.test_transparency import seed
from tests.web.staff_helpers import ADMIN, EDITOR, OTHER_EDITOR, agency_id, login
from tests.web.test_public import text_of

Q1 = "?periode=2025-Q1"


@pytest.fixture
def seeded(app):
    from registry.services.catalogue import region_by_slug

    with app.app_context():
        seed(region_by_slug("kota-contoh"))
        db.session.commit()
    return app


def pdf_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    return " ".join(page.get_textpage().get_text_range() for page in document)


def comment_report(app, text: str, status: str = "pending", received=None) -> int:
    with app.app_context():
        query = select(ExperienceReport).where(
            ExperienceReport.agency_id == agency_id(app, "disdukcapil"))
        if received is not None:
            query = query.where(ExperienceReport.received == received)
        report = db.session.scalar(query.order_by(ExperienceReport.id))
        report.comment, report.comment_status = text, status
        db.session.commit()
        return report.id


def test_each_user_sees_the_agencies_they_may(app, client):
    login(client, EDITOR)
    page = text_of(client.get("/staff/feedback"))
    assert "Survei dan laporan" in page
    assert "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh" in page
    assert "Dinas Perhubungan" not in page
    dishub = agency_id(app, "dishub")
    assert client.get(f"/staff/feedback/agencies/{dishub}").status_code == 403
    client.post("/staff/logout")
    login(client, ADMIN)
    page = text_of(client.get("/staff/feedback"))
    assert "Dinas Perhubungan Kota Contoh" in page and "Dinas Sosial Kota Contoh" in page


def test_agency_page_shows_the_quarter_per_service(seeded, client):
    login(client, EDITOR)
    page = text_of(client.get(f"/staff/feedback/agencies/{agency_id(seeded, 'disdukcapil')}"
                              + Q1))
    assert "Triwulan I 2025" in page
    assert "IKM 86,11 (B, Baik) · Responden 4" in page
    assert "Akta Kelahiran 86,11 (B, Baik) 4" in page
    assert "7 hari kerja 5,5 8,4 25,0%" in page


def test_moderation_approves_rejects_and_is_limited_to_the_agency(app, client):
    first = comment_report(app, "Loket 2 meminta uang rokok.")
    login(client, OTHER_EDITOR)
    assert client.post(f"/staff/feedback/comments/{first}/approve").status_code == 403
    client.post("/staff/logout")
    login(client, EDITOR)
    page = text_of(client.get(f"/staff/feedback/agencies/{agency_id(app, 'disdukcapil')}"))
    assert "Loket 2 meminta uang rokok." in page
    response = client.post(f"/staff/feedback/comments/{first}/reject")
    assert response.status_code == 302
    assert "Komentar ditolak; teksnya dihapus." in text_of(client.get(response.location))
    with app.app_context():
        report = db.session.get(ExperienceReport, first)
        assert (report.comment, report.comment_status) == (None, "rejected")
        assert db.session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "comment_rejected", AuditEntry.object_id == first)) == 1
    again = client.post(f"/staff/feedback/comments/{first}/approve", follow_redirects=True)
    assert "Orang lain sudah memutuskan komentar ini." in text_of(again)


def test_service_users_are_entered_per_month_and_give_the_minimum_sample(seeded, client):
    login(client, EDITOR)
    dukcapil = agency_id(seeded, "disdukcapil")
    url = f"/staff/feedback/agencies/{dukcapil}/users{Q1}"
    form = text_of(client.get(url))
    assert "Jumlah pengguna layanan: Dinas Kependudukan" in form
    with seeded.app_context():
        from registry.models import Agency

        fields = [f"users_{s.id}_{m}" for s in db.session.get(Agency, dukcapil).services
                  for m in ("202501", "202502", "202503")]
    bad = client.post(url, data={fields[0]: "-3"})
    assert bad.status_code == 422 and "Isi angka bulat, 0 atau lebih." in text_of(bad)
    response = client.post(url, data={name: "10" for name in fields})
    assert response.status_code == 302
    with seeded.app_context():
        assert db.session.scalar(select(func.sum(ServiceUserCount.users))) >= 360
        entry = db.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "service_users_saved"))
        assert entry.agency_id == dukcapil and '"2025-01"' not in entry.after
    page = text_of(client.get(f"/staff/feedback/agencies/{dukcapil}{Q1}"))
    # 12 services x 3 months x 10 users = 360 users: the table asks for 186 respondents.
    assert "IKM 86,11 (B, Baik) · Responden 4 ( responden terlalu sedikit: perlu paling " \
        "sedikit 186 )" in page


def test_follow_up_plan_is_stored_audited_and_printed_in_the_report(seeded, client):
    login(client, EDITOR)
    dukcapil = agency_id(seeded, "disdukcapil")
    url = f"/staff/feedback/agencies/{dukcapil}/follow-up{Q1}"
    bad = client.post(url, data={"plan": "U12 | Sesuatu | Maret | Kabid"})
    assert bad.status_code == 422
    assert "Baris 1: unsur harus U1 sampai U9 atau \"-\"." in text_of(bad)
    plan = "U3 | Tambah loket Senin | April-Juni | Kabid PIAK\n- | Papan antrean | Mei | Sekretaris"
    assert client.post(url, data={"plan": plan}).status_code == 302
    assert plan.split("\n")[0] in client.get(url).get_data(as_text=True)
    response = client.get(f"/staff/feedback/agencies/{dukcapil}/skm.pdf{Q1}")
    assert response.mimetype == "application/pdf"
    text = pdf_text(response.data)
    assert "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT" in text
    assert "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh" in text
    assert "Triwulan I 2025" in text
    assert "86,11" in text and "B (Baik)" in text
    assert "Tambah loket Senin" in text and "Kabid PIAK" in text
    assert "Responden: 4." in text
    with seeded.app_context():
        assert db.session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "skm_follow_up_saved")) == 1


def test_csv_exports_are_formula_safe_and_hold_approved_comments_only(seeded, client):
    comment_report(seeded, "=HYPERLINK(\"http://x\")", "approved", dt.date(2025, 2, 5))
    comment_report(seeded, "Belum dimoderasi", "pending", dt.date(2025, 2, 7))
    login(client, EDITOR)
    dukcapil = agency_id(seeded, "disdukcapil")
    text = client.get(f"/staff/feedback/agencies/{dukcapil}/reports.csv{Q1}") \
        .get_data(as_text=True)
    lines = text.splitlines()
    assert lines[0].startswith("id,layanan,diserahkan,diterima,hari_kerja,terlambat,dibayar")
    assert len(lines) == 5
    assert "\"'=HYPERLINK(\"\"http://x\"\")\"" in text
    assert "Belum dimoderasi" not in text
    row = next(line for line in lines[1:] if "2025-02-14" in line)
    assert row.split(",")[4:11] == ["9", "ya", "50000", "0", "ya", "other", "ya"]
    skm = client.get(f"/staff/feedback/agencies/{dukcapil}/skm.csv{Q1}").get_data(
        as_text=True).splitlines()
    assert skm[0] == "tanggal,layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9,umur,jenis_kelamin," \
        "pendidikan,pekerjaan,sumber"
    assert skm[1] == "2025-03-03,akta-kelahiran,3,3,3,3,4,3,3,3,3,,,,,paper"


def test_questionnaire_import_on_the_web(app, client):
    login(client, EDITOR)
    dukcapil = agency_id(app, "disdukcapil")
    url = f"/staff/feedback/agencies/{dukcapil}/skm-import"
    bad = client.post(url, data={"source": "paper", "file": (io.BytesIO(
        csv_bytes("2026-11-02,ktp-el,4,3,3,4,3,4,4,,7,,,,")), "kertas.csv")})
    assert bad.status_code == 422
    assert "2 U9 \"7\" bukan jawaban" in text_of(bad)
    preview = client.post(url, data={"source": "paper", "file": (io.BytesIO(
        csv_bytes(*GOOD)), "kertas.csv")})
    page = text_of(preview)
    assert preview.status_code == 200
    assert "3 kuesioner dari 2 November 2026 sampai 4 November 2026" in page
    token = re.search(r'name="token" type="hidden" value="([^"]+)"',
                      preview.get_data(as_text=True)).group(1)
    with app.app_context():
        before = db.session.scalar(select(func.count(SkmResponse.id)))
    done = client.post(url + "/confirm", data={"token": token, "source": "paper"})
    assert done.status_code == 302
    assert "3 kuesioner diimpor." in text_of(client.get(done.location))
    with app.app_context():
        assert db.session.scalar(select(func.count(SkmResponse.id))) == before + 3
    again = client.post(url, data={"source": "kiosk", "file": (io.BytesIO(
        csv_bytes(*GOOD)), "lagi.csv")})
    assert again.status_code == 422 and "sudah diimpor pada" in text_of(again)
    login(client, OTHER_EDITOR)
    assert client.get(url).status_code == 403


def test_compliance_page_lists_fixes_with_links(app, client):
    login(client, EDITOR)
    dukcapil = agency_id(app, "disdukcapil")
    response = client.get(f"/staff/agencies/{dukcapil}/compliance")
    page = text_of(response)
    assert re.search(r"Skor: \d+ dari 100 \(\d+ dari 122 butir terpenuhi\)\.", page)
    assert "KTP-el (Kartu Tanda Penduduk Elektronik): Poster standar yang berlaku sudah " \
        "dicetak - Cetak poster A4" in page
    assert 'href="/kota-contoh/layanan/ktp-el/poster.pdf?size=a4"' in \
        response.get_data(as_text=True)
