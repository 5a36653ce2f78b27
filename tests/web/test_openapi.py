"""The OpenAPI 3.1 document: valid, complete (every route, nothing extra), every documented
status reachable, real answers valid against its schemas, and its docs page."""
import re

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource

from tests.conftest import make_app
from tests.web.api_clock import api_year_2026  # noqa: F401

DOCUMENT = "/api/v1/openapi.json"
SUBMITTED = "2026-03-17T10:00"
# One request per documented (path, status): proof that each status is reachable.
REACHING = {
    ("/api/v1/openapi.json", "200"): "/api/v1/openapi.json",
    ("/api/v1/openapi.json", "400"): "/api/v1/openapi.json?page=1",
    ("/api/v1/regions", "200"): "/api/v1/regions",
    ("/api/v1/regions", "400"): "/api/v1/regions?per_page=0",
    ("/api/v1/regions/{region}", "200"): "/api/v1/regions/kota-contoh",
    ("/api/v1/regions/{region}", "400"): "/api/v1/regions/kota-contoh?lang=fr",
    ("/api/v1/regions/{region}", "404"): "/api/v1/regions/kota-lain",
    ("/api/v1/regions/{region}/agencies", "200"): "/api/v1/regions/kota-contoh/agencies",
    ("/api/v1/regions/{region}/agencies", "400"): "/api/v1/regions/kota-contoh/agencies?page=x",
    ("/api/v1/regions/{region}/agencies", "404"): "/api/v1/regions/kota-lain/agencies",
    ("/api/v1/regions/{region}/agencies/{agency}/skm", "200"):
        "/api/v1/regions/kota-contoh/agencies/dishub/skm?from=2025-01-01&to=2025-03-31",
    ("/api/v1/regions/{region}/agencies/{agency}/skm", "400"):
        "/api/v1/regions/kota-contoh/agencies/dishub/skm?from=2025-04-01&to=2025-03-31",
    ("/api/v1/regions/{region}/agencies/{agency}/skm", "404"):
        "/api/v1/regions/kota-contoh/agencies/nope/skm?from=2025-01-01&to=2025-03-31",
    ("/api/v1/regions/{region}/cpsv-ap.jsonld", "200"):
        "/api/v1/regions/kota-contoh/cpsv-ap.jsonld",
    ("/api/v1/regions/{region}/cpsv-ap.jsonld", "400"):
        "/api/v1/regions/kota-contoh/cpsv-ap.jsonld?format=ttl",
    ("/api/v1/regions/{region}/cpsv-ap.jsonld", "404"): "/api/v1/regions/kota-lain/cpsv-ap.jsonld",
    ("/api/v1/regions/{region}/holidays.json", "200"):
        "/api/v1/regions/kota-contoh/holidays.json?year=2027",
    ("/api/v1/regions/{region}/holidays.json", "400"):
        "/api/v1/regions/kota-contoh/holidays.json?year=1999",
    ("/api/v1/regions/{region}/holidays.json", "404"): "/api/v1/regions/kota-lain/holidays.json",
    ("/api/v1/regions/{region}/holidays.ics", "200"):
        "/api/v1/regions/kota-contoh/holidays.ics",
    ("/api/v1/regions/{region}/holidays.ics", "400"):
        "/api/v1/regions/kota-contoh/holidays.ics?year=next",
    ("/api/v1/regions/{region}/holidays.ics", "404"): "/api/v1/regions/kota-lain/holidays.ics",
    ("/api/v1/services", "200"): "/api/v1/services?region=kota-contoh&free=true&max_fee=0",
    ("/api/v1/services", "400"): "/api/v1/services?max_working_days=-1",
    ("/api/v1/services", "404"): "/api/v1/services?agency=tidak-ada",
    ("/api/v1/services/{slug}", "200"): "/api/v1/services/ktp-el",
    ("/api/v1/services/{slug}", "400"): "/api/v1/services/ktp-el?region=Kota Contoh",
    ("/api/v1/services/{slug}", "404"): "/api/v1/services/ktp-lama",
    ("/api/v1/services/{slug}/versions", "200"): "/api/v1/services/ktp-el/versions",
    ("/api/v1/services/{slug}/versions", "400"): "/api/v1/services/ktp-el/versions?q=1",
    ("/api/v1/services/{slug}/versions", "404"): "/api/v1/services/ktp-lama/versions",
    ("/api/v1/services/{slug}/due-date", "200"):
        f"/api/v1/services/ktp-el/due-date?submitted={SUBMITTED}",
    ("/api/v1/services/{slug}/due-date", "400"):
        "/api/v1/services/ktp-el/due-date?submitted=2026-02-30",
    ("/api/v1/services/{slug}/due-date", "404"):
        f"/api/v1/services/ktp-lama/due-date?submitted={SUBMITTED}",
}


@pytest.fixture
def document(client):
    return client.get(DOCUMENT).get_json()


