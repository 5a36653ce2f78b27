"""Staff sessions: begun at login, checked on every request, ended from anywhere.

The session carries the account's epoch from the moment of login and the times of the
login and of the last request. A session whose epoch is no longer the account's (logout,
password change or reset, deactivation, role or agency change elsewhere), that began more
than PERMANENT_SESSION_LIFETIME ago or that sat idle for SESSION_IDLE_TIMEOUT is over.
"""
from __future__ import annotations

import time

from flask import current_app, flash, g, redirect, session, url_for
from flask_babel import gettext as _
from flask_login import login_user, logout_user
from werkzeug.wrappers import Response

from registry.extensions import db, login_manager
from registry.models import User
from registry.services import accounts

EPOCH, STARTED, SEEN = "epoch", "started", "seen"


def begin(user: User) -> None:
    """A fresh session for `user`, after a successful login."""
    session.clear()
    session.permanent = True  # the cookie expires with PERMANENT_SESSION_LIFETIME
    login_user(user, remember=False)
    now = time.time()
    session.update({EPOCH: user.session_epoch, STARTED: now, SEEN: now})


def carry_over(user: User) -> None:
    """Keep this session after its own password change ended all the others."""
    session[EPOCH] = user.session_epoch


def end() -> None:
    logout_user()
    session.clear()


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    if g.get("database_unavailable"):
        return None  # rendering the 503 page must not ask the database again
    user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
    now = time.time()
    config = current_app.config
    if user is None or not accounts.session_is_current(
            user, session.get(EPOCH), session.get(STARTED), session.get(SEEN), now,
            lifetime=current_app.permanent_session_lifetime.total_seconds(),
            idle=config["SESSION_IDLE_TIMEOUT"]):
        session.clear()
        g.session_ended = True
        return None
    session[SEEN] = now
    return user


@login_manager.unauthorized_handler
def ask_to_log_in() -> Response:
    if g.get("session_ended"):
        flash(_("Your session has ended. Please log in again."), "error")
    else:
        flash(_("Please log in to open this page."), "error")
    return redirect(url_for("staff.login"))
