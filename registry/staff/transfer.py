"""Import and export pages: download standards, upload a file, preview it, confirm it.

The preview holds loaded objects, so the confirmation re-reads the upload kept on the
server (services/uploads.py) and previews it again before writing anything.
"""
from __future__ import annotations

import io
import os

from flask import Response, abort, current_app, flash, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.extensions import db
from registry.models import Agency, Region
from registry.services import permissions, transfer, uploads
from registry.services.schedule import region_today
from registry.staff import bp
from registry.staff.forms import ImportConfirmForm, ImportForm
from registry.staff.views import get_or_404, require

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
# The confirmation page links this many of the new drafts; the dashboard lists them all.
SHOWN_DRAFTS = 100


def upload_folder() -> str:
    return current_app.config["IMPORT_UPLOAD_FOLDER"] or \
        os.path.join(current_app.instance_path, "uploads")


def stored_upload(token: str) -> uploads.StoredUpload:
    """The upload kept for the confirmation: 404 when gone, 403 when someone else's."""
    try:
        return uploads.load(upload_folder(), token, current_user.id)
    except uploads.UploadNotFound:
        abort(404)
    except uploads.UploadForbidden:
        abort(403)


def agency_scope(agency_id: int) -> Agency:
    agency = get_or_404(Agency, agency_id)
    require(permissions.can_transfer_agency(current_user, agency))
    return agency


def region_scope() -> Region:
    region: Region = current_user.region
    require(permissions.can_transfer_region(current_user, region))
    return region


def download(region: Region, agency: Agency | None, extension: str) -> Response:
    items = transfer.standards_to_export(region, agency)
    out = io.BytesIO()
    if extension == "xlsx":
        transfer.write_xlsx(items, out)
    else:
        transfer.write_csv(items, out)
    parts = [region.slug, *([agency.slug] if agency else []), region_today(region).isoformat()]
    return Response(out.getvalue(), mimetype=XLSX if extension == "xlsx" else CSV, headers={
        "Content-Disposition": f"attachment; filename={'-'.join(parts)}.{extension}"})


@bp.get("/agencies/<int:agency_id>/export.<any(xlsx, csv):extension>")
@login_required
def export_agency(agency_id: int, extension: str) -> ResponseReturnValue:
    agency = agency_scope(agency_id)
    return download(agency.region, agency, extension)


@bp.get("/region/export.<any(xlsx, csv):extension>")
@login_required
def export_region(extension: str) -> ResponseReturnValue:
    return download(region_scope(), None, extension)


@bp.get("/import-template.xlsx")
@login_required
def import_template() -> ResponseReturnValue:
    out = io.BytesIO()
    transfer.write_template(out)
    return Response(out.getvalue(), mimetype=XLSX, headers={
        "Content-Disposition": "attachment; filename=template-standar-pelayanan.xlsx"})


def import_page(region: Region, agency: Agency | None, action: str) -> ResponseReturnValue:
    """Upload -> preview. Only a clean preview gets a confirm form, carrying a token."""
    form = ImportForm()
    if not form.validate_on_submit():
        return render_template("staff/import.html", region=region, agency=agency, form=form,
                               action=action), 422 if form.errors else 200
    upload = form.file.data
    data = upload.read()
    large = bool(form.confirm_large_amounts.data)
    preview = transfer.preview_import(data, upload.filename or "", region=region,
                                      agency=agency, confirm_large_amounts=large)
    confirm = None
    if preview.ok and (preview.created or preview.changed):
        token = uploads.store(upload_folder(), data, preview.filename, current_user.id)
        confirm = ImportConfirmForm(formdata=None, data={
            "token": token, "confirm_large_amounts": "1" if large else ""})
    db.session.rollback()  # the preview wrote nothing; drop what it loaded
    return render_template("staff/import_preview.html", region=region, agency=agency,
                           preview=preview, confirm=confirm, action=action), \
        200 if preview.ok else 422


def confirm_import(region: Region, agency: Agency | None,
                   action: str) -> ResponseReturnValue:
    """Preview the stored bytes again, then write them as drafts in one commit."""
    form = ImportConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    stored = stored_upload(form.token.data)
    preview = transfer.preview_import(stored.data, stored.filename, region=region,
                                      agency=agency,
                                      confirm_large_amounts=bool(form.confirm_large_amounts.data))
    if not preview.ok:
        db.session.rollback()
        uploads.discard(upload_folder(), stored.token)
        return render_template("staff/import_preview.html", region=region, agency=agency,
                               preview=preview, confirm=None, action=action), 422
    result = transfer.apply_import(preview, user=current_user)
    # Read before the commit expires them: thousands of drafts must not reload one by one.
    shown = [(d.id, d.service.name, d.number) for d in result.drafts[:SHOWN_DRAFTS]]
    db.session.commit()
    uploads.discard(upload_folder(), stored.token)
    flash(_("Imported %(drafts)d drafts (%(services)d new services). Nothing is published "
            "until an approver publishes each draft.", drafts=len(result.drafts),
            services=len(result.services)), "ok")
    return render_template("staff/import_done.html", region=region, agency=agency,
                           drafts=shown, more=len(result.drafts) - len(shown), action=action)


@bp.route("/agencies/<int:agency_id>/import", methods=["GET", "POST"])
@login_required
def import_agency(agency_id: int) -> ResponseReturnValue:
    agency = agency_scope(agency_id)
    return import_page(agency.region, agency,
                       url_for("staff.import_agency_confirm", agency_id=agency.id))


@bp.post("/agencies/<int:agency_id>/import/confirm")
@login_required
def import_agency_confirm(agency_id: int) -> ResponseReturnValue:
    agency = agency_scope(agency_id)
    return confirm_import(agency.region, agency,
                          url_for("staff.import_agency", agency_id=agency.id))


@bp.route("/region/import", methods=["GET", "POST"])
@login_required
def import_region() -> ResponseReturnValue:
    return import_page(region_scope(), None, url_for("staff.import_region_confirm"))


@bp.post("/region/import/confirm")
@login_required
def import_region_confirm() -> ResponseReturnValue:
    return confirm_import(region_scope(), None, url_for("staff.import_region"))
