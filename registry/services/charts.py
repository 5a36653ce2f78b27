"""Charts drawn on the server as SVG: no JavaScript, no fonts to fetch, readable without.

Every chart carries a <title> and a <desc> (named by aria-labelledby) and its numbers as
rows, which pages print as a table beside it: the table is the text alternative. Only
presentation attributes are used (fill=, x=), never style=, so the site's CSP holds.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Narrow like a phone screen, so the text stays readable when the SVG is scaled to fit.
WIDTH = 360
LABEL_HEIGHT = 18
BAR_HEIGHT = 14
BAR_GAP = 3
ROW_GAP = 10
LEGEND_HEIGHT = 24
VALUE_ROOM = 95    # room right of the longest bar for its value
TEXT = "#1b1b1b"
# Distinct at 3:1 or more against white (WCAG non-text contrast).
COLOURS = ("#0b4f9c", "#b3261e", "#1a7f37", "#6f4e00")
# SVG text does not wrap: longer labels are shortened (the table beside has them whole).
LABEL_CHARS = 50


@dataclass(frozen=True)
class ChartRow:
    label: str
    values: tuple[float | None, ...]   # one per series; None: no value
    texts: tuple[str, ...]             # the values as people read them


@dataclass(frozen=True)
class Chart:
    key: str                 # unique on the page: the SVG's element ids derive from it
    title: str
    description: str
    series: tuple[str, ...]
    rows: tuple[ChartRow, ...]
    scale_max: float | None = None   # the value a full-width bar stands for

    @property
    def svg(self) -> Markup:
        return render(self)


def _row_height(series: int) -> int:
    return LABEL_HEIGHT + series * (BAR_HEIGHT + BAR_GAP) + ROW_GAP


def _legend(series: Sequence[str]) -> tuple[list[str], int]:
    """The legend's SVG parts and its height; an item that would not fit starts a line."""
    parts, x, y = [], 0, 4
    for index, name in enumerate(series):
        width = 24 + 7 * len(name)
        if x and x + width > WIDTH:
            x, y = 0, y + LEGEND_HEIGHT - 4
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" '
                     f'fill="{COLOURS[index % len(COLOURS)]}"/>')
        parts.append(f'<text x="{x + 16}" y="{y + 11}" font-size="13" fill="{TEXT}">'
                     f'{escape(name)}</text>')
        x += width
    return parts, y + LEGEND_HEIGHT - 4


def _bars(chart: Chart, row: ChartRow, top: int, scale: float) -> list[str]:
    label = row.label if len(row.label) <= LABEL_CHARS else row.label[:LABEL_CHARS - 1] + "…"
    parts = [f'<text x="0" y="{top + 13}" font-size="13" fill="{TEXT}">'
             f'{escape(label)}</text>']
    y = top + LABEL_HEIGHT
    for index, (value, text) in enumerate(zip(row.values, row.texts, strict=True)):
        width = 0.0 if value is None else max(value / scale * (WIDTH - VALUE_ROOM), 0.0)
        colour = COLOURS[index % len(COLOURS)]
        if value:
            parts.append(f'<rect x="0" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                         f'fill="{colour}"/>')
        parts.append(f'<text x="{width + 4:.1f}" y="{y + BAR_HEIGHT - 3}" font-size="12" '
                     f'fill="{TEXT}">{escape(text)}</text>')
        y += BAR_HEIGHT + BAR_GAP
    return parts


def render(chart: Chart) -> Markup:
    """Horizontal bars: one group per row, one bar per series, the value at its end."""
    values = [v for row in chart.rows for v in row.values if v is not None]
    scale = chart.scale_max or max(values, default=0.0) or 1.0
    legend, top = _legend(chart.series)
    height = top + _row_height(len(chart.series)) * max(len(chart.rows), 1)
    title_id, desc_id = f"{chart.key}-title", f"{chart.key}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
        f'aria-labelledby="{title_id} {desc_id}" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{title_id}">{escape(chart.title)}</title>',
        f'<desc id="{desc_id}">{escape(chart.description)}</desc>',
        *legend,
    ]
    for row in chart.rows:
        parts += _bars(chart, row, top, scale)
        top += _row_height(len(chart.series))
    parts.append("</svg>")
    return Markup("".join(parts))
