"""JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of what the API answers.

Every object is closed (no undocumented fields): a test validates real responses against
these schemas, and Schemathesis checks every response it provokes.
"""
from __future__ import annotations

from typing import Any

from registry.models.region import CHANNEL_KINDS, REGION_KINDS, TIME_ZONES
from registry.models.service import CATEGORIES
from registry.models.standard import CompletionUnit, FeeKind
from registry.services.fees import PAYMENT_KINDS
from registry.services.holiday_calendar import DayOffKind, DayOffSource

Schema = dict[str, Any]
ERROR_CODES = ("invalid_parameter", "unknown_parameter", "missing_parameter", "not_found",
               "method_not_allowed", "not_acceptable", "rate_limited", "unavailable",
               "internal_error", "bad_request")


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties: dict[str, Schema], optional: tuple[str, ...] = ()) -> Schema:
    return {"type": "object", "additionalProperties": False, "properties": properties,
            "required": [name for name in properties if name not in optional]}


def nullable(schema: Schema) -> Schema:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


TEXT = {"type": "string"}
OPT_TEXT = nullable(TEXT)
URL = {"type": "string", "format": "uri"}
OPT_URL = nullable(URL)
DATE = {"type": "string", "format": "date"}
OPT_DATE = nullable(DATE)
SLUG = {"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"}
RUPIAH = {"type": "integer", "minimum": 0}
CLOCK = {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}
UNIT = {"type": "string", "enum": [u.value for u in CompletionUnit]}


def paged(item: str) -> Schema:
    return obj({"page": {"type": "integer", "minimum": 1},
                "per_page": {"type": "integer", "minimum": 1, "maximum": 100},
                "total": {"type": "integer", "minimum": 0},
                "next": {**OPT_URL, "description": "The next page, or null on the last."},
                "items": {"type": "array", "items": ref(item)}})


