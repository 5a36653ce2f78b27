"""Fees set by formula: a small arithmetic language, parsed and evaluated without `eval`.

A formula fee names its inputs (e.g. `luas` in m2, `indeks`) and combines them with an
expression such as `luas * indeks * hsr`. The expression may hold only numbers, input
names, + - * / and parentheses; a recursive-descent parser turns it into a tree and an
evaluator walks the tree with exact decimals. Bounds keep a hostile expression cheap:
at most 300 characters, 100 tokens and 10 levels of nesting.

Rounding: the result is rounded to whole rupiah, halves up (Rp1.234,50 -> Rp1.235), as
the page says under the calculator.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

MAX_CHARS = 300
MAX_TOKENS = 100
MAX_DEPTH = 10
MAX_INPUTS = 10
# Inputs and every intermediate value stay within this, so no result can overflow.
MAX_VALUE = Decimal(10) ** 15
NAME = re.compile(r"[a-z][a-z0-9_]{0,29}")
_TOKEN = re.compile(r"\s*(?:(\d{1,15}(?:\.\d{1,6})?)|([a-z][a-z0-9_]*)|([-+*/()]))")
_CONTEXT = Context(prec=34)


class FormulaError(ValueError):
    """An expression the language does not allow, or one that cannot be computed.

    `code` says which (the caller words the message): "syntax", "too_long", "too_deep",
    "unknown_name", "division_by_zero", "too_large".
    """

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# A parsed expression: a number, a name, or (operator, left, right) / ("neg", operand).
Node = Decimal | str | tuple[str, "Node", "Node"] | tuple[str, "Node"]


def _tokens(text: str) -> list[str]:
    if len(text) > MAX_CHARS:
        raise FormulaError("too_long")
    tokens: list[str] = []
    position = 0
    while position < len(text):
        if not text[position:].strip():
            break
        found = _TOKEN.match(text, position)
        if found is None:
            raise FormulaError("syntax", text[position:position + 10].strip())
        tokens.append(found.group(found.lastindex or 0))
        position = found.end()
        if len(tokens) > MAX_TOKENS:
            raise FormulaError("too_long")
    return tokens


class _Parser:
    """expr := term (("+" | "-") term)*; term := factor (("*" | "/") factor)*;
    factor := "-" factor | number | name | "(" expr ")"."""

    def __init__(self, tokens: list[str]):
        self.tokens, self.at, self.depth = tokens, 0, 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise FormulaError("syntax")
        self.at += 1
        return token

    def expression(self) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FormulaError("too_deep")
        node = self.term()
        while self.peek() in ("+", "-"):
            operator = self.take()
            node = (operator, node, self.term())
        self.depth -= 1
        return node

    def term(self) -> Node:
        node = self.factor()
        while self.peek() in ("*", "/"):
            operator = self.take()
            node = (operator, node, self.factor())
        return node

    def factor(self) -> Node:
        token = self.take()
        if token == "-":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise FormulaError("too_deep")
            node: Node = ("neg", self.factor())
            self.depth -= 1
            return node
        if token == "(":
            node = self.expression()
            if self.take() != ")":
                raise FormulaError("syntax", token)
            return node
        if token[0].isdigit():
            return Decimal(token)
        if NAME.fullmatch(token):
            return token
        raise FormulaError("syntax", token)


def parse(text: str) -> Node:
    """The tree of an expression; FormulaError when it is not plain arithmetic."""
    tokens = _tokens(text.strip())
    if not tokens:
        raise FormulaError("syntax")
    parser = _Parser(tokens)
    node = parser.expression()
    if parser.peek() is not None:
        raise FormulaError("syntax", parser.peek() or "")
    return node


def names(node: Node) -> set[str]:
    """The input names an expression uses."""
    if isinstance(node, str):
        return {node}
    if isinstance(node, tuple):
        return set().union(*(names(part) for part in node[1:]))
    return set()


def evaluate(node: Node, values: Mapping[str, Decimal]) -> Decimal:
    """The exact value of a tree for these inputs (no rounding)."""
    if isinstance(node, Decimal):
        result = node
    elif isinstance(node, str):
        if node not in values:
            raise FormulaError("unknown_name", node)
        result = values[node]
    elif len(node) == 2:  # ("neg", operand)
        result = -evaluate(node[1], values)
    else:
        operator, left, right = node[0], evaluate(node[1], values), evaluate(node[2], values)
        if operator == "/" and right == 0:
            raise FormulaError("division_by_zero")
        try:
            result = {"+": _CONTEXT.add, "-": _CONTEXT.subtract, "*": _CONTEXT.multiply,
                      "/": _CONTEXT.divide}[operator](left, right)
        except InvalidOperation as error:
            raise FormulaError("too_large") from error
    if abs(result) > MAX_VALUE:
        raise FormulaError("too_large")
    return result


def to_rupiah(value: Decimal) -> int:
    """Whole rupiah, halves rounded up (the rule the page states)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class FormulaInput:
    """One named input of a formula fee; `fixed` ones are set by the regulation (e.g. the
    unit price) and not asked of the citizen. `example` feeds the worked example."""

    name: str
    label: str
    unit: str | None
    example: Decimal
    fixed: bool = False
    label_en: str | None = None


def inputs_from(rows: list[dict[str, str]] | None) -> list[FormulaInput]:
    """Stored inputs (JSON, numbers as decimal text) as typed values."""
    return [FormulaInput(str(row["name"]), str(row.get("label") or row["name"]),
                         str(row["unit"]) if row.get("unit") else None,
                         Decimal(str(row["example"])), bool(row.get("fixed")),
                         str(row["label_en"]) if row.get("label_en") else None)
            for row in rows or []]


def decimal_text(value: Decimal) -> str:
    """A decimal as stored and exported: "0.45", "100" (no exponent, no trailing zeros)."""
    return format(value.normalize(), "f")


_NUMBER = re.compile(r"\d{1,15}(?:[.,]\d+)*")


def parse_number(text: str) -> Decimal | None:
    """A number a person typed: "100", "0,45", "0.45", "1.250" (thousands), "1.250,5".

    When both "." and "," appear, the last one is the decimal mark. When one of them
    appears once with exactly three digits after it and a non-zero part before, it groups
    thousands ("1.250" = 1250, as Indonesians write); otherwise it is the decimal mark.
    """
    text = text.strip().replace(" ", "")
    if not text or len(text) > 24 or not _NUMBER.fullmatch(text):
        return None
    if "." in text and "," in text:
        mark = "." if text.rfind(".") > text.rfind(",") else ","
        group = "," if mark == "." else "."
        text = text.replace(group, "").replace(mark, ".")
    else:
        mark = "." if "." in text else "," if "," in text else ""
        if mark:
            head, _sep, tail = text.rpartition(mark)
            grouped = text.count(mark) > 1 or (len(tail) == 3 and head.strip("0") != "")
            text = text.replace(mark, "") if grouped else text.replace(mark, ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value <= MAX_VALUE else None
