"""The API documentation page (/api/): the OpenAPI document itself, rendered on the server
in the reader's language - no script, no CDN."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Response, render_template

from registry.api import docs_bp, errors
from registry.api.openapi import document
from registry.api.views import link

errors.register(docs_bp, root=False)


@docs_bp.after_request
def open_errors(response: Response) -> Response:
    """Errors under /api (e.g. an unknown /api/v2/...) are readable from any origin too."""
    if response.is_json:
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@dataclass(frozen=True)
class ParamRow:
    name: str
    location: str
    required: bool
    accepts: str
    description: str
    example: str


@dataclass(frozen=True)
class OperationView:
    method: str
    path: str
    anchor: str
    summary: str
    description: str
    params: list[ParamRow]
    responses: list[tuple[str, str, str]]  # status, description, schema name


def accepts(schema: dict[str, Any]) -> str:
    """A short, language-neutral account of a JSON schema: "integer 1-100", "one of: a, b"."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    kind = schema.get("type", "")
    text = " / ".join(kind) if isinstance(kind, list) else str(kind)
    if "minimum" in schema:
        text += f" {schema['minimum']}-{schema.get('maximum', '')}"
    if "x-accepted-years" in schema:
        years = schema["x-accepted-years"]
        text += f" ({years[0]}-{years[-1]})"
    elif "format" in schema:
        text += f" ({schema['format']})"
    elif "pattern" in schema:
        text += f" {schema['pattern']}"
    if "maxLength" in schema:
        text += f" ≤ {schema['maxLength']}"
    return text


def _schema_name(response: dict[str, Any]) -> str:
    for content in response.get("content", {}).values():
        return accepts(content["schema"])
    return ""


def operations(doc: dict[str, Any]) -> list[OperationView]:
    found = []
    for path, item in doc["paths"].items():
        for method, spec in item.items():
            found.append(OperationView(
                method.upper(), path, spec["operationId"], spec["summary"],
                spec["description"],
                [ParamRow(p["name"], p["in"], p["required"], accepts(p["schema"]),
                          p["description"], "" if p.get("example") is None
                          else str(p["example"]).lower() if isinstance(p["example"], bool)
                          else str(p["example"]))
                 for p in spec["parameters"]],
                [(status, r["description"], _schema_name(r))
                 for status, r in spec["responses"].items()]))
    return found


def fields(doc: dict[str, Any]) -> dict[str, list[tuple[str, str, bool, str]]]:
    """Each component schema's fields: name, what it accepts, required, description."""
    result = {}
    for name, schema in doc["components"]["schemas"].items():
        required = set(schema.get("required", []))
        result[name] = [(field, _field_type(spec), field in required,
                         spec.get("description", ""))
                        for field, spec in schema.get("properties", {}).items()]
    return result


def _field_type(spec: dict[str, Any]) -> str:
    if spec.get("type") == "array":
        return f"[{accepts(spec['items'])}]"
    if "anyOf" in spec:
        return " / ".join(accepts(option) for option in spec["anyOf"])
    if "const" in spec:
        return f'"{spec["const"]}"'
    return accepts(spec)


@docs_bp.get("/")
def index() -> Response | str:
    doc = document(link("public.index").rstrip("/"))
    return render_template("api/docs.html", doc=doc, operations=operations(doc),
                           fields=fields(doc), spec_url=link("api.openapi_document"))
