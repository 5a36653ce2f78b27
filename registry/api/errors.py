"""One error shape for everything under /api: {"error": {"code", "message"}}, with the
headers HTTP asks for (Allow on 405, Retry-After on 429 and 503). Registered on the API
blueprints, so the site's HTML error pages stay as they are."""
from __future__ import annotations

import time
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request
from flask_babel import gettext as _
from flask_limiter.errors import RateLimitExceeded
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound

from registry.api.params import ParameterError
from registry.extensions import limiter

# Seconds a client should wait after the database was unreachable.
UNAVAILABLE_RETRY_AFTER = 30
METHODS = ("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT")


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
    if isinstance(error, OperationalError):
        current_app.logger.warning("database unavailable: %s", error)
        return error_response(503, "unavailable", _(
            "The registry is briefly unavailable. Please try again shortly."),
            headers={"Retry-After": str(UNAVAILABLE_RETRY_AFTER)})
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
    """The handlers, and the catch-all routes (`root`: also the prefix itself)."""
    blueprint.register_error_handler(ApiError, _api_error)
    blueprint.register_error_handler(ParameterError, _parameter_error)
    blueprint.register_error_handler(RateLimitExceeded, _rate_limited)
    blueprint.register_error_handler(HTTPException, _http_error)
    blueprint.register_error_handler(Exception, _unexpected)
    if root:
        blueprint.add_url_rule("/", "unknown_path", unknown_path, methods=METHODS,
                               defaults={"unknown": ""}, provide_automatic_options=False)
    blueprint.add_url_rule("/<path:unknown>", "unknown_path", unknown_path, methods=METHODS,
                           provide_automatic_options=False)
