"""The layout engine: HTML to PDF with WeasyPrint, and fitting a print on one page.

WeasyPrint is imported once per process and one FontConfiguration is reused; CSS is
inlined and the only resources a page may load are data: URIs (QR codes, uploaded logos):
nothing is fetched, from the network or from disk.

The services describe a print (a `PrintSheet`: template and context); turning that into
HTML is the caller's `Render` (registry/posters/printing.py renders the Jinja templates),
so the services never render templates themselves.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from flask_babel import force_locale
from flask_babel import gettext as _

from registry.services.posters import cache
from registry.services.posters.formats import ContentTooLong, PageFormat


class Fit(NamedTuple):
    """How a print is laid out: `density` tightens type (0-2); `scale` < 1 lays the page
    out larger and scales the PDF back down to the real paper size."""

    density: int
    scale: float


# Tried in order until the print fits one page: denser type first, then scaling down.
FIT_STEPS = (Fit(0, 1.0), Fit(1, 1.0), Fit(2, 1.0), Fit(2, 0.85), Fit(2, 0.7), Fit(2, 0.55),
             Fit(2, 0.4), Fit(2, 0.3), Fit(2, 0.2))


@dataclass(frozen=True)
class PrintSheet:
    """One print as the services describe it: which template, on which paper, saying what."""

    template: str
    page: PageFormat
    context: Mapping[str, Any] = field(default_factory=dict)


Render = Callable[[PrintSheet, Fit], str]


@lru_cache(maxsize=1)
def _engine() -> tuple[Any, Any]:
    """WeasyPrint and one FontConfiguration for the life of the process."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    return weasyprint, FontConfiguration()


@lru_cache(maxsize=1)
def _fetcher() -> Any:
    from weasyprint.urls import URLFetcher

    class DataOnlyFetcher(URLFetcher):  # type: ignore[misc]
        """data: URIs only: never the network, never a file, never the app itself."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            raise ValueError(f"a poster may not load {url[:80]}")

    return DataOnlyFetcher()


def html_to_pdf(html: str, zoom: float = 1.0) -> tuple[bytes, int]:
    """The PDF and its page count."""
    weasyprint, fonts = _engine()
    document = weasyprint.HTML(string=html, url_fetcher=_fetcher()).render(font_config=fonts)
    return bytes(document.write_pdf(zoom=zoom)), len(document.pages)


def first_html(render: Render, sheet: PrintSheet) -> str:
    """The HTML of the first attempt, which also keys the cache. Prints are always laid
    out from Indonesian; the words of other languages come from `Wording`."""
    with force_locale("id"):
        return render(sheet, FIT_STEPS[0])


def fit_one_page(render: Render, sheet: PrintSheet,
                 first_attempt: tuple[bytes, int] | None = None) -> bytes:
    """Render at the first density and scale at which everything fits on one page.

    Long content is never cut: it gets denser type, then the whole page is laid out larger
    and scaled down. The PDF is cached by the content of the first attempt's HTML.
    `first_attempt` is that HTML already rendered elsewhere (a batch worker process).
    """
    first = first_html(render, sheet)
    path = cache.cache_path(first, sheet.page.key)
    found = cache.cached(path)
    if found is not None:
        return found
    for fit in FIT_STEPS:
        if fit == FIT_STEPS[0]:
            pdf, pages = first_attempt or html_to_pdf(first)
        else:
            with force_locale("id"):
                html = render(sheet, fit)
            pdf, pages = html_to_pdf(html, zoom=fit.scale)
        if pages == 1:
            cache.store(path, pdf)
            return pdf
    raise ContentTooLong(_("This text is too long to fit one printed page, even in small "
                           "type. Shorten the standard's texts and try again."))
