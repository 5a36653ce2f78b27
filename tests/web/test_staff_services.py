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
