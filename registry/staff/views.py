"""What every staff view shares: the user's region, the menu, loading what a URL names,
and the one error handler that turns workflow and permission errors into pages.

The views live by area: account.py (sign-in, own password), services.py (overview,
services), drafts.py, review.py, settings.py (agency, region), users.py (accounts, audit
log), transfer.py (import/export), feedback.py, logos.py, sessions.py.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.exceptions import Forbidden
from werkzeug.wrappers import Response

from registry.extensions import db
from registry.models import StandardVersion, VersionStatus
from registry.services import permissions, workflow
from registry.staff import bp
from registry.staff.forms import ActionForm
from registry.web import handle_http_error

Model = TypeVar("Model")


@bp.before_request
def staff_context() -> None:
    if current_user.is_authenticated:
        g.region = current_user.region


@bp.context_processor
def staff_menu() -> dict[str, Any]:
    """What the staff menu offers: decided by permissions, not by the template."""
    def manages_region() -> bool:
        return bool(current_user.is_authenticated and
                    permissions.can_manage_region(current_user, current_user.region))
    return {"manages_region": manages_region}


def require(allowed: bool) -> None:
    """Refuse (403, by the handler below) what permissions.py does not allow."""
    if not allowed:
        raise permissions.NotAllowed()


def require_action() -> None:
    """A state-changing button: its form (CSRF) must be valid, else 400."""
    if not ActionForm().validate_on_submit():
        abort(400)


def get_or_404(model: type[Model], object_id: int) -> Model:
    found = db.session.get(model, object_id)
    if found is None:
        abort(404)
    return found


def action_on(model: type[Model], object_id: int,
              allowed: Callable[[Any, Model], bool]) -> Model:
    """The object a state-changing button acts on: 404 when gone, 403 when `allowed`
    refuses the signed-in user, 400 when the button's form is not valid."""
    found = get_or_404(model, object_id)
    require(allowed(current_user, found))
    require_action()
    return found


def load_version(version_id: int, check: Any = permissions.can_edit_service) -> StandardVersion:
    version = get_or_404(StandardVersion, version_id)
    require(check(current_user, version.service))
    return version


def form_revision(raw: str | None) -> int:
    """A number a form sent back (a revision, an id); anything else is 0 (none, stale)."""
    raw = raw or ""
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 10 else 0


def page_number() -> int:
    """The list page asked for (?page=2); anything else is the first."""
    return form_revision(request.args.get("page")) or 1


def done(message: str, endpoint: str, **values: Any) -> Response:
    """Commit this request's change, say so, and go to the page that shows it."""
    db.session.commit()
    flash(message, "ok")
    return redirect(url_for(endpoint, **values))


def status_of(form: Any) -> int:
    """422 when a posted form was refused, else 200."""
    return 422 if form.errors else 200


WORKFLOW_CONFLICTS = {
    VersionStatus.PUBLISHED: lambda: _("Nothing changed: this version was already published."),
    VersionStatus.SUPERSEDED: lambda: _("Nothing changed: this version was already published."),
    VersionStatus.SUBMITTED: lambda: _("Nothing changed: this draft has already been "
                                       "submitted for approval."),
    VersionStatus.DRAFT: lambda: _("Nothing changed: this draft is no longer waiting for "
                                   "approval; it was sent back or withdrawn."),
    workflow.DISCARDED: lambda: _("Nothing changed: this draft was discarded."),
}


@bp.errorhandler(permissions.NotAllowed)
@bp.errorhandler(workflow.WorkflowError)
def refused(error: Exception) -> Any:
    """Nothing of the request is kept. 403 for a permission; 409 for a step the version's
    state no longer allows (someone else moved it first), saying what state it is in."""
    db.session.rollback()
    if isinstance(error, permissions.NotAllowed):
        return handle_http_error(Forbidden())
    if isinstance(error, workflow.DraftExists):
        return redirect(url_for("staff.edit_draft", version_id=error.draft.id))
    found = getattr(error, "found", None)
    message = WORKFLOW_CONFLICTS[found]() if found in WORKFLOW_CONFLICTS else \
        _("Nothing changed: this version is not in a state that allows this step.")
    return render_template("staff/workflow_conflict.html", region=current_user.region,
                           message=message, service_id=getattr(error, "service_id", None)), 409
