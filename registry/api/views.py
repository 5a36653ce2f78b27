"""The read-only JSON API. Views read the checked query, call services, answer.

Every operation is declared with @operation (api/openapi.py): its parameters are checked
before the view runs and the same declaration is the OpenAPI document.
"""
from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from flask import Response, current_app, jsonify, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from registry.api import bp, errors, examples
from registry.api import params as p
from registry.api.errors import ApiError, not_found
from registry.api.openapi import Operation, document, operation
from registry.extensions import csrf, limiter
from registry.http_cache import api_region, cached, fresh_until, next_midnight
from registry.models import Region, Service
from registry.services import catalogue, holiday_calendar, listing, opendata
from registry.services.i18n import current_locale
from registry.services.links import absolute, public_base_url
from registry.services.schedule import parse_submitted, region_today
from registry.services.sheet import due_at
from registry.services.standards import current_version, load_parts, published_history

csrf.exempt(bp)
errors.register(bp)
limiter.limit(lambda: current_app.config["API_RATE_LIMIT"])(bp)
PAGING = (p.PAGE, p.PER_PAGE)
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept-Language, If-None-Match",
    "Access-Control-Expose-Headers": "ETag, Retry-After",
    "Access-Control-Max-Age": "86400",
}


@bp.after_request
def open_and_conditional(response: Response) -> Response:
    """CORS for every origin; an ETag on every answer, and 304 when it still matches."""
    response.headers.update(CORS_HEADERS)
    if request.method == "OPTIONS" and response.status_code == 200:
        # Flask's automatic answer would also list the catch-all route's methods.
        response.headers["Allow"] = ", ".join(errors.allowed_methods(request.path))
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        response.add_etag()
        response.make_conditional(request)
    return response


def link(endpoint: str, /, **values: Any) -> str:
    """An absolute URL on PUBLIC_BASE_URL (else SERVER_NAME): never on a request's Host."""
    return absolute(public_base_url(), endpoint, **values)


def next_url(page: listing.Page[Any]) -> str | None:
    if not page.has_next:
        return None
    args = {**request.args.to_dict(), "page": page.page + 1}
    return link(request.endpoint or "", **(request.view_args or {}), **args)


def region_or_404(slug: str | None) -> Region:
    region = catalogue.region_by_slug(slug) if slug else catalogue.default_region()
    if region is None and slug:
        raise not_found(_("There is no region \"%(region)s\".", region=slug))
    if region is None:
        raise ApiError(400, "missing_parameter",
                       _("This registry hosts several regions: give \"region\"."))
    return region


def service_or_404(query: dict[str, Any], slug: str) -> Service:
    region = region_or_404(query.get("region"))
    service = catalogue.public_service(region, slug)
    if service is None or current_version(service, region_today(region)) is None:
        raise not_found(_("There is no published service \"%(slug)s\" in %(region)s.",
                          slug=slug, region=region.name))
    return service


@bp.get("/regions")
@cached(api_region)
@operation(Operation("listRegions", _l("Regions"), _l("Every region the registry publishes, "
                                                     "by slug."), "regions", PAGING,
                     "RegionList", statuses=(400,)))
def region_list(query: dict[str, Any]) -> Response:
    page = listing.regions_page(query.get("page", 1), query.get("per_page", 20))
    return jsonify(opendata.page_json(page, [opendata.region_json(r, link) for r in page.items],
                                      next_url(page)))


@bp.get("/regions/<region>")
@cached(api_region)
@operation(Operation("getRegion", _l("One region"), _l("A region with its time zone, working "
                                                      "week, default complaint channels and "
                                                      "links to its data."), "regions",
                     (p.PATH_REGION,), "Region"))
def region_detail(query: dict[str, Any], region: str) -> Response:
    return jsonify(opendata.region_json(region_or_404(region), link))


@bp.get("/regions/<region>/agencies")
@cached(api_region)
@operation(Operation("listAgencies", _l("Agencies of a region"), _l(
    "Agencies with office hours, counters, complaint channels and whether they serve on "
    "cuti bersama days, by slug."), "regions", (p.PATH_REGION, *PAGING), "AgencyList"))
def agency_list(query: dict[str, Any], region: str) -> Response:
    page = listing.agencies_page(region_or_404(region), query.get("page", 1),
                                 query.get("per_page", 20))
    return jsonify(opendata.page_json(page, [opendata.agency_json(a, link) for a in page.items],
                                      next_url(page)))


@bp.get("/services")
@cached(api_region)
@operation(Operation("listServices", _l("Services"), _l(
    "Services with a standard in force, with structured fee (integer rupiah) and "
    "completion time; by name, or by relevance with q. With q and no region, where the "
    "registry hosts several regions, the best matches of every region."), "services",
    (p.LIST_REGION, p.AGENCY, p.CATEGORY, p.QUERY, p.FREE, p.MAX_FEE_PARAM, p.MAX_DAYS,
     p.MODIFIED_AFTER, *PAGING), "ServiceList"))
def service_list(query: dict[str, Any]) -> Response:
    words = (query.get("q") or "").strip()
    if words and not {"region", "agency"} & set(query) and catalogue.default_region() is None:
        return national_service_list(query, words)
    region = region_or_404(query.get("region"))
    agency = None
    if "agency" in query:
        agency = catalogue.agency_by_slug(region, query["agency"])
        if agency is None:
            raise not_found(_("There is no agency \"%(agency)s\" in %(region)s.",
                              agency=query["agency"], region=region.name))
    wanted = listing.ServiceFilter(
        agency=agency, category=query.get("category"), query=(query.get("q") or "").strip(),
        free=query.get("free"), max_fee=query.get("max_fee"),
        max_working_days=query.get("max_working_days"),
        modified_after=query.get("modified_after"))
    page = listing.services_page(region, wanted, query.get("page", 1), query.get("per_page", 20))
    body = opendata.page_json(page, [opendata.service_item(s, v, link) for s, v in page.items],
                              next_url(page))
    return jsonify({"region": region.slug, **body})


