"""Import and export of standards as spreadsheets (XLSX, CSV); docs/import-template.md.

One row per service holds the version in force. In XLSX, fee lines and procedure steps
have their own sheets ("Biaya", "Prosedur"), keyed by region and service slug; a CSV is one
table, so there the same fields sit in the `fees` and `steps` cells, one line per item,
fields separated by " | ".

An import never writes while it is being read. By step:
- read.py: the file's rows as cells (XLSX or CSV), or the errors that stop reading;
- cells.py, check.py: typed values, the rules (services/rules.py), `preview_import`;
- compare.py: each row against the service and its version in force;
- write.py: `apply_import` creates new services and new *draft* versions, all or nothing
  (bulk.py for many new services at once); published versions are never touched;
- export.py: the standards in force as XLSX or CSV, and the blank template.
"""
from registry.services.transfer.check import preview_import
from registry.services.transfer.export import (
    guide_rows,
    standard_row,
    standards_to_export,
    write_csv,
    write_template,
    write_xlsx,
)
from registry.services.transfer.layout import (
    CELL_MAX,
    FEE_COLUMNS,
    FEES_SHEET,
    GUIDE_SHEET,
    MAX_COLUMNS,
    MAX_ITEM_ROWS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_MEMBERS,
    PUBLIC_STANDARD_COLUMNS,
    STANDARD_COLUMNS,
    STANDARDS_SHEET,
    STEP_COLUMNS,
    STEPS_SHEET,
)
from registry.services.transfer.plan import (
    FieldChange,
    ImportPreview,
    ImportRefused,
    ImportResult,
    PlannedStandard,
    RowError,
)
from registry.services.transfer.read import read_table, unpacked_size_error
from registry.services.transfer.write import apply_import, preview_lines

__all__ = [
    "CELL_MAX", "FEES_SHEET", "FEE_COLUMNS", "GUIDE_SHEET", "MAX_COLUMNS", "MAX_ITEM_ROWS",
    "MAX_ROWS", "MAX_UNPACKED_BYTES", "MAX_ZIP_MEMBERS", "PUBLIC_STANDARD_COLUMNS",
    "STANDARDS_SHEET", "STANDARD_COLUMNS", "STEPS_SHEET", "STEP_COLUMNS", "FieldChange",
    "ImportPreview", "ImportRefused", "ImportResult", "PlannedStandard", "RowError",
    "apply_import", "guide_rows", "preview_import", "preview_lines", "read_table",
    "standard_row", "standards_to_export", "unpacked_size_error", "write_csv",
    "write_template", "write_xlsx",
]
