"""Review: an approver publishes a submitted draft from a date or sends it back; the
version in force is confirmed as still correct (verified)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask import render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.extensions import db
from registry.models import StandardVersion
from registry.services import permissions, rules, standards
from registry.services.history import diff_versions, saves_since
from registry.services.schedule import region_today
from registry.staff import bp
from registry.staff.forms import ActionForm
from registry.staff.review_forms import ReviewForm
from registry.staff.views import (
    done,
    form_revision,
    get_or_404,
    load_version,
    require,
    require_action,
)


def review_page(version: StandardVersion, form: ReviewForm, today: dt.date, status: int = 200,
                **extra: Any) -> Any:
    svc = version.service
    base = standards.in_force(svc.versions, today)
    return render_template(
        "staff/review.html", form=form, region=svc.region, service=svc, version=version,
        changes=diff_versions(base, version) if base else [], action=ActionForm(),
        may_publish=permissions.can_publish(current_user, version),
        may_withdraw=permissions.can_withdraw(current_user, version), **extra), status


@bp.route("/drafts/<int:version_id>/review", methods=["GET", "POST"])
@login_required
def review(version_id: int) -> Any:
    version = get_or_404(StandardVersion, version_id)
    require(permissions.can_see_agency(current_user, version.service.agency))
    today = region_today(version.service.region)
    form = ReviewForm()
    if request.method == "GET":
        form.effective_from.data = form.effective_from.data or today
        form.revision.data = str(version.revision)
        return review_page(version, form, today)
    require(permissions.can_publish(current_user, version))
    if not form.check(today):
        return review_page(version, form, today, 422)
    return decide(version, form, today)


def decide(version: StandardVersion, form: ReviewForm, today: dt.date) -> Any:
    """Publish or send back the revision the approver saw, or say why not."""
    seen = form_revision(form.revision.data)
    try:
        if form.reject.data:
            standards.reject(version, current_user, form.comment.data, seen)
        else:
            standards.approve(version, current_user, form.effective_from.data, today, seen)
    except standards.StaleReview:
        db.session.rollback()
        form.revision.data = str(version.revision)
        return review_page(version, form, today, 409, stale=saves_since(version, seen))
    except rules.RuleViolation as error:
        db.session.rollback()
        return review_page(version, form, today, 422, problems=error.problems)
    return done(_("Sent back to the editor.") if form.reject.data else _("Published."),
                "staff.service", service_id=version.service_id)


@bp.post("/versions/<int:version_id>/verify")
@login_required
def verify(version_id: int) -> Any:
    version = load_version(version_id,
                           lambda user, svc: permissions.can_approve_agency(user, svc.agency))
    require_action()
    standards.verify(version, current_user, region_today(version.service.region))
    return done(_("Marked as verified today."), "staff.service", service_id=version.service_id)
