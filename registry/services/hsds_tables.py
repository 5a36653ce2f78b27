"""HSDS 3.0 in its tabular form: one CSV per table and a datapackage.json, zipped per region.

The table schemas are the official HSDS data package's (registry/standards/hsds-3.0), so
`frictionless validate` checks every CSV against the standard itself.
"""
from __future__ import annotations

import csv
import io
import json
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from registry.models import Region
from registry.services import hsds

OFFICIAL_PACKAGE = Path(__file__).resolve().parent.parent / "standards" / "hsds-3.0" / \
    "datapackage.json"
# The tables this registry fills, in the order of the official package.
TABLES = ("organization", "service", "service_at_location", "location", "phone", "schedule",
          "service_area", "required_document", "metadata", "cost_option")
# Nested lists of a service document and the table their rows go to.
SERVICE_PARTS = {"cost_options": "cost_option", "required_documents": "required_document",
                 "schedules": "schedule", "service_areas": "service_area", "phones": "phone",
                 "service_at_locations": "service_at_location", "metadata": "metadata"}
# A fixed time for every zip entry, so the same data gives the same bytes.
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@lru_cache(maxsize=1)
def official_resources() -> dict[str, dict[str, Any]]:
    package: dict[str, Any] = json.loads(OFFICIAL_PACKAGE.read_text(encoding="utf-8"))
    return {resource["name"]: resource for resource in package["resources"]}


def resource_descriptor(name: str) -> dict[str, Any]:
    """The official resource, keeping only foreign keys to tables this package has."""
    resource: dict[str, Any] = json.loads(json.dumps(official_resources()[name]))
    schema = resource["schema"]
    schema["foreignKeys"] = [key for key in schema.get("foreignKeys", [])
                             if key["reference"]["resource"] in TABLES]
    resource.update(encoding="utf-8", format="csv", mediatype="text/csv")
    return resource


def _flat(document: dict[str, Any]) -> dict[str, Any]:
    """The one-to-one fields of a document (what its own table row holds)."""
    return {key: value for key, value in document.items() if not isinstance(value, list | dict)}


def table_rows(region: Region, base_url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, each id once, in a stable order."""
    rows: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in TABLES}

    def add(table: str, row: dict[str, Any]) -> None:
        rows[table].setdefault(row["id"], _flat(row))

    for agency in hsds.agencies(region):
        organization = hsds.organization_document(agency, [], base_url)
        add("organization", organization)
        for phone in organization["phones"]:
            add("phone", phone)
        for location in organization["locations"]:
            add("location", location)
    for item in hsds.listings(region):
        service = hsds.service_document(item, base_url)
        add("service", service)
        for key, table in SERVICE_PARTS.items():
            for part in service.get(key, []):
                add(table, part)
                if table == "service_at_location":
                    add("location", part["location"])
    return {name: list(found.values()) for name, found in rows.items()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def table_csv(name: str, rows: list[dict[str, Any]]) -> str:
    """Rows under the official columns of the table, in the official order."""
    columns = [field["name"] for field in official_resources()[name]["schema"]["fields"]]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue()


def package_descriptor(region: Region, base_url: str) -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": f"hsds-{region.slug}",
        "title": f"HSDS 3.0 - {region.name}",
        "homepage": f"{base_url.rstrip('/')}/{region.slug}/",
        "resources": [resource_descriptor(name) for name in TABLES],
    }


def datapackage_zip(region: Region, base_url: str) -> bytes:
    """datapackage.json and one CSV per table, ready for `frictionless validate`."""
    rows = table_rows(region, base_url)
    descriptor = package_descriptor(region, base_url)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        def write(path: str, text: str) -> None:
            entry = zipfile.ZipInfo(path, ZIP_TIME)
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, text.encode("utf-8"), zipfile.ZIP_DEFLATED)

        write("datapackage.json", json.dumps(descriptor, ensure_ascii=False, indent=2))
        for resource in descriptor["resources"]:
            write(resource["path"], table_csv(resource["name"], rows[resource["name"]]))
    return buffer.getvalue()