SCHEMAS: dict[str, Schema] = {
    "Error": obj({"error": obj({
        "code": {"type": "string", "enum": list(ERROR_CODES)},
        "message": {"type": "string", "description": "For people, in the request's language."},
        "parameter": {"type": "string", "description": "The parameter at fault."},
    }, optional=("parameter",))}),
    "Channel": obj({"kind": {"type": "string", "enum": list(CHANNEL_KINDS)}, "name": TEXT,
                    "contact": OPT_TEXT, "url": OPT_URL, "note": OPT_TEXT, "note_en": OPT_TEXT}),
    "OfficeHours": obj({"weekday": {"type": "integer", "minimum": 0, "maximum": 6,
                                    "description": "0 = Monday"},
                        "opens": CLOCK, "closes": CLOCK}),
    "Counter": obj({"name": TEXT, "location": OPT_TEXT}),
    "Region": obj({
        "slug": SLUG, "name": TEXT, "kind": {"type": "string", "enum": list(REGION_KINDS)},
        "time_zone": {"type": "string", "enum": list(TIME_ZONES)},
        "time_zone_label": {"type": "string", "enum": list(TIME_ZONES.values())},
        "works_saturday": {"type": "boolean"},
        "complaint_channels": {"type": "array", "items": ref("Channel")},
        "url": URL, "open_data_url": URL, "agencies_url": URL, "services_url": URL,
        "holidays_url": URL, "holidays_ics_url": URL}),
    "Agency": obj({
        "slug": SLUG, "name": TEXT, "name_en": OPT_TEXT, "short_name": OPT_TEXT,
        "address": OPT_TEXT, "phone": OPT_TEXT, "email": OPT_TEXT, "website": OPT_URL,
        "maklumat": OPT_TEXT, "maklumat_en": OPT_TEXT,
        "serves_on_cuti_bersama": {"type": "boolean"},
        "office_hours": {"type": "array", "items": ref("OfficeHours")},
        "counters": {"type": "array", "items": ref("Counter")},
        "complaint_channels": {"type": "array", "items": ref("Channel")},
        "url": URL, "services_url": URL}),
    "FeeLine": obj({
        "kind": {"type": "string", "enum": [k.value for k in FeeKind]},
        "label": OPT_TEXT, "label_en": OPT_TEXT,
        "amount": nullable(RUPIAH), "amount_max": nullable(RUPIAH),
        "unit": OPT_TEXT, "unit_en": OPT_TEXT, "formula": OPT_TEXT, "formula_en": OPT_TEXT,
        "currency": {"const": "IDR"},
        "text": {"type": "string", "description": "As printed: \"Rp10.000\", \"Gratis\"."},
        "regulation": {**OPT_TEXT, "description": "The legal basis of this fee."},
        "paid_elsewhere": {"type": "boolean",
                           "description": "A cost paid elsewhere, e.g. a duty stamp (meterai)."},
        "calculation": {**nullable(ref("FeeCalculation")),
                        "description": "A fee by formula as arithmetic, when the office has "
                                       "structured it; null otherwise."},
        "billing_document": {**OPT_TEXT,
                             "description": "The document the fee is paid with (SKRD, SSPD)."},
        "payment_channels": {"type": "array", "items": ref("PaymentChannel"),
                             "description": "The official ways to pay this fee; officers "
                                            "never take cash or transfers to personal "
                                            "accounts."}}),
    "FeeCalculation": obj({
        "expression": {"type": "string", "description": "Numbers, input names, + - * / and "
                                                        "parentheses."},
        "inputs": {"type": "array", "items": obj({
            "name": {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,29}$"},
            "label": TEXT, "label_en": OPT_TEXT, "unit": OPT_TEXT,
            "example": {"type": "number", "minimum": 0},
            "fixed": {"type": "boolean", "description": "Set by the regulation, not asked."}})},
        "example_amount": {**nullable(RUPIAH),
                           "description": "The formula worked out for the example values."},
        "example_text": OPT_TEXT,
        "rounding": {"const": "half_up_to_whole_rupiah"}}),
    "PaymentChannel": obj({
        "kind": {"type": "string", "enum": list(PAYMENT_KINDS)},
        "label": TEXT, "detail": OPT_TEXT}),
    "Fee": obj({"free": {"type": "boolean"}, "summary": TEXT,
                "lines": {"type": "array", "items": ref("FeeLine")}}),
    "CompletionTime": obj({"value": {"type": "integer", "minimum": 0}, "unit": UNIT}),
}

SCHEMAS["RegistrationWindow"] = obj({
    "opens": DATE, "closes": DATE,
    "yearly": {"type": "boolean", "description": "Repeats on the same dates every year."},
    "standing": {"type": "string", "enum": ["open", "upcoming", "ended"],
                 "description": "Today: inside this window, before it, or after the last."},
    "next_opens": {**OPT_DATE, "description": "When a window next opens after today; "
                                              "null when none will."}})

