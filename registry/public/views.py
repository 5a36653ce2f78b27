"""What citizens see. Views load, call one service function, render."""
from __future__ import annotations

from typing import Any, TypeVar

from flask import Response, abort, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from registry.extensions import db
from registry.http_cache import cached, fresh_until, next_midnight, public_region
from registry.models import Agency, Logo, Region, Service
from registry.public import bp
from registry.services import catalogue, fees, schemaorg, search
from registry.services.links import public_base_url
from registry.services.schedule import parse_submission_moment, region_today
from registry.services.sheet import service_sheet
from registry.services.standards import current_versions, versions_in_force

T = TypeVar("T")


def found(value: T | None) -> T:
    """The looked-up object, or the 404 page when there is none."""
    if value is None:
        abort(404)
    return value


def load_region(region_slug: str) -> Region:
    region = found(catalogue.region_by_slug(region_slug))
    g.region = region
    return region


def load_agency(region_slug: str, agency_slug: str) -> tuple[Region, Agency]:
    region = load_region(region_slug)
    return region, found(catalogue.agency_by_slug(region, agency_slug))


def load_service(region_slug: str, slug: str) -> tuple[Region, Service]:
    region = load_region(region_slug)
    return region, found(catalogue.service_by_slug(region, slug))


def load_public_service(region_slug: str, slug: str) -> tuple[Region, Service]:
    """The service with only what citizens read (its published versions, no drafts)."""
    region = load_region(region_slug)
    return region, found(catalogue.public_service(region, slug))


@bp.get("/")
def index() -> ResponseReturnValue:
    region = catalogue.default_region()
    if region is not None:
        return redirect(url_for("public.region_home", region_slug=region.slug))
    return render_template("public/regions.html", regions=catalogue.regions())


@bp.get("/s/<code>")
def short_link(code: str) -> ResponseReturnValue:
    service = catalogue.service_by_code(code[:12])
    if service is None:
        abort(404)
    return redirect(url_for("public.service_page", region_slug=service.region.slug,
                            slug=service.slug))


@bp.get("/<region_slug>/")
@cached(public_region)
def region_home(region_slug: str) -> str:
    region = load_region(region_slug)
    return render_template(
        "public/home.html", region=region,
        categories=catalogue.category_counts(region), agencies=catalogue.public_agencies(region),
    )


def render_service_list(template: str, region: Region, services: list[Service],
                        **context: Any) -> str:
    versions = current_versions(services, region_today(region))
    listed = [(s, versions[s.id]) for s in services if s.id in versions]
    return render_template(template, region=region, listed=listed, **context)


@bp.get("/<region_slug>/cari")
@cached(public_region)
def search_page(region_slug: str) -> str:
    region = load_region(region_slug)
    query = request.args.get("q", "")[: search.MAX_QUERY_CHARS]
    national = request.args.get("scope") == search.NATIONAL
    if not query.strip():
        return render_template("public/search.html", region=region, listed=[], query=query,
                               national=national)
    if not national:
        services = search.search_services(region, query)
        return render_service_list("public/search.html", region, services, query=query,
                                   national=False)
    services = search.search_national(query)
    versions = versions_in_force(services)
    # Each result's version in force changes at midnight in its own region.
    for zone in sorted({s.region.timezone for s in services}):
        fresh_until(next_midnight(zone))
    return render_template("public/search.html", region=region, query=query, national=True,
                           listed=[(s, versions[s.id]) for s in services if s.id in versions])


@bp.get("/<region_slug>/kategori/<category>")
@cached(public_region)
def category_page(region_slug: str, category: str) -> str:
    region = load_region(region_slug)
    services = catalogue.region_services(region, category=category)
    if not services:
        abort(404)
    return render_service_list("public/category.html", region, services, category=category)


@bp.get("/<region_slug>/instansi/<agency_slug>")
@cached(public_region)
def agency_page(region_slug: str, agency_slug: str) -> str:
    region = load_region(region_slug)
    agency = catalogue.public_agency(region, agency_slug)
    if agency is None:
        abort(404)
    return render_service_list("public/agency.html", region, agency.services, agency=agency)


@bp.get("/<region_slug>/layanan/<slug>")
@cached(public_region)
def service_page(region_slug: str, slug: str) -> str:
    region, service = load_public_service(region_slug, slug)
    date_error = None
    submitted = None
    raw_date = request.args.get("date", "").strip()
    if raw_date:
        try:
            submitted = parse_submission_moment(raw_date, region)
        except ValueError:
            date_error = _("\"%(value)s\" is not a date we understand. Use the date picker or "
                           "write it as YYYY-MM-DD, for example 2026-03-17.",
                           value=raw_date[:40])
    sheet = service_sheet(service, submitted)
    if sheet is not None:
        fresh_until(sheet.changes_at())
    structured_data = schemaorg.government_service(sheet, public_base_url()) if sheet else None
    calculation = fees.calculation_from(sheet.version, request.args) if sheet else None
    return render_template("public/service.html", region=region, service=service, sheet=sheet,
                           date_error=date_error, raw_date=raw_date if submitted else "",
                           structured_data=structured_data, calculation=calculation)


@bp.get("/logo/<int:logo_id>")
def logo(logo_id: int) -> ResponseReturnValue:
    """An uploaded logo, from the database; an SVG may not run or load anything."""
    found = db.session.get(Logo, logo_id)
    if found is None:
        abort(404)
    response = Response(found.data, mimetype=found.mimetype)
    response.set_etag(found.sha256)
    response.cache_control.public = True
    response.cache_control.max_age = 24 * 3600
    response.headers["Content-Security-Policy"] = \
        "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response.make_conditional(request)
