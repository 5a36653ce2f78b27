"""Query strings of the open-data endpoints: checked strictly, refused in one JSON shape.

Every refusal is {"error": {"code": "...", "message": "..."}} with a 4xx status, the message
in the reader's language (Indonesian by default), and "parameter" naming the parameter at
fault. The codes are those of /api/v1: unknown_parameter, invalid_parameter,
missing_parameter, not_found.
"""
from __future__ import annotations

from flask import Blueprint, Response, jsonify, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from registry.web import error_message

# Codes of HTTP errors raised by routing or Flask itself.
HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
              429: "rate_limited", 503: "unavailable"}


class QueryError(Exception):
    """A request an endpoint refuses: status, code, message and the parameter at fault."""

    def __init__(self, status: int, code: str, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.parameter = status, code, message, parameter


def not_found(message: str) -> QueryError:
    return QueryError(404, "not_found", message)


def invalid(parameter: str, message: str) -> QueryError:
    return QueryError(400, "invalid_parameter", message, parameter)


def json_error(status: int, code: str, message: str,
               parameter: str | None = None) -> tuple[Response, int]:
    body = {"code": code, "message": message}
    if parameter is not None:
        body["parameter"] = parameter
    return jsonify(error=body), status


def _query_error(error: QueryError) -> tuple[Response, int]:
    return json_error(error.status, error.code, error.message, error.parameter)


def _http_error(error: HTTPException) -> tuple[Response, int]:
    status = error.code or 500
    return json_error(status, HTTP_CODES.get(status, "bad_request"), error_message(status))


def answer_errors_as_json(bp: Blueprint, all_http_errors: bool = True) -> None:
    """Refusals raised in `bp`'s views answer in the JSON shape."""
    bp.register_error_handler(QueryError, _query_error)
    if all_http_errors:
        bp.register_error_handler(HTTPException, _http_error)


def check_names(allowed: set[str]) -> None:
    """An unknown parameter is refused rather than silently ignored."""
    unknown = sorted(set(request.args) - allowed)
    if not unknown:
        return
    names = ", ".join(unknown)[:200]
    if allowed:
        message = _("Unknown parameter: %(names)s. Accepted: %(accepted)s.", names=names,
                    accepted=", ".join(sorted(allowed)))
    else:
        message = _("This address takes no parameters (%(names)s).", names=names)
    raise QueryError(400, "unknown_parameter", message, unknown[0][:80])


def number_arg(name: str, default: int, highest: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= highest:
        raise invalid(name, _("%(name)s must be a whole number from 1 to %(highest)d.",
                              name=name, highest=highest))
    return int(raw)


def flag_arg(name: str) -> bool:
    raw = request.args.get(name, "false")
    if raw not in ("true", "false"):
        raise invalid(name, _("%(name)s must be true or false.", name=name))
    return raw == "true"
