"""Staff pages for the survey and experience reports: figures, moderation, service users,
questionnaire imports, the follow-up plan, the SKM report, CSV exports, the self-check."""
from __future__ import annotations

from typing import Any

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.extensions import db
from registry.models import Agency, ExperienceReport
from registry.services import (
    compliance,
    feedback_export,
    periods,
    permissions,
    reports,
    sample,
    skm_import,
    skm_report,
    transparency,
    uploads,
)
from registry.services.periods import Period
from registry.services.schedule import region_today
from registry.services.transfer import ImportRefused, RowError
from registry.staff import bp
from registry.staff.feedback_forms import (
    FollowUpForm,
    SkmImportConfirmForm,
    SkmImportForm,
    count_field_name,
    user_counts_form,
)
from registry.staff.forms import ActionForm
from registry.staff.transfer import stored_upload, upload_folder
from registry.staff.views import get_or_404, require, status_of


def staff_period() -> Period:
    region = current_user.region
    raw = request.args.get("periode", "").strip()
    try:
        return periods.parse_period(raw[:40]) if raw else \
            periods.last_complete_quarter(region_today(region))
    except periods.PeriodError as error:
        abort(Response(render_template("error.html", code=400, message=str(error)), 400))


def period_choices() -> list[Period]:
    today = region_today(current_user.region)
    return [*periods.recent_quarters(today), periods.year_period(today.year),
            periods.year_period(today.year - 1)]


def feedback_agency(agency_id: int, manage: bool = False) -> Agency:
    agency: Agency = get_or_404(Agency, agency_id)
    require(permissions.can_manage_feedback(current_user, agency) if manage
            else permissions.can_see_feedback(current_user, agency))
    return agency


def agency_page(template: str, agency: Agency, status: int = 200,
                **context: Any) -> ResponseReturnValue:
    """A page about one agency, under its region's header."""
    return render_template(template, region=agency.region, agency=agency, **context), status


@bp.get("/feedback")
@login_required
def feedback() -> ResponseReturnValue:
    region = current_user.region
    agencies = [a for a in region.agencies if permissions.can_see_feedback(current_user, a)]
    require(bool(agencies))
    period = staff_period()
    found = transparency.overview(region, period, agencies)
    waiting = reports.pending_comments([a.id for a in agencies])
    return render_template("staff/feedback.html", region=region, period=period,
                           choices=period_choices(), overview=found,
                           whole_region=permissions.can_manage_region(current_user, region),
                           waiting={a.id: sum(1 for r in waiting if r.agency_id == a.id)
                                    for a in agencies})


@bp.get("/feedback/agencies/<int:agency_id>")
@login_required
def feedback_agency_page(agency_id: int) -> ResponseReturnValue:
    agency = feedback_agency(agency_id)
    period = staff_period()
    found = transparency.overview(agency.region, period, [agency])
    return agency_page(
        "staff/feedback_agency.html", agency, period=period, choices=period_choices(),
        overview=found, charts=transparency.public_charts(found),
        pending=reports.pending_comments([agency.id]),
        approved=reports.approved_comments([agency.id], period), form=ActionForm(),
        may_manage=permissions.can_manage_feedback(current_user, agency))


@bp.post("/feedback/comments/<int:report_id>/<any(approve, reject):decision>")
@login_required
def moderate_comment(report_id: int, decision: str) -> ResponseReturnValue:
    report = get_or_404(ExperienceReport, report_id)
    require(permissions.can_manage_feedback(current_user, report.agency))
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        reports.moderate(report, decision == "approve", current_user)
    except reports.ModerationError:
        db.session.rollback()
        flash(_("Someone else already decided on this comment."), "error")
    else:
        db.session.commit()
        flash(_("Comment approved.") if decision == "approve" else
              _("Comment rejected; its text was erased."), "ok")
    return redirect(url_for("staff.feedback_agency_page", agency_id=report.agency_id))


@bp.route("/feedback/agencies/<int:agency_id>/users", methods=["GET", "POST"])
@login_required
def service_users(agency_id: int) -> ResponseReturnValue:
    agency = feedback_agency(agency_id, manage=True)
    period = staff_period()
    months = period.months()
    known = sample.user_counts(agency.services, months)
    form = user_counts_form(agency.services, months, {
        count_field_name(s, m): known[s.id, m] for s in agency.services for m in months
        if (s.id, m) in known})
    if form.validate_on_submit():
        changed = sample.save_user_counts(agency, months, {
            (s.id, m): form[count_field_name(s, m)].data
            for s in agency.services for m in months}, current_user)
        db.session.commit()
        flash(_("Saved %(count)d changed numbers.", count=changed), "ok")
        return redirect(url_for("staff.service_users", agency_id=agency.id,
                                periode=period.key))
    return agency_page("staff/feedback_users.html", agency, status_of(form), period=period,
                       choices=period_choices(), months=months, form=form,
                       field_name=count_field_name)


