"""The official validators, loaded from the copies in tests/data/standards (no network)."""
from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

STANDARDS = Path(__file__).parent / "data" / "standards"
HSDS = STANDARDS / "hsds-3.0"
# Where the tests' apps say they live; links must come from here, never from the Host.
BASE_URL = "https://layanan.contoh.go.id"


@cache
def hsds_schema(name: str) -> dict[str, Any]:
    path = HSDS / "compiled" / name
    if path.suffix == ".gz":
        return json.loads(gzip.decompress(path.read_bytes()))
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def hsds_validator(name: str) -> Draft202012Validator:
    """A validator for one compiled schema, checking formats (uuid, uri, email, date-time).

    The HSDS API reference declares JSON Schema 2020-12 (`jsonSchemaDialect`)."""
    schema = hsds_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def hsds_page_validator(item_schema: str) -> Draft202012Validator:
    """The reference's paged response: its Page fields and `contents` of one compiled kind."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    page = json.loads((HSDS / "openapi.json").read_text(encoding="utf-8"))
    item_uri = f"urn:hsds:{item_schema}"
    registry = Registry().with_resource(
        item_uri, Resource.from_contents(hsds_schema(item_schema),
                                         default_specification=DRAFT202012))
    schema = {"allOf": [page["components"]["schemas"]["Page"]],
              "properties": {"contents": {"type": "array", "items": {"$ref": item_uri}}}}
    return Draft202012Validator(schema, registry=registry,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(document)]


@cache
def cpsv_shapes():
    from rdflib import Graph

    return Graph().parse(STANDARDS / "cpsv-ap-3.2.0" / "cpsv-ap-SHACL.ttl", format="turtle")


def shacl_report(data_graph) -> tuple[bool, int, str]:
    """pyshacl against the official CPSV-AP 3.2.0 shapes: conforms, violations, report."""
    from pyshacl import validate
    from rdflib import Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    conforms, report, text = validate(data_graph, shacl_graph=cpsv_shapes())
    violations = len(list(report.subjects(sh.resultSeverity, sh.Violation)))
    return conforms, violations, text
