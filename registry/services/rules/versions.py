"""A standard's values: its text fields, requirements, steps, fee lines and legal bases."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from registry.models.standard import FeeKind
from registry.services.i18n import gettext as _
from registry.services.rules.fee_details import formula_rules, payment_rules
from registry.services.rules.values import (
    COMPLETION_MAX,
    LABELS,
    PART_LABELS,
    PART_SPECS,
    VERSION_SPECS,
    Checker,
    Problem,
    RuleViolation,
    amount_problem,
    completion_problem,
)


def standard(values: Mapping[str, Any], *, confirm_large: bool = False) -> dict[str, Any]:
    """The values of a standard, normalised; RuleViolation lists every broken rule."""
    cleaned, problems = check_standard(values, confirm_large=confirm_large)
    if problems:
        raise RuleViolation(problems)
    return cleaned


def check_standard(values: Mapping[str, Any], *,
                   confirm_large: bool = False) -> tuple[dict[str, Any], list[Problem]]:
    """Check the values `save_draft` takes (fields present are checked, others left out)."""
    check = Checker()
    cleaned: dict[str, Any] = dict(values)
    if "completion_value" in values or "completion_unit" in values:
        unit = values.get("completion_unit")
        check.add(("completion_value" if unit in COMPLETION_MAX else "completion_unit",),
                  completion_problem(values.get("completion_value"), unit,
                                     LABELS["completion_value"]))
    for name, spec in VERSION_SPECS.items():
        if name in values:
            value = check.text((name,), values[name], spec, required=name == "product")
            cleaned[name] = value if value is not None or name not in (
                "product", "complaint_handling", "change_summary") else ""
    for part, rule in (("requirements", _requirement), ("steps", _step),
                       ("fee_lines", _fee_line), ("legal_bases", _legal_basis)):
        if part in values:
            cleaned[part] = [rule(check, (part, i), row, confirm_large)
                             for i, row in enumerate(values[part])]
    if "fee_lines" in values and not any(not row.get("incidental")
                                         for row in values["fee_lines"]):
        check.add(("fee_lines",), _("Fees: add at least one fee line of this office "
                                    "(choose Free if there is no charge)."), "required")
    return cleaned, check.problems


def _part_text(check: Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
               part: str, required: Sequence[str] = ()) -> dict[str, Any]:
    cleaned = dict(row)
    for name, spec in PART_SPECS[part].items():
        cleaned[name] = check.text((*path, name), row.get(name), spec,
                                   required=name in required)
    return cleaned


def _requirement(check: Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
                 confirm_large: bool) -> dict[str, Any]:
    return _part_text(check, path, row, "requirements", required=("text",))


def _step(check: Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
          confirm_large: bool) -> dict[str, Any]:
    cleaned = _part_text(check, path, row, "steps", required=("text",))
    cleaned["actor"] = cleaned["actor"] or ""
    value, unit = row.get("duration_value"), row.get("duration_unit") or None
    if value is None and unit is None:
        cleaned["duration_value"] = cleaned["duration_unit"] = None
    elif value is None or unit is None:
        check.add((*path, "duration_unit" if unit is None else "duration_value"), _(
            "%(field)s: give both the duration and its unit, or neither.",
            field=LABELS["duration_value"]))
    else:
        check.add((*path, "duration_value" if unit in COMPLETION_MAX else "duration_unit"),
                  completion_problem(value, unit, LABELS["duration_value"]))
    return cleaned


def _fee_line(check: Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
              confirm_large: bool) -> dict[str, Any]:
    cleaned = _part_text(check, path, row, "fee_lines")
    cleaned["label"], cleaned["regulation"] = cleaned["label"] or "", cleaned["regulation"] or ""
    cleaned["incidental"] = bool(row.get("incidental"))
    kind = row.get("kind")
    if kind not in tuple(FeeKind):
        check.add((*path, "kind"), _("%(field)s: choose a kind of fee from the list.",
                                     field=LABELS["kind"]))
        return cleaned
    for name in ("amount", "amount_max"):
        if row.get(name) is not None:
            found = amount_problem(row.get(name), LABELS[name], confirm_large)
            if found:
                check.add((*path, name), found.message, found.code)
    _fee_kind_rules(check, path, FeeKind(kind), cleaned)
    payment_rules(check, path, FeeKind(kind), row, cleaned)
    formula_rules(check, path, FeeKind(kind), row, cleaned)
    return cleaned


def _fee_kind_rules(check: Checker, path: tuple[str | int, ...], kind: FeeKind,
                    row: dict[str, Any]) -> None:
    amount, amount_max = row.get("amount"), row.get("amount_max")
    if kind is FeeKind.FREE:
        row["amount"] = row["amount_max"] = None
    if kind in (FeeKind.FIXED, FeeKind.RANGE, FeeKind.PER_UNIT) and amount is None:
        check.add((*path, "amount"), _("%(field)s: enter the amount in whole rupiah.",
                                       field=LABELS["amount"]), "required")
    if kind is FeeKind.RANGE and (amount_max is None or (
            isinstance(amount, int) and isinstance(amount_max, int) and amount_max <= amount)):
        check.add((*path, "amount_max"), _("%(field)s: enter an upper amount above the "
                                           "lower one.", field=LABELS["amount_max"]))
    if kind is FeeKind.PER_UNIT and not row.get("unit"):
        check.add((*path, "unit"), _("%(field)s: say per what, e.g. per copy.",
                                     field=PART_LABELS["fee_lines"]["unit"]), "required")
    if kind is FeeKind.FORMULA and not row.get("regulation"):
        check.add((*path, "regulation"), _(
            "%(field)s: a fee by formula needs the regulation that sets it.",
            field=PART_LABELS["fee_lines"]["regulation"]), "required")


def _legal_basis(check: Checker, path: tuple[str | int, ...], row: Mapping[str, Any],
                 confirm_large: bool) -> dict[str, Any]:
    cleaned = _part_text(check, path, row, "legal_bases", required=("title",))
    cleaned["url"] = check.url((*path, "url"), row.get("url"), LABELS["url"])
    return cleaned
