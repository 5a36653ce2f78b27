"""What agency staff edit. Views load, check permissions, call one service, commit, render."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from flask import (
    Response, abort, current_app, flash, g, redirect, render_template, request, url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.extensions import db, limiter
from registry.models import Agency, Region, Service, StandardVersion, User, VersionStatus
from registry.services import accounts, audit, catalogue, permissions, rules, standards
from registry.services.history import diff_versions, saves_since
from registry.services.schedule import region_today
from registry.staff import bp, sessions
from registry.staff.forms import (
    NEW_COUNTER_ROWS, ROLE_LABELS, ROWS, SPARE_OVERRIDE_ROWS, ActionForm, AgencyForm,
    AuditFilterForm, DraftForm, LoginForm, LogoForm, NewServiceForm, PasswordForm,
    PasswordResetForm, RegionForm, ReviewForm, ServiceIdentityForm, UserEditForm, UserForm,
    options,
)


@bp.before_request
def staff_context():
    if current_user.is_authenticated:
        g.region = current_user.region


@bp.context_processor
def staff_menu():
    """What the staff menu offers: decided by permissions, not by the template."""
    def manages_region() -> bool:
        return current_user.is_authenticated and \
            permissions.can_manage_region(current_user, current_user.region)
    return {"manages_region": manages_region}


def require(allowed: bool) -> None:
    if not allowed:
        abort(403)


def get_or_404(model, object_id: int):
    found = db.session.get(model, object_id)
    if found is None:
        abort(404)
    return found


def load_version(version_id: int, check=permissions.can_edit_service) -> StandardVersion:
    version = get_or_404(StandardVersion, version_id)
    require(check(current_user, version.service))
    return version


# --- Accounts


def failed_login(response: Response) -> bool:
    return response.status_code == 401


def login_account() -> str:
    """The account a login attempt names, so attempts on it are counted from any address."""
    return "login-account:" + (request.form.get("email") or "").strip().lower()[:200]


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"],
               deduct_when=failed_login)
@limiter.limit(lambda: current_app.config["LOGIN_ACCOUNT_RATE_LIMIT"], methods=["POST"],
               key_func=login_account, deduct_when=failed_login)
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        db.session.commit()
        if user is not None:
            sessions.begin(user)
            return redirect(url_for("staff.dashboard"))
        flash(_("E-mail or password is wrong."), "error")
        return render_template("staff/login.html", form=form), 401
    return render_template("staff/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    form = ActionForm()
    if form.validate_on_submit():
        accounts.log_out(current_user._get_current_object())
        db.session.commit()
        sessions.end()
    return redirect(url_for("staff.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(current_user, form.current_password.data,
                                     form.new_password.data)
        except accounts.AccountError:
            db.session.rollback()
            form.current_password.errors.append(_("The current password is wrong."))
        else:
            db.session.commit()
            sessions.carry_over(current_user)
            flash(_("Your password was changed. Other sessions of your account have ended."),
                  "ok")
            return redirect(url_for("staff.dashboard"))
    return render_template("staff/password.html", region=current_user.region, form=form), \
        422 if form.errors else 200


# --- Overview


@bp.get("/")
@login_required
def dashboard():
    region = current_user.region
    agencies = [a for a in region.agencies if permissions.can_see_agency(current_user, a)]
    services = [s for a in agencies for s in a.services]
    today = region_today(region)
    drafts = [standards.open_draft(s) for s in services]
    waiting = [d for d in drafts if d is not None and d.status == VersionStatus.SUBMITTED
               and permissions.can_approve_agency(current_user, d.service.agency)]
    return render_template("staff/dashboard.html", region=region, agencies=agencies,
                           drafts={s.id: d for s, d in zip(services, drafts)},
                           waiting=waiting, today=today,
                           transfer_agencies={a.id for a in agencies
                                              if permissions.can_transfer_agency(current_user, a)},
                           transfer_region=permissions.can_transfer_region(current_user, region),
                           current={s.id: standards.in_force(s.versions, today)
                                    for s in services})


@bp.get("/unverified")
@login_required
def unverified():
    region = current_user.region
    agencies = [a for a in region.agencies if permissions.can_see_agency(current_user, a)]
    stale = standards.not_verified_since([s for a in agencies for s in a.services],
                                         region_today(region))
    return render_template("staff/unverified.html", region=region, stale=stale)


@bp.get("/services/<int:service_id>")
@login_required
def service(service_id: int):
    svc = get_or_404(Service, service_id)
    require(permissions.can_see_agency(current_user, svc.agency))
    today = region_today(svc.region)
    versions = sorted(svc.versions, key=lambda v: v.number, reverse=True)
    previous = {v.id: p for v, p in zip(versions, versions[1:])}
    changes = {v.id: diff_versions(previous[v.id], v) for v in versions if v.id in previous}
    return render_template(
        "staff/service.html", region=svc.region, service=svc, versions=versions,
        changes=changes, today=today, draft=standards.open_draft(svc),
        in_force=standards.in_force(svc.versions, today), form=ActionForm(),
        state=lambda v: standards.version_state(v, today),
        can_edit=permissions.can_edit_service(current_user, svc),
        can_approve=permissions.can_approve_agency(current_user, svc.agency),
    )


@bp.route("/services/<int:service_id>/identity", methods=["GET", "POST"])
@login_required
def service_identity(service_id: int):
    svc = get_or_404(Service, service_id)
    require(permissions.can_edit_service(current_user, svc))
    form = ServiceIdentityForm(obj=svc if request.method == "GET" else None)
    form.counters.choices = options((c.id, c.name) for c in svc.agency.counters)
    if request.method == "GET":
        form.counters.data = [c.id for c in svc.counters]
    if form.validate_on_submit():
        catalogue.update_service(svc, {
            "name": form.name.data, "name_en": form.name_en.data or None,
            "category": form.category.data, "synonyms": form.synonyms.data or "",
            "online_url": form.online_url.data or None, "counter_ids": form.counters.data,
            "registration_opens": form.registration_opens.data,
            "registration_closes": form.registration_closes.data,
            "registration_yearly": bool(form.registration_yearly.data),
        }, current_user)
        db.session.commit()
        flash(_("Saved."), "ok")
        return redirect(url_for("staff.service", service_id=svc.id))
    return render_template("staff/identity.html", region=svc.region, service=svc,
                           form=form), 422 if form.errors else 200


SERVICE_ERRORS = {
    ("slug", "invalid"): lambda: _("Use only lowercase letters, digits and hyphens (no spaces), "
                                   "e.g. akta-kelahiran."),
    ("slug", "taken"): lambda: _("Another service of this region already uses this address "
                                 "name. Choose another."),
    ("category", "invalid"): lambda: _("Choose a category from the list."),
    ("counters", "other_agency"): lambda: _("Choose only counters of the chosen agency."),
}


@bp.route("/services/new", methods=["GET", "POST"])
@login_required
def new_service():
    region = current_user.region
    agencies = [a for a in region.agencies if permissions.can_create_service(current_user, a)]
    require(bool(agencies))
    form = NewServiceForm()
    form.agency.choices = options((a.id, a.name) for a in agencies)
    form.counters.choices = options((c.id, f"{a.short_name or a.name}: {c.name}")
                                    for a in agencies for c in a.counters)
    if request.method == "GET":
        form.agency.data = request.args.get("agency_id", type=int) or agencies[0].id
    if form.validate_on_submit():
        # The posted id is checked here, not trusted from the choices offered.
        agency = get_or_404(Agency, form.agency.data)
        require(permissions.can_create_service(current_user, agency))
        try:
            svc, draft = catalogue.create_service(agency, {
                "name": form.name.data, "name_en": form.name_en.data or None,
                "slug": form.slug.data or "", "category": form.category.data,
                "synonyms": form.synonyms.data or "", "online_url": form.online_url.data or None,
                "counter_ids": form.counters.data or []}, current_user)
        except catalogue.ServiceError as error:
            db.session.rollback()
            getattr(form, error.field).errors.append(SERVICE_ERRORS[error.field, error.reason]())
        else:
            db.session.commit()
            flash(_("Service created. Fill in its first standard, then submit it for "
                    "approval."), "ok")
            return redirect(url_for("staff.edit_draft", version_id=draft.id))
    return render_template("staff/new_service.html", region=region, form=form,
                           fixed_agency=agencies[0] if len(agencies) == 1 else None), \
        422 if form.errors else 200


# --- Drafts


@bp.post("/services/<int:service_id>/drafts")
@login_required
def new_draft(service_id: int):
    svc = get_or_404(Service, service_id)
    require(permissions.can_edit_service(current_user, svc))
    if not ActionForm().validate_on_submit():
        abort(400)
    draft = standards.open_draft(svc)
    if draft is None:
        draft = standards.new_draft_from(svc, current_user, region_today(svc.region))
        db.session.commit()
    return redirect(url_for("staff.edit_draft", version_id=draft.id))


def draft_data(version: StandardVersion) -> dict:
    data = standards.snapshot(version)
    for part in ROWS:
        data[part] = [{**row, "position": i + 1} for i, row in enumerate(data[part])]
    data["revision"] = str(version.revision)
    return data


def rebuilt_form(form: DraftForm, add: str | None) -> DraftForm:
    """The form again with removed rows dropped, rows reordered, maybe one added."""
    data = form.data
    for part in ROWS:
        rows = [entry.form.data for _, entry in form.rearranged_rows(part)]
        if part == add:
            rows.append({})
        data[part] = [{**row, "position": i + 1, "remove": False} for i, row in enumerate(rows)]
    return DraftForm(formdata=None, data=data)


@bp.route("/drafts/<int:version_id>", methods=["GET", "POST"])
@login_required
def edit_draft(version_id: int):
    version = load_version(version_id)
    if version.status == VersionStatus.SUBMITTED:
        return redirect(url_for("staff.review", version_id=version.id))
    if version.status != VersionStatus.DRAFT:  # published versions are never edited
        return redirect(url_for("staff.service", service_id=version.service_id))
    context = {"region": version.service.region, "version": version,
               "service": version.service}
    if request.method == "GET":
        form = DraftForm(formdata=None, data=draft_data(version))
        return render_template("staff/draft.html", form=form, **context)
    form = DraftForm()  # CSRFProtect has already refused a POST without a valid token
    pressed = next((part for part in ROWS if getattr(form, f"add_{part}").data), None)
    if pressed or form.rearrange.data:
        return render_template("staff/draft.html", form=rebuilt_form(form, pressed), **context)
    if not form.validate():
        return render_template("staff/draft.html", form=form, **context), 422
    revision = form_revision(form.revision.data)
    try:
        standards.save_draft(version, form.values(), revision, current_user,
                             confirm_large=bool(form.confirm_large_amount.data))
    except standards.WorkflowConflict as error:
        db.session.rollback()
        return workflow_conflict(error)
    except standards.StaleRevision:
        db.session.rollback()
        return conflict(form, version, revision, context)
    db.session.commit()
    flash(_("Draft saved."), "ok")
    return redirect(url_for("staff.edit_draft", version_id=version.id))


def form_revision(raw: str | None) -> int:
    """A number a form sent back (a revision, an id); anything else is 0 (none, stale)."""
    raw = raw or ""
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 10 else 0


WORKFLOW_CONFLICTS = {
    VersionStatus.PUBLISHED: lambda: _("Nothing changed: this version was already published."),
    VersionStatus.SUPERSEDED: lambda: _("Nothing changed: this version was already published."),
    VersionStatus.SUBMITTED: lambda: _("Nothing changed: this draft has already been "
                                       "submitted for approval."),
    VersionStatus.DRAFT: lambda: _("Nothing changed: this draft is no longer waiting for "
                                   "approval; it was sent back or withdrawn."),
    "discarded": lambda: _("Nothing changed: this draft was discarded."),
}


def workflow_conflict(error: standards.WorkflowConflict):
    """409: someone else moved the version first; say what state it is in now."""
    return render_template("staff/workflow_conflict.html", region=current_user.region,
                           message=WORKFLOW_CONFLICTS[error.found](),
                           service_id=error.service_id), 409


def conflict(form: DraftForm, version: StandardVersion, loaded: int, context: dict):
    """409: what others saved since the form was loaded, then the user's unsaved values."""
    mine = StandardVersion()
    standards.apply_values(mine, form.values())
    form.revision.data = str(version.revision)
    return render_template("staff/draft.html", form=form, conflict=diff_versions(version, mine),
                           others=saves_since(version, loaded), **context), 409


