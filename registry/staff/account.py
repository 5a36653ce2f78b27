"""Signing in and out, and changing one's own password."""
from __future__ import annotations

from typing import Any

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from registry.extensions import db, limiter
from registry.services import accounts
from registry.staff import bp, sessions
from registry.staff.account_forms import LoginForm, PasswordForm
from registry.staff.forms import ActionForm
from registry.staff.views import done, status_of


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
def login() -> Any:
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("staff/login.html", form=form)
    user = accounts.authenticate(form.email.data, form.password.data)
    db.session.commit()
    if user is None:
        flash(_("E-mail or password is wrong."), "error")
        return render_template("staff/login.html", form=form), 401
    sessions.begin(user)
    return redirect(url_for("staff.dashboard"))


@bp.post("/logout")
@login_required
def logout() -> Any:
    if ActionForm().validate_on_submit():
        accounts.log_out(current_user._get_current_object())
        db.session.commit()
        sessions.end()
    return redirect(url_for("staff.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> Any:
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(current_user, form.current_password.data,
                                     form.new_password.data)
        except accounts.AccountError:
            db.session.rollback()
            form.current_password.errors.append(_("The current password is wrong."))
        else:
            sessions.carry_over(current_user)
            return done(_("Your password was changed. Other sessions of your account have "
                          "ended."), "staff.dashboard")
    return render_template("staff/password.html", region=current_user.region,
                           form=form), status_of(form)