def check(document, schema, instance):
    """Validate against a schema of the document, resolving its #/components refs."""
    rooted = _rooted(schema)
    registry = Registry().with_resource("urn:doc", Resource.from_contents(
        {**document, "$schema": "https://json-schema.org/draft/2020-12/schema"}))
    errors = list(Draft202012Validator(rooted, registry=registry).iter_errors(instance))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def _rooted(schema):
    if isinstance(schema, dict):
        return {k: ("urn:doc" + v if k == "$ref" and v.startswith("#") else _rooted(v))
                for k, v in schema.items()}
    if isinstance(schema, list):
        return [_rooted(v) for v in schema]
    return schema


def test_the_document_is_valid_openapi_3_1(document):
    assert document["openapi"] == "3.1.0"
    validate_openapi(document)
    assert document["info"]["license"] == {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"}


def test_every_api_route_is_documented_and_every_documented_path_exists(app, document):
    routed = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and not rule.endpoint.endswith("unknown_path"):
            routed.add(re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule))
    assert routed == set(document["paths"])
    assert len(routed) == 12


def test_every_documented_status_is_reachable_and_answers_as_documented(client, document):
    documented = {(path, status) for path, item in document["paths"].items()
                  for status in item["get"]["responses"] if status not in ("304", "429", "503")}
    assert documented == set(REACHING)
    for (path, status), url in REACHING.items():
        response = client.get(url)
        assert str(response.status_code) == status, (url, response.get_data(as_text=True))
        spec = document["paths"][path]["get"]["responses"][status]
        media, content = next(iter(spec["content"].items()))
        assert response.mimetype == media, url
        if media == "application/json":
            check(document, content["schema"], response.get_json())


def test_304_429_and_503_are_documented_with_their_headers(document):
    for item in document["paths"].values():
        responses = item["get"]["responses"]
        assert responses["304"]["description"]
        assert responses["200"]["headers"]["ETag"]["required"] is True
        for status in ("429", "503"):
            assert responses[status]["headers"]["Retry-After"]["required"] is True


def test_examples_conform_to_their_schemas(document):
    for path, item in document["paths"].items():
        for response in item["get"]["responses"].values():
            for media, content in response.get("content", {}).items():
                if "example" in content and media == "application/json":
                    check(document, content["schema"], content["example"])
        for parameter in item["get"]["parameters"]:
            if "example" in parameter:
                example = parameter["example"]
                assert Draft202012Validator(parameter["schema"]).is_valid(example), \
                    (path, parameter["name"])
    error = document["components"]["schemas"]["Error"]
    check(document, error, error["example"])


def test_all_demo_services_validate_against_the_schemas(client, document):
    listing = client.get("/api/v1/services?per_page=100").get_json()
    check(document, {"$ref": "#/components/schemas/ServiceList"}, listing)
    for item in listing["items"]:
        slug = item["slug"]
        check(document, {"$ref": "#/components/schemas/Service"},
              client.get(f"/api/v1/services/{slug}").get_json())
        check(document, {"$ref": "#/components/schemas/VersionList"},
              client.get(f"/api/v1/services/{slug}/versions").get_json())
        check(document, {"$ref": "#/components/schemas/DueDate"},
              client.get(f"/api/v1/services/{slug}/due-date?submitted={SUBMITTED}").get_json())
    check(document, {"$ref": "#/components/schemas/AgencyList"},
          client.get("/api/v1/regions/kota-contoh/agencies?per_page=100").get_json())


def test_submitted_pattern_accepts_exactly_its_years(document):
    parameters = document["paths"]["/api/v1/services/{slug}/due-date"]["get"]["parameters"]
    schema = next(p["schema"] for p in parameters if p["name"] == "submitted")
    first, _, last = schema["x-accepted-years"]
    valid = Draft202012Validator(schema).is_valid
    assert valid(f"{first}-01-01") and valid(f"{last}-12-31T23:59:59.5+07:00")
    assert not valid(f"{first - 1}-12-31") and not valid(f"{last + 1}-01-01")
    assert not valid(f"{first}-02-30") and not valid(f"{first}-13-01")


def test_docs_page_renders_the_document_in_both_languages(client):
    page = client.get("/api/").get_data(as_text=True)
    assert "<h1>API registri layanan publik" in page
    assert "<code>GET /api/v1/services/{slug}/due-date</code>" in page
    assert "Slug wilayah; boleh dikosongkan" in page
    assert "<script" not in page and "cdn" not in page.lower()
    english = client.get("/api/?lang=en").get_data(as_text=True)
    assert "<h1>Public service registry API" in english
    assert "Items per page, at most 100." in english
    assert "integer 1-100" in english


@pytest.fixture
def public_base_app(databases):
    yield from make_app(databases, "demo", PUBLIC_BASE_URL="https://layanan.example.go.id")


def test_links_and_server_use_the_public_base_url(public_base_app):
    client = public_base_app.test_client()
    assert client.get(DOCUMENT).get_json()["servers"] == [
        {"url": "https://layanan.example.go.id"}]
    item = client.get("/api/v1/services?per_page=1").get_json()["items"][0]
    assert item["url"].startswith("https://layanan.example.go.id/kota-contoh/layanan/")
