"""/api/v1/regions/<region>/agencies/<agency>/skm: the exact figures as open data."""
from registry.extensions import db
from tests.services.test_transparency import seed

URL = "/api/v1/regions/kota-contoh/agencies/{agency}/skm?from=2025-01-01&to=2025-03-31"


def seeded(app):
    from registry.services.catalogue import region_by_slug

    with app.app_context():
        seed(region_by_slug("kota-contoh"))
        db.session.commit()


def test_agency_figures_in_exactly_the_published_shape(app, client):
    seeded(app)
    body = client.get(URL.format(agency="dishub")).get_json()
    assert set(body) == {"respondents", "elements", "ikm", "grade", "label", "period"}
    assert body["respondents"] == 5
    assert body["elements"][0] == {"code": "U1", "name": "Persyaratan", "nrr": 3.2}
    assert body["elements"][1] == {"code": "U2", "name": "Sistem, mekanisme, dan prosedur",
                                   "nrr": 3.25}
    assert body["elements"][7] == {"code": "U8",
                                   "name": "Penanganan pengaduan, saran dan masukan",
                                   "nrr": 2.5}
    assert [e["code"] for e in body["elements"]] == [f"U{i}" for i in range(1, 10)]
    assert (body["ikm"], body["grade"], body["label"]) == (79.86, "B", "Baik")
    assert body["period"] == {"from": "2025-01-01", "to": "2025-03-31"}


def test_nrr_has_four_decimals_and_the_ikm_two(app, client):
    seeded(app)
    body = client.get(URL.format(agency="disdukcapil") + "&service=akta-kelahiran").get_json()
    assert [e["nrr"] for e in body["elements"]] == [3.0, 3.25, 3.5, 3.75, 4.0, 3.0, 3.25,
                                                     3.5, 3.75]
    assert (body["ikm"], body["grade"], body["label"]) == (86.11, "B", "Baik")
    whole = client.get(
        "/api/v1/regions/kota-contoh/agencies/disdukcapil/skm?from=2025-01-01&to=2025-12-31"
        "&lang=en").get_json()
    assert whole["respondents"] == 4 and whole["label"] == "Good"
    assert whole["elements"][0]["name"] == "Requirements"


def test_a_service_of_another_agency_or_none_at_all(app, client):
    seeded(app)
    other = client.get(URL.format(agency="dishub") + "&service=akta-kelahiran")
    assert other.status_code == 404
    assert other.get_json() == {"error": {
        "code": "not_found", "message": "Layanan itu tidak ada di perangkat daerah ini."}}
    empty = client.get(URL.format(agency="dinsos")).get_json()
    assert empty["respondents"] == 0 and empty["ikm"] is None and empty["grade"] is None
    assert all(e["nrr"] is None for e in empty["elements"])


def test_bad_periods_and_unknown_agencies_are_4xx_with_the_error_shape(client):
    base = "/api/v1/regions/kota-contoh/agencies/disdukcapil/skm"
    missing = client.get(base + "?from=2026-01-01")
    assert missing.status_code == 400
    assert missing.get_json() == {"error": {"code": "missing_parameter", "parameter": "to",
                                            "message": "\"to\" wajib diisi."}}
    backwards = client.get(base + "?from=2026-09-30&to=2026-07-01").get_json()
    assert backwards["error"]["message"] == \
        "Tanggal awal 2026-09-30 jatuh setelah tanggal akhir 2026-07-01."
    assert client.get(base + "?from=2026-13-01&to=2026-12-31").status_code == 400
    unknown = client.get("/api/v1/regions/kota-contoh/agencies/nope/skm?from=2026-01-01"
                         "&to=2026-03-31")
    assert unknown.status_code == 404 and unknown.get_json()["error"]["code"] == "not_found"
