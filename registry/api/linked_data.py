"""Linked open data under /api/v1: the region's services as CPSV-AP 3.2.0 JSON-LD."""
from __future__ import annotations

from flask import Response, json
from flask_babel import gettext as _

from registry.api import bp
from registry.query import answer_errors_as_json, check_names, not_found
from registry.services import catalogue, cpsv
from registry.services.links import absolute, public_base_url

answer_errors_as_json(bp, all_http_errors=False)


@bp.get("/regions/<region_slug>/cpsv-ap.jsonld")
def cpsv_ap(region_slug: str) -> Response:
    check_names(set())
    region = catalogue.region_by_slug(region_slug)
    if region is None:
        raise not_found(_("There is no region \"%(slug)s\".", slug=region_slug[:80]))
    base = public_base_url()
    document = cpsv.region_document(
        region, base, absolute(base, "api.cpsv_ap", region_slug=region.slug))
    return Response(json.dumps(document, ensure_ascii=False, indent=1),
                    mimetype="application/ld+json")
