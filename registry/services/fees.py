"""Fees and how they are written: "Gratis", "Rp10.000", "Rp5.000 - Rp25.000".

The one formatting path of the page, the poster, the API and the export: every fee text,
the headline, the formula in words, its worked example and calculator, and where to pay.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency, format_decimal
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from registry.models.standard import FeeKind, FeeLine, StandardVersion
from registry.services import formula
from registry.services.formula import FormulaError, FormulaInput, Node
from registry.services.i18n import gettext as _
from registry.services.i18n import localized

# National law makes civil-registration documents free; posters and pages cite it.
CIVIL_REGISTRATION_FREE_BASIS = "UU No. 24 Tahun 2013 Pasal 79A"
CIVIL_REGISTRATION_PENALTY = "UU No. 24 Tahun 2013 Pasal 95B"


def format_rupiah(amount: int) -> str:
    """Whole rupiah the official way: "Rp10.000" (CLDR would add two decimals)."""
    return format_currency(
        amount, "IDR", format="¤#,##0", currency_digits=False, locale="id"
    )


def format_fee_line(line: FeeLine, locale: str | None = None) -> str:
    kind = FeeKind(line.kind)
    if kind is FeeKind.FREE:
        return _("Free")
    if kind is FeeKind.FIXED:
        return format_rupiah(line.amount or 0)
    if kind is FeeKind.RANGE:
        return f"{format_rupiah(line.amount or 0)} - {format_rupiah(line.amount_max or 0)}"
    if kind is FeeKind.PER_UNIT:
        return _("%(amount)s per %(unit)s", amount=format_rupiah(line.amount or 0),
                 unit=localized(line, "unit", locale))
    # The regulation is cited once, under the fee, never as the amount (issue 13).
    return _("calculated by formula")


def office_fee_lines(version: StandardVersion) -> list[FeeLine]:
    """The fees the office itself charges (not costs paid elsewhere)."""
    return [line for line in version.fee_lines if not line.incidental]


def incidental_fee_lines(version: StandardVersion) -> list[FeeLine]:
    return [line for line in version.fee_lines if line.incidental]


def is_free(version: StandardVersion) -> bool:
    return all(line.kind == FeeKind.FREE for line in office_fee_lines(version))


def fee_summary(version: StandardVersion, locale: str | None = None) -> str:
    """The headline of the fee, also in lists: "Gratis" only when free for everyone, the
    single fee, the lowest "from", or what the conditions add up to. Costs paid elsewhere
    never count."""
    lines = office_fee_lines(version)
    if is_free(version):
        return _("Free")
    if len(lines) == 1:
        return format_fee_line(lines[0], locale)
    kinds = {FeeKind(line.kind) for line in lines}
    if FeeKind.FORMULA in kinds:
        if FeeKind.FREE in kinds:
            return _("Free or calculated by formula, by condition")
        return _("calculated by formula, see details")
    lowest = [0 if FeeKind(line.kind) is FeeKind.FREE else line.amount for line in lines]
    amounts = [amount for amount in lowest if amount is not None]
    if lines and len(amounts) == len(lines):
        low = min(amounts)
        if low == 0:
            return _("Free or paid, by condition")
        return _("from %(amount)s", amount=format_rupiah(low))
    return _("by regulation, see details")


def free_basis(version: StandardVersion) -> str:
    """The regulation that makes a free service free, as cited on the free lines."""
    for line in office_fee_lines(version):
        if line.regulation:
            return line.regulation
    return ""


def highest_office_fee(version: StandardVersion) -> int | None:
    """The most the office may charge under any one condition of this standard, or None
    when a fee depends on a formula or a number of units (a reported payment cannot be
    judged against it)."""
    highest = 0
    for line in office_fee_lines(version):
        kind = FeeKind(line.kind)
        if kind in (FeeKind.FORMULA, FeeKind.PER_UNIT):
            return None
        if kind is FeeKind.FIXED:
            highest = max(highest, line.amount or 0)
        elif kind is FeeKind.RANGE:
            highest = max(highest, line.amount_max or line.amount or 0)
    return highest


# --------------------------------------------------------------- fees by formula

def formula_inputs(line: FeeLine) -> list[FormulaInput]:
    return formula.inputs_from(line.formula_inputs)


def has_calculator(line: FeeLine) -> bool:
    """A formula fee the office has structured, so it can be worked out."""
    return line.kind == FeeKind.FORMULA and bool(line.formula_expression) and \
        bool(line.formula_inputs)


def format_number(value: Decimal) -> str:
    """A number as the reader's language writes it: "0,45", "10.000"."""
    return format_decimal(value, format="#,##0.######", locale=str(get_locale() or "id"))


def input_label(item: FormulaInput) -> str:
    label = item.label_en if str(get_locale() or "id") == "en" and item.label_en else item.label
    return f"{label} ({item.unit})" if item.unit else label


