"""The read-only JSON API. Every query is scoped to one region."""
from __future__ import annotations

from flask import abort, current_app, jsonify, request

from registry.api import bp
from registry.extensions import csrf
from registry.services.links import absolute as absolute_url, public_base_url
from registry.services import catalogue, opendata, search
from registry.services.schedule import region_today
from registry.services.standards import current_version, current_versions, published_history

csrf.exempt(bp)


def absolute(endpoint: str, **values) -> str:
    return absolute_url(public_base_url(), endpoint, **values)


def service_urls(region, service) -> tuple[str, str, str]:
    """The service page, its A4 poster (PDF) and its QR code (SVG), as absolute URLs."""
    values = {"region_slug": region.slug, "slug": service.slug}
    return (absolute("public.service_page", **values),
            absolute("posters.service_poster", size="a4", **values),
            absolute("posters.service_qr", kind="svg", **values))


def requested_region():
    slug = request.args.get("region")
    region = catalogue.region_by_slug(slug) if slug else catalogue.default_region()
    if region is None:
        abort(404)
    return region


def page_args() -> tuple[int, int]:
    try:
        page = int(request.args.get("page", 1))
        per_page = int(request.args.get("per_page", current_app.config["API_PAGE_SIZE"]))
    except ValueError:
        abort(400)
    if page < 1 or per_page < 1:
        abort(400)
    return page, min(per_page, current_app.config["API_MAX_PAGE_SIZE"])


@bp.get("/services")
def service_list():
    region = requested_region()
    page, per_page = page_args()
    agency = None
    if request.args.get("agency"):
        agency = catalogue.agency_by_slug(region, request.args["agency"])
        if agency is None:
            abort(404)
    query = request.args.get("q", "").strip()
    category = request.args.get("category") or None
    if query:
        services = search.search_services(region, query)
        services = [s for s in services if (agency is None or s.agency_id == agency.id)
                    and (category is None or s.category == category)]
    else:
        services = catalogue.region_services(region, agency=agency, category=category)
    versions = current_versions(services, region_today(region))
    published = [s for s in services if s.id in versions]
    chunk = published[(page - 1) * per_page: page * per_page]
    return jsonify(
        region=region.slug,
        page=page,
        per_page=per_page,
        total=len(published),
        items=[opendata.service_item(s, versions[s.id], *service_urls(region, s)) for s in chunk],
    )


@bp.get("/services/<slug>")
def service_detail(slug: str):
    region = requested_region()
    service = catalogue.service_by_slug(region, slug)
    if service is None:
        abort(404)
    version = current_version(service, region_today(region))
    if version is None:
        abort(404)
    return jsonify(opendata.service_detail(service, version, *service_urls(region, service),
                                           published_history(service)))
