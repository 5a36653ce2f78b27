"""What a fee line charged by formula computes, and where a charged fee is paid."""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from flask_babel import lazy_gettext as _l

from registry.models.standard import FeeKind
from registry.services import formula
from registry.services.fees import (
    FIXED_WORD,
    PAYMENT_KIND_LABELS,
    PAYMENT_KINDS,
    format_rupiah,
)
from registry.services.i18n import gettext as _
from registry.services.rules.values import LABELS, MAX_FEE, PART_LABELS, Checker

MAX_PAYMENT_CHANNELS = 8
INPUT_LABEL_LIMIT, PAYMENT_DETAIL_LIMIT = 120, 200
_FORMULA_MESSAGES = {
    "too_long": _l("%(field)s is too long: at most 300 characters and 100 numbers, names and "
                   "signs."),
    "too_deep": _l("%(field)s nests parentheses too deeply (at most 10 levels)."),
    "division_by_zero": _l("%(field)s divides by zero with the example values."),
    "too_large": _l("%(field)s gives too large a number with the example values."),
}


def _items(value: Any, fields: int) -> list[list[str]] | list[Mapping[str, Any]]:
    """A list typed as text (one item per line or `;`, up to `fields` fields split by `:`,
    the last keeping its own colons), or as stored."""
    if isinstance(value, str):
        return [[cell.strip() for cell in item.split(":", fields - 1)]
                for item in re.split(r"[;\n]", value) if item.strip()]
    return list(value or [])


def payment_rules(check: Checker, path: tuple[str | int, ...], kind: FeeKind,
                   row: Mapping[str, Any], cleaned: dict[str, Any]) -> None:
    where = (*path, "payment_channels")
    label = LABELS["payment_channels"]
    channels = []
    for item in _items(row.get("payment_channels"), 2):
        if isinstance(item, list):
            item = {"kind": item[0].lower(), "detail": item[1] if len(item) > 1 else ""}
        if item.get("kind") not in PAYMENT_KINDS:
            check.add(where, _("%(field)s: \"%(kind)s\" is not a payment channel; use one of "
                               "%(kinds)s.", field=label, kind=str(item.get("kind"))[:40],
                               kinds=", ".join(PAYMENT_KINDS)))
            continue
        detail = check.text(where, item.get("detail"), (
            PAYMENT_KIND_LABELS[str(item["kind"])], PAYMENT_DETAIL_LIMIT, False))
        channels.append({"kind": str(item["kind"]), "detail": detail or ""})
    if len(channels) > MAX_PAYMENT_CHANNELS:
        check.add(where, _("%(field)s: at most %(limit)d channels.", field=label,
                           limit=MAX_PAYMENT_CHANNELS))
    cleaned["payment_channels"] = channels or None
    paid = kind is not FeeKind.FREE and not cleaned["incidental"]
    if not paid and channels:
        check.add(where, _("%(field)s: only a fee this office charges is paid somewhere; "
                           "leave it empty for a free line or a cost paid elsewhere.",
                           field=label))
    if not paid and cleaned.get("billing_document"):
        check.add((*path, "billing_document"), _(
            "%(field)s: only a fee this office charges has a billing document.",
            field=PART_LABELS["fee_lines"]["billing_document"]))


