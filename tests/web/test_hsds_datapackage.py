"""/hsds/datapackage.zip: HSDS tables as CSV, valid under `frictionless validate`."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import make_app
from tests.open_data import BASE_URL

# Rows the demo region gives in every table whose count follows from the demo data alone.
DEMO_ROWS = {"organization": 7, "service": 36, "service_area": 36, "required_document": 200,
             "cost_option": 57}


@pytest.fixture
def app(databases):
    yield from make_app(databases, "demo", PUBLIC_BASE_URL=BASE_URL)


def unpack(client, folder: Path, query: str = "?region=kota-contoh") -> Path:
    response = client.get(f"/hsds/datapackage.zip{query}")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert response.headers["Content-Disposition"] == \
        "attachment; filename=hsds-kota-contoh.zip"
    zipfile.ZipFile(io.BytesIO(response.data)).extractall(folder)
    return folder / "datapackage.json"


def frictionless_validate(descriptor: Path) -> dict:
    """The frictionless command line, as a data user would run it."""
    result = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", descriptor.name],
        capture_output=True, text=True, cwd=descriptor.parent, timeout=300, check=False)
    report = json.loads(result.stdout)
    assert (result.returncode == 0) == report["valid"]
    return report


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_package_is_valid_under_frictionless(client, tmp_path):
    report = frictionless_validate(unpack(client, tmp_path))
    assert report["valid"] is True and report["stats"]["errors"] == 0
    assert all(task["valid"] for task in report["tasks"])
    counts = {task["name"]: task["stats"]["rows"] for task in report["tasks"]}
    assert {name: counts[name] for name in DEMO_ROWS} == DEMO_ROWS
    # The other tables hold exactly what the JSON form nests.
    services = client.get("/hsds/services?per_page=100&full=true").get_json()["contents"]
    organizations = client.get("/hsds/organizations?full=true").get_json()["contents"]
    nested = {key: sum(len(s[key]) for s in services)
              for key in ("metadata", "schedules", "service_at_locations", "phones")}
    locations = {loc["id"] for o in organizations for loc in o["locations"]} | {
        at["location_id"] for s in services for at in s["service_at_locations"]}
    assert (counts["metadata"], counts["schedule"], counts["service_at_location"]) == (
        nested["metadata"], nested["schedules"], nested["service_at_locations"])
    assert counts["phone"] == nested["phones"] + sum(len(o["phones"]) for o in organizations)
    assert counts["location"] == len(locations)
    assert counts["metadata"] > 0 and counts["schedule"] >= 36


def test_tables_use_the_official_columns_and_keys(client, tmp_path):
    descriptor = json.loads(unpack(client, tmp_path).read_text(encoding="utf-8"))
    assert descriptor["profile"] == "tabular-data-package"
    official = json.loads((Path(__file__).parents[2] / "registry" / "standards" / "hsds-3.0"
                           / "datapackage.json").read_text(encoding="utf-8"))
    official_fields = {r["name"]: r["schema"]["fields"] for r in official["resources"]}
    for resource in descriptor["resources"]:
        assert resource["schema"]["fields"] == official_fields[resource["name"]]
        assert resource["schema"]["primaryKey"] == "id"
    service = next(r for r in descriptor["resources"] if r["name"] == "service")
    assert service["schema"]["foreignKeys"] == [
        {"fields": "organization_id", "reference": {"resource": "organization", "fields": "id"}}]


def test_rows_hold_the_standard(client, tmp_path):
    folder = unpack(client, tmp_path).parent
    sehat = next(r for r in rows(folder, "services.csv") if r["name"] == "Surat Keterangan Sehat")
    assert sehat["id"] == "5299c49d-8663-59df-9a0a-fcf5b6d8df01"
    assert sehat["url"] == f"{BASE_URL}/kota-contoh/layanan/surat-keterangan-sehat"
    costs = [r for r in rows(folder, "cost_options.csv") if r["service_id"] == sehat["id"]]
    assert [(r["option"], r["amount"], r["currency"], r["valid_from"]) for r in costs][:2] == [
        ("Umum (contoh)", "25000", "IDR", "2026-01-05"),
        ("Pelajar dan mahasiswa (contoh)", "10000", "IDR", "2026-01-05")]
    schedule = next(r for r in rows(folder, "schedules.csv") if r["service_id"] == sehat["id"])
    assert (schedule["byday"], schedule["opens_at"], schedule["timezone"]) == (
        "MO,TU,WE,TH", "07:30:00+07:00", "7")


def test_a_broken_reference_is_caught(client, tmp_path):
    """The validator really checks the keys: a service of an unknown organisation fails."""
    folder = unpack(client, tmp_path).parent
    text = (folder / "services.csv").read_text(encoding="utf-8")
    first = rows(folder, "services.csv")[0]["organization_id"]
    (folder / "services.csv").write_text(
        text.replace(first, "00000000-0000-4000-8000-000000000000", 1), encoding="utf-8")
    report = frictionless_validate(folder / "datapackage.json")
    assert report["valid"] is False
    service = next(task for task in report["tasks"] if task["name"] == "service")
    assert [e["type"] for e in service["errors"]] == ["foreign-key"]


def test_the_only_region_is_the_default(client, tmp_path):
    assert unpack(client, tmp_path, query="").name == "datapackage.json"


def test_without_any_region_the_region_must_be_named(empty_app):
    response = empty_app.test_client().get("/hsds/datapackage.zip")
    assert response.status_code == 400
    assert response.get_json() == {"error": {
        "code": "missing_parameter", "parameter": "region",
        "message": "Sebutkan daerahnya, misalnya ?region=kota-contoh."}}
