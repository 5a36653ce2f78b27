"""Check: a whole file read, typed, compared and held to the rules - the preview.

Nothing is written: `preview_import` says what `apply_import` would do, and every problem
is a RowError with its sheet, row, column and a translated message.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Agency, Region, Service
from registry.models.service import CATEGORIES
from registry.models.standard import VERSION_TEXT
from registry.services import rules
from registry.services.transfer.cells import (
    Cells,
    read_code,
    read_fee_line,
    read_standard,
    read_step,
)
from registry.services.transfer.compare import compare, draft_in_the_way, existing_services
from registry.services.transfer.layout import (
    FEES_SHEET,
    REGISTRATION_COLUMNS,
    SERVICE_FIELDS,
    SLUG,
    STANDARDS_SHEET,
    STEPS_SHEET,
    SUMMARY_FIELDS,
    text,
)
from registry.services.transfer.plan import ImportPreview, PlannedStandard, RowError
from registry.services.transfer.read import Row, Table, read_table


def preview_import(data: bytes, filename: str, *, region: Region | None = None,
                   agency: Agency | None = None, confirm_large_amounts: bool = False,
                   today: dt.date | None = None) -> ImportPreview:
    """Read and check a whole file; say what `apply_import` would do. Writes nothing.

    `region` limits the file to one region (a blank region column means this one);
    `agency` limits it further to one agency's services. Every problem is a RowError with
    the row, the column and a translated message.
    """
    preview = ImportPreview(filename=PurePath(filename).name)
    table, preview.errors = read_table(data, filename)
    if preview.errors:
        return preview
    if not table.standards:
        preview.errors.append(RowError(
            "CSV" if table.from_csv else STANDARDS_SHEET, 0, "",
            _("The file has no service rows.")))
        return preview
    scope = _Scope(region, agency, preview.errors)
    for row in table.standards:
        _plan_row(scope, row)
    _attach_items(scope, table)
    _sort_plans(scope, preview, table.standards[0].sheet, confirm_large_amounts, today)
    order = {FEES_SHEET: 1, STEPS_SHEET: 2}
    preview.errors.sort(key=lambda e: (order.get(e.sheet, 0), e.row))
    return preview


@dataclass
class _Scope:
    """What the file may touch, and what its rows planned so far."""

    region: Region | None
    agency: Agency | None
    errors: list[RowError]
    planned: dict[tuple[str, str], PlannedStandard] = field(default_factory=dict)
    listed: set[tuple[str, str | None]] = field(default_factory=set)  # every key, valid or not
    regions: dict[str, Region | None] = field(default_factory=dict)


def _plan_row(scope: _Scope, row: Row) -> None:
    """One row of the standards sheet read into a plan (or into errors)."""
    cells = Cells(row, scope.errors)
    found_region = _row_region(cells, scope.region, scope.regions)
    agency_slug = cells.text("agency", 80, required=True)
    slug = cells.text("service_slug", 120, required=True)
    scope.listed.add((text(row.cells.get("region")) or
                      (scope.region.slug if scope.region else ""), slug))
    if slug and not SLUG.match(slug):
        cells.error("service_slug", _(
            "\"%(value)s\" is not a valid key: use lower-case letters, digits and hyphens.",
            value=slug[:50]))
        slug = None
    service_fields: dict[str, Any] = {
        "name": cells.text("service_name", required=True),
        "name_en": cells.text("service_name_en"),
        "category": cells.choice("category", CATEGORIES, required=True),
        "synonyms": cells.text("synonyms") or "",
        "online_url": cells.text("online_url"),
    }
    if any(column in row.cells for column in REGISTRATION_COLUMNS):
        service_fields.update(registration_opens=cells.date("registration_opens"),
                              registration_closes=cells.date("registration_closes"),
                              registration_yearly=cells.flag("registration_yearly"))
    standard = read_standard(cells)
    code = read_code(cells)
    if found_region is None or not agency_slug or not slug:
        return
    found_agency = _row_agency(cells, scope, found_region, agency_slug)
    if found_agency is None:
        return
    key = (found_region.slug, slug)
    if key in scope.planned:
        cells.error("service_slug", _("Service \"%(slug)s\" already appears in row %(row)d.",
                                      slug=slug, row=scope.planned[key].row))
        return
    scope.planned[key] = PlannedStandard(row.number, found_region, found_agency, slug,
                                         service_fields, standard, code)


def _row_agency(cells: Cells, scope: _Scope, region: Region, slug: str) -> Agency | None:
    found = next((a for a in region.agencies if a.slug == slug), None)
    if found is None:
        cells.error("agency", _("Unknown agency \"%(slug)s\" in region %(region)s.",
                                slug=slug[:80], region=region.slug))
        return None
    if scope.agency is not None and found.id != scope.agency.id:
        cells.error("agency", _("You can only import services of %(agency)s.",
                                agency=scope.agency.slug))
        return None
    return found


def _attach_items(scope: _Scope, table: Table) -> None:
    """Fee lines and steps to the plans of their services, in the order they appear."""
    builders: tuple[tuple[list[Row], Callable[[Cells], dict[str, Any] | None], str], ...] = (
        (table.fees, read_fee_line, "fees"), (table.steps, read_step, "steps"))
    for rows, build, target in builders:
        for row in rows:
            prefix = f"{target}: " if table.from_csv else ""
            cells = Cells(row, scope.errors, column_prefix=prefix)
            region_slug = text(row.cells.get("region")) or \
                (scope.region.slug if scope.region else "")
            slug = text(row.cells.get("service_slug"))
            item = build(cells)
            plan = scope.planned.get((region_slug, slug))
            if plan is None:
                if (region_slug, slug) not in scope.listed:
                    cells.error("service_slug", _(
                        "Service \"%(slug)s\" is not on the %(sheet)s sheet.",
                        slug=slug[:120], sheet=STANDARDS_SHEET))
                continue
            if item is not None:
                plan.standard[target].append(item)
                plan.origins[target].append((row.sheet, row.number, prefix))


def _sort_plans(scope: _Scope, preview: ImportPreview, sheet: str, confirm_large: bool,
                today: dt.date | None) -> None:
    """Each plan compared and checked, then counted as new, changed or unchanged."""
    plans = sorted(scope.planned.values(), key=lambda p: p.row)
    existing = existing_services(plans)
    taken = _taken_codes(plans)
    errors = preview.errors
    for plan in plans:
        compare(plan, existing.get((plan.region.id, plan.slug)), today)
        _check_code(plan, sheet, errors, taken)
        _check_rules(plan, sheet, errors, confirm_large)
        if scope.agency is not None and plan.service is not None and \
                plan.service.agency_id != scope.agency.id:
            # An agency's file may not take over another agency's service.
            errors.append(RowError(sheet, plan.row, "service_slug", _(
                "Service \"%(slug)s\" belongs to %(agency)s.", slug=plan.slug,
                agency=plan.service.agency.slug)))
        elif plan.service is None:
            preview.created.append(plan)
        elif plan.changes and draft_in_the_way(plan, sheet, errors):
            continue
        elif plan.changes:
            preview.changed.append(plan)
        else:
            preview.unchanged += 1


def _row_region(cells: Cells, scope: Region | None,
                cache: dict[str, Region | None]) -> Region | None:
    slug = cells.text("region", 80)
    if not slug:
        if scope is None:
            cells.error("region", _("A value is required."))
        return scope
    if scope is not None and slug != scope.slug:
        cells.error("region", _("This row belongs to region %(found)s, not %(region)s.",
                                found=slug[:80], region=scope.slug))
        return None
    if slug not in cache:
        cache[slug] = db.session.scalar(
            select(Region).where(Region.slug == slug).options(selectinload(Region.agencies)))
    if cache[slug] is None:
        cells.error("region", _("Unknown region \"%(slug)s\".", slug=slug[:80]))
    return cache[slug]


def _taken_codes(plans: list[PlannedStandard]) -> dict[str, str]:
    """The codes the file names that services have already, with those services' slugs."""
    wanted = sorted({plan.code for plan in plans if plan.code})
    taken: dict[str, str] = {}
    for start in range(0, len(wanted), 1000):
        taken.update({code: slug for code, slug in db.session.execute(
            select(Service.code, Service.slug).where(
                Service.code.in_(wanted[start:start + 1000])))})
    return taken


