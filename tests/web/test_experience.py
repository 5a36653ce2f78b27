"""The "Bagaimana pengalaman Anda?" form on a service page and the Transparansi page."""
import datetime as dt

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import ExperienceReport, SkmResponse
from tests.conftest import make_app
from tests.web.test_public import text_of

KTP = "/kota-contoh/layanan/ktp-el"


def today(app) -> dt.date:
    from registry.services.catalogue import region_by_slug
    from registry.services.schedule import region_today

    with app.app_context():
        return region_today(region_by_slug("kota-contoh"))


def counts(app) -> tuple[int, int]:
    with app.app_context():
        return (db.session.scalar(select(func.count(ExperienceReport.id))),
                db.session.scalar(select(func.count(SkmResponse.id))))


def form(app, **changes) -> dict:
    day = today(app)
    data = {"handed_in": (day - dt.timedelta(days=7)).isoformat(),
            "received": (day - dt.timedelta(days=6)).isoformat(), "paid": "0",
            "asked_extra": "no", "offered_shortcut": "no", "u1": "4", "u3": "3",
            "comment": "Antrean rapi."}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_every_service_page_carries_the_form_with_the_official_wording(client):
    page = text_of(client.get(KTP))
    assert "Bagaimana pengalaman Anda?" in page
    assert "Kapan Anda menyerahkan permohonan?" in page
    assert "Apakah Anda diminta uang di luar biaya resmi?" in page
    assert "U1. Persyaratan: Bagaimana pendapat Saudara tentang kesesuaian persyaratan " \
        "pelayanan dengan jenis pelayanannya?" in page
    assert "Tidak sesuai Kurang sesuai Sesuai Sangat sesuai" in page
    assert "U4. Biaya/tarif" in page and "Sangat mahal Cukup mahal Murah Gratis" in page
    assert "Tidak ada Ada tetapi tidak berfungsi Berfungsi kurang maksimal Dikelola dengan " \
        "baik" in page
    html = client.get("/kota-contoh/layanan/pbg").get_data(as_text=True)
    assert 'action="/kota-contoh/layanan/pbg/pengalaman"' in html
    form = html[html.index('id="pengalaman"'):]
    assert '<script' not in form[:form.index("</section>")]


def test_english_wording(client):
    page = text_of(client.get(KTP + "?lang=en"))
    assert "How was your experience?" in page
    assert "Not easy Less easy Easy Very easy" in page


def test_a_report_is_taken_once_then_the_address_gets_429(app, client):
    before = counts(app)
    response = client.post(KTP + "/pengalaman", data=form(app))
    assert response.status_code == 303
    assert response.headers["Location"].endswith(KTP + "/pengalaman/terima-kasih")
    thanks = text_of(client.get(response.headers["Location"]))
    assert "Laporan Anda tentang KTP-el (Kartu Tanda Penduduk Elektronik) sudah tercatat" \
        in thanks
    assert counts(app) == (before[0] + 1, before[1] + 1)
    again = client.post(KTP + "/pengalaman", data=form(app, paid="10000",
                                                       paid_to="counter"))
    assert again.status_code == 429
    assert "sudah dikirim dari sambungan ini hari ini" in text_of(again)
    assert counts(app) == (before[0] + 1, before[1] + 1)
    # Another service on the same day is a separate limit.
    assert client.post("/kota-contoh/layanan/kia/pengalaman",
                       data=form(app)).status_code == 303


def test_the_stored_report_holds_no_address(app, client):
    client.post(KTP + "/pengalaman", data=form(app), environ_base={
        "REMOTE_ADDR": "203.0.113.99"})
    with app.app_context():
        report = db.session.scalar(select(ExperienceReport).order_by(
            ExperienceReport.id.desc()))
        values = [str(getattr(report, c.name)) for c in ExperienceReport.__table__.columns]
        assert not any("203.0.113.99" in v for v in values)
        assert report.comment == "Antrean rapi." and report.comment_status == "pending"


def test_honeypot_is_thanked_and_ignored(app, client):
    before = counts(app)
    response = client.post(KTP + "/pengalaman", data=form(app, website="http://spam.test"))
    assert response.status_code == 303
    assert counts(app) == before


