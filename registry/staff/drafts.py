"""Drafts: starting one, editing and saving it, submitting, withdrawing, discarding.

Whether a step is allowed is the workflow's to say (services/workflow.py); a step the
version's state no longer allows raises, and the blueprint's handler answers 409.
"""
from __future__ import annotations

from typing import Any

from flask import redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.extensions import db
from registry.models import Service, StandardVersion
from registry.services import permissions, standards, workflow
from registry.services.history import diff_versions, saves_since
from registry.services.schedule import region_today
from registry.services.workflow import Step
from registry.staff import bp
from registry.staff.draft_forms import DiscardForm, DraftForm
from registry.staff.views import (
    action_on,
    done,
    form_revision,
    load_version,
    require_action,
)


@bp.post("/services/<int:service_id>/drafts")
@login_required
def new_draft(service_id: int) -> Any:
    svc = action_on(Service, service_id, permissions.can_edit_service)
    draft = standards.draft_to_edit(svc, current_user, region_today(svc.region))
    db.session.commit()
    return redirect(url_for("staff.edit_draft", version_id=draft.id))


def draft_page(version: StandardVersion, form: DraftForm, status: int = 200,
               **extra: Any) -> Any:
    return render_template("staff/draft.html", form=form, region=version.service.region,
                           version=version, service=version.service, discard=DiscardForm(),
                           **extra), status


def elsewhere(version: StandardVersion) -> Any:
    """A version that is not editable: its review while it waits, else its service."""
    if workflow.allowed(version.status, Step.APPROVE):
        return redirect(url_for("staff.review", version_id=version.id))
    return redirect(url_for("staff.service", service_id=version.service_id))


@bp.route("/drafts/<int:version_id>", methods=["GET", "POST"])
@login_required
def edit_draft(version_id: int) -> Any:
    version = load_version(version_id)
    if not workflow.allowed(version.status, Step.SAVE):
        return elsewhere(version)
    if request.method == "GET":
        return draft_page(version, DraftForm.of(version))
    form = DraftForm()  # CSRFProtect has already refused a POST without a valid token
    if form.row_added() or form.rearrange.data:
        return draft_page(version, form.rebuilt())
    if not form.validate():
        return draft_page(version, form, 422)
    return save(version, form)


def save(version: StandardVersion, form: DraftForm) -> Any:
    revision = form_revision(form.revision.data)
    try:
        standards.save_draft(version, form.values(), revision, current_user,
                             confirm_large=bool(form.confirm_large_amount.data))
    except standards.StaleRevision:
        db.session.rollback()
        return conflict(version, form, revision)
    return done(_("Draft saved."), "staff.edit_draft", version_id=version.id)


def conflict(version: StandardVersion, form: DraftForm, loaded: int) -> Any:
    """409: what others saved since the form was loaded, then the user's unsaved values."""
    mine = StandardVersion()
    standards.apply_values(mine, form.values())
    form.revision.data = str(version.revision)
    return draft_page(version, form, 409, conflict=diff_versions(version, mine),
                      others=saves_since(version, loaded))


@bp.post("/drafts/<int:version_id>/submit")
@login_required
def submit_draft(version_id: int) -> Any:
    version = load_version(version_id)
    require_action()
    standards.submit(version, current_user)
    return done(_("Submitted for approval."), "staff.service", service_id=version.service_id)


@bp.post("/drafts/<int:version_id>/withdraw")
@login_required
def withdraw_draft(version_id: int) -> Any:
    version = action_on(StandardVersion, version_id, permissions.can_withdraw)
    standards.withdraw(version, current_user)
    return done(_("Withdrawn: the draft can be edited again."), "staff.service",
                service_id=version.service_id)


@bp.route("/drafts/<int:version_id>/discard", methods=["GET", "POST"])
@login_required
def discard_draft(version_id: int) -> Any:
    """Asks first: the box must be ticked (a page of its own when it was not)."""
    version = load_version(version_id)
    form = DiscardForm()
    if not form.validate_on_submit():
        return render_template("staff/discard.html", region=version.service.region,
                               version=version, discard=form), 422 if form.errors else 200
    service_id = version.service_id
    standards.discard_draft(version, current_user)
    return done(_("Draft discarded."), "staff.service", service_id=service_id)
