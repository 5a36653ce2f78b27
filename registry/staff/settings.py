"""Agency and region settings: contacts, hours, counters, channels, calendar, posters."""
from __future__ import annotations

from typing import Any

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.models import Agency
from registry.services import accounts, permissions
from registry.staff import bp
from registry.staff.forms import LogoForm
from registry.staff.settings_forms import AgencyForm, RegionForm
from registry.staff.views import done, get_or_404, require, status_of


@bp.route("/agencies/<int:agency_id>/settings", methods=["GET", "POST"])
@login_required
def agency_settings(agency_id: int) -> Any:
    agency = get_or_404(Agency, agency_id)
    require(permissions.can_edit_agency(current_user, agency))
    form = AgencyForm.of(accounts.agency_settings(agency)) if request.method == "GET" \
        else AgencyForm()
    if request.method == "POST" and form.validate():
        accounts.update_agency_settings(agency, form.values(), current_user)
        return done(_("Saved."), "staff.agency_settings", agency_id=agency.id)
    return render_template("staff/agency.html", region=agency.region, agency=agency,
                           form=form, logo_form=LogoForm(), owner=agency,
                           logo_action=url_for("staff.agency_logo", agency_id=agency.id)), \
        status_of(form)


@bp.route("/region/settings", methods=["GET", "POST"])
@login_required
def region_settings() -> Any:
    region = current_user.region
    require(permissions.can_manage_region(current_user, region))
    form = RegionForm.of(accounts.region_settings(region)) if request.method == "GET" \
        else RegionForm()
    if request.method == "POST" and form.validate():
        accounts.update_region_settings(region, form.values(), current_user)
        return done(_("Saved."), "staff.region_settings")
    return render_template("staff/region.html", region=region, form=form,
                           logo_form=LogoForm(), owner=region,
                           logo_action=url_for("staff.region_logo")), status_of(form)
