"""WeasyPrint, imported once per process with one FontConfiguration reused.

CSS is inlined and the only resources a page may load are data: URIs (QR codes, uploaded
logos): nothing is fetched, from the network or from disk.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


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


def render_html(html: str) -> Any:
    """WeasyPrint's laid-out document (pages and boxes) of the HTML."""
    weasyprint, fonts = _engine()
    return weasyprint.HTML(string=html, url_fetcher=_fetcher()).render(font_config=fonts)


def html_to_pdf(html: str) -> tuple[bytes, int]:
    """The PDF and its page count."""
    document = render_html(html)
    return bytes(document.write_pdf()), len(document.pages)
