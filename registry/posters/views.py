"""Posters, banners, table tents, QR downloads, batches, verification and reprint lists.

Posters, banners and QR codes are public: they expose only published data. Web batches
(heavy) are for staff of the agency. Views load, call one service function, commit when a
print record was made, and send the file or page.
"""
from __future__ import annotations

from flask import Response, abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from registry.extensions import db
from registry.models import Agency, Counter, Service
from registry.posters import bp, jobs
from registry.posters.printing import render
from registry.public.views import load_agency, load_region, load_service
from registry.services import catalogue, permissions, posters
from registry.services.links import absolute, public_base_url
from registry.services.qr import qr_png, qr_svg
from registry.services.sheet import service_sheet


@bp.errorhandler(posters.PosterError)
def problem(error: posters.PosterError) -> ResponseReturnValue:
    """Bad size, format or language, no published standard, too much text: a clear page."""
    db.session.rollback()
    return render_template("error.html", code=error.status, message=error.message), error.status


def pdf_response(pdf: bytes, filename: str) -> Response:
    response = Response(pdf, mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def load_counter(agency: Agency, counter_id: int) -> Counter:
    counter = next((c for c in agency.counters if c.id == counter_id), None)
    if counter is None:
        abort(404)
    return counter


@bp.get("/<region_slug>/layanan/<slug>/poster.pdf")
def service_poster(region_slug: str, slug: str) -> ResponseReturnValue:
    _region, service = load_service(region_slug, slug)
    poster, pdf = posters.service_poster(service, request.args.get("size"),
                                         request.args.get("lang"), render,
                                         test=request.args.get("test") == "1")
    db.session.commit()
    return pdf_response(pdf, posters.poster_filename(service, poster))


def service_qr_data(service: Service) -> str:
    return absolute(public_base_url(), "public.short_link", code=service.code)


QR_DOWNLOADS = {"svg": (qr_svg, "image/svg+xml"), "png": (qr_png, "image/png")}


@bp.get("/<region_slug>/layanan/<slug>/qr.<any(svg, png):kind>")
def service_qr(region_slug: str, slug: str, kind: str) -> ResponseReturnValue:
    _region, service = load_service(region_slug, slug)
    render, mimetype = QR_DOWNLOADS[kind]
    response = Response(render(service_qr_data(service)), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="qr-{service.slug}.{kind}"'
    return response


@bp.get("/<region_slug>/banner.pdf")
def region_banner(region_slug: str) -> ResponseReturnValue:
    region = load_region(region_slug)
    pdf = posters.banner_pdf(region, None, request.args.get("format"), render,
                             request.args.get("lang"))
    return pdf_response(pdf, f"banner-{region.slug}-{request.args.get('format', 'x-banner')}.pdf")


@bp.get("/<region_slug>/instansi/<agency_slug>/banner.pdf")
def agency_banner(region_slug: str, agency_slug: str) -> ResponseReturnValue:
    region, agency = load_agency(region_slug, agency_slug)
    pdf = posters.banner_pdf(region, agency, request.args.get("format"), render,
                             request.args.get("lang"))
    return pdf_response(pdf, f"banner-{agency.slug}-{request.args.get('format', 'x-banner')}.pdf")


@bp.get("/<region_slug>/instansi/<agency_slug>/loket/<int:counter_id>/tent.pdf")
def counter_tent(region_slug: str, agency_slug: str, counter_id: int) -> ResponseReturnValue:
    region, agency = load_agency(region_slug, agency_slug)
    counter = load_counter(agency, counter_id)
    pdf = posters.tent_pdf(counter, render, request.args.get("lang"))
    return pdf_response(pdf, f"tent-{agency.slug}-{counter.id}.pdf")


@bp.get("/<region_slug>/instansi/<agency_slug>/poster")
def agency_prints(region_slug: str, agency_slug: str) -> ResponseReturnValue:
    region, agency = load_agency(region_slug, agency_slug)
    return render_template("posters/agency.html", region=region, agency=agency,
                           can_batch=permissions.can_see_agency(current_user, agency),
                           banner_formats=posters.BANNER_FORMATS,
                           poster_formats=posters.POSTER_FORMATS)


@bp.post("/<region_slug>/instansi/<agency_slug>/poster/batch")
def start_batch(region_slug: str, agency_slug: str) -> ResponseReturnValue:
    region, agency = load_agency(region_slug, agency_slug)
    if not permissions.can_see_agency(current_user, agency):
        abort(403)
    try:
        counter_id = int(request.form["counter"]) if request.form.get("counter") else None
    except ValueError:
        abort(400)
    counter = load_counter(agency, counter_id) if counter_id is not None else None
    job = jobs.start(agency, counter, request.form.get("size", "a4"),
                     request.form.get("lang", "id"), test=request.form.get("test") == "1")
    return redirect(url_for("posters.batch_status", region_slug=region.slug, job=job), 303)


@bp.get("/<region_slug>/poster/batch/<job>")
def batch_status(region_slug: str, job: str) -> ResponseReturnValue:
    region = load_region(region_slug)
    status = jobs.status(job)
    if status is None or status["region"] != region.slug:
        abort(404)
    return render_template("posters/batch.html", region=region, job=job, status=status)


@bp.get("/<region_slug>/poster/batch/<job>.pdf")
def batch_pdf(region_slug: str, job: str) -> ResponseReturnValue:
    region = load_region(region_slug)
    status = jobs.status(job)
    made = jobs.pdf(job)
    if status is None or status["region"] != region.slug or made is None:
        abort(404)
    response = Response(made, mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'inline; filename="posters-{job}.pdf"'
    return response


@bp.get("/<region_slug>/poster/cetak-ulang")
def reprint_list(region_slug: str) -> ResponseReturnValue:
    region = load_region(region_slug)
    agency = None
    if request.args.get("agency"):
        agency = catalogue.agency_by_slug(region, request.args["agency"])
        if agency is None:
            abort(404)
    return render_template("posters/reprint.html", region=region, agency=agency,
                           groups=posters.posters_to_reprint(region, agency))


@bp.get("/v/<code>")
def verify(code: str) -> ResponseReturnValue:
    poster = posters.poster_by_code(code)
    if poster is None:
        return render_template("posters/unknown.html", code=code[:12]), 404
    region = load_region(poster.service.region.slug)
    service = catalogue.service_by_slug(region, poster.service.slug)
    if service is None:
        abort(404)
    return render_template(
        "posters/verify.html", region=region, service=service, sheet=service_sheet(service),
        verification=posters.verify(poster), poster=poster, date_error=None, raw_date="",
        printed=posters.region_date(poster.printed_at, region),
    )
