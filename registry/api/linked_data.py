"""Linked open data under /api/v1: the region's services as CPSV-AP 3.2.0 JSON-LD."""
from __future__ import annotations

from typing import Any

from flask import Response, json
from flask_babel import lazy_gettext as _l

from registry.api import bp
from registry.api import params as p
from registry.api.openapi import Operation, operation
from registry.api.views import region_or_404
from registry.services import cpsv
from registry.services.links import absolute, public_base_url


@bp.get("/regions/<region>/cpsv-ap.jsonld")
@operation(Operation("getCpsvAp", _l("Services of a region as CPSV-AP 3.2.0 JSON-LD"), _l(
    "Every service with a standard in force as a CPSV-AP PublicService (costs, processing "
    "time, evidence, output, legal resources, channels, competent authority), with an "
    "inline JSON-LD context."), "regions", (p.PATH_REGION,), {"type": "object"},
    media_type="application/ld+json"))
def cpsv_ap(query: dict[str, Any], region: str) -> Response:
    found = region_or_404(region)
    base = public_base_url()
    document = cpsv.region_document(found, base, absolute(base, "api.cpsv_ap",
                                                          region=found.slug))
    return Response(json.dumps(document, ensure_ascii=False, indent=1),
                    mimetype="application/ld+json")
