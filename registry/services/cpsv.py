"""CPSV-AP 3.2.0 (the EU's Core Public Service Vocabulary) as JSON-LD, one graph per region.

Mapping: a service is a cpsv:PublicService whose competent authority (a cv:PublicOrganisation)
is its agency; each fee line a cv:Cost in IDR; each requirement a cv:Evidence (cpsv:hasInput);
the product a cv:Output; each legal basis an eli:LegalResource; the counters and the online
channel cv:Channels; the life-event category a cv:LifeEvent. Identifiers are the HSDS ids, so
one service has one id in every format.

Completion time is an ISO 8601 duration: minutes PT{n}M, hours PT{n}H, calendar days P{n}D.
ISO 8601 has no working day, so n working days are written P{n}D and the description says
"n hari kerja" and what a working day is - the duration is a floor, not the due date.

The SHACL shapes check `sh:class` on every linked node, so every code-list IRI used here
(currency, country, channel type) is typed in the graph itself (skos:Concept, dct:Location).
"""
from __future__ import annotations

from typing import Any

from flask_babel import force_locale

from registry.models import Agency, Region, StandardVersion
from registry.services import hsds, links, standard_text
from registry.services.i18n import category_label

CONTEXT = {
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
CURRENCY_IDR = "http://publications.europa.eu/resource/authority/currency/IDR"
COUNTRY_IDN = "http://publications.europa.eu/resource/authority/country/IDN"
CHANNEL_TYPES = {"counter": ("Loket pelayanan", "Service counter"),
                 "online": ("Layanan online", "Online service")}


def text(value: str | None, language: str = "id") -> list[dict[str, str]]:
    return [{"@value": value, "@language": language}] if value else []


def texts(indonesian: str | None, english: str | None) -> list[dict[str, str]]:
    """Indonesian, and English where the registry holds an English text of its own."""
    return text(indonesian) + text(english, "en")


def ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def processing_time(version: StandardVersion) -> dict[str, str]:
    return {"@value": standard_text.iso_duration(version), "@type": "xsd:duration"}


def code_lists(region: Region, region_iri: str, document_iri: str) -> list[dict[str, Any]]:
    """The concepts and places the services point at, each typed as the shapes demand."""
    nodes: list[dict[str, Any]] = [
        {"@id": CURRENCY_IDR, "@type": "skos:Concept", "skos:prefLabel": text("Rupiah")},
        {"@id": COUNTRY_IDN, "@type": "dct:Location", "skos:prefLabel": text("Indonesia")},
        {"@id": region_iri, "@type": "dct:Location", "skos:prefLabel": text(region.name),
         "dct:isPartOf": ref(COUNTRY_IDN)},
    ]
    for key, (indonesian, english) in CHANNEL_TYPES.items():
        nodes.append({"@id": f"{document_iri}#channel-type-{key}", "@type": "skos:Concept",
                      "skos:prefLabel": texts(indonesian, english)})
    return nodes


def organisation(agency: Agency, base_url: str, region_iri: str) -> dict[str, Any]:
    page = links.absolute(base_url, "public.agency_page", region_slug=agency.region.slug,
                          agency_slug=agency.slug)
    node: dict[str, Any] = {
        "@id": f"{page}#organisation", "@type": "cv:PublicOrganisation",
        "dct:identifier": hsds.organization_id(agency),
        "skos:prefLabel": texts(agency.name, agency.name_en),
        "dct:spatial": ref(region_iri),
    }
    homepage = links.web_address(agency.website)
    if homepage:
        node["rdfs:seeAlso"] = ref(homepage)
    return node


def life_event(category: str, document_iri: str) -> dict[str, Any]:
    with force_locale("en"):
        english = category_label(category)
    with force_locale("id"):
        indonesian = category_label(category)
    return {"@id": f"{document_iri}#life-event-{category}",
            "@type": ["cv:Event", "cv:LifeEvent"],
            "dct:identifier": category, "dct:title": texts(indonesian, english)}


def _costs(item: hsds.Listing, page: str, sid: str) -> list[dict[str, Any]]:
    nodes = []
    for n, line in enumerate(item.version.fee_lines):
        node: dict[str, Any] = {
            "@id": f"{page}#cost-{n + 1}", "@type": "cv:Cost",
            "dct:identifier": hsds.stable_id(sid, f"v{item.version.number}", "cost", str(n)),
            "cv:currency": ref(CURRENCY_IDR),
            "dct:description": text(standard_text.fee_line_text(line)),
        }
        amount = hsds.fee_amount(line)
        if amount is not None:
            node["cv:hasValue"] = {"@value": amount, "@type": "xsd:double"}
        nodes.append(node)
    return nodes


def _channels(item: hsds.Listing, page: str, document_iri: str) -> list[dict[str, Any]]:
    service, version = item.service, item.version
    places = [f"{c.name}, {c.location}" if c.location else c.name for c in service.counters]
    where = "; ".join(places) or f"{service.agency.name}, {service.agency.address}"
    nodes = [{
        "@id": f"{page}#channel-counter", "@type": "cv:Channel",
        "dct:identifier": f"{hsds.service_id(service)}-counter",
        "dct:type": ref(f"{document_iri}#channel-type-counter"),
        "dct:description": text(
            f"{where}. {standard_text.hours_text(service.agency, service.region)}"),
        "cv:processingTime": processing_time(version),
    }]
    online = links.web_address(service.online_url)
    if online:
        nodes.append({
            "@id": f"{page}#channel-online", "@type": "cv:Channel",
            "dct:identifier": f"{hsds.service_id(service)}-online",
            "dct:type": ref(f"{document_iri}#channel-type-online"),
            "dct:description": text(online), "rdfs:seeAlso": ref(online),
        })
    return nodes


def public_service(item: hsds.Listing, base_url: str, region_iri: str,
                   document_iri: str) -> list[dict[str, Any]]:
    """The service node and the nodes only it points at (costs, evidence, output, ...)."""
    service, version = item.service, item.version
    sid = hsds.service_id(service)
    page = links.absolute(base_url, "public.service_page", region_slug=service.region.slug,
                          slug=service.slug)
    costs = _costs(item, page, sid)
    evidence: list[dict[str, Any]] = [{"@id": f"{page}#evidence-{n + 1}", "@type": "cv:Evidence",
                 "dct:identifier": hsds.stable_id(sid, f"v{version.number}", "document", str(n)),
                 "dct:title": texts(requirement.text, requirement.text_en)}
                for n, requirement in enumerate(version.requirements) if requirement.text]
    legal: list[dict[str, Any]] = [{"@id": f"{page}#legal-{n + 1}", "@type": "eli:LegalResource",
              "dct:title": text(basis.title),
              **({"rdfs:seeAlso": ref(url)} if (url := links.web_address(basis.url)) else {})}
             for n, basis in enumerate(version.legal_bases)]
    output: list[dict[str, Any]] = [{"@id": f"{page}#output", "@type": "cv:Output",
               "dct:identifier": hsds.stable_id(sid, f"v{version.number}", "output"),
               "dct:title": texts(version.product, version.product_en)}] if version.product else []
    channels = _channels(item, page, document_iri)
    node: dict[str, Any] = {
        "@id": f"{page}#service", "@type": "cpsv:PublicService",
        "dct:identifier": sid,
        "dct:title": texts(service.name, service.name_en),
        "dct:description": text(standard_text.service_description(version)),
        "cv:hasCompetentAuthority": ref(organisation_iri(service.agency, base_url)),
        "dct:spatial": ref(region_iri),
        "cv:processingTime": processing_time(version),
        "cv:isGroupedBy": ref(f"{document_iri}#life-event-{service.category}"),
        "cv:hasCost": [ref(n["@id"]) for n in costs],
        "cpsv:hasInput": [ref(n["@id"]) for n in evidence],
        "cpsv:produces": [ref(n["@id"]) for n in output],
        "cv:hasLegalResource": [ref(n["@id"]) for n in legal],
        "cv:hasChannel": [ref(n["@id"]) for n in channels],
        "rdfs:seeAlso": ref(page),
    }
    return [node, *costs, *evidence, *output, *legal, *channels]


def organisation_iri(agency: Agency, base_url: str) -> str:
    return links.absolute(base_url, "public.agency_page", region_slug=agency.region.slug,
                          agency_slug=agency.slug) + "#organisation"


def region_document(region: Region, base_url: str, document_iri: str) -> dict[str, Any]:
    """Every published service of the region with its authorities, as one JSON-LD graph."""
    region_iri = links.absolute(base_url, "public.region_home", region_slug=region.slug) + \
        "#area"
    items = hsds.listings(region)
    with force_locale("id"):
        graph = code_lists(region, region_iri, document_iri)
        graph += [organisation(agency, base_url, region_iri) for agency in hsds.agencies(region)]
        graph += [life_event(category, document_iri)
                  for category in sorted({item.service.category for item in items})]
        for item in items:
            graph += public_service(item, base_url, region_iri, document_iri)
    return {"@context": CONTEXT, "@graph": graph}
