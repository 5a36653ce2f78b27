"""schema.org GovernmentService JSON-LD in every service page, matching the visible fee."""
from __future__ import annotations

import json
import re

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from registry.extensions import db
from registry.services.catalogue import region_by_slug, service_by_slug
from tests.conftest import make_app
from tests.open_data import BASE_URL

SCHEMA = Namespace("https://schema.org/")
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
SLUGS = ("ktp-el", "kartu-keluarga", "kia", "akta-kelahiran", "akta-kematian", "akta-perkawinan",
         "akta-perceraian", "pengakuan-anak", "pindah-datang", "legalisir-dokumen-kependudukan",
         "perubahan-biodata", "sktt", "pbg", "slf", "nib", "izin-reklame",
         "sip-tenaga-kesehatan", "izin-apotek", "izin-operasional-paud", "spmb", "mutasi-siswa",
         "legalisir-ijazah", "pengganti-ijazah", "pbb-p2", "bphtb", "npwpd-pbjt",
         "pengurangan-pbb", "surat-keterangan-sehat", "slhs", "spp-irt", "ambulans-psc-119",
         "uji-kir", "izin-trayek", "sktm", "rekomendasi-pbi-jk", "santunan-kematian")


@pytest.fixture
def app(databases):
    yield from make_app(databases, "demo", PUBLIC_BASE_URL=BASE_URL)


def page(client, slug: str, **params) -> str:
    response = client.get(f"/kota-contoh/layanan/{slug}", query_string=params)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def structured_data(html: str) -> dict:
    blocks = JSON_LD.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def as_graph(data: dict) -> Graph:
    """Parsed as RDF; the schema.org context is remote, so its vocabulary is given here."""
    return Graph().parse(data=json.dumps({**data, "@context": {"@vocab": str(SCHEMA)}}),
                         format="json-ld")


def visible_fee_amounts(html: str) -> list[int]:
    """The numbers in the page's fee block (#fee): "Rp25.000" -> 25000, "Gratis" -> 0."""
    block = re.search(r'id="fee">(.*?)</(?:p|ul)>', html, re.S)
    assert block is not None
    text = block.group(1)
    if "<li>" in text:
        text = " ".join(re.findall(r'<span class="amount">(.*?)</span>', text))
    return sorted([int(a.replace(".", "")) for a in re.findall(r"Rp([\d.]+)", text)]
                  + [0] * text.count("Gratis"))


def offer_amounts(data: dict) -> list[int]:
    amounts = []
    for offer in data["offers"]:
        amounts += [offer[k] for k in ("price", "lowPrice", "highPrice") if k in offer]
    return sorted(amounts)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_page_has_a_government_service_whose_numbers_match_the_page(client, slug):
    html = page(client, slug)
    data = structured_data(html)
    graph = as_graph(data)
    node = URIRef(f"{BASE_URL}/kota-contoh/layanan/{slug}#service")
    assert (node, RDF.type, SCHEMA.GovernmentService) in graph
    assert data["@context"] == "https://schema.org"
    assert data["url"] == f"{BASE_URL}/kota-contoh/layanan/{slug}"
    assert data["provider"]["@type"] == "GovernmentOrganization"
    assert data["areaServed"] == {"@type": "AdministrativeArea", "name": "Kota Contoh"}
    counter = data["availableChannel"][0]
    assert counter["@type"] == "ServiceChannel" and counter["serviceUrl"] == data["url"]
    assert re.fullmatch(r"P(T\d+[MH]|\d+D)", counter["processingTime"])
    assert counter["serviceLocation"] and counter["servicePhone"]["telephone"]
    assert data["offers"] and all(o["priceCurrency"] == "IDR" for o in data["offers"])
    assert all(isinstance(o.get("price", 0), int) for o in data["offers"])
    assert offer_amounts(data) == visible_fee_amounts(html)


def test_fees_become_offers(client):
    kir = structured_data(page(client, "uji-kir"))
    assert [(o["@type"], o["price"]) for o in kir["offers"]] == [
        ("Offer", 75000), ("Offer", 100000), ("Offer", 60000), ("Offer", 30000)]
    reklame = structured_data(page(client, "izin-reklame"))["offers"]
    assert reklame[1] == {
        "@type": "AggregateOffer", "lowPrice": 50000, "highPrice": 1500000,
        "priceCurrency": "IDR", "description": "Rp50.000 - Rp1.500.000",
        "name": "Pajak reklame menurut jenis, ukuran, lokasi dan lama pemasangan (contoh)"}
    legalisir = structured_data(page(client, "legalisir-ijazah"))["offers"][1]
    assert legalisir["priceSpecification"] == {"@type": "UnitPriceSpecification",
                                               "price": 2500, "priceCurrency": "IDR",
                                               "unitText": "lembar"}
    ktp = structured_data(page(client, "ktp-el"))
    assert [(o["price"], o["description"]) for o in ktp["offers"]] == [(0, "Gratis")]
    # The duty stamp is paid elsewhere: the page keeps it apart, so no offer carries it.
    akta = structured_data(page(client, "akta-kelahiran"))
    assert offer_amounts(akta) == [0]
    assert akta["availableChannel"][0]["processingTime"] == "P5D"
    assert akta["availableChannel"][1] == {"@type": "ServiceChannel", "processingTime": "P5D",
                                           "serviceUrl": "https://dukcapil.contoh.go.id"}


def test_the_data_follows_the_page_language(client):
    data = structured_data(page(client, "akta-kelahiran", lang="en"))
    assert data["name"] == "Birth certificate"
    assert data["offers"][0]["description"] == "Free"
    assert data["serviceType"] == "Birth"


def test_staff_text_cannot_close_the_script_element(app, client):
    hostile = 'Akta </script><script>alert(1)</script> & "kutip" <!--'
    with app.app_context():
        service = service_by_slug(region_by_slug("kota-contoh"), "akta-kelahiran")
        service.name = hostile
        db.session.commit()
    html = page(client, "akta-kelahiran")
    assert html.count("<script") == 1 and html.count("</script>") == 1
    assert "<script>alert(1)" not in html and "<!--" not in JSON_LD.findall(html)[0]
    assert structured_data(html)["name"] == hostile


def test_links_come_from_configuration_not_the_host_header(client):
    response = client.get("/kota-contoh/layanan/ktp-el", headers={"Host": "evil.example"})
    assert structured_data(response.get_data(as_text=True))["url"] == \
        f"{BASE_URL}/kota-contoh/layanan/ktp-el"


def test_a_service_without_a_published_standard_has_no_structured_data(app, client):
    with app.app_context():
        service = service_by_slug(region_by_slug("kota-contoh"), "kia")
        for version in service.versions:
            version.status = "draft"
        db.session.commit()
    assert JSON_LD.findall(page(client, "kia")) == []
