"""The "Data terbuka" page, its spreadsheets, and the holiday settings staff edit."""
import csv
import io

from openpyxl import load_workbook
from sqlalchemy import select

from registry.extensions import db
from registry.models import Agency, AuditEntry
from tests.web.api_clock import api_year_2026  # noqa: F401
from tests.web.staff_helpers import ADMIN, EDITOR, agency_id, login


def test_open_data_page_links_every_export_the_licence_and_the_docs(client):
    response = client.get("/kota-contoh/data-terbuka")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<h1>Data terbuka</h1>" in page
    for href in ("/kota-contoh/data-terbuka/layanan.xlsx", "/kota-contoh/data-terbuka/layanan.csv",
                 "/api/v1/services?region=kota-contoh", "/api/v1/regions/kota-contoh/agencies",
                 "/hsds/services?region=kota-contoh",
                 "/hsds/datapackage.zip?region=kota-contoh",
                 "/api/v1/regions/kota-contoh/cpsv-ap.jsonld",
                 "/api/v1/regions/kota-contoh/holidays.ics",
                 "/api/v1/regions/kota-contoh/holidays.json", "/api/", "/api/v1/openapi.json",
                 "https://creativecommons.org/licenses/by/4.0/"):
        assert f'href="{href}"' in page, href
    assert "CC BY 4.0" in page
    assert "Seberapa sering diperbarui" in page and "Terus-menerus" in page
    assert "<script" not in page
    assert 'href="/kota-contoh/data-terbuka">Data terbuka</a>' in \
        client.get("/kota-contoh/").get_data(as_text=True)


def test_public_spreadsheets_hold_every_published_service_without_internal_fields(client):
    api_total = client.get("/api/v1/services?per_page=100").get_json()["total"]
    response = client.get("/kota-contoh/data-terbuka/layanan.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == api_total
    assert "verified_by" not in rows[0] and "staff_competence" not in rows[0]
    ktp = next(r for r in rows if r["service_slug"] == "ktp-el")
    assert (ktp["completion_value"], ktp["completion_unit"]) == ("60", "minutes")
    workbook = load_workbook(io.BytesIO(
        client.get("/kota-contoh/data-terbuka/layanan.xlsx").data))
    header = [c.value for c in workbook["Standar"][1]]
    assert "verified_by" not in header and "internal_supervision" not in header
    assert workbook["Standar"].max_row == api_total + 1


def test_region_admin_moves_a_cuti_bersama_day_and_due_dates_follow(app, client):
    one_day = "/api/v1/services/kia/due-date?submitted=2026-12-23T10:00"
    # 24 Dec cuti bersama, 25 Natal, 26-27 weekend: one working day later is Monday 28.
    assert client.get(one_day).get_json()["due_date"] == "2026-12-28"
    login(client, ADMIN)
    page = client.get("/staff/region/settings").get_data(as_text=True)
    assert "Perubahan kalender libur nasional" in page
    form = {"timezone": "Asia/Jakarta", "poster_color": "#b3261e", "save": "1",
            "closures": "2026-12-31 | Penutupan akhir tahun (contoh)",
            "holiday_overrides-0-day": "2026-12-24", "holiday_overrides-0-kind": "working_day",
            "holiday_overrides-0-name": "",
            "holiday_overrides-1-day": "2026-12-28", "holiday_overrides-1-kind": "cuti_bersama",
            "holiday_overrides-1-name": "Cuti Bersama Natal (dipindah)",
            "holiday_overrides-2-day": "", "holiday_overrides-2-kind": "holiday",
            "holiday_overrides-2-name": ""}
    assert client.post("/staff/region/settings", data=form).status_code == 302
    with app.app_context():
        entry = db.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.action == "region_settings_changed"
        assert '["2026-12-28", "cuti_bersama", "Cuti Bersama Natal (dipindah)"]' in entry.after
    # 24 Dec now works, 28 Dec is off instead.
    assert client.get(one_day).get_json()["due_date"] == "2026-12-24"
    # Five working days: 24, 29, 30 Dec (31 closure, 1 Jan), 4 Jan (5 Jan Isra Mikraj), 6 Jan.
    five = client.get("/api/v1/services/akta-kelahiran/due-date?submitted=2026-12-23T10:00")
    assert five.get_json()["due_date"] == "2027-01-06"
    holidays = client.get("/api/v1/regions/kota-contoh/holidays.json?year=2026").get_json()
    moved = next(i for i in holidays["items"] if i["date"] == "2026-12-28")
    assert (moved["source"], moved["kind"]) == ("region_override", "cuti_bersama")
    again = client.get("/staff/region/settings").get_data(as_text=True)
    assert 'value="2026-12-28"' in again and "Cuti Bersama Natal (dipindah)" in again


def test_override_rows_are_checked(client):
    login(client, ADMIN)
    base = {"timezone": "Asia/Jakarta", "poster_color": "#b3261e", "save": "1"}
    twice = client.post("/staff/region/settings", data={
        **base, "holiday_overrides-0-day": "2026-12-24", "holiday_overrides-0-kind": "holiday",
        "holiday_overrides-1-day": "2026-12-24", "holiday_overrides-1-kind": "working_day"})
    assert twice.status_code == 422
    assert "Setiap tanggal hanya boleh diubah satu kali." in twice.get_data(as_text=True)
    nameless_date = client.post("/staff/region/settings", data={
        **base, "holiday_overrides-0-day": "", "holiday_overrides-0-kind": "holiday",
        "holiday_overrides-0-name": "Libur daerah"})
    assert nameless_date.status_code == 422


def test_agency_states_it_serves_on_cuti_bersama(app, client):
    url = "/api/v1/services/ktp-el/due-date?submitted=2026-12-24T09:00"
    # 24 Dec is cuti bersama, 25 Natal, then the weekend: 60 minutes after Monday's opening.
    assert client.get(url).get_json()["due"] == "2026-12-28T09:00:00+07:00"
    login(client, EDITOR)
    aid = agency_id(app, "disdukcapil")
    form = {"address": "Jl. Baru 1", "phone": "0211234", "email": "dukcapil@contoh.go.id",
            "maklumat": "Kami siap melayani", "counters-0-name": "Loket 1",
            "counters-0-location": "MPP",
            "serves_on_cuti_bersama": "y", "save": "1"}
    for day in range(7):
        form[f"hours-{day}-opens"] = "08:00" if day < 5 else ""
        form[f"hours-{day}-closes"] = "15:30" if day < 5 else ""
    assert client.post(f"/staff/agencies/{aid}/settings", data=form).status_code == 302
    with app.app_context():
        assert db.session.get(Agency, aid).serves_on_cuti_bersama is True
    # The office now serves on cuti bersama: ready an hour later, the same day.
    assert client.get(url).get_json()["due"] == "2026-12-24T10:00:00+07:00"
    agencies = client.get("/api/v1/regions/kota-contoh/agencies?per_page=100").get_json()
    assert next(a for a in agencies["items"] if a["slug"] == "disdukcapil")[
        "serves_on_cuti_bersama"] is True
