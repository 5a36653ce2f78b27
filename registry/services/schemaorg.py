"""schema.org GovernmentService JSON-LD for a service page: what search engines read.

Its numbers are the page's: one Offer per fee of the office (a range is an AggregateOffer,
a fee per unit carries a UnitPriceSpecification, a free fee is price 0; a formula has no
single number and keeps only its text). Costs paid elsewhere (e.g. a duty stamp) are no
offer of the provider and are left out, as the page keeps them apart from the fee.
"""
from __future__ import annotations

from typing import Any

from registry.models import FeeLine
from registry.services import fees, hsds, links, standard_text
from registry.services.i18n import category_label, localized
from registry.services.sheet import ServiceSheet


def offer(line: FeeLine) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Offer", "priceCurrency": "IDR",
                            "description": fees.format_fee_line(line)}
    if localized(line, "label"):
        node["name"] = localized(line, "label")
    if line.kind == "free":
        node["price"] = 0
    elif line.kind == "fixed":
        node["price"] = line.amount
    elif line.kind == "range":
        node.update({"@type": "AggregateOffer", "lowPrice": line.amount,
                     "highPrice": line.amount_max})
    elif line.kind == "per_unit":
        node["price"] = line.amount
        node["priceSpecification"] = {"@type": "UnitPriceSpecification", "price": line.amount,
                                      "priceCurrency": "IDR",
                                      "unitText": localized(line, "unit")}
    elif line.kind == "formula" and localized(line, "formula"):
        node["description"] = f"{node['description']}: {localized(line, 'formula')}"
    return node


def _place(name: str, address: str) -> dict[str, Any]:
    place: dict[str, Any] = {"@type": "Place", "name": name}
    if address:
        place["address"] = address
    return place


def channels(sheet: ServiceSheet, page: str) -> list[dict[str, Any]]:
    """The counters (in person, with phone and hours) and the online channel, if any."""
    service, agency = sheet.service, sheet.agency
    places = [_place(c.name, c.location) for c in service.counters] or \
        [_place(localized(agency, "name"), agency.address)]
    counter: dict[str, Any] = {
        "@type": "ServiceChannel", "name": localized(agency, "name"),
        "processingTime": standard_text.iso_duration(sheet.version),
        "serviceLocation": places, "serviceUrl": page,
        "description": standard_text.hours_text(agency, sheet.region),
    }
    if agency.phone:
        counter["servicePhone"] = {"@type": "ContactPoint", "telephone": agency.phone}
    found = [counter]
    online = links.web_address(service.online_url)
    if online:
        found.append({"@type": "ServiceChannel", "serviceUrl": online,
                      "processingTime": standard_text.iso_duration(sheet.version)})
    return found


def government_service(sheet: ServiceSheet, base_url: str) -> dict[str, Any]:
    """The JSON-LD object for the page, in the page's language."""
    service, agency, region = sheet.service, sheet.agency, sheet.region
    page = links.absolute(base_url, "public.service_page", region_slug=region.slug,
                          slug=service.slug)
    provider: dict[str, Any] = {
        "@type": "GovernmentOrganization", "name": localized(agency, "name"),
        "url": links.absolute(base_url, "public.agency_page", region_slug=region.slug,
                              agency_slug=agency.slug),
    }
    for key, value in (("telephone", agency.phone), ("address", agency.address),
                       ("email", links.email_address(agency.email))):
        if value:
            provider[key] = value
    return {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": f"{page}#service",
        "identifier": hsds.service_id(service),
        "name": localized(service, "name"),
        "description": standard_text.service_description(sheet.version),
        "url": page,
        "serviceType": category_label(service.category),
        "provider": provider,
        "areaServed": {"@type": "AdministrativeArea", "name": region.name},
        "availableChannel": channels(sheet, page),
        "offers": [offer(line) for line in sheet.office_fees],
    }
