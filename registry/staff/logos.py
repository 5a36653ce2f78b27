"""Uploading and removing the logos printed on posters (region admins and agency staff)."""
from __future__ import annotations

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from registry.extensions import db
from registry.models import Agency, Region
from registry.services import logos, permissions
from registry.staff import bp
from registry.staff.forms import LogoForm
from registry.staff.views import get_or_404, require


def refusal(reason: str) -> str:
    messages: dict[str, str] = {
        "empty": _("The file is empty."),
        "too_large": _("The logo is too large: at most 512 KB and 4000 pixels on each side."),
        "type": _("Upload a PNG image or an SVG drawing."),
        "broken": _("The PNG file is damaged and cannot be read."),
    }
    return messages[reason]


def save_logo(owner: Region | Agency, settings_url: str) -> Response:
    """Upload or remove; then back to the settings page, which shows what happened."""
    form = LogoForm()
    if not form.validate_on_submit():
        for message in form.logo.errors or [_("Choose a PNG or SVG file to upload.")]:
            flash(str(message), "error")
        return redirect(settings_url + "#logo", 303)
    if form.remove.data:
        logos.set_logo(owner, None, current_user)
    elif form.logo.data is None:
        flash(_("Choose a PNG or SVG file to upload."), "error")
        return redirect(settings_url + "#logo", 303)
    else:
        try:
            logos.set_logo(owner, form.logo.data.read(logos.MAX_BYTES + 1), current_user)
        except logos.LogoRefused as refused:
            db.session.rollback()
            flash(_("The logo was not saved: %(reason)s", reason=refusal(refused.reason)),
                  "error")
            return redirect(settings_url + "#logo", 303)
    db.session.commit()
    flash(_("Logo removed.") if form.remove.data else _("Logo saved."), "ok")
    return redirect(settings_url + "#logo", 303)


@bp.post("/region/logo")
@login_required
def region_logo() -> Response:
    region = current_user.region
    require(permissions.can_manage_region(current_user, region))
    return save_logo(region, url_for("staff.region_settings"))


@bp.post("/agencies/<int:agency_id>/logo")
@login_required
def agency_logo(agency_id: int) -> Response:
    agency = get_or_404(Agency, agency_id)
    require(permissions.can_edit_agency(current_user, agency))
    return save_logo(agency, url_for("staff.agency_settings", agency_id=agency.id))
