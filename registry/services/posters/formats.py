"""What may be asked for: page formats, languages, and the errors that say why not."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _


@dataclass(frozen=True)
class PageFormat:
    """A printed format: page size in millimetres and the QR code's printed width."""

    key: str
    width_mm: float
    height_mm: float
    qr_mm: float
    type_pt: float  # body type size to start from; headings and the fee are multiples of it
    margin_mm: float


POSTER_FORMATS = {
    # Body type 14 pt on A4 (read from 2 m with the fee and time at 3.5 times it), scaled
    # by the side ratio on A3; the layout grows both until the page is full.
    "a4": PageFormat("a4", 210, 297, 40, 14, 10),
    "a3": PageFormat("a3", 297, 420, 56, 20, 14),
}
BANNER_FORMATS = {
    "x-banner": PageFormat("x-banner", 600, 1600, 150, 50, 30),
    "roll-up": PageFormat("roll-up", 800, 2000, 190, 64, 40),
}
# An A4 sheet folded across its middle: two A5 faces, the top one upside down.
TENT_FORMAT = PageFormat("tent", 210, 297, 40, 14, 8)
LANGUAGES = ("id", "id-en")


class PosterError(Exception):
    """Something a person asked for that cannot be printed; the message says why."""

    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NoPublishedStandard(PosterError):
    status = 404


class ContentTooLong(PosterError):
    status = 422


def poster_format(size: str | None) -> PageFormat:
    found = POSTER_FORMATS.get((size or "a4").lower())
    if found is None:
        raise PosterError(_("Unknown poster size \"%(size)s\". Choose one of: %(choices)s.",
                            size=str(size)[:20], choices=", ".join(POSTER_FORMATS)))
    return found


def banner_format(key: str | None) -> PageFormat:
    found = BANNER_FORMATS.get((key or "x-banner").lower())
    if found is None:
        raise PosterError(_("Unknown banner format \"%(format)s\". Choose one of: "
                            "%(choices)s.", format=str(key)[:20],
                            choices=", ".join(BANNER_FORMATS)))
    return found


def poster_language(language: str | None) -> str:
    language = (language or "id").lower()
    if language not in LANGUAGES:
        raise PosterError(_("Unknown poster language \"%(language)s\". Choose one of: "
                            "%(choices)s.", language=language[:20],
                            choices=", ".join(LANGUAGES)))
    return language