ITEM_FIELDS: dict[str, Schema] = {
    "slug": SLUG, "code": {"type": "string", "description": "Short code of the QR link /s/"},
    "name": TEXT, "name_en": OPT_TEXT, "region_slug": SLUG, "agency": TEXT,
    "agency_slug": SLUG, "category": {"type": "string", "enum": list(CATEGORIES)},
    "category_label": TEXT, "fee": ref("Fee"), "completion_time": ref("CompletionTime"),
    "effective_from": DATE, "verified_on": OPT_DATE,
    "modified": {"type": "string", "format": "date-time"},
    "url": URL, "api_url": URL, "poster_url": URL, "qr_url": URL,
}
SCHEMAS["ServiceItem"] = obj(ITEM_FIELDS)
SCHEMAS["Service"] = obj({
    **ITEM_FIELDS,
    "region": TEXT, "synonyms": {"type": "array", "items": TEXT}, "online_url": OPT_URL,
    "registration_window": {**nullable(ref("RegistrationWindow")), "description": (
        "Hand-ins are accepted only from opens to closes (both inclusive, region time); "
        "null: always.")},
    "version": {"type": "integer", "minimum": 1},
    "change_summary": OPT_TEXT, "change_summary_en": OPT_TEXT,
    "requirements": {"type": "array", "items": obj({"text": TEXT, "text_en": OPT_TEXT})},
    "procedure": {"type": "array", "items": obj({
        "text": TEXT, "text_en": OPT_TEXT, "actor": OPT_TEXT, "actor_en": OPT_TEXT,
        "duration": nullable(obj({"value": {"type": "integer"}, "unit": UNIT}))})},
    "product": OPT_TEXT, "product_en": OPT_TEXT,
    "complaint_handling": OPT_TEXT, "complaint_handling_en": OPT_TEXT,
    "complaint_channels": {"type": "array", "items": ref("Channel")},
    "facilities": OPT_TEXT, "facilities_en": OPT_TEXT,
    "legal_basis": {"type": "array", "items": obj({"title": TEXT, "url": OPT_URL})},
    "counters": {"type": "array", "items": ref("Counter")},
    "office_hours": {"type": "array", "items": ref("OfficeHours")},
    "versions_url": URL, "due_date_url": URL,
})
SCHEMAS["Version"] = obj({
    "version": {"type": "integer", "minimum": 1},
    "state": {"type": "string", "enum": ["in_force", "superseded", "scheduled"]},
    "effective_from": DATE, "effective_until": OPT_DATE, "verified_on": OPT_DATE,
    "change_summary": OPT_TEXT, "change_summary_en": OPT_TEXT,
    "completion_time": ref("CompletionTime"), "fee": ref("Fee"),
    "changes": {"type": "array", "items": obj({"field": TEXT, "label": TEXT, "old": TEXT,
                                               "new": TEXT})}})
SCHEMAS["VersionList"] = obj({"service": SLUG, "region": SLUG,
                              "items": {"type": "array", "items": ref("Version")}})
SCHEMAS["DueDate"] = obj({
    "service": SLUG, "region": SLUG, "version": {"type": "integer", "minimum": 1},
    "time_zone": {"type": "string", "enum": list(TIME_ZONES)},
    "submitted": {"type": "string", "format": "date-time"},
    "completion_time": ref("CompletionTime"),
    "due": {"type": "string", "format": "date-time"}, "due_date": DATE,
    "with_time": {"type": "boolean",
                  "description": "false: ready during that day (day-based standards)"},
    "text": TEXT})
SCHEMAS["DayOff"] = obj({
    "date": DATE, "name": TEXT, "name_en": OPT_TEXT,
    "kind": {"type": "string", "enum": [k.value for k in DayOffKind]},
    "source": {"type": "string", "enum": [s.value for s in DayOffSource]},
    "confirmed": {"type": "boolean", "description": "false: an estimated date"}})
SCHEMAS["Holidays"] = obj({
    "region": SLUG, "year": {"type": "integer"},
    "time_zone": {"type": "string", "enum": list(TIME_ZONES)},
    "works_saturday": {"type": "boolean"},
    "agencies_serving_on_cuti_bersama": {"type": "array", "items": SLUG},
    "items": {"type": "array", "items": ref("DayOff")}})
SCHEMAS["SkmFigures"] = obj({
    "respondents": {"type": "integer", "minimum": 0},
    "elements": {"type": "array", "items": obj({
        "code": {"type": "string", "pattern": "^U[1-9]$"}, "name": TEXT,
        "nrr": {"type": ["number", "null"], "minimum": 1, "maximum": 4}})},
    "ikm": {"type": ["number", "null"], "minimum": 25, "maximum": 100},
    "grade": {"type": ["string", "null"], "enum": ["A", "B", "C", "D", None]},
    "label": OPT_TEXT,
    "period": obj({"from": DATE, "to": DATE})})
SCHEMAS["RegionList"] = paged("Region")
SCHEMAS["AgencyList"] = paged("Agency")
SCHEMAS["ServiceList"] = {**paged("ServiceItem")}
SCHEMAS["ServiceList"]["properties"] = {
    "region": {**nullable(SLUG), "description": "null: a search over every region."},
    **SCHEMAS["ServiceList"]["properties"]}
SCHEMAS["ServiceList"]["required"] = ["region", *SCHEMAS["ServiceList"]["required"]]
