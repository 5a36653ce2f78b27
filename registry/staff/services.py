"""The staff overview and services: the workspace, unverified standards, one service's
versions, its identity, a new service."""
from __future__ import annotations

from typing import Any

from flask import render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.extensions import db
from registry.models import Agency, Region, Service, StandardVersion
from registry.services import catalogue, permissions, standards
from registry.services.history import diff_versions
from registry.services.schedule import region_today
from registry.staff import bp
from registry.staff.forms import ActionForm, options
from registry.staff.service_forms import NewServiceForm, ServiceIdentityForm
from registry.staff.views import done, get_or_404, page_number, require, status_of

SERVICES_PER_PAGE = 25
WAITING_PER_PAGE = 10


def visible_agencies(region: Region) -> list[Agency]:
    return [a for a in region.agencies if permissions.can_see_agency(current_user, a)]


@bp.get("/")
@login_required
def dashboard() -> Any:
    region = current_user.region
    agencies = visible_agencies(region)
    page = standards.services_page([a.id for a in agencies], page_number(), SERVICES_PER_PAGE)
    waiting = standards.waiting_page(
        [a.id for a in agencies if permissions.can_approve_agency(current_user, a)],
        request.args.get("waiting", 1, type=int), WAITING_PER_PAGE)
    today = region_today(region)
    return render_template(
        "staff/dashboard.html", region=region, agencies=agencies, page=page, waiting=waiting,
        drafts=standards.open_drafts(page.items), today=today,
        current=standards.current_versions(page.items, today),
        transfer_agencies={a.id for a in agencies
                           if permissions.can_transfer_agency(current_user, a)},
        transfer_region=permissions.can_transfer_region(current_user, region))


@bp.get("/unverified")
@login_required
def unverified() -> Any:
    region = current_user.region
    stale = standards.not_verified_since(
        [s for a in visible_agencies(region) for s in a.services], region_today(region))
    return render_template("staff/unverified.html", region=region, stale=stale)


@bp.get("/services/<int:service_id>")
@login_required
def service(service_id: int) -> Any:
    svc = get_or_404(Service, service_id)
    require(permissions.can_see_agency(current_user, svc.agency))
    today = region_today(svc.region)
    return render_template(
        "staff/service.html", region=svc.region, service=svc, today=today, form=ActionForm(),
        draft=standards.open_draft(svc), in_force=standards.in_force(svc.versions, today),
        state=lambda v: standards.version_state(v, today), **version_history(svc),
        can_edit=permissions.can_edit_service(current_user, svc),
        can_approve=permissions.can_approve_agency(current_user, svc.agency))


def version_history(svc: Service) -> dict[str, Any]:
    """The versions, newest first, each with what changed from the one before."""
    versions: list[StandardVersion] = sorted(svc.versions, key=lambda v: v.number,
                                             reverse=True)
    changes = {v.id: diff_versions(older, v) for v, older in zip(versions, versions[1:],
                                                                 strict=False)}
    return {"versions": versions, "changes": changes}


@bp.route("/services/<int:service_id>/identity", methods=["GET", "POST"])
@login_required
def service_identity(service_id: int) -> Any:
    svc = get_or_404(Service, service_id)
    require(permissions.can_edit_service(current_user, svc))
    form = ServiceIdentityForm(obj=svc if request.method == "GET" else None)
    form.counters.choices = options((c.id, c.name) for c in svc.agency.counters)
    if request.method == "GET":
        form.counters.data = [c.id for c in svc.counters]
    if form.validate_on_submit():
        catalogue.update_service(svc, form.values(), current_user)
        return done(_("Saved."), "staff.service", service_id=svc.id)
    return render_template("staff/identity.html", region=svc.region, service=svc,
                           form=form), status_of(form)


SERVICE_ERRORS = {
    ("slug", "invalid"): lambda: _("Use only lowercase letters, digits and hyphens (no spaces), "
                                   "e.g. akta-kelahiran."),
    ("slug", "taken"): lambda: _("Another service of this region already uses this address "
                                 "name. Choose another."),
    ("category", "invalid"): lambda: _("Choose a category from the list."),
    ("counters", "other_agency"): lambda: _("Choose only counters of the chosen agency."),
}


def create_service(form: NewServiceForm) -> StandardVersion | None:
    """The new service's first draft, or None with the reason on the form."""
    # The posted agency id is checked here, not trusted from the choices offered.
    agency = get_or_404(Agency, form.agency.data)
    require(permissions.can_create_service(current_user, agency))
    try:
        _service, draft = catalogue.create_service(agency, form.values(), current_user)
    except catalogue.ServiceError as error:
        db.session.rollback()
        form[error.field].errors.append(SERVICE_ERRORS[error.field, error.reason]())
        return None
    return draft


@bp.route("/services/new", methods=["GET", "POST"])
@login_required
def new_service() -> Any:
    region = current_user.region
    agencies = [a for a in region.agencies if permissions.can_create_service(current_user, a)]
    require(bool(agencies))
    form = NewServiceForm.for_agencies(agencies, request.args.get("agency_id", type=int))
    draft = create_service(form) if form.validate_on_submit() else None
    if draft is not None:
        return done(_("Service created. Fill in its first standard, then submit it for "
                      "approval."), "staff.edit_draft", version_id=draft.id)
    return render_template("staff/new_service.html", region=region, form=form,
                           fixed_agency=agencies[0] if len(agencies) == 1 else None), \
        status_of(form)
