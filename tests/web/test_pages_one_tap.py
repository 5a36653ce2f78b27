"""Service pages: one-tap links, closed hand-in days, registration windows, error pages."""
import re

from tests.web.test_public import text_of


def window_text(page: str) -> str:
    return re.search(r"Pendaftaran.*?(?= Waktu| Diserahkan| Kantor)", page).group(0)


def test_channels_and_footer_link_sms_1708_call_198_whatsapp_and_the_map(client):
    html = client.get("/kota-contoh/layanan/kartu-keluarga").get_data(as_text=True)
    assert '<a href="sms:1708">SMS 1708</a>' in html
    assert '<a href="tel:198">Call center 198</a>' in html
    assert '<a href="https://wa.me/6281200001234">0812-0000-1234</a>' in html
    assert '<a href="https://www.lapor.go.id" rel="noopener">LAPOR! (www.lapor.go.id)</a>' in html
    assert '<a href="https://gol.kpk.go.id" rel="noopener">KPK (gol.kpk.go.id)</a>' in html
    assert 'href="https://www.openstreetmap.org/search?query=' in html


def test_error_pages_keep_the_reporting_footer(client):
    html = client.get("/tidak-ada/").get_data(as_text=True)
    assert '<a href="https://www.lapor.go.id" rel="noopener">LAPOR! (www.lapor.go.id)</a>, ' \
        '<a href="sms:1708">SMS 1708</a>' in html
    assert '<a href="tel:198">Call center 198</a>' in html


def test_a_hand_in_on_nyepi_is_named_and_counted_from_the_next_opening(client):
    page = text_of(client.get("/kota-contoh/layanan/akta-kelahiran?date=2026-03-19T09:00"))
    assert "Kantor tutup pada Kamis, 19 Maret 2026 (Hari Suci Nyepi). Berkas mulai diproses " \
        "saat kantor buka berikutnya: Rabu, 25 Maret 2026 pukul 08.00 WIB." in page


def test_a_hand_in_on_a_sunday_says_weekend_in_english(client):
    page = text_of(client.get("/kota-contoh/layanan/akta-kelahiran?date=2026-11-29T09:00&lang=en"))
    assert "The office is closed on Sunday, 29 November 2026 (weekend). Handling starts at " \
        "the next opening: Monday, 30 November 2026 at 08:00 WIB." in page


def test_spmb_inside_its_window_shows_the_window_and_a_due_date_across_a_holiday(client):
    page = text_of(client.get("/kota-contoh/layanan/spmb?date=2026-06-10T09:00"))
    assert "Pendaftaran dibuka 8 Juni 2026 sampai 19 Juni 2026." in page
    # 5 working days from Wednesday 10 June; 16 June (Tahun Baru Islam) is a holiday.
    assert "Diserahkan Rabu, 10 Juni 2026, selesai paling lambat Kamis, 18 Juni 2026" \
        in page


def test_spmb_outside_its_window_says_closed_and_when_it_opens(client):
    page = text_of(client.get("/kota-contoh/layanan/spmb?date=2026-12-01T09:00"))
    assert "Pendaftaran sedang ditutup. Pendaftaran dibuka Selasa, 8 Juni 2027 sampai " \
        "19 Juni 2027." in page
    assert "Diserahkan pada hari pertama, selesai paling lambat Selasa, 15 Juni 2027" in page
    assert "Diserahkan Selasa, 1 Desember 2026" not in page


def test_not_found_offers_search_popular_services_and_the_way_home(client):
    response = client.get("/kota-contoh/layanan/tidak-ada")
    html = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "<h1>Halaman tidak ditemukan</h1>" in html
    assert 'action="/kota-contoh/cari"' in html and 'id="q"' in html
    assert "<h2>Layanan yang paling sering dicari</h2>" in html
    assert len(re.findall(r'<li><a href="/kota-contoh/layanan/', html)) == 6
    assert '<a href="/kota-contoh/">Semua layanan Kota Contoh</a>' in html


def test_requirements_are_real_checkboxes_in_a_fieldset(client):
    html = client.get("/kota-contoh/layanan/ktp-el").get_data(as_text=True)
    assert '<fieldset class="checklist" aria-labelledby="bring">' in html
    assert '<label><input type="checkbox" name="req" value="1"> ' in html


def test_an_unexpected_error_is_a_500_page_in_indonesian(app):
    def broken():
        raise RuntimeError("boom")

    app.add_url_rule("/rusak", "broken", broken)
    response = app.test_client().get("/rusak")
    page = text_of(response)
    assert response.status_code == 500
    assert "Terjadi kesalahan" in page and "boom" not in page
    assert "Kesalahan ini sudah dicatat. Tidak ada data kiriman Anda yang tersimpan setengah " \
        "jalan." in page


def test_staff_set_a_registration_window_and_the_page_shows_it(app, client):
    from sqlalchemy import select

    from registry.extensions import db
    from registry.models import AuditEntry, Service
    from tests.web.staff_helpers import EDITOR, login, service_id

    login(client, EDITOR)
    sid = service_id(app, "akta-kelahiran")
    identity = {"name": "Akta Kelahiran", "category": "kelahiran", "save": "1"}
    bad = client.post(f"/staff/services/{sid}/identity", data={
        **identity, "registration_opens": "2026-07-10", "registration_closes": "2026-07-01"})
    assert bad.status_code == 422
    assert "Pendaftaran ditutup jatuh sebelum tanggal pembukaan." in text_of(bad)
    half = client.post(f"/staff/services/{sid}/identity", data={
        **identity, "registration_opens": "2026-07-01"})
    assert half.status_code == 422
    assert "Pendaftaran ditutup wajib diisi bila tanggal lain dari masa pendaftaran diisi." \
        in text_of(half)
    with app.app_context():
        assert db.session.get(Service, sid).registration_opens is None  # nothing half-saved
    ok = client.post(f"/staff/services/{sid}/identity", data={
        **identity, "registration_opens": "2026-07-01", "registration_closes": "2026-07-10"})
    assert ok.status_code == 302
    with app.app_context():
        entry = db.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.action == "service_changed"
        assert '"registration_opens": "2026-07-01"' in entry.after
    page = text_of(client.get("/kota-contoh/layanan/akta-kelahiran?date=2026-07-11T09:00"))
    assert "Pendaftaran sudah ditutup. Masa pendaftaran terakhir 1 Juli 2026 sampai " \
        "10 Juli 2026; masa berikutnya belum diumumkan." in page
    assert "selesai paling lambat" not in page
