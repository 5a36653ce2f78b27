"""A region's accounts and its audit log (region admins only)."""
from __future__ import annotations

from typing import Any

from flask import Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.extensions import db
from registry.models import Region, User
from registry.services import accounts, audit, permissions
from registry.staff import bp
from registry.staff.forms import ActionForm
from registry.staff.user_forms import (
    ROLE_LABELS,
    AuditFilterForm,
    PasswordResetForm,
    UserEditForm,
    UserForm,
)
from registry.staff.views import (
    action_on,
    done,
    form_revision,
    get_or_404,
    page_number,
    require,
    status_of,
)

USERS_PER_PAGE = 25
AUDIT_PER_PAGE = 50


def managed_region() -> Region:
    region: Region = current_user.region
    require(permissions.can_manage_region(current_user, region))
    return region


@bp.route("/users", methods=["GET", "POST"])
@login_required
def users() -> Any:
    region = managed_region()
    form = UserForm.for_region(region)
    if form.validate_on_submit() and create_account(form, region):
        return done(_("Account created."), "staff.users")
    return render_template("staff/users.html", region=region, form=form, roles=ROLE_LABELS,
                           users=accounts.users_page(region, page_number(), USERS_PER_PAGE),
                           action=ActionForm()), status_of(form)


def create_account(form: UserForm, region: Region) -> bool:
    """The account as the form says, or False with the reason on the form."""
    try:
        accounts.create_user(form.email.data, form.name.data, form.role.data, region,
                             form.chosen_agency(region), form.password.data, by=current_user)
    except accounts.AccountError:
        db.session.rollback()
        form.email.errors.append(_("Check the e-mail (maybe taken) and the agency "
                                   "(needed for agency roles)."))
        return False
    return True


def last_admin_message() -> str:
    return str(_("This is the last active region admin of the region, so it cannot lose that "
             "role or be deactivated. Make another account region admin first."))


@bp.post("/users/<int:user_id>/active")
@login_required
def toggle_user(user_id: int) -> Any:
    user = action_on(User, user_id, permissions.can_manage_user)
    try:
        accounts.set_user_active(user, not user.active, current_user)
    except accounts.LastRegionAdmin:
        db.session.rollback()
        flash(last_admin_message(), "error")
        return redirect(url_for("staff.users"))
    db.session.commit()
    return redirect(url_for("staff.users"))


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@login_required
def edit_user(user_id: int) -> Any:
    user = get_or_404(User, user_id)
    require(permissions.can_manage_user(current_user, user))
    edit, reset = UserEditForm.for_user(user), PasswordResetForm()
    if request.method == "POST" and edit.save_user.data and edit.validate():
        return save_user(user, edit, reset)
    if request.method == "POST" and reset.reset.data and reset.validate():
        accounts.reset_password(user, reset.new_password.data, current_user)
        return done(_("Password set. Give it to the person in person or by phone, not by "
                      "e-mail."), "staff.users")
    return user_page(user, edit, reset)


def save_user(user: User, edit: UserEditForm, reset: PasswordResetForm) -> Any:
    try:
        accounts.update_user(user, edit.role.data, edit.chosen_agency(user.region),
                             current_user)
    except accounts.LastRegionAdmin:
        db.session.rollback()
        edit.role.errors.append(last_admin_message())
    except accounts.AccountError:
        db.session.rollback()
        edit.agency.errors.append(_("Agency roles need an agency."))
    else:
        return done(_("Account saved."), "staff.users")
    return user_page(user, edit, reset)


def user_page(user: User, edit: UserEditForm, reset: PasswordResetForm) -> Any:
    return render_template("staff/user.html", region=user.region, user=user, edit=edit,
                           reset=reset), 422 if edit.errors or reset.errors else 200


# --- Audit log


def audit_filter(region: Region) -> tuple[AuditFilterForm, dict[str, Any]]:
    """The filter form (from the query string) and what it asks for."""
    form = AuditFilterForm.for_region(region, accounts.region_users(region), audit.ACTIONS)
    form.validate()
    return form, {
        "action": form.action.data or None,
        "agency_id": form_revision(form.agency.data) or None,
        "user_id": form_revision(form.user.data) or None,
        "since": form.since.data if not form.since.errors else None,
        "until": form.until.data if not form.until.errors else None}


@bp.get("/audit")
@login_required
def audit_log() -> Any:
    region = managed_region()
    form, wanted = audit_filter(region)
    return render_template("staff/audit.html", region=region, form=form, entries=audit
                           .entries_page(region.id, page_number(), AUDIT_PER_PAGE, **wanted))


@bp.get("/audit.csv")
@login_required
def audit_csv() -> Any:
    region = managed_region()
    _form, wanted = audit_filter(region)
    return Response(audit.to_csv(audit.entries(region.id, limit=None, **wanted)),
                    mimetype="text/csv", headers={
                        "Content-Disposition": f"attachment; filename=audit-{region.slug}.csv"})
