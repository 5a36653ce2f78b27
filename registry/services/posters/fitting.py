"""Fitting a print on one page in the largest type that fits, never cut.

Print templates set every size in rem of the root font size (and the QR code and margins
in mm), so the whole type scale follows one number. Starting from the format's body
size, the type grows until the page is full, or shrinks when the content demands it; each
try appends one rule to the same HTML, so nothing is rendered from templates again.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _

from registry.services.posters.engine import render_html
from registry.services.posters.formats import ContentTooLong, PageFormat

# The type never grows beyond this many times the format's body size ...
GROW_MAX = 3.0
# ... nor shrinks below this share of it (long content is denser, never cut).
SHRINK_MIN = 0.12
# The search stops when the page is this full, when the largest size that fits is this
# close to the smallest that does not, or after this many layouts.
FULL_ENOUGH = 0.97
CLOSE_ENOUGH = 1.025
MAX_LAYOUTS = 8


@dataclass(frozen=True)
class Fitted:
    pdf: bytes
    body_pt: float
    fill: float  # how far down the page's content area the content reaches (0-1)


@dataclass
class _Layout:
    body_pt: float
    document: Any
    fits: bool
    fill: float


def sized(html: str, body_pt: float, base_pt: float) -> str:
    """The HTML with its root type at `body_pt`; lines tighten as type shrinks."""
    ratio = min(1.0, body_pt / base_pt)
    line_height = max(1.15, 1.3 - 0.58 * (1 - ratio))
    rule = f"<style>html {{ font-size: {body_pt:.2f}pt; line-height: {line_height:.2f}; }}</style>"
    return html.replace("</head>", rule + "</head>", 1)


def content_fill(document: Any) -> float:
    """How far down the first page's content area its lowest line or image reaches."""
    from weasyprint.formatting_structure import boxes

    page = document.pages[0]._page_box  # WeasyPrint's laid-out page; no public equivalent
    top = page.content_box_y()
    bottom = max((box.position_y + box.margin_height() for box in page.descendants()
                  if isinstance(box, boxes.LineBox | boxes.ReplacedBox)), default=top)
    return float((bottom - top) / page.height)


def _lay_out(html: str, body_pt: float, base_pt: float) -> _Layout:
    document = render_html(sized(html, body_pt, base_pt))
    fits = len(document.pages) == 1
    return _Layout(body_pt, document, fits, content_fill(document) if fits else 1.0)


def _next_size(best: _Layout, too_big: float | None, ceiling: float) -> float | None:
    """The next size to try, or None when the search is done."""
    if best.fill >= FULL_ENOUGH or (too_big is not None and too_big / best.body_pt
                                    <= CLOSE_ENOUGH):
        return None
    # Height grows between linearly (short lines) and quadratically (wrapped text) with
    # the type size: the square root never overshoots a page that still has room.
    guess = best.body_pt * max(1.0 / max(best.fill, 0.05), 1.0) ** 0.5
    if too_big is not None:
        guess = min(guess, (best.body_pt * too_big) ** 0.5)
    guess = min(guess, ceiling)
    return guess if guess > best.body_pt * 1.005 else None


def fit_html(html: str, page: PageFormat) -> Fitted:
    """The print on one page: the largest type between SHRINK_MIN and GROW_MAX times the
    format's body size that keeps everything on the page."""
    base = page.type_pt
    first = _lay_out(html, base, base)
    too_big: float | None = None
    if first.fits:
        best = first
    else:
        too_big = base
        best = _lay_out(html, base * SHRINK_MIN, base)
        if not best.fits:
            raise ContentTooLong(_("This text is too long to fit one printed page, even in "
                                   "small type. Shorten the standard's texts and try again."))
    for _attempt in range(MAX_LAYOUTS - 2):
        size = _next_size(best, too_big, base * GROW_MAX)
        if size is None:
            break
        tried = _lay_out(html, size, base)
        if tried.fits:
            best = tried
        else:
            too_big = size
    return Fitted(bytes(best.document.write_pdf()), best.body_pt, best.fill)