_SYMBOLS = {"+": "+", "-": "\u2212", "*": "\u00d7", "/": ":"}
_RANK = {"+": 1, "-": 1, "*": 2, "/": 2}


def _render(node: Node, leaf: Mapping[str, str]) -> str:
    """An expression tree written out, with parentheses only where they matter."""
    if isinstance(node, Decimal):
        return format_number(node)
    if isinstance(node, str):
        return leaf[node]
    if len(node) == 2:  # ("neg", operand)
        return "\u2212" + _wrapped(node[1], leaf, 3, False)
    operator, left, right = node
    rank = _RANK[operator]
    return (f"{_wrapped(left, leaf, rank, False)} {_SYMBOLS[operator]} "
            f"{_wrapped(right, leaf, rank, operator in '-/')}")


def _wrapped(node: Node, leaf: Mapping[str, str], rank: int, strict: bool) -> str:
    text = _render(node, leaf)
    if isinstance(node, tuple) and node[0] != "neg":
        inner = _RANK[node[0]]
        if inner < rank or (strict and inner == rank):
            return f"({text})"
    return text


def formula_words(line: FeeLine) -> str:
    """The formula in words: the office's own wording, else the structured one spelt out."""
    wording = localized(line, "formula")
    if wording or not has_calculator(line):
        return wording or ""
    tree = formula.parse(line.formula_expression or "")
    return _render(tree, {item.name: input_label(item) for item in formula_inputs(line)})


@dataclass
class Calculation:
    """A formula fee worked out for some inputs (the worked example, or the calculator)."""

    line: FeeLine
    inputs: list[FormulaInput]
    values: dict[str, Decimal] = field(default_factory=dict)
    # What the person typed, to show it again; problems by input name.
    typed: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    amount: int | None = None
    problem: str = ""

    @property
    def asked(self) -> list[FormulaInput]:
        """The inputs a citizen fills in (the fixed ones come from the regulation)."""
        return [item for item in self.inputs if not item.fixed]

    @property
    def fixed(self) -> list[FormulaInput]:
        return [item for item in self.inputs if item.fixed]

    @property
    def amount_text(self) -> str:
        return format_rupiah(self.amount) if self.amount is not None else ""

    @property
    def steps_text(self) -> str:
        """The expression with the numbers put in: "100 m2 × 0,45 × 10.000 Rp/m2"."""
        leaf = {item.name: format_number(self.values[item.name]) +
                (f" {item.unit}" if item.unit else "")
                for item in self.inputs if item.name in self.values}
        return _render(formula.parse(self.line.formula_expression or ""), leaf)

    @property
    def text(self) -> str:
        """"100 m2 × 0,45 × 10.000 Rp/m2 = Rp450.000"."""
        return f"{self.steps_text} = {self.amount_text}" if self.amount is not None else ""


def _compute(calculation: Calculation) -> Calculation:
    try:
        exact = formula.evaluate(formula.parse(calculation.line.formula_expression or ""),
                                 calculation.values)
    except FormulaError as error:
        calculation.problem = _("These values cannot be calculated (division by zero).") \
            if error.code == "division_by_zero" else _("The result is too large.")
        return calculation
    if exact < 0:
        calculation.problem = _("These values give a negative amount; check them.")
        return calculation
    calculation.amount = formula.to_rupiah(exact)
    return calculation


def worked_example(line: FeeLine) -> Calculation:
    """The formula with the example values the office gave, worked out."""
    inputs = formula_inputs(line)
    return _compute(Calculation(line, inputs, {item.name: item.example for item in inputs}))


def calculate(line: FeeLine, typed: Mapping[str, str]) -> Calculation:
    """The fee for the values a citizen typed (by input name); problems per input."""
    inputs = formula_inputs(line)
    calculation = Calculation(line, inputs)
    for item in inputs:
        if item.fixed:
            calculation.values[item.name] = item.example
            continue
        raw = (typed.get(item.name) or "").strip()[:40]
        calculation.typed[item.name] = raw
        value = formula.parse_number(raw) if raw else None
        if value is None:
            calculation.errors[item.name] = _(
                "%(field)s: enter a number, e.g. %(example)s.", field=input_label(item),
                example=format_number(item.example)) if raw else _(
                "%(field)s is required.", field=input_label(item))
        else:
            calculation.values[item.name] = value
    return calculation if calculation.errors else _compute(calculation)


CALCULATOR_LINE, CALCULATOR_PREFIX = "hitung", "n_"


def calculation_from(version: StandardVersion, args: Mapping[str, str]) -> Calculation | None:
    """The calculator form's answer: `hitung` names the fee line by position, `n_<input>`
    the values typed; None when the form was not sent (or names no such line)."""
    position = str(args.get(CALCULATOR_LINE, ""))[:10]
    for line in office_fee_lines(version):
        if str(line.position) == position and has_calculator(line):
            return calculate(line, {item.name: args.get(CALCULATOR_PREFIX + item.name) or ""
                                    for item in formula_inputs(line)})
    return None


