"""Laying out a print: its HTML, fitted on one page, cached by content.

The services describe a print (a `PrintSheet`: template and context); turning that into
HTML is the caller's `Render` (registry/posters/printing.py renders the Jinja templates),
so the services never render templates themselves. The HTML is rendered once; fitting it
to the page (`fitting`) only changes its type size, so a worker process can do it all.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from flask_babel import force_locale

from registry.services.posters import cache
from registry.services.posters.fitting import fit_html
from registry.services.posters.formats import PageFormat


@dataclass(frozen=True)
class PrintSheet:
    """One print as the services describe it: which template, on which paper, saying what."""

    template: str
    page: PageFormat
    context: Mapping[str, Any] = field(default_factory=dict)


Render = Callable[[PrintSheet], str]


def first_html(render: Render, sheet: PrintSheet) -> str:
    """The print's HTML, which also keys the cache. Prints are always laid out from
    Indonesian; the words of other languages come from `Wording`."""
    with force_locale("id"):
        return render(sheet)


def fit_one_page(render: Render, sheet: PrintSheet, fitted: bytes | None = None) -> bytes:
    """The print on one page in the largest type that fits, from the cache when it can be.

    `fitted` is the same HTML already fitted elsewhere (a batch worker process).
    """
    html = first_html(render, sheet)
    path = cache.cache_path(html, sheet.page.key)
    found = cache.cached(path)
    if found is not None:
        return found
    pdf = fitted or fit_html(html, sheet.page).pdf
    cache.store(path, pdf)
    return pdf
