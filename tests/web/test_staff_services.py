"""Creating a service from the staff workspace: who may, what is checked, what it makes."""
import json

from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry, Counter, Service
from tests.web.staff_helpers import ADMIN, EDITOR, OTHER_EDITOR, agency_id, login
from tests.web.test_public import text_of


def counter_id(app, agency_slug: str, name: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Counter.id).where(
            Counter.agency_id == agency_id(app, agency_slug), Counter.name == name))


def new_service_form(app, agency_slug="disdukcapil", **changes) -> dict:
    form = {"agency": str(agency_id(app, agency_slug)), "name": "Legalisir Akta Kelahiran",
            "name_en": "Birth certificate legalisation", "slug": "legalisir-akta",
            "category": "kelahiran", "synonyms": "legalisasi, cap basah",
            "online_url": "https://layanan.contoh.go.id/legalisir", "save": "1"}
    form.update(changes)
    return form


def test_an_editor_creates_a_service_with_an_empty_first_draft(app, client):
    login(client, EDITOR)
    loket = counter_id(app, "disdukcapil", "Loket 2")
    response = client.post("/staff/services/new",
                           data={**new_service_form(app), "counters": str(loket)})
    assert response.status_code == 302
    draft_id = int(response.headers["Location"].rstrip("/").split("/")[-1])
    assert response.headers["Location"].endswith(f"/staff/drafts/{draft_id}")
    with app.app_context():
        service = db.session.scalar(select(Service).where(Service.slug == "legalisir-akta"))
        assert service.agency.slug == "disdukcapil"
        assert (service.name, service.name_en, service.category) == (
            "Legalisir Akta Kelahiran", "Birth certificate legalisation", "kelahiran")
        assert service.synonyms == "legalisasi, cap basah"
        assert service.online_url == "https://layanan.contoh.go.id/legalisir"
        assert [c.name for c in service.counters] == ["Loket 2"]
        assert len(service.code) == 6
        [draft] = service.versions
        assert (draft.id, draft.number, draft.status, draft.author.email) == (
            draft_id, 1, "draft", EDITOR)
        assert draft.fee_lines == [] and draft.requirements == [] and draft.product == ""
        entry = db.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "service_created"))
        assert entry.object_id == service.id and entry.agency_id == service.agency_id
        assert json.loads(entry.after)["slug"] == "legalisir-akta"
        assert json.loads(entry.after)["counters"] == ["Loket 2"]
    page = text_of(client.get(f"/staff/drafts/{draft_id}", follow_redirects=True))
    assert "Draf v1: Legalisir Akta Kelahiran" in page
    public = text_of(client.get("/kota-contoh/layanan/legalisir-akta"))
    assert "Layanan ini belum memiliki standar pelayanan yang diterbitkan." in public


def test_the_slug_is_suggested_from_the_name_when_left_empty(app, client):
    login(client, EDITOR)
    form = new_service_form(app, slug="", name="Surat Keterangan Pindah Datang (SKPD)")
    assert client.post("/staff/services/new", data=form).status_code == 302
    assert client.post("/staff/services/new", data=form).status_code == 302
    with app.app_context():
        slugs = set(db.session.scalars(select(Service.slug).where(
            Service.name == "Surat Keterangan Pindah Datang (SKPD)")))
    assert slugs == {"surat-keterangan-pindah-datang-skpd",
                     "surat-keterangan-pindah-datang-skpd-2"}


def test_a_bad_or_taken_slug_is_refused_in_indonesian(app, client):
    login(client, EDITOR)
    response = client.post("/staff/services/new", data=new_service_form(app, slug="Akta Lahir"))
    assert response.status_code == 422
    assert ("Gunakan hanya huruf kecil, angka, dan tanda hubung (tanpa spasi), "
            "misalnya akta-kelahiran.") in text_of(response)
    response = client.post("/staff/services/new", data=new_service_form(app, slug="ktp-el"))
    assert response.status_code == 422
    assert ("Layanan lain di daerah ini sudah memakai nama alamat ini. Pilih yang lain."
            in text_of(response))
    with app.app_context():
        assert db.session.scalar(select(Service.id).where(
            Service.name == "Legalisir Akta Kelahiran")) is None


