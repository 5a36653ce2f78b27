"""Query strings of the open-data endpoints: checked strictly, refused in one JSON shape.

Every refusal is {"error": {"code": "...", "message": "..."}} with a 4xx status, the message
in the reader's language (Indonesian by default).
"""
from __future__ import annotations

from flask import Blueprint, Response, jsonify, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from registry.web import error_message

ERROR_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
               413: "too_large", 429: "too_many_requests", 503: "unavailable"}


class QueryError(Exception):
    """A request an endpoint refuses, with the status and the message to show."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def json_error(status: int, message: str) -> tuple[Response, int]:
    return jsonify(error={"code": ERROR_CODES.get(status, "error"), "message": message}), status


def _query_error(error: QueryError) -> tuple[Response, int]:
    return json_error(error.status, error.message)


def _http_error(error: HTTPException) -> tuple[Response, int]:
    return json_error(error.code or 500, error_message(error.code))


def answer_errors_as_json(bp: Blueprint, all_http_errors: bool = True) -> None:
    """Refusals raised in `bp`'s views answer in the JSON shape."""
    bp.register_error_handler(QueryError, _query_error)
    if all_http_errors:
        bp.register_error_handler(HTTPException, _http_error)


def check_names(allowed: set[str]) -> None:
    """An unknown parameter is refused rather than silently ignored."""
    unknown = ", ".join(sorted(set(request.args) - allowed))[:200]
    if unknown and not allowed:
        raise QueryError(400, _("This address takes no parameters (%(names)s).", names=unknown))
    if unknown:
        raise QueryError(400, _("Unknown parameter: %(names)s. Accepted: %(accepted)s.",
                                names=unknown, accepted=", ".join(sorted(allowed))))


def number_arg(name: str, default: int, highest: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= highest:
        raise QueryError(400, _("%(name)s must be a whole number from 1 to %(highest)d.",
                                name=name, highest=highest))
    return int(raw)


def flag_arg(name: str) -> bool:
    raw = request.args.get(name, "false")
    if raw not in ("true", "false"):
        raise QueryError(400, _("%(name)s must be true or false.", name=name))
    return raw == "true"
