"""HSDS 3.0 at /hsds/: every answer validates against the official compiled schemas."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select

from registry.extensions import db
from registry.models import Service
from registry.models.service import CATEGORIES
from registry.services import hsds, standards
from registry.services.accounts import user_by_email
from registry.services.catalogue import region_by_slug, service_by_slug
from registry.services.schedule import region_today
from tests.conftest import make_app
from tests.open_data import (
    BASE_URL,
    hsds_page_validator,
    hsds_validator,
    schema_errors,
)

KTP_ID = "4e8f66de-d93c-5f85-979e-5cd106a5926f"
SEHAT_ID = "5299c49d-8663-59df-9a0a-fcf5b6d8df01"
DISDUKCAPIL_ID = "31d715cd-2a82-5fa2-8ef2-e0fb9610a846"
DEMO_SERVICES = 36
PAGE_FIELDS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
               "empty", "contents"}


@pytest.fixture
def app(databases):
    yield from make_app(databases, "demo", PUBLIC_BASE_URL=BASE_URL)


def all_services(client, **params) -> list[dict]:
    body = client.get("/hsds/services", query_string={"per_page": 100, **params}).get_json()
    return body["contents"]


def test_every_demo_service_validates_against_the_compiled_schema(client):
    listing = client.get("/hsds/services?per_page=100").get_json()
    assert schema_errors(hsds_page_validator("service_list.json"), listing) == []
    assert len(listing["contents"]) == DEMO_SERVICES
    validator = hsds_validator("service_with_definitions.json")
    for item in listing["contents"]:
        document = client.get(f"/hsds/services/{item['id']}").get_json()
        assert schema_errors(validator, document) == [], item["name"]
        assert document["cost_options"] and document["required_documents"]
        assert document["schedules"] and document["service_areas"] and document["phones"]
    full = client.get("/hsds/services?per_page=100&full=true").get_json()
    assert schema_errors(hsds_page_validator("service_with_definitions.json"), full) == []


def test_organizations_validate_against_the_compiled_schemas(client):
    listing = client.get("/hsds/organizations").get_json()
    assert schema_errors(hsds_page_validator("organization_list.json"), listing) == []
    assert [o["alternate_name"] for o in listing["contents"]] == [
        "Bapenda", "Dinkes", "Dinsos", "Disdik", "Disdukcapil", "Dishub", "DPMPTSP"]
    validator = hsds_validator("organization.json.gz")
    for item in listing["contents"]:
        for full_service in ("false", "true"):
            document = client.get(f"/hsds/organizations/{item['id']}",
                                  query_string={"full_service": full_service}).get_json()
            assert schema_errors(validator, document) == [], item["name"]
    full = client.get("/hsds/organizations?full=true&full_service=true").get_json()
    assert schema_errors(hsds_page_validator("organization.json.gz"), full) == []


def test_a_service_in_detail(client):
    sehat = client.get(f"/hsds/services/{SEHAT_ID}").get_json()
    assert sehat["name"] == "Surat Keterangan Sehat"
    assert sehat["url"] == f"{BASE_URL}/kota-contoh/layanan/surat-keterangan-sehat"
    assert sehat["organization_id"] == sehat["organization"]["id"]
    assert sehat["assured_date"] == "2026-10-12"
    assert sehat["assurer_email"] == "dinkes@contoh.go.id"
    assert sehat["last_modified"] == "2026-01-05T00:00:00.000Z"
    assert [(c["option"], c["amount"], c["currency"], c["valid_from"])
            for c in sehat["cost_options"]] == [
        ("Umum (contoh)", 25000, "IDR", "2026-01-05"),
        ("Pelajar dan mahasiswa (contoh)", 10000, "IDR", "2026-01-05"),
        ("Penerima bantuan iuran JKN (PBI-JK) atau pemegang SKTM (contoh)", 0, "IDR",
         "2026-01-05"),
        ("Pemeriksaan golongan darah, bila diminta (contoh)", 15000, "IDR", "2026-01-05"),
    ]
    assert all("valid_to" not in c for c in sehat["cost_options"])
    assert sehat["cost_options"][0]["amount_description"] == (
        "Umum (contoh): Rp25.000 (Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah "
        "dan Retribusi Daerah (contoh))")
    assert [(s["byday"], s["opens_at"], s["closes_at"], s["timezone"])
            for s in sehat["schedules"]] == [("MO,TU,WE,TH", "07:30:00+07:00", "14:00:00+07:00", 7),
                                             ("FR", "07:30:00+07:00", "11:00:00+07:00", 7)]
    assert sehat["schedules"][1]["description"] == (
        "Jumat 07.30-11.00 WIB. Tutup pada hari libur nasional dan cuti bersama.")
    assert [a["name"] for a in sehat["service_areas"]] == ["Kota Contoh"]
    assert [(p["number"], p["type"]) for p in sehat["phones"]] == [
        ("(0000) 123-405", "voice"), ("0812-0000-3456", "text"), ("0800-0000-2026", "voice")]
    assert [s["location"]["name"] for s in sehat["service_at_locations"]] == [
        "Loket Puskesmas Contoh Utara", "Loket Puskesmas Contoh Selatan"]
    assert sehat["required_documents"][0]["document"] == \
        "KTP-el, kartu pelajar atau kartu identitas lain"


def test_metadata_is_the_field_level_change_history_by_role(client):
    metadata = client.get(f"/hsds/services/{SEHAT_ID}").get_json()["metadata"]
    fee_change = next(m for m in metadata if m["field_name"] == "cost_options")
    assert fee_change["last_action_type"] == "update"
    assert fee_change["last_action_date"] == "2026-01-05"
    assert fee_change["previous_value"].startswith("Umum (contoh): Rp20.000")
    assert fee_change["replacement_value"].startswith("Umum (contoh): Rp25.000")
    assert fee_change["updated_by"] == "Dinkes"
    assert fee_change["resource_id"] == SEHAT_ID and fee_change["resource_type"] == "service"


def publish_fee(app, slug: str, amount: int, days_ahead: int) -> dt.date:
    """Publish a new KTP-el style fee through the staff workflow, effective days ahead."""
    with app.app_context():
        region = region_by_slug("kota-contoh")
        service = service_by_slug(region, slug)
        editor = user_by_email("editor.dukcapil@contoh.go.id")
        approver = user_by_email("approver.dukcapil@contoh.go.id")
        today = region_today(region)
        draft = standards.new_draft_from(service, editor, today)
        values = standards.snapshot(draft)
        values["fee_lines"] = [{"kind": "fixed", "amount": amount, "label": "Cetak ulang",
                                "regulation": "Perwal 9/2026"}]
        standards.save_draft(draft, values, draft.revision, editor)
        standards.submit(draft, editor)
        effective = today + dt.timedelta(days=days_ahead)
        standards.approve(draft, approver, effective, today)
        db.session.commit()
        return effective


def test_a_scheduled_version_gives_valid_from_and_valid_to(app, client):
    effective = publish_fee(app, "ktp-el", 15000, 30)
    ktp = client.get(f"/hsds/services/{KTP_ID}").get_json()
    assert schema_errors(hsds_validator("service_with_definitions.json"), ktp) == []
    now_option, later_option = ktp["cost_options"]
    assert (now_option["amount"], now_option["valid_from"], now_option["valid_to"]) == (
        0, "2026-07-01", (effective - dt.timedelta(days=1)).isoformat())
    assert (later_option["amount"], later_option["valid_from"], later_option["option"]) == (
        15000, effective.isoformat(), "Cetak ulang")
    assert "valid_to" not in later_option
    assert ktp["alert"].startswith("Standar baru berlaku mulai ")
    change = [m for m in ktp["metadata"] if m["field_name"] == "cost_options"][-1]
    assert change["updated_by"] == "Pemberi persetujuan perangkat daerah, Disdukcapil"
    assert "Approver" not in change["updated_by"]


def test_modified_after_returns_what_changed_since(app, client):
    assert len(all_services(client, modified_after="2000-01-01")) == DEMO_SERVICES
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    publish_fee(app, "kia", 5000, 1)
    changed = all_services(client, modified_after=before.isoformat())
    assert [s["name"] for s in changed] == ["Kartu Identitas Anak (KIA)"]
    kia = changed[0]
    assert dt.datetime.fromisoformat(kia["last_modified"]) >= before
    assert all_services(client, modified_after=(before + dt.timedelta(days=2)).isoformat()) \
        == []


def test_paging_fields_follow_the_reference(client):
    first = client.get("/hsds/services?per_page=5").get_json()
    assert set(first) == PAGE_FIELDS
    assert {k: first[k] for k in PAGE_FIELDS - {"contents"}} == {
        "total_items": 36, "total_pages": 8, "page_number": 1, "size": 5,
        "first_page": True, "last_page": False, "empty": False}
    last = client.get("/hsds/services?per_page=5&page=8").get_json()
    assert (last["size"], last["last_page"], last["first_page"]) == (1, True, False)
    beyond = client.get("/hsds/services?per_page=5&page=9").get_json()
    assert (beyond["contents"], beyond["empty"], beyond["size"]) == ([], True, 0)
    names = [s["name"] for s in all_services(client)]
    paged = [s["name"] for p in range(1, 9)
             for s in client.get(f"/hsds/services?per_page=5&page={p}").get_json()["contents"]]
    assert paged == names and len(set(names)) == DEMO_SERVICES


def test_filters_by_region_organization_and_search(client):
    assert len(all_services(client, region="kota-contoh")) == DEMO_SERVICES
    own = all_services(client, organization_id=DISDUKCAPIL_ID)
    assert len(own) == 12 and {s["organization_id"] for s in own} == {DISDUKCAPIL_ID}
    found = all_services(client, search="akte kelahiran")
    assert "Akta Kelahiran" in [s["name"] for s in found] and len(found) < DEMO_SERVICES
    organizations = client.get("/hsds/organizations?search=kesehatan").get_json()["contents"]
    assert [o["alternate_name"] for o in organizations] == ["Dinkes"]


def test_ids_are_stable_uuids_without_database_ids(client):
    ids = [s["id"] for s in all_services(client)]
    assert KTP_ID in ids and SEHAT_ID in ids
    organization = client.get(f"/hsds/organizations/{DISDUKCAPIL_ID}").get_json()
    assert organization["name"] == "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh"
    assert organization["uri"] == f"{BASE_URL}/kota-contoh/instansi/disdukcapil"
    assert len(organization["services"]) == 12


def test_links_come_from_configuration_not_the_host_header(client):
    item = client.get("/hsds/services?per_page=1",
                      headers={"Host": "evil.example"}).get_json()["contents"][0]
    assert item["url"].startswith(f"{BASE_URL}/kota-contoh/layanan/")


NUMBER = "harus bilangan bulat dari 1 sampai"
WHEN = ("modified_after harus berupa tanggal atau tanggal-waktu ISO 8601, misalnya 2026-10-01 "
        "atau 2026-10-01T08:00:00+07:00.")


@pytest.mark.parametrize("query, code, parameter, message", [
    ("page=0", "invalid_parameter", "page", f"page {NUMBER} 1000000."),
    ("page=abc", "invalid_parameter", "page", f"page {NUMBER} 1000000."),
    ("per_page=101", "invalid_parameter", "per_page", f"per_page {NUMBER} 100."),
    ("per_page=-1", "invalid_parameter", "per_page", f"per_page {NUMBER} 100."),
    ("per_page=%D9%A3", "invalid_parameter", "per_page", f"per_page {NUMBER} 100."),
    ("modified_after=yesterday", "invalid_parameter", "modified_after", WHEN),
    ("modified_after=2026-13-45", "invalid_parameter", "modified_after", WHEN),
    ("full=yes", "invalid_parameter", "full", "full harus true atau false."),
    ("taxonomy_id=x", "unknown_parameter", "taxonomy_id",
     "Parameter tidak dikenal: taxonomy_id. Yang diterima: full, modified_after, "
     "organization_id, page, per_page, region, search."),
])
def test_bad_input_is_400_with_the_error_shape(client, query, code, parameter, message):
    response = client.get(f"/hsds/services?{query}")
    assert response.status_code == 400
    assert response.get_json() == {"error": {"code": code, "parameter": parameter,
                                             "message": message}}


@pytest.mark.parametrize("path, message", [
    ("/hsds/services/00000000-0000-0000-0000-000000000000",
     'Tidak ada layanan dengan id "00000000-0000-0000-0000-000000000000".'),
    ("/hsds/services/42", 'Tidak ada layanan dengan id "42".'),
    ("/hsds/organizations/ktp-el", 'Tidak ada organisasi dengan id "ktp-el".'),
    ("/hsds/services?organization_id=nope", 'Tidak ada organisasi dengan id "nope".'),
    ("/hsds/services?region=atlantis", 'Tidak ada daerah "atlantis".'),
    ("/hsds/datapackage.zip?region=atlantis", 'Tidak ada daerah "atlantis".'),
    ("/hsds/taxonomies", "Halaman yang Anda cari tidak ada. Mungkin sudah dipindahkan."),
])
def test_unknown_ids_are_404_with_the_error_shape(client, path, message):
    response = client.get(path)
    assert response.status_code == 404
    assert response.get_json() == {"error": {"code": "not_found", "message": message}}


def test_errors_follow_the_reader_language(client):
    response = client.get("/hsds/services?page=0", headers={"Accept-Language": "en"})
    assert response.get_json()["error"]["message"] == \
        "page must be a whole number from 1 to 1000000."


def test_garbage_never_gives_a_server_error(client):
    for query in ("page=1e9", "per_page=", "modified_after=", "modified_after=%00",
                  "search=%00", "search=" + "x" * 5000, "region=", "full=",
                  "organization_id=" + "a" * 300, "page=99999999999999999999"):
        assert client.get(f"/hsds/services?{query}").status_code < 500, query
    for path in ("/hsds/organizations/" + "z" * 500, "/hsds/", "/hsds/services/%C3%28"):
        assert client.get(path).status_code in (200, 404), path
    # Control characters are refused before any view runs, still in the JSON shape.
    for path in ("/hsds/services/%00", "/hsds/services?search=%00"):
        response = client.get(path)
        assert response.status_code == 400, path
        assert response.get_json()["error"]["code"] == "bad_request"


def test_about_names_the_hsds_version(client):
    assert client.get("/hsds/").get_json() == {"version": "3.0"}


def test_an_open_draft_changes_nothing_published(app, client):
    before = client.get(f"/hsds/services/{KTP_ID}").get_json()
    with app.app_context():
        service = service_by_slug(region_by_slug("kota-contoh"), "ktp-el")
        editor = user_by_email("editor.dukcapil@contoh.go.id")
        draft = standards.new_draft_from(service, editor, region_today(service.region))
        values = standards.snapshot(draft)
        values["fee_lines"] = [{"kind": "fixed", "amount": 99000, "label": "Draf"}]
        standards.save_draft(draft, values, draft.revision, editor)
        db.session.commit()
    assert client.get(f"/hsds/services/{KTP_ID}").get_json() == before


@pytest.mark.parametrize("method, path", [
    ("post", "/hsds/services"), ("delete", f"/hsds/services/{KTP_ID}"), ("put", "/hsds/"),
    ("patch", "/hsds/datapackage.zip"),
])
def test_other_methods_are_405_with_allow(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 405 and response.headers["Allow"] == "GET, HEAD, OPTIONS"
    assert response.get_json() == {"error": {
        "code": "method_not_allowed",
        "message": "Alamat ini tidak menerima permintaan jenis itu."}}


def test_an_unknown_address_with_another_method_is_404(client):
    response = client.post("/hsds/taxonomies")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


def test_a_page_loads_only_its_own_services_from_the_database(app):
    """Without modified_after or search the database cuts the page: the same services, in
    the same order and with the same totals as the whole list cut in Python, and no more
    services loaded than the page shows."""
    loaded: list[int] = []

    def count(target, _context):
        loaded.append(target.id)

    with app.app_context():
        disdukcapil = hsds.agency_by_id(DISDUKCAPIL_ID)
        # A service without a standard in force, first in the order: never listed.
        db.session.add(Service(region_id=disdukcapil.region_id, agency_id=disdukcapil.id,
                               slug="aaa-belum-terbit", code="AAA1", name="Belum terbit",
                               category=next(iter(CATEGORIES))))
        db.session.commit()
        all_services_count = db.session.scalar(select(func.count(Service.id)))
        for organization in (None, disdukcapil):
            whole = hsds.select_listings(hsds.listings(), None, organization)
            for page in range(1, len(whole) // 7 + 3):
                db.session.expunge_all()
                loaded.clear()
                event.listen(Service, "load", count)
                try:
                    fields, chunk = hsds.listing_page(None, organization, page, 7)
                finally:
                    event.remove(Service, "load", count)
                expected_fields, expected = hsds.page_of(whole, page, 7)
                assert fields == expected_fields
                assert [i.service.id for i in chunk] == [i.service.id for i in expected]
                assert sorted(loaded) == sorted(i.service.id for i in expected)
        agencies = hsds.agencies()
        for page in (1, 2, 3):
            fields, chunk = hsds.agency_page(None, page, 2)
            assert (fields, chunk) == hsds.page_of(agencies, page, 2)
    assert all_services_count == DEMO_SERVICES + 1
