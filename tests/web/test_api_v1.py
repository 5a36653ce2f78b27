"""The open data API: every route, its filters, paging, public fields only, errors, CORS,
ETag, holidays and due dates - exact values from the demo region."""
import datetime as dt

import pytest
from icalendar import Calendar
from sqlalchemy import select

from registry.extensions import db
from registry.models import Agency, HolidayOverride, Region, StandardVersion
from tests.conftest import make_app
from tests.web.api_clock import api_year_2026  # noqa: F401

BASE = "http://registry.test"


def json_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.get_data(as_text=True))
    return response.get_json()


def test_regions_and_one_region(client):
    body = json_of(client, "/api/v1/regions")
    assert (body["page"], body["per_page"], body["total"], body["next"]) == (1, 20, 1, None)
    region = body["items"][0]
    assert region == json_of(client, "/api/v1/regions/kota-contoh")
    assert (region["slug"], region["time_zone"], region["time_zone_label"]) == \
        ("kota-contoh", "Asia/Jakarta", "WIB")
    assert region["holidays_ics_url"] == f"{BASE}/api/v1/regions/kota-contoh/holidays.ics"
    assert region["open_data_url"] == f"{BASE}/kota-contoh/data-terbuka"
    assert [c["name"] for c in region["complaint_channels"]][:2] == \
        ["SP4N-LAPOR!", "KPK - Pelaporan Gratifikasi"]


def test_agencies_are_paged_by_slug_with_next_links(client):
    first = json_of(client, "/api/v1/regions/kota-contoh/agencies?per_page=2")
    assert first["total"] >= 4
    assert [a["slug"] for a in first["items"]] == ["bapenda", "dinkes"]
    assert first["next"] == f"{BASE}/api/v1/regions/kota-contoh/agencies?per_page=2&page=2"
    second = json_of(client, first["next"].removeprefix(BASE))
    assert [a["slug"] for a in second["items"]] == ["dinsos", "disdik"]
    third = json_of(client, second["next"].removeprefix(BASE))
    dukcapil = third["items"][0]
    assert dukcapil["slug"] == "disdukcapil"
    assert dukcapil["office_hours"][0] == {"weekday": 0, "opens": "08:00", "closes": "15:30"}
    assert dukcapil["serves_on_cuti_bersama"] is False
    assert "id" not in dukcapil


def test_service_detail_has_public_fields_only(client):
    body = json_of(client, "/api/v1/services/akta-kelahiran?region=kota-contoh")
    for internal in ("id", "internal", "verified_by", "staff_competence", "author"):
        assert internal not in body
    assert body["verified_on"] == "2026-10-15"
    assert body["version"] == 2
    assert body["requirements"][0]["text"].startswith("Surat keterangan kelahiran")
    assert body["legal_basis"][0] == {
        "title": "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang "
                 "Nomor 23 Tahun 2006 tentang Administrasi Kependudukan", "url": None}
    assert body["fee"]["lines"][0]["regulation"] == "UU No. 24 Tahun 2013 Pasal 79A"
    assert body["office_hours"][4] == {"weekday": 4, "opens": "08:00", "closes": "16:00"}
    assert body["due_date_url"] == \
        f"{BASE}/api/v1/services/akta-kelahiran/due-date?region=kota-contoh"
    # The agency's own channel first, then the region's defaults.
    assert [(c["kind"], c["name"]) for c in body["complaint_channels"]] == [
        ("whatsapp", "WhatsApp Pengaduan Disdukcapil"), ("lapor", "SP4N-LAPOR!"),
        ("kpk", "KPK - Pelaporan Gratifikasi"), ("phone", "Inspektorat Kota Contoh")]


def test_versions_list_effective_dates_and_field_changes(client):
    body = json_of(client, "/api/v1/services/akta-kelahiran/versions")
    newest, older = body["items"]
    assert (newest["version"], newest["state"], newest["effective_from"],
            newest["effective_until"]) == (2, "in_force", "2026-03-02", None)
    assert (older["version"], older["state"], older["effective_until"]) == \
        (1, "superseded", "2026-03-01")
    assert newest["changes"] == [{"field": "completion", "label": "Waktu penyelesaian",
                                  "old": "7 hari kerja", "new": "5 hari kerja"}]
    assert older["changes"] == []


@pytest.mark.parametrize(("query", "expected"), [
    ("agency=dpmptsp&category=usaha&per_page=100", {"agency_slug": {"dpmptsp"}}),
    ("free=true&per_page=100", {"free": {True}}),
    ("free=false&per_page=100", {"free": {False}}),
])
def test_service_filters(client, query, expected):
    items = json_of(client, f"/api/v1/services?{query}")["items"]
    assert items
    if "agency_slug" in expected:
        assert {i["agency_slug"] for i in items} == expected["agency_slug"]
    if "free" in expected:
        assert {i["fee"]["free"] for i in items} == expected["free"]