def _check_code(plan: PlannedStandard, sheet: str, errors: list[RowError],
                taken: dict[str, str]) -> None:
    """A code stays with its service: printed posters point to it."""
    if plan.code is None:
        return
    if plan.service is not None and plan.code != plan.service.code:
        errors.append(RowError(sheet, plan.row, "code", _(
            "Service \"%(slug)s\" has the short code %(code)s; a short code cannot change.",
            slug=plan.slug, code=plan.service.code)))
    elif plan.service is None and plan.code in taken:
        errors.append(RowError(sheet, plan.row, "code", _(
            "The short code %(code)s is already used by service \"%(slug)s\".",
            code=plan.code, slug=taken[plan.code])))
    else:
        taken[plan.code] = plan.slug  # a later row of the file may not take it again


# Rule paths (services/rules.py) -> the template's columns.
SERVICE_COLUMNS = {attribute: column for column, attribute in SERVICE_FIELDS.items()}
PART_COLUMNS = {("requirements", "text"): "requirements",
                ("requirements", "text_en"): "requirements_en",
                ("legal_bases", "title"): "legal_basis", ("legal_bases", "url"): "legal_basis"}
PART_SOURCES = {"fee_lines": "fees", "steps": "steps"}


def _values(plan: PlannedStandard) -> dict[str, Any]:
    """The row's standard as save_draft takes it; legal-basis links come from the version
    in force (the template carries only titles)."""
    standard = plan.standard
    links = {b.title: b.url for b in plan.current.legal_bases} if plan.current else {}
    values = {key: standard[key] for key in ("completion_value", "completion_unit",
                                              *VERSION_TEXT)}
    values["requirements"] = [{"text": text, "text_en": text_en}
                              for text, text_en in standard["requirements"]]
    values["steps"] = [dict(step) for step in standard["steps"]]
    values["fee_lines"] = [dict(fee) for fee in standard["fees"]]
    values["legal_bases"] = [{"title": title, "url": links.get(title)}
                             for title in standard["legal_basis"]]
    # The summary of the version in force describes that version's change, not this one.
    values.update({key: standard[key] for key in SUMMARY_FIELDS if standard[key] is not None
                   and standard[key] != (getattr(plan.current, key) if plan.current else None)})
    return values


