"""Citizen pages through the test client: what they say, exactly."""
import html as html_lib
import re

import pytest


def text_of(response) -> str:
    """Visible text of a page, tags stripped and whitespace collapsed."""
    html = response.get_data(as_text=True)
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip())


def test_root_redirects_to_the_only_region(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/kota-contoh/")


def test_home_lists_life_events_and_agencies_in_indonesian(client):
    page = text_of(client.get("/kota-contoh/"))
    assert "Berapa biayanya, apa yang dibawa, kapan selesai" in page
    assert "Kelahiran" in page and "Usaha & perizinan" in page
    assert "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh" in page
    assert "Data demonstrasi" in page


def test_service_page_shows_free_fee_with_its_basis_and_due_date(client):
    response = client.get("/kota-contoh/layanan/akta-kelahiran?date=2026-03-17T10:00")
    page = text_of(response)
    assert response.status_code == 200
    assert "Gratis" in page
    assert "Tidak dipungut biaya, berdasarkan UU No. 24 Tahun 2013 Pasal 79A." in page
    assert "UU No. 24 Tahun 2013 Pasal 95B" in page
    assert "5 hari kerja" in page
    # 18-24 March 2026: Nyepi, Idul Fitri and cuti bersama; five working days end 31 March.
    assert "selesai paling lambat Selasa, 31 Maret 2026" in page


def test_service_page_minutes_standard_shows_time_of_day_in_zone(client):
    page = text_of(client.get("/kota-contoh/layanan/ktp-el?date=2026-11-23T09:00"))
    assert "60 menit" in page
    assert "selesai paling lambat Senin, 23 November 2026 pukul 10.00 WIB" in page


def test_service_page_lists_requirements_channels_and_history(client):
    page = text_of(client.get("/kota-contoh/layanan/ktp-el"))
    assert "Persyaratan yang dibawa" in page
    assert "SP4N-LAPOR!" in page and "SMS 1708" in page
    assert "Call center 198" in page
    assert "Diminta membayar lebih dari ini? Laporkan." in page
    assert "Riwayat standar ini" in page
    assert "Diverifikasi pada" in page


def test_fee_range_and_formula_are_written_out(client):
    pbg = text_of(client.get("/kota-contoh/layanan/pbg"))
    assert "Dasar hukum biaya: Perda Kota Contoh No. 1 Tahun 2024" in pbg
    assert "28 hari" in pbg


def test_english_via_switch_and_accept_language(client):
    response = client.get("/kota-contoh/layanan/ktp-el?lang=en")
    page = text_of(response)
    assert "Free" in page and "Handed in today, ready by" in page
    assert "lang=en" in response.headers["Set-Cookie"]
    # The remembered choice holds without the parameter.
    assert "What to bring" in text_of(client.get("/kota-contoh/layanan/ktp-el"))


def test_accept_language_english(client):
    page = text_of(client.get("/kota-contoh/", headers={"Accept-Language": "en-US,en;q=0.9"}))
    assert "How much, what to bring, when it is ready" in page


def test_english_content_falls_back_to_indonesian(app, client):
    from registry.extensions import db
    from registry.models import Service

    with app.app_context():
        service = db.session.scalar(db.select(Service).where(Service.slug == "ktp-el"))
        service.name_en = None
        db.session.commit()
    page = text_of(client.get("/kota-contoh/layanan/ktp-el?lang=en"))
    assert "KTP-el (Kartu Tanda Penduduk Elektronik)" in page


def test_unknown_slug_is_a_404_page_in_the_users_language(client):
    response = client.get("/kota-contoh/layanan/tidak-ada")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in text_of(response)
    english = client.get("/kota-contoh/layanan/tidak-ada", headers={"Accept-Language": "en"})
    assert english.status_code == 404 and "Page not found" in text_of(english)


def test_unknown_region_is_404(client):
    assert client.get("/nowhere/").status_code == 404


def test_invalid_date_gives_a_clear_message_and_todays_due_date(client):
    response = client.get("/kota-contoh/layanan/ktp-el?date=31/02/2026")
    page = text_of(response)
    assert response.status_code == 200
    assert "\"31/02/2026\" bukan tanggal yang dapat kami baca" in page
    assert "Diserahkan hari ini, selesai paling lambat" in page


@pytest.mark.parametrize("query", [
    "x" * 5000, "'; DROP TABLE service; --", "<script>alert(1)</script>", "ктп 身份证 🚀",
    "%00%ff", "akta\u202ekelahiran",
])
def test_hostile_queries_give_a_safe_results_page(client, query):
    response = client.get("/kota-contoh/cari", query_string={"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.get_data(as_text=True)
    assert client.get("/kota-contoh/layanan/ktp-el").status_code == 200


def test_search_results_show_fee_and_time(client):
    page = text_of(client.get("/kota-contoh/cari?q=ktp"))
    assert "KTP-el (Kartu Tanda Penduduk Elektronik) Gratis · 60 menit" in page


def test_security_headers_on_every_page(client):
    response = client.get("/kota-contoh/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_service_page_url_is_stable_and_short_code_redirects(app, client):
    from registry.extensions import db
    from registry.models import Service

    with app.app_context():
        code = db.session.scalar(db.select(Service.code).where(Service.slug == "ktp-el"))
    response = client.get(f"/s/{code}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/kota-contoh/layanan/ktp-el")


def test_pages_use_no_javascript_fonts_or_third_party_resources(client):
    html = client.get("/kota-contoh/layanan/ktp-el").get_data(as_text=True)
    # The one script element is schema.org data (application/ld+json), never run.
    assert re.findall(r"<script[^>]*>", html) == ['<script type="application/ld+json">']
    assert "@font-face" not in html
    # Outbound links (complaint channels) are fine; nothing is loaded from elsewhere.
    assert not re.search(r'src="(https?:)?//', html)
    # The stylesheet's address carries the hash of its content (kept a year by browsers).
    import hashlib
    from pathlib import Path

    css = Path(__file__).parents[2] / "registry" / "static" / "site.css"
    fingerprint = hashlib.sha256(css.read_bytes()).hexdigest()[:12]
    assert re.findall(r"<link[^>]+href=\"([^\"]+)\"", html) == [
        f"/static/site.css?v={fingerprint}", "data:,"]


def test_service_page_with_its_css_is_at_most_14_kb_gzipped(client):
    import gzip

    page = client.get("/kota-contoh/layanan/ktp-el").get_data()
    css = client.get("/static/site.css").get_data()
    size = len(gzip.compress(page, 9)) + len(gzip.compress(css, 9))
    assert size <= 14 * 1024, size
