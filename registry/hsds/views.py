"""HSDS 3.0 read-only endpoints. Views read and check the query, call the mapping, answer.

Errors keep the API's one shape, {"error": {"code", "message"}}, for every 4xx here.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Response, current_app, jsonify, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from registry.extensions import csrf
from registry.hsds import bp
from registry.models import Agency, Region
from registry.query import (
    QueryError,
    answer_errors_as_json,
    check_names,
    flag_arg,
    invalid,
    json_error,
    not_found,
    number_arg,
)
from registry.services import catalogue, hsds, hsds_tables, search
from registry.services.links import public_base_url
from registry.web import error_message

csrf.exempt(bp)

PAGING = {"page", "per_page"}
# Methods answered with 405 where GET would be served (HEAD and OPTIONS Flask answers).
OTHER_METHODS = ["POST", "PUT", "PATCH", "DELETE"]
answer_errors_as_json(bp)


def paging() -> tuple[int, int]:
    config = current_app.config
    per_page = number_arg("per_page", config["API_PAGE_SIZE"], config["API_MAX_PAGE_SIZE"])
    return number_arg("page", 1, 1_000_000), per_page


def modified_after_arg() -> dt.datetime | None:
    raw = request.args.get("modified_after")
    if raw is None:
        return None
    try:
        return hsds.parse_moment(raw)
    except ValueError:
        raise invalid("modified_after", _(
            "modified_after must be an ISO 8601 date or date-time, for example 2026-10-01 or "
            "2026-10-01T08:00:00+07:00.")) from None


def region_arg() -> Region | None:
    slug = request.args.get("region")
    if not slug:
        return None
    region = catalogue.region_by_slug(slug)
    if region is None:
        raise not_found(_("There is no region \"%(slug)s\".", slug=slug[:80]))
    return region


def required_region_arg() -> Region:
    """The region asked for, or the deployment's only (or default) one."""
    region = region_arg() or catalogue.default_region()
    if region is None:
        known = catalogue.regions()
        raise QueryError(400, "missing_parameter", _(
            "Name the region, for example ?region=%(slug)s.",
            slug=known[0].slug if known else "kota-contoh"), "region")
    return region


def organization_arg() -> Agency | None:
    raw = request.args.get("organization_id")
    if raw is None:
        return None
    agency = hsds.agency_by_id(raw)
    if agency is None:
        raise not_found(_("There is no organization with id \"%(id)s\".", id=raw[:80]))
    return agency


@bp.get("/")
def about() -> Response:
    return jsonify(version=hsds.HSDS_VERSION)


@bp.get("/services")
def services() -> Response:
    check_names(PAGING | {"modified_after", "region", "organization_id", "search", "full"})
    page, per_page = paging()
    modified_after, full = modified_after_arg(), flag_arg("full")
    region, organization = region_arg(), organization_arg()
    query = request.args.get("search", "").strip()[: search.MAX_QUERY_CHARS]
    if query or modified_after:
        # The last change and the search rank are computed in Python, so these filters
        # page the filtered list; without them the database cuts the page.
        found = hsds.select_listings(hsds.listings(region), modified_after, organization)
        if query:
            matches = set(search.ranked_ids(query, region.id if region else None))
            found = [item for item in found if item.service.id in matches]
        fields, chunk = hsds.page_of(found, page, per_page)
    else:
        fields, chunk = hsds.listing_page(region, organization, page, per_page)
    base = public_base_url()
    build = hsds.service_document if full else hsds.service_summary
    return jsonify(**fields, contents=[build(item, base) for item in chunk])


@bp.get("/services/<hsds_id>")
def service(hsds_id: str) -> Response:
    check_names(set())
    item = hsds.listing_by_id(hsds_id)
    if item is None:
        raise not_found(_("There is no service with id \"%(id)s\".", id=hsds_id[:80]))
    return jsonify(hsds.service_document(item, public_base_url()))


def services_by_agency(region: Region | None, full: bool, base: str,
                       agencies: list[Agency] | None = None) -> dict[int, list[dict[str, Any]]]:
    """Each agency's published services (of the agencies given, or all), as list items or
    fully nested."""
    build = hsds.service_document if full else hsds.service_summary
    found: dict[int, list[dict[str, Any]]] = {}
    for item in hsds.listings(region, agencies):
        found.setdefault(item.service.agency_id, []).append(build(item, base))
    return found


@bp.get("/organizations")
def organizations() -> Response:
    check_names(PAGING | {"region", "search", "full", "full_service"})
    page, per_page = paging()
    full, full_service = flag_arg("full"), flag_arg("full_service")
    region = region_arg()
    query = search.normalize(request.args.get("search", "")[: search.MAX_QUERY_CHARS])
    if query:
        # Names are compared normalised in Python (as the search does), so a search pages
        # the matching list; without one the database cuts the page.
        found = [a for a in hsds.agencies(region)
                 if query in search.normalize(f"{a.name} {a.short_name} {a.name_en or ''}")]
        fields, chunk = hsds.page_of(found, page, per_page)
    else:
        fields, chunk = hsds.agency_page(region, page, per_page)
    base = public_base_url()
    if not full:
        return jsonify(**fields, contents=[hsds.organization_summary(a, base) for a in chunk])
    services = services_by_agency(region, full_service, base, chunk) if chunk else {}
    return jsonify(**fields, contents=[
        hsds.organization_document(a, services.get(a.id, []), base) for a in chunk])


@bp.get("/organizations/<hsds_id>")
def organization(hsds_id: str) -> Response:
    check_names({"full_service"})
    full_service = flag_arg("full_service")
    agency = hsds.agency_by_id(hsds_id)
    if agency is None:
        raise not_found(_("There is no organization with id \"%(id)s\".", id=hsds_id[:80]))
    base = public_base_url()
    by_agency = services_by_agency(agency.region, full_service, base, [agency])
    services = by_agency.get(agency.id, [])
    return jsonify(hsds.organization_document(agency, services, base))


@bp.get("/datapackage.zip")
def datapackage() -> Response:
    check_names({"region"})
    region = required_region_arg()
    body = hsds_tables.datapackage_zip(region, public_base_url())
    return Response(body, mimetype="application/zip", headers={
        "Content-Disposition": f"attachment; filename=hsds-{region.slug}.zip"})


@bp.route("/", defaults={"rest": ""}, methods=OTHER_METHODS)
@bp.route("/<path:rest>", methods=["GET", *OTHER_METHODS])
def unknown(rest: str) -> tuple[Response, int]:
    """Any other address or method here, so routing's 404 and 405 keep the JSON shape."""
    try:
        endpoint, _values = current_app.url_map.bind("").match(request.path, method="GET")
    except HTTPException:
        endpoint = None
    if request.method != "GET" and endpoint not in (None, "hsds.unknown"):
        response, status = json_error(405, "method_not_allowed", error_message(405))
        response.headers["Allow"] = "GET, HEAD, OPTIONS"
        return response, status
    raise not_found(error_message(404))
