"""One error shape for everything under /api: {"error": {"code", "message"}}, with the
headers HTTP asks for (Allow on 405, Retry-After on 429 and 503). Registered on the API
blueprints, so the site's HTML error pages stay as they are."""
from __future__ import annotations

import time
from typing import Any

from flask import Blueprint, Response, current_app, g, jsonify, request
from flask.blueprints import BlueprintSetupState
from flask_babel import gettext as _
from flask_limiter.errors import RateLimitExceeded
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.routing import Rule

from registry.api.params import ParameterError
from registry.extensions import db, limiter
from registry.web import OUTAGES, error_message

# The methods asked about when a 405 lists what a path allows.
METHODS = ("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def error_response(status: int, code: str, message: str, parameter: str | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    body: dict[str, Any] = {"code": code, "message": message}
    if parameter is not None:
        body["parameter"] = parameter
    response = jsonify(error=body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def _api_error(error: ApiError) -> Response:
    return error_response(error.status, error.code, error.message, headers=error.headers)


def _parameter_error(error: ParameterError) -> Response:
    return error_response(400, error.code, error.message, parameter=error.name)


def _rate_limited(error: RateLimitExceeded) -> Response:
    current = limiter.current_limit
    wait = max(1, int(current.reset_at - time.time())) if current is not None else 60
    return error_response(429, "rate_limited", _("Too many requests. Please wait %(seconds)d "
                                                  "seconds and try again.", seconds=wait),
                          headers={"Retry-After": str(wait)})


def _http_error(error: HTTPException) -> Response:
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        allowed = ", ".join(error.valid_methods or ())
        return error_response(405, "method_not_allowed", _(
            "This address answers only %(methods)s requests.", methods=allowed),
            headers={"Allow": allowed})
    if isinstance(error, NotFound):
        return error_response(404, "not_found", _("There is nothing at this address. The "
                                                  "API is described at /api/v1/openapi.json."))
    if status >= 500:
        return _unexpected(error)
    return error_response(status, "bad_request", _("The request could not be understood."))


def _unexpected(error: Exception) -> Response:
    if isinstance(error, OUTAGES):
        # As the site's own outage handler (web.handle_database_outage): a fresh connection
        # next time, and nothing else may touch the database while answering.
        g.database_unavailable = True
        db.session().invalidate()
        # Flask-Limiter would add its headers and lift Retry-After to the end of its window:
        # an outage answer carries the outage advice only.
        limiter.context.view_rate_limit = None
        current_app.logger.warning("database unavailable: %s", str(error).splitlines()[0][:200])
        retry_after = str(current_app.config["OUTAGE_RETRY_AFTER"])
        return error_response(503, "unavailable", error_message(503),
                              headers={"Retry-After": retry_after})
    current_app.logger.exception("unhandled API error")
    return error_response(500, "internal_error", _("Something went wrong on our side. "
                                                   "Please try again later."))


def allowed_methods(path: str) -> list[str]:
    """The methods a real API route answers at `path` (the catch-all route left out)."""
    adapter = current_app.url_map.bind("")
    allowed = []
    for method in METHODS:
        try:
            endpoint, _values = adapter.match(path, method=method)
        except HTTPException:
            continue
        if not endpoint.endswith(".unknown_path"):
            allowed.append(method)
    return allowed


def unknown_path(unknown: str = "") -> Response:
    """Every other address or method under the prefix: a 404 or a 405 in the API's shape."""
    allowed = allowed_methods(request.path)
    if allowed:
        raise MethodNotAllowed(valid_methods=allowed)
    raise NotFound()


def register(blueprint: Blueprint, root: bool = True) -> None:
    """The handlers, and a catch-all route for any method (`root`: the prefix itself too),
    so that routing's own 404 and 405 are answered by this blueprint too."""
    blueprint.register_error_handler(ApiError, _api_error)
    blueprint.register_error_handler(ParameterError, _parameter_error)
    blueprint.register_error_handler(RateLimitExceeded, _rate_limited)
    blueprint.register_error_handler(HTTPException, _http_error)
    blueprint.register_error_handler(Exception, _unexpected)

    def add_catch_all(state: BlueprintSetupState) -> None:
        endpoint = f"{blueprint.name}.unknown_path"
        prefix = state.url_prefix or ""
        # A plain werkzeug Rule: without `methods` it matches every method, even QUERY.
        state.app.url_map.add(Rule(f"{prefix}/<path:unknown>", endpoint=endpoint))
        if root:
            state.app.url_map.add(Rule(f"{prefix}/", endpoint=endpoint,
                                       defaults={"unknown": ""}))
        state.app.view_functions[endpoint] = unknown_path

    blueprint.record_once(add_catch_all)