def test_max_fee_and_max_working_days(client):
    assert json_of(client, "/api/v1/services?max_fee=1000000000000")["total"] > 0
    cheap = json_of(client, "/api/v1/services?max_fee=0&per_page=100")["items"]
    assert cheap and all(i["fee"]["free"] for i in cheap)
    under = json_of(client, "/api/v1/services?max_fee=50000&free=false&per_page=100")["items"]
    for item in under:
        office = [line for line in item["fee"]["lines"] if not line["paid_elsewhere"]]
        assert all(line["kind"] != "formula" for line in office)
        assert max(line["amount_max"] or line["amount"] or 0 for line in office) <= 50000
    quick = json_of(client, "/api/v1/services?max_working_days=1&per_page=100")["items"]
    assert "ktp-el" in {i["slug"] for i in quick}
    assert "akta-kelahiran" not in {i["slug"] for i in quick}
    assert all(i["completion_time"]["unit"] in ("minutes", "hours") or
               i["completion_time"]["value"] <= 1 for i in quick)


def test_modified_after_follows_publication_and_verification(app, client):
    everything = json_of(client, "/api/v1/services?per_page=100")["total"]
    assert json_of(client, "/api/v1/services?modified_after=2000-01-01T00:00:00Z")["total"] \
        == everything
    assert json_of(client, "/api/v1/services?modified_after=2030-01-01T00:00:00%2B07:00")[
        "total"] == 0
    with app.app_context():
        version = db.session.scalars(select(StandardVersion).where(
            StandardVersion.number == 2).limit(1)).first()
        version.verified_on = dt.date(2031, 5, 2)
        db.session.commit()
    later = json_of(client, "/api/v1/services?modified_after=2031-05-01T23:00:00%2B07:00")
    assert later["total"] == 1
    assert later["items"][0]["modified"] == "2031-05-01T17:00:00Z"


def test_q_uses_search_and_orders_by_relevance(client):
    items = json_of(client, "/api/v1/services?q=akte+kelahiran&per_page=3")["items"]
    assert items[0]["slug"] == "akta-kelahiran"
    assert json_of(client, "/api/v1/services?q=zzzqqq")["items"] == []


def test_due_date_counts_idul_fitri_and_refuses_far_times(client):
    body = json_of(client, "/api/v1/services/akta-kelahiran/due-date?submitted=2026-03-17T10:00")
    assert body == {"service": "akta-kelahiran", "region": "kota-contoh", "version": 2,
                    "time_zone": "Asia/Jakarta", "submitted": "2026-03-17T10:00:00+07:00",
                    "completion_time": {"value": 5, "unit": "working_days"},
                    "due": "2026-03-31T15:30:00+07:00", "due_date": "2026-03-31",
                    "with_time": False, "text": "Selasa, 31 Maret 2026"}
    ktp = json_of(client, "/api/v1/services/ktp-el/due-date?submitted=2026-11-23T14:00:00Z")
    assert (ktp["submitted"], ktp["due"], ktp["with_time"]) == \
        ("2026-11-23T14:00:00+00:00", "2026-11-24T09:00:00+07:00", True)
    far = client.get("/api/v1/services/ktp-el/due-date?submitted=1990-01-01")
    assert far.status_code == 400
    assert far.get_json()["error"]["message"] == (
        "Tuliskan waktu pengajuan sebagai YYYY-MM-DD atau YYYY-MM-DDTHH:MM (waktu wilayah, "
        "atau dengan selisih seperti +07:00), dari 1 Januari 2025 sampai 31 Desember 2027.")
    assert client.get("/api/v1/services/ktp-el/due-date?submitted=9999-12-31").status_code \
        == 400
    assert client.get("/api/v1/services/ktp-el/due-date").get_json()["error"] == {
        "code": "missing_parameter", "parameter": "submitted",
        "message": "\"submitted\" wajib diisi."}


def test_holidays_json_marks_sources_and_estimates(app, client):
    with app.app_context():
        region = db.session.scalar(select(Region))
        region.holiday_overrides = [HolidayOverride(day=dt.date(2026, 12, 24),
                                                    kind="working_day", name="")]
        db.session.scalar(select(Agency).where(Agency.slug == "dpmptsp")) \
            .serves_on_cuti_bersama = True
        db.session.commit()
    body = json_of(client, "/api/v1/regions/kota-contoh/holidays.json?year=2026")
    assert body["agencies_serving_on_cuti_bersama"] == ["dpmptsp"]
    assert dt.date(2026, 12, 24).isoformat() not in [i["date"] for i in body["items"]]
    assert body["items"][0] == {"date": "2026-01-01", "name": "Tahun Baru Masehi",
                                "name_en": "New Year's Day", "kind": "holiday",
                                "source": "national", "confirmed": True}
    estimated = json_of(client, "/api/v1/regions/kota-contoh/holidays.json?year=2028")
    fitri = next(i for i in estimated["items"] if i["date"] == "2028-02-27")
    assert (fitri["name"], fitri["confirmed"]) == ("Hari Raya Idul Fitri", False)