@bp.route("/feedback/agencies/<int:agency_id>/follow-up", methods=["GET", "POST"])
@login_required
def follow_up(agency_id: int) -> ResponseReturnValue:
    agency = feedback_agency(agency_id, manage=True)
    period = staff_period()
    form = FollowUpForm(data={"plan": FollowUpForm.text(
        skm_report.follow_up_items(agency, period))})
    if form.validate_on_submit():
        skm_report.save_follow_up(agency, period, form.items(), current_user)
        db.session.commit()
        flash(_("Follow-up plan saved."), "ok")
        return redirect(url_for("staff.feedback_agency_page", agency_id=agency.id,
                                periode=period.key))
    return agency_page("staff/feedback_follow_up.html", agency, status_of(form),
                       period=period, form=form)


@bp.get("/feedback/agencies/<int:agency_id>/skm.pdf")
@login_required
def skm_report_pdf(agency_id: int) -> ResponseReturnValue:
    agency = feedback_agency(agency_id)
    period = staff_period()
    pdf = skm_report.report_pdf(skm_report.skm_report(agency, period,
                                                      region_today(agency.region)))
    return Response(pdf, mimetype="application/pdf", headers={
        "Content-Disposition": f"inline; filename=skm-{agency.slug}-{period.key}.pdf"})


@bp.get("/feedback/agencies/<int:agency_id>/<any(reports, skm):kind>.csv")
@login_required
def feedback_csv(agency_id: int, kind: str) -> ResponseReturnValue:
    agency = feedback_agency(agency_id)
    period = staff_period()
    if kind == "reports":
        text = feedback_export.reports_csv(reports.judge_all(
            reports.reports_in(period, [agency]), [agency]))
    else:
        text = feedback_export.responses_csv([agency.id], period)
    return Response(text, mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename={kind}-{agency.slug}-{period.key}.csv"})


@bp.route("/feedback/agencies/<int:agency_id>/skm-import", methods=["GET", "POST"])
@login_required
def skm_import_page(agency_id: int) -> ResponseReturnValue:
    agency = feedback_agency(agency_id, manage=True)
    form = SkmImportForm()
    if not form.validate_on_submit():
        return agency_page("staff/skm_import.html", agency, status_of(form), form=form)
    upload = form.file.data
    data = upload.read()
    preview = skm_import.preview_skm_import(data, upload.filename or "", agency,
                                            source=form.source.data,
                                            today=region_today(agency.region))
    confirm = None
    if preview.ok:
        token = uploads.store(upload_folder(), data, preview.filename, current_user.id)
        confirm = SkmImportConfirmForm(formdata=None, data={"token": token,
                                                           "source": preview.source})
    db.session.rollback()
    return agency_page("staff/skm_import_preview.html", agency, 200 if preview.ok else 422,
                       preview=preview, confirm=confirm)


@bp.post("/feedback/agencies/<int:agency_id>/skm-import/confirm")
@login_required
def skm_import_confirm(agency_id: int) -> ResponseReturnValue:
    agency = feedback_agency(agency_id, manage=True)
    form = SkmImportConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    stored = stored_upload(form.token.data)
    preview = skm_import.preview_skm_import(stored.data, stored.filename, agency,
                                            source=form.source.data or "",
                                            today=region_today(agency.region))
    try:
        batch = skm_import.apply_skm_import(preview, agency, user=current_user)
    except ImportRefused as refused:
        db.session.rollback()
        uploads.discard(upload_folder(), stored.token)
        if preview.ok:   # saved by someone else between the preview and now
            preview.errors.append(RowError("", 0, "", str(refused)))
        return agency_page("staff/skm_import_preview.html", agency, 422, preview=preview,
                           confirm=None)
    db.session.commit()
    uploads.discard(upload_folder(), stored.token)
    flash(_("Imported %(rows)d questionnaires.", rows=batch.rows), "ok")
    return redirect(url_for("staff.feedback_agency_page", agency_id=agency.id))


@bp.get("/agencies/<int:agency_id>/compliance")
@login_required
def compliance_page(agency_id: int) -> ResponseReturnValue:
    agency = feedback_agency(agency_id)
    found = compliance.self_check(agency, region_today(agency.region))
    return agency_page("staff/compliance.html", agency, check=found)
