"""What an import will do, as the preview says it and apply_import writes it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _

from registry.models import Agency, Region, Service, StandardVersion
from registry.services.history import column_label


class ImportRefused(Exception):
    """apply_import was asked to write a preview that has errors."""


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int          # spreadsheet row number, 1 = the header
    column: str
    message: str

    def __str__(self) -> str:
        if not self.row:
            return f"{self.sheet}: {self.message}" if self.sheet else self.message
        return str(_("%(sheet)s row %(row)d, column %(column)s: %(message)s",
                     sheet=self.sheet, row=self.row, column=self.column or "-",
                     message=self.message))


@dataclass
class FieldChange:
    column: str
    old: str
    new: str

    @property
    def label(self) -> str:
        return column_label(self.column)


@dataclass
class PlannedStandard:
    """What one row of the file will do: a new service, or a new draft of one."""

    row: int
    region: Region
    agency: Agency
    slug: str
    service_fields: dict[str, Any]
    standard: dict[str, Any]
    # The short code of the service's QR link, when the file keeps one (e.g. from posters
    # printed by an earlier registry); else a new service gets a new one.
    code: str | None = None
    service: Service | None = None
    current: StandardVersion | None = None
    changes: list[FieldChange] = field(default_factory=list)
    # Where each fee line and step came from: (sheet, row, column prefix), for errors.
    origins: dict[str, list[tuple[str, int, str]]] = field(
        default_factory=lambda: {"fees": [], "steps": []})
    # The standard as save_draft takes it, checked by the rules (set by the preview).
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.service_fields["name"])


@dataclass
class ImportPreview:
    filename: str
    created: list[PlannedStandard] = field(default_factory=list)
    changed: list[PlannedStandard] = field(default_factory=list)
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportResult:
    services: list[Service]
    drafts: list[StandardVersion]