def test_an_editor_cannot_create_a_service_in_another_agency(app, client):
    login(client, OTHER_EDITOR)  # DPMPTSP
    response = client.post("/staff/services/new", data=new_service_form(app, "disdukcapil"))
    assert response.status_code == 403
    with app.app_context():
        assert db.session.scalar(select(Service.id).where(
            Service.slug == "legalisir-akta")) is None


def test_counters_of_another_agency_are_refused(app, client):
    login(client, ADMIN)
    other = counter_id(app, "dpmptsp", db_first_counter(app, "dpmptsp"))
    response = client.post("/staff/services/new",
                           data={**new_service_form(app), "counters": str(other)})
    assert response.status_code == 422
    assert "Pilih hanya loket perangkat daerah yang dipilih." in text_of(response)


def db_first_counter(app, agency_slug: str) -> str:
    with app.app_context():
        return db.session.scalar(select(Counter.name).where(
            Counter.agency_id == agency_id(app, agency_slug)).order_by(Counter.name))


def test_a_region_admin_chooses_any_agency_and_an_editor_sees_only_theirs(app, client):
    login(client, ADMIN)
    page = text_of(client.get("/staff/services/new"))
    assert "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh" in page
    assert "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" in page
    response = client.post("/staff/services/new", data=new_service_form(app, "dpmptsp"))
    assert response.status_code == 302
    with app.app_context():
        service = db.session.scalar(select(Service).where(Service.slug == "legalisir-akta"))
        assert service.agency.slug == "dpmptsp"
    client.post("/staff/logout")
    login(client, EDITOR)
    page = text_of(client.get("/staff/services/new"))
    assert "Perangkat daerah: Dinas Kependudukan dan Pencatatan Sipil Kota Contoh" in page
    assert "Dinas Penanaman Modal" not in page


def test_staff_edit_a_formula_and_payment_channels_as_lines_of_text(app, client):
    """The fee table takes the formula's inputs and the payment channels as text, checks
    them with services/rules/, stores them as data and shows them again as text."""
    from registry.extensions import db
    from registry.models import StandardVersion
    from tests.web.staff_helpers import OTHER_EDITOR, draft_form, login, start_draft

    login(client, OTHER_EDITOR)
    draft = start_draft(client, app, "pbg")
    page = client.get(f"/staff/drafts/{draft}").get_data(as_text=True)
    assert ("luas : Luas lantai bangunan : m2 : 100 :  : Floor area\n"
            "indeks : Indeks terintegrasi (dari petugas) :  : 0.45 :  : Integrated index (from "
            "the officer)\nhsr : Harga satuan retribusi : Rp/m2 : 10000 : tetap : Unit levy "
            "price</textarea>") in page
    assert "qris : QRIS tercetak pada dokumen tagihan\n" in page
    changes = {"fee_lines-0-formula_expression": "luas * indeks * hsr * 2",
               "fee_lines-0-payment_channels": "qris : QRIS pada SKRD\ncashier : Loket Kas"}
    response = client.post(f"/staff/drafts/{draft}", data=draft_form(app, draft, **changes))
    assert response.status_code == 302
    with app.app_context():
        line = db.session.get(StandardVersion, draft).fee_lines[0]
        assert line.formula_expression == "luas * indeks * hsr * 2"
        assert line.payment_channels == [{"kind": "qris", "detail": "QRIS pada SKRD"},
                                         {"kind": "cashier", "detail": "Loket Kas"}]
        assert line.formula_inputs[2] == {"name": "hsr", "label": "Harga satuan retribusi",
                                          "label_en": "Unit levy price", "unit": "Rp/m2",
                                          "example": "10000", "fixed": True}
    refused = draft_form(app, draft, **{"fee_lines-0-formula_expression": "eval('1')"})
    response = client.post(f"/staff/drafts/{draft}", data=refused)
    assert response.status_code == 422
    assert ("Rumus perhitungan: hanya angka, nama masukan, + - * / dan tanda kurung yang "
            "diperbolehkan (mis. luas * indeks * 10000).") in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(StandardVersion, draft).fee_lines[0].formula_expression == \
            "luas * indeks * hsr * 2"