def _check_rules(plan: PlannedStandard, sheet: str, errors: list[RowError],
                 confirm_large: bool) -> None:
    """The same rules as the staff form, reported at the row and column they came from."""
    seen = {(e.sheet, e.row, e.column) for e in errors}
    plan.values, problems = rules.check_standard(_values(plan), confirm_large=confirm_large)
    plan.service_fields, service_problems = rules.check_service(plan.service_fields)
    for problem in problems + service_problems:
        error = _row_error(plan, sheet, problem)
        if (error.sheet, error.row, error.column) not in seen:
            seen.add((error.sheet, error.row, error.column))
            errors.append(error)


def _row_error(plan: PlannedStandard, sheet: str, problem: rules.Problem) -> RowError:
    path = problem.path
    if len(path) == 3 and path[0] in PART_SOURCES:
        origin_sheet, row, prefix = plan.origins[PART_SOURCES[str(path[0])]][int(path[1])]
        return RowError(origin_sheet, row, prefix + str(path[2]), problem.message)
    if len(path) == 3:
        column = PART_COLUMNS[(str(path[0]), str(path[2]))]
    else:
        column = SERVICE_COLUMNS.get(str(path[0])) or PART_SOURCES.get(str(path[0]), str(path[0]))
    return RowError(sheet, plan.row, column, problem.message)