@pytest.mark.parametrize(("changes", "message"), [
    ({"received": "2026-01-01", "handed_in": "2026-01-05"},
     "Hasil tidak mungkin diterima sebelum permohonan diserahkan. Periksa kedua tanggal."),
    ({"paid": "-5000", "paid_to": "counter"}, "Nominal tidak boleh negatif."),
    ({"paid": "lima puluh ribu"}, "Isi jumlah dalam rupiah bulat, misalnya 50000 atau "
     "50.000; 0 jika Anda tidak membayar."),
    ({"paid": "Rp 2.000.000.000", "paid_to": "other"},
     "Rp2.000.000.000 bukan jumlah yang masuk akal; periksa angkanya."),
    ({"paid": "50.000"}, "Sebutkan kepada siapa Anda membayar."),
    ({"u2": "7"}, "Pilih salah satu dari empat jawaban, atau tidak sama sekali."),
    ({"asked_extra": None}, "Jawab ya atau tidak."),
    ({"handed_in": "17/11/2026"}, "Isi tanggal sebagai TTTT-BB-HH, misalnya 2026-11-23."),
    ({"age": "200"}, "Isi umur antara 10 dan 120 tahun."),
    ({"sex": "X"}, "Pilih salah satu jawaban dalam daftar."),
])
def test_bad_input_is_refused_with_a_message_and_nothing_saved(app, client, changes,
                                                                message):
    before = counts(app)
    response = client.post(KTP + "/pengalaman", data=form(app, **changes))
    assert response.status_code == 422
    page = text_of(response)
    assert message in page
    assert "Periksa jawaban yang ditandai di bawah ini." in page
    assert counts(app) == before


def test_dates_in_the_future_are_refused(app, client):
    tomorrow = (today(app) + dt.timedelta(days=1)).isoformat()
    response = client.post(KTP + "/pengalaman", data=form(app, received=tomorrow))
    assert response.status_code == 422
    assert "Tanggal Anda menerima hasil ada di masa depan." in text_of(response)


def test_paid_amounts_as_people_write_them(app, client):
    response = client.post("/kota-contoh/layanan/uji-kir/pengalaman",
                           data=form(app, paid="Rp 75.000,-", paid_to="counter"))
    assert response.status_code == 303
    with app.app_context():
        report = db.session.scalar(select(ExperienceReport).order_by(
            ExperienceReport.id.desc()))
        assert (report.paid, report.paid_to) == (75000, "counter")


@pytest.fixture
def csrf_client(databases):
    apps = make_app(databases, "demo", WTF_CSRF_ENABLED=True)
    app = next(apps)
    yield app, app.test_client()
    next(apps, None)


def test_the_form_needs_its_csrf_token(csrf_client):
    import re

    app, client = csrf_client
    before = counts(app)
    assert client.post(KTP + "/pengalaman", data=form(app)).status_code == 400
    assert counts(app) == before
    html = client.get(KTP).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    response = client.post(KTP + "/pengalaman", data={**form(app), "csrf_token": token})
    assert response.status_code == 303
    assert counts(app)[0] == before[0] + 1


def test_transparency_page_shows_aggregates_and_never_comments(app, client):
    from flask_babel import force_locale

    from registry.services.periods import last_complete_quarter

    response = client.get("/kota-contoh/transparansi")
    page = text_of(response)
    assert response.status_code == 200
    with app.app_context(), force_locale("id"):
        assert last_complete_quarter(today(app)).label in page
    assert "Indeks Kepuasan Masyarakat (IKM)" in page
    assert "Perangkat daerah menurut indeks kepuasan" in page
    assert "Perangkat daerah menurut laporan membayar di atas biaya resmi" in page
    # The demo's comments (approved ones included) never reach the public page.
    with app.app_context():
        comments = db.session.scalars(select(ExperienceReport.comment).where(
            ExperienceReport.comment.is_not(None))).all()
    assert comments and not any(c in page for c in comments)
    html = response.get_data(as_text=True)
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 4
    assert "<script" not in html


def test_transparency_page_for_a_seeded_quarter(app, client):
    from tests.services.test_transparency import seed

    with app.app_context():
        from registry.services.catalogue import region_by_slug

        seed(region_by_slug("kota-contoh"))
        db.session.commit()
    page = text_of(client.get("/kota-contoh/transparansi?periode=2025-Q1"))
    assert "Triwulan I 2025" in page
    assert "Indeks Kepuasan Masyarakat (IKM) 83,26 (B, Baik)" in page
    assert "1. Dinas Kependudukan dan Pencatatan Sipil Kota Contoh JSON 86,11 (B, Baik) 4" \
        in page
    assert "1. Dinas Perhubungan Kota Contoh 33,3% 33,3% 3" in page
    assert "– Dinas Sosial Kota Contoh – – 0" in page
    assert "Membayar di atas biaya resmi 28,6%" in page


def test_a_bad_period_is_a_clear_400(client):
    response = client.get("/kota-contoh/transparansi?periode=2026-Q7")
    assert response.status_code == 400
    assert "Pilih periode seperti 2026-Q3 atau 2026." in text_of(response)
