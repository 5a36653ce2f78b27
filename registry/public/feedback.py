"""Citizens' experience reports (the form on every service page) and the public
"Transparansi" dashboard of a region."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

from flask import abort, current_app, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address
from werkzeug.wrappers import Response

from registry.extensions import csrf, db
from registry.models import Region, Service
from registry.public import antiforgery, bp
from registry.public.forms import ExperienceForm
from registry.public.views import load_public_service, load_region
from registry.services import numbers, periods, reports
from registry.services import transparency as transparency_service
from registry.services.periods import Period
from registry.services.schedule import region_today


@bp.app_context_processor
def experience_form_factory() -> dict[str, object]:
    """Service pages render the report form through these (a fresh, empty form and the
    day's anti-forgery token)."""
    def experience_token(service: Service, region: Region) -> str:
        return antiforgery.page_token(service, region)

    return {"new_experience_form": lambda: ExperienceForm(formdata=None),
            "experience_token": experience_token}


@bp.route("/<region_slug>/layanan/<slug>/pengalaman", methods=["GET", "POST"])
def experience(region_slug: str, slug: str) -> Response | tuple[str, int] | str:
    region, service = load_public_service(region_slug, slug)
    form = ExperienceForm()
    thanks = url_for("public.experience_thanks", region_slug=region.slug, slug=service.slug)
    if not form.is_submitted():
        return render_template("public/experience.html", region=region, service=service,
                               experience=form)
    if antiforgery.refused(service, region):
        abort(400)
    if form.is_bot:
        return redirect(thanks, 303)
    if form.validate():
        try:
            reports.submit_report(
                service, form.values(), address=get_remote_address(),
                secret=current_app.config["SECRET_KEY"], today=region_today(region),
                limit=current_app.config["FEEDBACK_DAILY_LIMIT"])
        except reports.ReportInvalid as invalid:
            db.session.rollback()
            form.show_errors(invalid.errors)
        except reports.TooManyReports:
            db.session.rollback()
            return render_template("public/experience_limit.html", region=region,
                                   service=service), 429
        else:
            db.session.commit()
            return redirect(thanks, 303)
    return render_template("public/experience.html", region=region, service=service,
                           experience=form), 422


# Checked by public/antiforgery.py instead: the form must not need a session.
csrf.exempt(experience)


@bp.get("/<region_slug>/layanan/<slug>/pengalaman/terima-kasih")
def experience_thanks(region_slug: str, slug: str) -> str:
    region, service = load_public_service(region_slug, slug)
    return render_template("public/experience_thanks.html", region=region, service=service)


@bp.app_template_filter("decimal")
def decimal_filter(value: object, places: int = 2) -> str:
    return numbers.decimal(value, places)  # type: ignore[arg-type]


@bp.app_template_filter("percent")
def percent_filter(value: Fraction | None) -> str:
    return numbers.percent(value)


@bp.app_template_filter("month_label")
def month_label_filter(month: dt.date) -> str:
    return numbers.month_label(month)


@bp.app_template_filter("days")
def days_filter(value: float | None) -> str:
    return numbers.days(value)


def chosen_period(region: Region) -> Period:
    """?periode=2026-Q3 (or 2026, or a range); the last complete quarter by default.
    PeriodError when the value cannot be read."""
    raw = request.args.get("periode", "").strip()
    if not raw:
        return periods.last_complete_quarter(region_today(region))
    return periods.parse_period(raw[:40])


def period_choices(region: Region) -> list[Period]:
    today = region_today(region)
    return [*periods.recent_quarters(today), periods.year_period(today.year),
            periods.year_period(today.year - 1)]


@bp.get("/<region_slug>/transparansi")
def transparency(region_slug: str) -> tuple[str, int] | str:
    region = load_region(region_slug)
    choices = period_choices(region)
    try:
        period = chosen_period(region)
    except periods.PeriodError as error:
        return render_template("public/transparency.html", region=region, choices=choices,
                               period=None, period_error=str(error)), 400
    found = transparency_service.overview(region, period)
    return render_template(
        "public/transparency.html", region=region, choices=choices, period=period,
        overview=found, charts=transparency_service.public_charts(found))
