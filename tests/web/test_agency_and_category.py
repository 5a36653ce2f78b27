"""Agency and life-event pages."""
from tests.web.test_public import text_of


def test_agency_page_has_services_hours_maklumat_and_channels(client):
    page = text_of(client.get("/kota-contoh/instansi/disdukcapil"))
    assert "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh" in page
    assert "KTP-el (Kartu Tanda Penduduk Elektronik) Gratis · 60 menit" in page
    assert "Jam pelayanan (WIB)" in page
    assert "Senin 08.00 - 15.30" in page
    assert "Maklumat pelayanan" in page
    assert "cepat, tepat, transparan, pasti dan gratis" in page.lower()
    assert "WhatsApp Pengaduan Disdukcapil" in page and "SP4N-LAPOR!" in page


def test_agency_page_in_english_uses_english_names_and_weekdays(client):
    page = text_of(client.get("/kota-contoh/instansi/disdukcapil?lang=en"))
    assert "Population and Civil Registration Office of Kota Contoh" in page
    assert "Monday 08:00 - 15:30" in page


def test_agency_of_another_region_is_not_found(app, client):
    from registry.extensions import db
    from registry.models import Region

    with app.app_context():
        db.session.add(Region(slug="kab-lain", name="Kabupaten Lain", kind="kabupaten"))
        db.session.commit()
    assert client.get("/kab-lain/instansi/disdukcapil").status_code == 404
    assert client.get("/kab-lain/layanan/ktp-el").status_code == 404


def test_root_lists_regions_when_there_are_several(app, client):
    from registry.extensions import db
    from registry.models import Region

    with app.app_context():
        db.session.add(Region(slug="kab-lain", name="Kabupaten Lain", kind="kabupaten"))
        db.session.commit()
    page = text_of(client.get("/"))
    assert "Pilih daerah Anda" in page
    assert "Kabupaten Lain" in page and "Kota Contoh" in page


def test_category_page_lists_only_that_life_event(client):
    page = text_of(client.get("/kota-contoh/kategori/kelahiran"))
    assert page.count("Gratis") >= 2
    assert "Akta Kelahiran" in page
    assert "PBG" not in page
    assert client.get("/kota-contoh/kategori/tidak-ada").status_code == 404


def test_no_published_standard_says_so_instead_of_a_blank_page(app, client):
    from registry.extensions import db
    from registry.models import Service

    with app.app_context():
        service = db.session.scalar(db.select(Service).where(Service.slug == "ktp-el"))
        for version in service.versions:
            version.status = "draft"
        db.session.commit()
    page = text_of(client.get("/kota-contoh/layanan/ktp-el"))
    assert "belum memiliki standar pelayanan yang diterbitkan" in page