def _formula_input(check: Checker, where: tuple[str | int, ...],
                   item: list[str] | Mapping[str, Any]) -> dict[str, Any] | None:
    label = LABELS["formula_inputs"]
    if isinstance(item, list):
        cells = [*item, "", "", "", "", ""][:6]
        example = formula.parse_number(cells[3]) if cells[3] else None
        item = {"name": cells[0], "label": cells[1], "unit": cells[2],
                "example": example, "fixed": cells[4].lower() in (FIXED_WORD, "fixed", "ya"),
                "label_en": cells[5]}
    else:
        try:
            example = Decimal(str(item.get("example")))
        except InvalidOperation:
            example = None
        item = {**item, "example": example}
    name = str(item.get("name") or "")
    if not formula.NAME.fullmatch(name):
        check.add(where, _("%(field)s: \"%(name)s\" is not a name; use lowercase letters, "
                           "digits and _ (e.g. luas_lantai), starting with a letter.",
                           field=label, name=name[:40]))
        return None
    spec = (_("%(field)s: label of %(name)s", field=label, name=name), INPUT_LABEL_LIMIT, False)
    text = check.text(where, item.get("label"), spec, required=True)
    unit = check.text(where, item.get("unit"), (spec[0], 20, False))
    label_en = check.text(where, item.get("label_en"), (spec[0], INPUT_LABEL_LIMIT, False))
    value = item["example"]
    if not isinstance(value, Decimal) or not value.is_finite() or \
            not 0 <= value <= formula.MAX_VALUE:
        check.add(where, _("%(field)s: %(name)s needs an example value, a number from 0 "
                           "(e.g. 100 or 0,45; no thousands separators).", field=label,
                           name=name))
        return None
    return {"name": name, "label": text or name, "label_en": label_en, "unit": unit,
            "example": formula.decimal_text(value), "fixed": bool(item.get("fixed"))}


def formula_rules(check: Checker, path: tuple[str | int, ...], kind: FeeKind,
                   row: Mapping[str, Any], cleaned: dict[str, Any]) -> None:
    where, field = (*path, "formula_inputs"), LABELS["formula_inputs"]
    if kind is not FeeKind.FORMULA:
        # As amounts on a free line: arithmetic means nothing for another kind of fee.
        cleaned["formula_expression"] = cleaned["formula_inputs"] = None
        return
    items = _items(row.get("formula_inputs"), 6)
    inputs = [found for item in items if (found := _formula_input(check, where, item))]
    cleaned["formula_inputs"] = inputs or None
    if len(inputs) < len(items):  # the refused input is the problem to fix first
        return
    expression = cleaned.get("formula_expression")
    exp_where = (*path, "formula_expression")
    exp_field = PART_LABELS["fee_lines"]["formula_expression"]
    if not (expression or row.get("formula_inputs")):
        return
    if len(inputs) > formula.MAX_INPUTS or len({i["name"] for i in inputs}) != len(inputs):
        check.add(where, _("%(field)s: at most %(limit)d inputs, each with its own name.",
                           field=field, limit=formula.MAX_INPUTS))
        return
    if not expression or not inputs:
        check.add(exp_where if not expression else where, _(
            "%(field)s: give both the formula to calculate and its inputs, or neither.",
            field=exp_field if not expression else field), "required")
        return
    _check_expression(check, exp_where, exp_field, expression, inputs)


def _check_expression(check: Checker, where: tuple[str | int, ...], field: Any,
                      expression: str, inputs: list[dict[str, Any]]) -> None:
    try:
        tree = formula.parse(expression)
        used, named = formula.names(tree), {i["name"] for i in inputs}
        if used - named:
            check.add(where, _("%(field)s uses %(names)s, which is not among the inputs.",
                               field=field, names=", ".join(sorted(used - named))))
            return
        if named - used:
            check.add(where, _("%(field)s does not use the input %(names)s.", field=field,
                               names=", ".join(sorted(named - used))))
            return
        result = formula.to_rupiah(formula.evaluate(tree, {
            i["name"]: Decimal(i["example"]) for i in inputs}))
    except formula.FormulaError as error:
        message = _FORMULA_MESSAGES.get(error.code)
        check.add(where, str(message) % {"field": field} if message else _(
            "%(field)s: only numbers, input names, + - * / and parentheses are allowed "
            "(e.g. luas * indeks * 10000).", field=field))
        return
    if not 0 <= result <= MAX_FEE:
        check.add(where, _("%(field)s gives %(amount)s with the example values; a fee is from "
                           "Rp0 to %(limit)s.", field=field, amount=str(result),
                           limit=format_rupiah(MAX_FEE)))