def test_holidays_ics_is_valid_icalendar(client):
    response = client.get("/api/v1/regions/kota-contoh/holidays.ics")
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    assert str(calendar["version"]) == "2.0"
    days = {e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    year = dt.date.today().year
    assert {d.year for d in days} <= {year, year + 1}
    one_year = Calendar.from_ical(
        client.get("/api/v1/regions/kota-contoh/holidays.ics?year=2026").data)
    events = one_year.walk("VEVENT")
    # 17 national holidays, 8 cuti bersama days and the demo region's closure on 31 Dec.
    assert len(events) == 26
    closure = next(e for e in events if e.decoded("dtstart") == dt.date(2026, 12, 31))
    assert str(closure["summary"]) == "Penutupan akhir tahun (contoh)"
    cuti = next(e for e in events if e.decoded("dtstart") == dt.date(2026, 3, 20))
    assert (str(cuti["summary"]), str(cuti["status"]), cuti["categories"].cats) == \
        ("Cuti Bersama Hari Raya Idul Fitri", "CONFIRMED", ["cuti_bersama"])


def test_bad_input_gets_one_error_shape(client):
    cases = {
        "/api/v1/services?per_page=101": (400, "invalid_parameter",
                                           "\"per_page\" harus antara 1 dan 100."),
        "/api/v1/services?colour=red": (400, "unknown_parameter", None),
        "/api/v1/services?free=yes": (400, "invalid_parameter",
                                       "\"free\" harus true atau false."),
        "/api/v1/services?modified_after=yesterday": (400, "invalid_parameter", None),
        "/api/v1/services?category=other": (400, "invalid_parameter", None),
        "/api/v1/services?max_fee=1000000000001": (
            400, "invalid_parameter", "\"max_fee\" harus antara 0 dan 1000000000000."),
        "/api/v1/services?page=1&page=2": (400, "invalid_parameter",
                                            "\"page\" diberikan lebih dari sekali."),
        "/api/v1/regions/tidak-ada": (404, "not_found",
                                      "Tidak ada wilayah \"tidak-ada\"."),
        "/api/v1/regions/kota-contoh/cpsv-ap.jsonld?format=ttl": (400, "unknown_parameter", None),
        "/api/v1/regions/tidak-ada/cpsv-ap.jsonld": (404, "not_found", None),
        "/api/v1/regions/kota-contoh/holidays.json?year=2101": (
            400, "invalid_parameter", "\"year\" harus antara 2015 dan 2045."),
        "/api/v1/no-such-thing": (404, "not_found", None),
        "/api/v2/services": (404, "not_found", None),
    }
    for url, (status, code, message) in cases.items():
        response = client.get(url)
        assert response.status_code == status, url
        error = response.get_json()["error"]
        assert error["code"] == code, url
        if message:
            assert error["message"] == message, url
        assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_405_has_allow_and_english_on_request(client):
    response = client.post("/api/v1/services?lang=en")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS"
    assert response.get_json() == {"error": {
        "code": "method_not_allowed",
        "message": "This address answers only GET, HEAD, OPTIONS requests."}}


def test_cors_preflight_and_etag_304(client):
    preflight = client.options("/api/v1/services", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert preflight.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert preflight.headers["Allow"] == "GET, HEAD, OPTIONS"
    first = client.get("/api/v1/services/ktp-el")
    etag = first.headers["ETag"]
    again = client.get("/api/v1/services/ktp-el", headers={"If-None-Match": etag})
    assert (again.status_code, again.data) == (304, b"")
    assert client.get("/api/v1/services/ktp-el?lang=en",
                      headers={"If-None-Match": etag}).status_code == 200


@pytest.fixture
def limited_app(databases):
    yield from make_app(databases, "demo", API_RATE_LIMIT="2 per minute")


def test_rate_limit_answers_429_with_retry_after(limited_app):
    client = limited_app.test_client()
    codes = [client.get("/api/v1/regions").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    limited = client.get("/api/v1/regions")
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.get_json()["error"]["code"] == "rate_limited"


@pytest.fixture
def unreachable_app(databases, tmp_path):
    yield from make_app(databases, "demo", SQLALCHEMY_DATABASE_URI=(
        f"sqlite:///{tmp_path}/missing-folder/none.sqlite"))


def test_unreachable_database_answers_503_with_retry_after(unreachable_app):
    response = unreachable_app.test_client().get("/api/v1/regions")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert "X-RateLimit-Limit" not in response.headers
    assert response.get_json()["error"]["code"] == "unavailable"