def workflow_step(step: Callable[[], object], version: StandardVersion, done: str):
    """Run one workflow step in this request's transaction; a lost race is a 409 page."""
    service_id = version.service_id
    try:
        step()
    except standards.WorkflowConflict as error:
        db.session.rollback()
        return workflow_conflict(error)
    db.session.commit()
    flash(done, "ok")
    return redirect(url_for("staff.service", service_id=service_id))


@bp.post("/drafts/<int:version_id>/submit")
@login_required
def submit_draft(version_id: int):
    version = load_version(version_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    return workflow_step(lambda: standards.submit(version, current_user), version,
                         _("Submitted for approval."))


@bp.post("/drafts/<int:version_id>/withdraw")
@login_required
def withdraw_draft(version_id: int):
    version = get_or_404(StandardVersion, version_id)
    require(permissions.can_withdraw(current_user, version))
    if not ActionForm().validate_on_submit():
        abort(400)
    return workflow_step(lambda: standards.withdraw(version, current_user), version,
                         _("Withdrawn: the draft can be edited again."))


@bp.post("/drafts/<int:version_id>/discard")
@login_required
def discard_draft(version_id: int):
    version = load_version(version_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    return workflow_step(lambda: standards.discard_draft(version, current_user), version,
                         _("Draft discarded."))


def review_context(version: StandardVersion, today) -> dict:
    svc = version.service
    base = standards.in_force(svc.versions, today)
    return {"region": svc.region, "service": svc, "version": version,
            "changes": diff_versions(base, version) if base else [],
            "may_publish": permissions.can_publish(current_user, version),
            "may_withdraw": permissions.can_withdraw(current_user, version),
            "action": ActionForm()}


@bp.route("/drafts/<int:version_id>/review", methods=["GET", "POST"])
@login_required
def review(version_id: int):
    version = get_or_404(StandardVersion, version_id)
    require(permissions.can_see_agency(current_user, version.service.agency))
    today = region_today(version.service.region)
    form = ReviewForm()
    if request.method == "GET":
        form.effective_from.data = form.effective_from.data or today
        form.revision.data = str(version.revision)
        return render_template("staff/review.html", form=form,
                               **review_context(version, today))
    require(permissions.can_publish(current_user, version))
    if not form.check(today):
        return render_template("staff/review.html", form=form,
                               **review_context(version, today)), 422
    return decide(version, form, today)


def decide(version: StandardVersion, form: ReviewForm, today):
    """Publish or send back the revision the approver saw, or say why not."""
    seen = form_revision(form.revision.data)
    service_id = version.service_id
    try:
        if form.reject.data:
            standards.reject(version, current_user, form.comment.data, seen)
            done = _("Sent back to the editor.")
        else:
            standards.approve(version, current_user, form.effective_from.data, today, seen)
            done = _("Published.")
    except standards.WorkflowConflict as error:
        db.session.rollback()
        return workflow_conflict(error)
    except standards.StaleReview:
        db.session.rollback()
        form.revision.data = str(version.revision)
        return render_template("staff/review.html", form=form, stale=saves_since(version, seen),
                               **review_context(version, today)), 409
    except rules.RuleViolation as error:
        db.session.rollback()
        return render_template("staff/review.html", form=form, problems=error.problems,
                               **review_context(version, today)), 422
    db.session.commit()
    flash(done, "ok")
    return redirect(url_for("staff.service", service_id=service_id))


@bp.post("/versions/<int:version_id>/verify")
@login_required
def verify(version_id: int):
    version = load_version(version_id,
                           lambda user, svc: permissions.can_approve_agency(user, svc.agency))
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        standards.verify(version, current_user, region_today(version.service.region))
    except standards.WorkflowError:
        abort(409)
    db.session.commit()
    flash(_("Marked as verified today."), "ok")
    return redirect(url_for("staff.service", service_id=version.service_id))


# --- Settings


@bp.route("/agencies/<int:agency_id>/settings", methods=["GET", "POST"])
@login_required
def agency_settings(agency_id: int):
    agency = get_or_404(Agency, agency_id)
    require(permissions.can_edit_agency(current_user, agency))
    if request.method == "GET":
        data = accounts.agency_settings(agency)
        form = AgencyForm(formdata=None, data={
            **data, "website": data["website"] or "",
            "hours": [dict(zip(("opens", "closes"), data["hours"].get(day, ("", ""))))
                      for day in range(7)],
            "counters": [{"id": str(counter_id), "name": name, "location": location}
                         for counter_id, name, location in data["counters"]]
            + [{}] * NEW_COUNTER_ROWS,
            "channels": "\n".join(" | ".join(row).rstrip(" |") for row in data["channels"]),
        })
    else:
        form = AgencyForm()
        if form.validate():
            accounts.update_agency_settings(agency, form.values(), current_user)
            db.session.commit()
            flash(_("Saved."), "ok")
            return redirect(url_for("staff.agency_settings", agency_id=agency.id))
    return render_template("staff/agency.html", region=agency.region, agency=agency,
                           form=form, logo_form=LogoForm(), owner=agency,
                           logo_action=url_for("staff.agency_logo", agency_id=agency.id)), \
        422 if form.errors else 200


@bp.route("/region/settings", methods=["GET", "POST"])
@login_required
def region_settings():
    region = current_user.region
    require(permissions.can_manage_region(current_user, region))
    if request.method == "GET":
        data = accounts.region_settings(region)
        form = RegionForm(formdata=None, data={
            **data, "poster_header": data["poster_header"] or "",
            "closures": "\n".join(" | ".join(row) for row in data["closures"]),
            "channels": "\n".join(" | ".join(row).rstrip(" |") for row in data["channels"]),
            "holiday_overrides": [
                {"day": dt.date.fromisoformat(day), "kind": kind, "name": name}
                for day, kind, name in data["holiday_overrides"]
            ] + [{"kind": "cuti_bersama"}] * SPARE_OVERRIDE_ROWS,
        })
    else:
        form = RegionForm()
        if form.validate():
            accounts.update_region_settings(region, form.values(), current_user)
            db.session.commit()
            flash(_("Saved."), "ok")
            return redirect(url_for("staff.region_settings"))
    return render_template("staff/region.html", region=region, form=form,
                           logo_form=LogoForm(), owner=region,
                           logo_action=url_for("staff.region_logo")), \
        422 if form.errors else 200


@bp.route("/users", methods=["GET", "POST"])
@login_required
def users():
    region: Region = current_user.region
    require(permissions.can_manage_region(current_user, region))
    form = UserForm()
    form.agency.choices = options([("", "-")] + [(str(a.id), a.name) for a in region.agencies])
    if form.validate_on_submit():
        agency = next((a for a in region.agencies if str(a.id) == form.agency.data), None)
        try:
            accounts.create_user(form.email.data, form.name.data, form.role.data, region,
                                 agency, form.password.data, by=current_user)
        except accounts.AccountError:
            db.session.rollback()
            form.email.errors.append(_("Check the e-mail (maybe taken) and the agency "
                                       "(needed for agency roles)."))
        else:
            db.session.commit()
            flash(_("Account created."), "ok")
            return redirect(url_for("staff.users"))
    return render_template("staff/users.html", region=region, form=form,
                           users=accounts.region_users(region), roles=ROLE_LABELS,
                           action=ActionForm()), 422 if form.errors else 200


def last_admin_message() -> str:
    return _("This is the last active region admin of the region, so it cannot lose that "
             "role or be deactivated. Make another account region admin first.")


@bp.post("/users/<int:user_id>/active")
@login_required
def toggle_user(user_id: int):
    user = get_or_404(User, user_id)
    require(permissions.can_manage_user(current_user, user))
    if not ActionForm().validate_on_submit():
        abort(400)
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
def edit_user(user_id: int):
    user = get_or_404(User, user_id)
    require(permissions.can_manage_user(current_user, user))
    region = user.region
    edit = UserEditForm(obj=user if request.method == "GET" else None)
    edit.agency.choices = options([("", "-")] + [(str(a.id), a.name) for a in region.agencies])
    if request.method == "GET":
        edit.agency.data = str(user.agency_id or "")
    reset = PasswordResetForm()
    if request.method == "POST" and edit.save_user.data and edit.validate():
        agency = next((a for a in region.agencies if str(a.id) == edit.agency.data), None)
        try:
            accounts.update_user(user, edit.role.data, agency, current_user)
        except accounts.LastRegionAdmin:
            db.session.rollback()
            edit.role.errors.append(last_admin_message())
        except accounts.AccountError:
            db.session.rollback()
            edit.agency.errors.append(_("Agency roles need an agency."))
        else:
            db.session.commit()
            flash(_("Account saved."), "ok")
            return redirect(url_for("staff.users"))
    elif request.method == "POST" and reset.reset.data and reset.validate():
        accounts.reset_password(user, reset.new_password.data, current_user)
        db.session.commit()
        flash(_("Password set. Give it to the person in person or by phone, not by e-mail."),
              "ok")
        return redirect(url_for("staff.users"))
    return render_template("staff/user.html", region=region, user=user, edit=edit,
                           reset=reset), 422 if edit.errors or reset.errors else 200


# --- Audit log


def audit_rows(region: Region, form: AuditFilterForm, limit: int | None):
    form.validate()
    return audit.entries(
        region.id, action=form.action.data or None,
        agency_id=form_revision(form.agency.data) or None,
        user_id=form_revision(form.user.data) or None,
        since=form.since.data if not form.since.errors else None,
        until=form.until.data if not form.until.errors else None, limit=limit)


def audit_filter(region: Region) -> AuditFilterForm:
    form = AuditFilterForm(request.args)
    form.action.choices = [("", "-")] + [(a, a) for a in audit.ACTIONS]
    form.agency.choices = options([("", "-")] + [(str(a.id), a.name) for a in region.agencies])
    form.user.choices = [("", "-")] + [(str(u.id), u.email)
                                       for u in accounts.region_users(region)]
    return form


@bp.get("/audit")
@login_required
def audit_log():
    region = current_user.region
    require(permissions.can_manage_region(current_user, region))
    form = audit_filter(region)
    return render_template("staff/audit.html", region=region, form=form,
                           entries=audit_rows(region, form, 500))


@bp.get("/audit.csv")
@login_required
def audit_csv():
    region = current_user.region
    require(permissions.can_manage_region(current_user, region))
    rows = audit_rows(region, audit_filter(region), None)
    return Response(audit.to_csv(rows), mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename=audit-{region.slug}.csv"})
