"""CPSV-AP 3.2.0 JSON-LD per region: conforms to the official SHACL shapes."""
from __future__ import annotations

import json

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from tests.conftest import make_app
from tests.open_data import BASE_URL, shacl_report

CPSV = Namespace("http://purl.org/vocab/cpsv#")
CV = Namespace("http://data.europa.eu/m8g/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
# Open namespaces: rdflib's closed ones warn when pytest inspects module attributes.
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
IDR = URIRef("http://publications.europa.eu/resource/authority/currency/IDR")
PAGE = f"{BASE_URL}/kota-contoh/layanan"
DOCUMENT = f"{BASE_URL}/api/v1/regions/kota-contoh/cpsv-ap.jsonld"


@pytest.fixture
def app(databases):
    yield from make_app(databases, "demo", PUBLIC_BASE_URL=BASE_URL)


@pytest.fixture
def graph(client) -> Graph:
    response = client.get("/api/v1/regions/kota-contoh/cpsv-ap.jsonld")
    assert response.status_code == 200 and response.mimetype == "application/ld+json"
    # The context is inline: parsing needs no network.
    return Graph().parse(data=response.data, format="json-ld")


def service(slug: str) -> URIRef:
    return URIRef(f"{PAGE}/{slug}#service")


def test_the_region_conforms_to_the_official_shapes(graph):
    conforms, violations, text = shacl_report(graph)
    assert (conforms, violations) == (True, 0), text
    assert len(set(graph.subjects(RDF.type, CPSV.PublicService))) == 36
    assert len(set(graph.subjects(RDF.type, CV.PublicOrganisation))) == 7


def test_the_validator_is_live_an_untyped_code_list_iri_is_a_violation(graph):
    """As in the official example: a currency IRI that is not a skos:Concept fails."""
    graph.remove((IDR, RDF.type, SKOS.Concept))
    conforms, violations, text = shacl_report(graph)
    assert conforms is False and violations == 57  # one per fee line of the region
    assert "currency" in text


def test_costs_carry_value_and_currency(graph):
    costs = list(graph.objects(service("surat-keterangan-sehat"), CV.hasCost))
    values = sorted(graph.value(cost, CV.hasValue).toPython() for cost in costs)
    assert values == [0.0, 10000.0, 15000.0, 25000.0]
    assert all(graph.value(cost, CV.hasValue).datatype == XSD.double for cost in costs)
    assert {graph.value(cost, CV.currency) for cost in costs} == {IDR}
    first = URIRef(f"{PAGE}/surat-keterangan-sehat#cost-1")
    assert str(graph.value(first, DCTERMS.description)) == (
        "Umum (contoh): Rp25.000 (Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan "
        "Retribusi Daerah (contoh))")
    formula = URIRef(f"{PAGE}/pbg#cost-1")
    assert graph.value(formula, CV.hasValue) is None
    assert graph.value(formula, CV.currency) == IDR


def test_processing_time_is_an_iso_duration_and_working_days_are_explained(graph):
    akta = service("akta-kelahiran")
    assert graph.value(akta, CV.processingTime) == Literal("P5D", datatype=XSD.duration)
    description = str(graph.value(akta, DCTERMS.description))
    assert "Waktu penyelesaian: 5 hari kerja (hari kerja tidak termasuk akhir pekan, hari " \
        "libur nasional, cuti bersama dan hari libur daerah)" in description
    assert graph.value(service("ktp-el"), CV.processingTime) == \
        Literal("PT60M", datatype=XSD.duration)
    assert graph.value(service("nib"), CV.processingTime) == Literal("PT1H", datatype=XSD.duration)
    assert graph.value(service("pbg"), CV.processingTime) == Literal("P28D", datatype=XSD.duration)


def test_evidence_output_legal_basis_channels_and_authority(graph):
    ktp = service("ktp-el")
    evidence = sorted(graph.objects(ktp, CPSV.hasInput))
    titles = {str(t) for e in evidence for t in graph.objects(e, DCTERMS.title)
              if t.language == "id"}
    assert "Kartu Keluarga asli atau menyebutkan NIK" in titles
    assert all((e, RDF.type, CV.Evidence) in graph for e in evidence)
    output = graph.value(ktp, CPSV.produces)
    assert (output, RDF.type, CV.Output) in graph
    legal = [graph.value(r, DCTERMS.title) for r in graph.objects(ktp, CV.hasLegalResource)]
    assert legal and all((r, RDF.type, ELI.LegalResource) in graph
                         for r in graph.objects(ktp, CV.hasLegalResource))
    authority = graph.value(ktp, CV.hasCompetentAuthority)
    assert authority == URIRef(f"{BASE_URL}/kota-contoh/instansi/disdukcapil#organisation")
    assert graph.value(authority, SKOS.prefLabel, any=True) is not None
    area = URIRef(f"{BASE_URL}/kota-contoh/#area")
    assert graph.value(ktp, DCTERMS.spatial) == area == graph.value(authority, DCTERMS.spatial)
    assert (area, RDF.type, DCTERMS.Location) in graph
    channels = {str(c) for c in graph.objects(service("akta-kelahiran"), CV.hasChannel)}
    assert channels == {f"{PAGE}/akta-kelahiran#channel-counter",
                        f"{PAGE}/akta-kelahiran#channel-online"}


def test_identifiers_are_the_hsds_ids(graph):
    assert str(graph.value(service("ktp-el"), DCTERMS.identifier)) == \
        "4e8f66de-d93c-5f85-979e-5cd106a5926f"


def test_unknown_region_and_parameters_get_the_error_shape(client):
    missing = client.get("/api/v1/regions/atlantis/cpsv-ap.jsonld")
    assert missing.status_code == 404
    assert missing.get_json() == {"error": {"code": "not_found",
                                            "message": 'Tidak ada wilayah "atlantis".'}}
    extra = client.get("/api/v1/regions/kota-contoh/cpsv-ap.jsonld?format=ttl")
    assert extra.status_code == 400
    assert extra.get_json() == {"error": {
        "code": "unknown_parameter", "parameter": "format",
        "message": "Parameter \"format\" tidak dikenal. Yang diterima: lang."}}


def test_a_new_service_with_a_bare_first_standard_still_conforms(app, client):
    """Only what the rules demand (a product, one free fee line): every format stays valid."""
    from registry.extensions import db
    from registry.services import catalogue, standards
    from registry.services.accounts import user_by_email
    from registry.services.schedule import region_today
    from tests.open_data import hsds_validator, schema_errors

    with app.app_context():
        region = catalogue.region_by_slug("kota-contoh")
        admin = user_by_email("admin@contoh.go.id")
        agency = catalogue.agency_by_slug(region, "dinsos")
        agency.email, agency.phone, agency.hours = "", "", []
        _service, draft = catalogue.create_service(
            agency, {"name": "Layanan Baru", "category": "kesehatan"}, admin)
        values = {**standards.snapshot(draft), "product": "Surat",
                  "fee_lines": [{"kind": "free"}]}
        standards.save_draft(draft, values, draft.revision, admin)
        standards.submit(draft, admin)
        standards.approve(draft, admin, region_today(region), region_today(region))
        db.session.commit()
    graph = Graph().parse(data=client.get("/api/v1/regions/kota-contoh/cpsv-ap.jsonld").data,
                          format="json-ld")
    conforms, violations, text = shacl_report(graph)
    assert (conforms, violations) == (True, 0), text
    assert len(set(graph.subjects(RDF.type, CPSV.PublicService))) == 37
    new = next(s for s in client.get("/hsds/services?per_page=100&search=Layanan+Baru")
               .get_json()["contents"] if s["name"] == "Layanan Baru")
    document = client.get(f"/hsds/services/{new['id']}").get_json()
    assert schema_errors(hsds_validator("service_with_definitions.json"), document) == []
    assert (document["required_documents"], document["schedules"]) == ([], [])
    assert [(c["amount"], c["currency"]) for c in document["cost_options"]] == [(0, "IDR")]
    page = client.get("/kota-contoh/layanan/layanan-baru").get_data(as_text=True)
    block = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert json.loads(block)["offers"] == [{"@type": "Offer", "price": 0,
                                            "priceCurrency": "IDR", "description": "Gratis"}]
