"""Request-wide behaviour: language, time zone, security headers, cookies, proxies,
errors (a database outage is a 503), filters."""
from __future__ import annotations

import re
from typing import Any

from flask import (
    Flask,
    Response,
    abort,
    current_app,
    g,
    has_request_context,
    jsonify,
    render_template,
    request,
)
from flask.globals import request_ctx
from flask.sessions import SecureCookieSessionInterface
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import exc as sa_exc
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from registry.extensions import db
from registry.services import contact, dates, fees, i18n, links
from registry.services.i18n import gettext as _

LANG_COOKIE = "lang"
LANG_COOKIE_MAX_AGE = 365 * 24 * 3600
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


# Control characters no address or query needs; form fields may hold tabs and line breaks.
# PostgreSQL refuses NUL outright, so letting one through would be a 500 there.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
DATABASE_INT_MAX = 2**31 - 1


class DatabaseId(IntegerConverter):
    """An `<int:...>` in a URL: a number that fits an id column, else no page (404)."""

    def __init__(self, url_map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", DATABASE_INT_MAX)
        super().__init__(url_map, *args, **kwargs)


def refuse_hostile_input() -> None:
    """400 before any view runs: a malformed Host, control characters anywhere in the
    address, the query, form fields, file names or JSON. (An unknown Host is refused by
    Flask when TRUSTED_HOSTS is set.)"""
    if request.headers.get("Host") and not request.host:
        abort(400)
    if _CONTROL.search(request.path) or _has_control(request.args.items(multi=True), _CONTROL):
        abort(400)
    if request.method in ("POST", "PUT", "PATCH"):
        if _has_control(request.form.items(multi=True), _CONTROL_IN_TEXT) or any(
                _CONTROL.search(f.filename or "") for f in request.files.values()):
            abort(400)
        if request.is_json and _json_has_control(request.get_json(silent=True)):
            abort(400)


def _has_control(pairs: Any, pattern: re.Pattern[str]) -> bool:
    return any(_CONTROL.search(key) or pattern.search(value) for key, value in pairs)


def _json_has_control(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_CONTROL_IN_TEXT.search(value))
    if isinstance(value, dict):
        return any(_json_has_control(k) or _json_has_control(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_json_has_control(item) for item in value)
    return False


def select_locale() -> str:
    """?lang= (the visible switch), then the remembered choice, then Accept-Language."""
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():
        return str(current_app.config["BABEL_DEFAULT_LOCALE"])
    for choice in (request.args.get("lang"), request.cookies.get(LANG_COOKIE)):
        if choice is not None and choice in languages:
            return choice
    return request.accept_languages.best_match(languages) or languages[0]


def select_timezone() -> str | None:
    region = getattr(g, "region", None)
    return region.timezone if region is not None else None


def remember_language(response: Response) -> Response:
    choice = request.args.get("lang")
    if choice and choice in ("id", "en") and request.cookies.get(LANG_COOKIE) != choice:
        response.set_cookie(LANG_COOKIE, choice, max_age=LANG_COOKIE_MAX_AGE,
                            samesite="Lax", httponly=True, secure=request.is_secure)
    return response


class SessionInterface(SecureCookieSessionInterface):
    """The session cookie is Secure whenever the request came over HTTPS (directly or,
    with TRUSTED_PROXIES, as the proxy says), not only when configured so."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or (
            has_request_context() and request.is_secure)


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response


def handle_http_error(error: HTTPException) -> ResponseReturnValue:
    code = error.code or 500  # every exception werkzeug raises has one
    if request_ctx.url_adapter is None:  # an untrusted Host: no links can be built
        return Response(error_message(code), code, mimetype="text/plain")
    if request.path.startswith("/api/"):
        # Raised before routing (the API's own handlers answer everything after it):
        # still the API's one error shape.
        from registry.query import HTTP_CODES

        return jsonify(error={"code": HTTP_CODES.get(code, "internal_error"),
                              "message": error_message(code)}), code
    region, popular = (not_found_help() if code == 404 else (None, []))
    return render_template("error.html", code=code, message=error_message(code),
                           region=region, popular=popular), code


def not_found_help() -> tuple[Any, list[Any]]:
    """The region and its most used services for the "page not found" page; nothing when
    the database cannot answer (the page itself must still render)."""
    from registry.services import catalogue

    if getattr(g, "database_unavailable", False):
        return None, []
    try:
        region = getattr(g, "region", None) or catalogue.default_region()
        return region, catalogue.popular_services(region) if region is not None else []
    except OUTAGES:
        db.session.rollback()
        return None, []


def handle_database_outage(error: Exception) -> Response:
    """The database is down, frozen or locked: 503 with Retry-After, never a 500.

    Rendering must not touch the database again: the user loader is told so via g.
    """
    g.database_unavailable = True
    current_app.logger.warning("database unavailable: %s", str(error).splitlines()[0][:200])
    # Discard the connection rather than roll back over it: it may hang again, and a
    # fresh one sees the database as it is once it is back (a restored file, a restart).
    db.session().invalidate()
    response = handle_http_error(_ServiceUnavailable())
    response = current_app.make_response(response)
    response.headers["Retry-After"] = str(current_app.config["OUTAGE_RETRY_AFTER"])
    return response


def handle_unexpected_error(error: Exception) -> ResponseReturnValue:
    current_app.logger.exception("unhandled error")
    return handle_http_error(_InternalError())


class _InternalError(HTTPException):
    code = 500


class _ServiceUnavailable(HTTPException):
    code = 503


def error_message(code: int | None) -> str:
    messages = {
        400: _("The request could not be understood. Please check the address or form."),
        403: _("You are not allowed to open this page."),
        404: _("The page you are looking for does not exist. It may have moved."),
        405: _("This address does not accept that kind of request."),
        409: _("Someone else changed this in the meantime. Reload and try again."),
        413: _("What you sent is too large."),
        429: _("Too many attempts. Please wait a moment and try again."),
        500: _("Something went wrong on our side. Please try again later."),
        503: _("The registry cannot reach its database right now. Please try again in a "
               "few minutes."),
    }
    return messages.get(code or 500, messages[500])


# What SQLAlchemy raises when the database cannot be reached or does not answer in time.
OUTAGES = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError,
           sa_exc.DisconnectionError)


def init_app(app: Flask) -> None:
    from registry import http_cache

    # First, so that its after_request runs last and sees every cookie set before it.
    http_cache.init_app(app)
    # Flask-Login's context processor loads the user for every template, reading the
    # session and making every page personal; templates get its lazy proxy instead.
    processors = app.template_context_processors[None]
    processors[:] = [p for p in processors
                     if getattr(p, "__name__", "") != "_user_context_processor"]
    app.context_processor(lambda: {"current_user": current_user})
    proxies = app.config["TRUSTED_PROXIES"]
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies,  # type: ignore
                                x_host=proxies, x_port=proxies, x_prefix=proxies)
    app.session_interface = SessionInterface()
    app.url_map.converters["int"] = DatabaseId
    app.before_request(refuse_hostile_input)
    app.after_request(remember_language)
    app.after_request(add_security_headers)
    app.register_error_handler(HTTPException, handle_http_error)
    for outage in OUTAGES:
        app.register_error_handler(outage, handle_database_outage)
    app.register_error_handler(Exception, handle_unexpected_error)
    app.jinja_env.filters.update(
        rupiah=fees.format_rupiah,
        fee_line=fees.format_fee_line,
        fee_summary=fees.fee_summary,
        formula_words=fees.formula_words,
        has_calculator=fees.has_calculator,
        worked_example=fees.worked_example,
        input_label=fees.input_label,
        number=fees.format_number,
        payment_channels=fees.payment_channels,
        duration=lambda version: i18n.format_duration(
            version.completion_value, version.completion_unit
        ),
        tr=i18n.localized,
        category=i18n.category_label,
        # Dates: one format everywhere (services/dates.py).
        date=dates.date_text,
        weekday_date=dates.weekday_date_text,
        moment=dates.moment_text,
        clock=dates.clock_text,
        due=dates.due_text,
        weekday=dates.weekday_name,
        # One tap: tel:, sms:, wa.me, mailto: and map links (services/contact.py).
        contact_href=contact.contact_href,
        map_href=contact.map_href,
    )
    app.jinja_env.globals.update(current_locale=i18n.current_locale,
                                 format_duration=i18n.format_duration,
                                 development_address=links.development_address,
                                 reporting_links=contact.reporting_links)
