"""The template's layout: sheets, columns, limits and the words a cell may hold
(docs/import-template.md); what reading and export share."""
from __future__ import annotations

import re
from typing import Any

from registry.models.standard import INTERNAL_COMPONENTS, VERSION_TEXT, CompletionUnit
from registry.services.catalogue import CODE_ALPHABET, CODE_LENGTH

# What changed in the version: set on the draft, never compared (it describes a change).
SUMMARY_FIELDS = ("change_summary", "change_summary_en")
STANDARDS_SHEET = "Standar"
FEES_SHEET = "Biaya"
STEPS_SHEET = "Prosedur"
GUIDE_SHEET = "Petunjuk"

# The service's registration window (services/registration.py): both dates or neither;
# a file without these columns leaves the window as it is.
REGISTRATION_COLUMNS = ("registration_opens", "registration_closes", "registration_yearly")
STANDARD_COLUMNS = (
    "region", "agency", "service_slug", "code", "service_name", "service_name_en", "category",
    "synonyms", "online_url", *REGISTRATION_COLUMNS, "completion_value", "completion_unit",
    "requirements", "requirements_en", "legal_basis", *VERSION_TEXT, "effective_from",
    "verified_on", "verified_by", *SUMMARY_FIELDS,
)
# The open data export: what citizens see, without internal components or staff names.
PUBLIC_STANDARD_COLUMNS = tuple(c for c in STANDARD_COLUMNS
                                if c not in (*INTERNAL_COMPONENTS, "verified_by"))
REQUIRED_STANDARD_COLUMNS = (
    "agency", "service_slug", "service_name", "category", "completion_value",
    "completion_unit",
)
FEE_COLUMNS = ("kind", "amount", "amount_max", "unit", "label", "regulation", "incidental",
               "label_en", "unit_en", "formula", "formula_en", "formula_expression",
               "formula_inputs", "billing_document", "payment_channels")
# Written as text in their cells (services/fees.py), read back by services/rules.py.
FEE_TEXT_COLUMNS = FEE_COLUMNS[-4:]
STEP_COLUMNS = ("text", "actor", "duration_value", "duration_unit", "text_en", "actor_en")
KEY_COLUMNS = ("region", "service_slug")
CSV_LIST_COLUMNS = ("fees", "steps")
CSV_SEPARATOR = " | "

# Keys and choices; the values of a standard are bounded by services/rules.py.
NAME_MAX = 200
MAX_ROWS = 5_000  # services per file
# Fee lines and procedure steps have their own sheets, several rows per service.
MAX_ITEM_ROWS = 10 * MAX_ROWS
MAX_COLUMNS = 100
# Excel's own limit for one cell.
CELL_MAX = 32_767
# An XLSX is a zip: its parts may unpack to at most this (checked before opening it).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 1_000
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
# Cells a spreadsheet would run as a formula; written with a leading apostrophe in CSV.
FORMULA_START = ("=", "+", "-", "@")
# What people type in Indonesian spreadsheets, besides the stored keys.
UNIT_ALIASES = {
    "menit": CompletionUnit.MINUTES, "jam": CompletionUnit.HOURS,
    "hari kerja": CompletionUnit.WORKING_DAYS, "hari": CompletionUnit.CALENDAR_DAYS,
    "hari kalender": CompletionUnit.CALENDAR_DAYS,
}
TRUE_WORDS = {"1", "ya", "y", "yes", "true", "benar", "x"}
FALSE_WORDS = {"", "0", "tidak", "t", "no", "n", "false", "salah"}
# Version fields the template carries, in the order changes are listed.
COMPARED = ("completion_value", "completion_unit", "fees", "requirements", "steps",
            "legal_basis", *VERSION_TEXT, "verified_on", "verified_by")
SERVICE_FIELDS = {"service_name": "name", "service_name_en": "name_en",
                  "category": "category", "synonyms": "synonyms", "online_url": "online_url",
                  **{column: column for column in REGISTRATION_COLUMNS}}


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def join_line(cells: list[Any]) -> str:
    """One fee or step as a CSV cell line; trailing empty fields are left off."""
    texts = ["" if c is None else str(c) for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    return CSV_SEPARATOR.join(texts)