def national_service_list(query: dict[str, Any], words: str) -> Response:
    """Search words without a region, where the registry hosts several: every region."""
    wanted = listing.ServiceFilter(
        category=query.get("category"), query=words, free=query.get("free"),
        max_fee=query.get("max_fee"), max_working_days=query.get("max_working_days"),
        modified_after=query.get("modified_after"))
    page = listing.national_services_page(wanted, query.get("page", 1),
                                          query.get("per_page", 20))
    # Each item's version in force changes at midnight in its own region.
    for zone in sorted({service.region.timezone for service, _version in page.items}):
        fresh_until(next_midnight(zone))
    body = opendata.page_json(page, [opendata.service_item(s, v, link) for s, v in page.items],
                              next_url(page))
    return jsonify({"region": None, **body})


@bp.get("/services/<slug>")
@cached(api_region)
@operation(Operation("getService", _l("One service: the whole standard in force"), _l(
    "Requirements, procedure, completion time, fee lines with their legal basis, product, "
    "complaint handling and channels, counters, office hours and the verified date."),
    "services", (p.PATH_SERVICE, p.REGION), "Service"))
def service_detail(query: dict[str, Any], slug: str) -> Response:
    service = service_or_404(query, slug)
    today = region_today(service.region)
    version = current_version(service, today)
    assert version is not None  # service_or_404 checked it
    load_parts([version])
    return jsonify(opendata.service_detail(service, version, link, today))


@bp.get("/services/<slug>/versions")
@cached(api_region)
@operation(Operation("listServiceVersions", _l("Published versions of a standard"), _l(
    "Every published version, newest first, with its effective dates, its state today "
    "and the field-level changes against the version before it."), "services",
    (p.PATH_SERVICE, p.REGION), "VersionList"))
def service_versions(query: dict[str, Any], slug: str) -> Response:
    service = service_or_404(query, slug)
    load_parts(published_history(service))
    return jsonify(opendata.versions_json(service, region_today(service.region)))


@bp.get("/services/<slug>/due-date")
@cached(api_region)
@operation(Operation("getDueDate", _l("When a result is due"), _l(
    "The moment a result should be ready when handed in at `submitted`, under the standard "
    "in force that day, counting the agency's office hours and working days (weekends, "
    "national holidays, cuti bersama, the region's overrides and closures)."), "services",
    (p.PATH_SERVICE, p.REGION, p.SUBMITTED), "DueDate", example=examples.due_date))
def service_due_date(query: dict[str, Any], slug: str) -> Response:
    service = service_or_404(query, slug)
    submitted = parse_submitted(query["submitted"], service.region)
    result = due_at(service, submitted)
    if result is None:
        raise not_found(_("No standard of this service was in force on %(date)s.",
                          date=submitted.date().isoformat()))
    version, due = result
    return jsonify(opendata.due_json(service, version, submitted, due))


def _holiday_year(query: dict[str, Any], region: Region) -> int:
    return int(query.get("year") or region_today(region).year)


@bp.get("/regions/<region>/holidays.json")
@cached(api_region)
@operation(Operation("getHolidays", _l("Days off of a region (JSON)"), _l(
    "National holidays, cuti bersama, the region's overrides of national dates and its own "
    "closures - the days the due dates skip - each with its source and whether the date is "
    "confirmed or an estimate."), "calendar", (p.PATH_REGION, p.YEAR), "Holidays",
    example=examples.holidays))
def holidays_json(query: dict[str, Any], region: str) -> Response:
    found = region_or_404(region)
    year = _holiday_year(query, found)
    entries = holiday_calendar.days_off(found, year)
    return jsonify(opendata.holidays_json(found, year, entries))


@bp.get("/regions/<region>/holidays.ics")
@cached(api_region)
@operation(Operation("getHolidaysCalendar", _l("Days off of a region (iCalendar)"), _l(
    "The same days as an RFC 5545 calendar for phones and calendar apps; estimated dates "
    "are TENTATIVE. Without `year`: this year and next."), "calendar",
    (p.PATH_REGION, p.YEAR), {"type": "string"}, media_type="text/calendar",
    example=examples.holidays_ics))
def holidays_ics(query: dict[str, Any], region: str) -> Response:
    found = region_or_404(region)
    this_year = region_today(found).year
    years = [query["year"]] if "year" in query else [this_year, this_year + 1]
    entries = [e for year in years for e in holiday_calendar.days_off(found, year)]
    body = holiday_calendar.ics_calendar(
        found, entries, domain=urlsplit(public_base_url()).hostname or "localhost",
        stamp=dt.datetime.combine(dt.datetime.now(dt.UTC).date(), dt.time(), tzinfo=dt.UTC),
        title=_("Days off in %(region)s", region=found.name), english=current_locale() == "en")
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": f"inline; filename={found.slug}-holidays.ics"})


@bp.get("/openapi.json")
@cached(api_region)
@operation(Operation("getOpenApi", _l("This document"), _l(
    "The OpenAPI 3.1 description of this API, in the language asked for."), "meta",
    statuses=(400,)))
def openapi_document(query: dict[str, Any]) -> Response:
    return jsonify(document(link("public.index").rstrip("/")))
