"""A service's identity (names, category, online channel) and its registration window."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from registry.models.service import CATEGORIES
from registry.services.i18n import gettext as _
from registry.services.rules.values import (
    LABELS,
    SERVICE_SPECS,
    Checker,
    Problem,
    RuleViolation,
)


def service(values: Mapping[str, Any]) -> dict[str, Any]:
    """A service's identity (name, English name, other names, category, online channel)."""
    cleaned, problems = check_service(values)
    if problems:
        raise RuleViolation(problems)
    return cleaned


def check_service(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    check = Checker()
    cleaned: dict[str, Any] = dict(values)
    for name, spec in SERVICE_SPECS.items():
        if name in values:
            cleaned[name] = check.text((name,), values[name], spec, required=name == "name")
    if "synonyms" in values:
        cleaned["synonyms"] = cleaned["synonyms"] or ""
    if "online_url" in values:
        cleaned["online_url"] = check.url(("online_url",), values["online_url"],
                                          LABELS["online_url"])
    if "category" in values and values["category"] not in CATEGORIES:
        check.add(("category",), _("%(field)s: choose a category from the list.",
                                   field=LABELS["category"]))
    if "registration_opens" in values or "registration_closes" in values:
        for path, message in registration_window_problems(
                values.get("registration_opens"), values.get("registration_closes"),
                bool(values.get("registration_yearly"))):
            check.add(path, message)
    return cleaned, check.problems


def registration_window_problems(opens: dt.date | None, closes: dt.date | None,
                                 yearly: bool) -> list[tuple[tuple[str | int, ...], str]]:
    """A registration window has both dates or neither, closes on or after it opens, lies
    within 2000-2100 and, when it repeats yearly, lasts less than a year."""
    if opens is None and closes is None:
        return []
    if opens is None or closes is None:
        missing = "registration_opens" if opens is None else "registration_closes"
        return [((missing,), _("%(field)s is required when the other date of the window "
                               "is set.", field=LABELS[missing]))]
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for name, day in (("registration_opens", opens), ("registration_closes", closes)):
        if not 2000 <= day.year <= 2100:
            problems.append(((name,), _("%(field)s: choose a date from 2000 to 2100.",
                                        field=LABELS[name])))
    if problems:
        return problems
    if closes < opens:
        problems.append((("registration_closes",), _(
            "%(field)s lies before the opening date.", field=LABELS["registration_closes"])))
    elif yearly and (closes - opens).days >= 365:
        problems.append((("registration_closes",), _(
            "A window that repeats every year must last less than a year.")))
    return problems
