"""Counter posters, "Stop Gratifikasi" banners and table tents as PDF, and the print
records whose codes let anyone check a poster against the standard in force.

One module per job: `formats` (what may be asked for), `wording` (what a print says),
`engine` (WeasyPrint), `fitting` (the largest type that fits one page), `layout`
(HTML to a cached one-page PDF), `cache` (rendered PDFs on disk), `records`
(print records and verification), `reprints`, `documents` (poster, banner, tent) and
`batches`. Views use the names below. Absolute links come from `services.links` only.
Turning a `PrintSheet` into HTML is the caller's `Render` (the print templates live with
the posters blueprint), so nothing here renders templates.
"""
from registry.services.posters.batches import batch_pdf, batch_services
from registry.services.posters.cache import prune_cache
from registry.services.posters.documents import (
    banner_pdf,
    poster_filename,
    service_poster,
    tent_pdf,
)
from registry.services.posters.engine import html_to_pdf
from registry.services.posters.formats import (
    BANNER_FORMATS,
    POSTER_FORMATS,
    ContentTooLong,
    NoPublishedStandard,
    PageFormat,
    PosterError,
    banner_format,
    poster_format,
    poster_language,
)
from registry.services.posters.layout import PrintSheet, Render
from registry.services.posters.records import (
    Verification,
    poster_by_code,
    poster_record,
    verify,
)
from registry.services.posters.reprints import AgencyReprints, posters_to_reprint
from registry.services.posters.wording import (
    DEFAULT_COLOUR,
    Wording,
    printable,
    region_colour,
    region_date,
)

__all__ = [
    "BANNER_FORMATS", "DEFAULT_COLOUR", "POSTER_FORMATS", "AgencyReprints", "ContentTooLong",
    "NoPublishedStandard", "PageFormat", "PosterError", "PrintSheet", "Render",
    "Verification", "Wording", "banner_format", "banner_pdf", "batch_pdf", "batch_services",
    "html_to_pdf", "poster_by_code", "poster_filename", "poster_format", "poster_language",
    "poster_record", "posters_to_reprint", "printable", "prune_cache", "region_colour",
    "region_date", "service_poster", "tent_pdf", "verify",
]