def formula_fee_lines(version: StandardVersion) -> list[FeeLine]:
    """The office's fees by formula that say how they are calculated."""
    return [line for line in office_fee_lines(version)
            if line.kind == FeeKind.FORMULA and (line.formula or has_calculator(line))]


def fee_regulations(version: StandardVersion) -> list[str]:
    """The regulations the office's fees rest on, each once, in the order lines cite them."""
    seen: list[str] = []
    for line in office_fee_lines(version):
        if line.regulation and line.regulation not in seen:
            seen.append(line.regulation)
    return seen


# --------------------------------------------------------------- where to pay

PAYMENT_KINDS = ("qris", "bank", "virtual_account", "tax_app", "cashier")
PAYMENT_KIND_LABELS = {
    "qris": _l("QRIS"),
    "bank": _l("Bank, to the regional treasury account"),
    "virtual_account": _l("Virtual account"),
    "tax_app": _l("The region's tax app"),
    "cashier": _l("Official cashier, who gives a receipt"),
}


@dataclass(frozen=True)
class PaymentChannel:
    kind: str
    detail: str

    @property
    def label(self) -> str:
        return str(PAYMENT_KIND_LABELS[self.kind])

    @property
    def text(self) -> str:
        return f"{self.label}: {self.detail}" if self.detail else self.label


def payment_channels(line: FeeLine) -> list[PaymentChannel]:
    return [PaymentChannel(str(row["kind"]), str(row.get("detail") or ""))
            for row in line.payment_channels or [] if row.get("kind") in PAYMENT_KINDS]


def payment_text(line: FeeLine) -> str:
    """Where to pay one fee, in one line (posters, exports): "Pay with the SKRD: QRIS; ..."."""
    channels = "; ".join(channel.text for channel in payment_channels(line))
    if not channels:
        return ""
    if line.billing_document:
        return _("Pay with the %(document)s: %(channels)s", document=line.billing_document,
                 channels=channels)
    return _("Pay: %(channels)s", channels=channels)


@dataclass
class PaymentGroup:
    """Paid lines that are paid the same way: their conditions, document and channels."""

    lines: list[FeeLine]
    billing_document: str
    channels: list[PaymentChannel]

    @property
    def labels(self) -> list[str]:
        return [label for line in self.lines if (label := localized(line, "label"))]

    @property
    def text(self) -> str:
        return payment_text(self.lines[0])


def payment_groups(version: StandardVersion) -> list[PaymentGroup]:
    groups: dict[tuple[str, tuple[PaymentChannel, ...]], PaymentGroup] = {}
    for line in paid_fee_lines(version):
        channels = payment_channels(line)
        key = (line.billing_document or "", tuple(channels))
        if key in groups:
            groups[key].lines.append(line)
        else:
            groups[key] = PaymentGroup([line], key[0], channels)
    return list(groups.values())


def payment_summary(version: StandardVersion) -> str:
    """Where to pay the service's fees, each distinct way once (posters): one sentence when
    every fee is paid the same way, else each sentence names its conditions."""
    groups = [group for group in payment_groups(version) if group.channels]
    if len(groups) == 1:
        return groups[0].text
    return " ".join(f"{'; '.join(group.labels)}: {group.text}." if group.labels
                    else f"{group.text}." for group in groups)


def is_paid(line: FeeLine) -> bool:
    """A fee of this office that someone pays (so it has somewhere to be paid)."""
    return not line.incidental and line.kind != FeeKind.FREE


def paid_fee_lines(version: StandardVersion) -> list[FeeLine]:
    return [line for line in version.fee_lines if is_paid(line)]


# --------------------------------------------------------------- text forms for people

ITEM_SEPARATOR = " ; "
FIELD_SEPARATOR = " : "
FIXED_WORD = "tetap"


def formula_inputs_text(rows: list[dict[str, Any]] | None, separator: str = "\n") -> str:
    """Inputs as staff type them and the export writes them, one per line (or `; `):
    `name : label : unit : example : tetap : English label` (trailing blanks left off)."""
    items = []
    for row in rows or []:
        cells = [str(row.get("name") or ""), str(row.get("label") or ""),
                 str(row.get("unit") or ""), str(row.get("example") or ""),
                 FIXED_WORD if row.get("fixed") else "", str(row.get("label_en") or "")]
        while cells and not cells[-1]:
            cells.pop()
        items.append(FIELD_SEPARATOR.join(cells))
    return separator.join(items)


def payment_channels_text(rows: list[dict[str, Any]] | None, separator: str = "\n") -> str:
    """Channels as staff type them: `kind : detail`, one per line (or `; `)."""
    return separator.join(
        FIELD_SEPARATOR.join(c for c in (str(row.get("kind") or ""),
                                          str(row.get("detail") or "")) if c)
        for row in rows or [])
