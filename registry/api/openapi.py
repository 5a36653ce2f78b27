"""The OpenAPI 3.1 document, built from the routes themselves.

A view becomes part of the API through `@operation(...)`: the same declaration checks its
query parameters before it runs and describes it in the document, and the paths come from
Flask's URL map - so the document cannot drift from the code (tests/web/test_openapi.py
also fails on a route without an operation).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

from flask import current_app, request
from flask_babel import lazy_gettext as _l

from registry.api import examples
from registry.api.params import IF_NONE_MATCH, LANG, Param, read_query
from registry.api.schemas import SCHEMAS, ref

JSON = "application/json"
OPERATIONS: dict[str, Operation] = {}
LICENCE = {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"}
ERROR_TEXT = {
    400: _l("A parameter is unknown, malformed or out of its range."),
    404: _l("No such region, agency or service (or nothing in force)."),
    429: _l("Too many requests from this address; wait for Retry-After seconds."),
    503: _l("The database is briefly unreachable; retry after Retry-After seconds."),
}
RETRY_AFTER = {"Retry-After": {"description": _l("Seconds to wait before retrying."),
                               "required": True,
                               "schema": {"type": "integer", "minimum": 1}}}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    summary: Any
    description: Any
    tag: str
    params: tuple[Param, ...] = ()
    # The 200 body: a component's name, or an inline schema.
    schema: str | dict[str, Any] = field(default_factory=lambda: {"type": "object"})
    media_type: str = JSON
    statuses: tuple[int, ...] = (400, 404)
    example: Callable[[], Any] | None = None

    @property
    def all_params(self) -> tuple[Param, ...]:
        return (*self.params, LANG, IF_NONE_MATCH)


def operation(op: Operation) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a view as an API operation; it receives the checked query as `query`."""
    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def run(**path: Any) -> Any:
            return view(read_query(op.all_params, request.args), **path)

        OPERATIONS[f"api.{view.__name__}"] = op
        return run
    return decorate


def openapi_path(rule: str) -> str:
    """Flask's /regions/<region> as OpenAPI's /regions/{region}."""
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def _parameter(param: Param) -> dict[str, Any]:
    spec: dict[str, Any] = {"name": param.name, "in": param.location,
                            "description": str(param.description),
                            "required": param.required, "schema": param.json_schema()}
    if param.example is not None:
        spec["example"] = param.example
    return spec


def _responses(op: Operation) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": str(op.summary), "headers": {
        "ETag": {"description": str(_l("Validator for If-None-Match.")), "required": True,
                 "schema": {"type": "string"}}}}
    content: dict[str, Any] = {
        "schema": ref(op.schema) if isinstance(op.schema, str) else op.schema}
    if op.example is not None:
        content["example"] = op.example()
    ok["content"] = {op.media_type: content}
    error = {JSON: {"schema": ref("Error")}}
    responses: dict[str, Any] = {
        "200": ok, "304": {"description": str(_l("Not modified since the ETag given."))}}
    for status in (*op.statuses, 429, 503):
        responses[str(status)] = {"description": str(ERROR_TEXT[status]), "content": error}
        if status in (429, 503):
            responses[str(status)]["headers"] = RETRY_AFTER
    responses["400"]["content"] = {JSON: {"schema": ref("Error"),
                                          "example": examples.parameter_error()}}
    return responses


def _path_item(op: Operation) -> dict[str, Any]:
    return {"get": {
        "operationId": op.operation_id, "summary": str(op.summary),
        "description": str(op.description), "tags": [op.tag],
        "parameters": [_parameter(p) for p in op.all_params],
        "responses": _responses(op),
    }}


def api_routes() -> dict[str, str]:
    """OpenAPI path -> endpoint, for every operation registered on the URL map."""
    return {openapi_path(rule.rule): rule.endpoint
            for rule in current_app.url_map.iter_rules() if rule.endpoint in OPERATIONS}


def document(server_url: str) -> dict[str, Any]:
    """The whole OpenAPI 3.1 document, in the current language."""
    paths = {path: _path_item(OPERATIONS[endpoint])
             for path, endpoint in sorted(api_routes().items())}
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": str(_l("Public service registry API")), "version": "1.0.0",
            "description": str(_l(
                "Official fees, completion times, requirements and procedures of public "
                "services, per region, as open data (CC BY 4.0). Read-only; no key needed; "
                "CORS open to every origin. Errors have one shape: {\"error\": {\"code\", "
                "\"message\"}}. Lists are paged with `page` and `per_page` (at most 100) "
                "and give the `next` page's URL. Every answer has an ETag.")),
            "license": LICENCE,
        },
        "servers": [{"url": server_url}],
        "tags": [{"name": "regions"}, {"name": "services"}, {"name": "calendar"},
                 {"name": "meta"}],
        "paths": paths,
        "components": {"schemas": {**SCHEMAS, "Error": {**SCHEMAS["Error"],
                                                         "example": examples.not_found()}}},
    }
