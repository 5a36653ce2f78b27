"""The prints people ask for: a service's poster, a banner, a counter's table tent."""
from __future__ import annotations

from flask_babel import gettext as _

from registry.models import Agency, Counter, Poster, Region, Service
from registry.services.posters import wording
from registry.services.posters.formats import (
    NoPublishedStandard,
    banner_format,
    poster_format,
    poster_language,
)
from registry.services.posters.layout import Render, fit_one_page
from registry.services.posters.records import poster_record
from registry.services.sheet import ServiceSheet, service_sheet


def require_sheet(service: Service) -> ServiceSheet:
    sheet = service_sheet(service)
    if sheet is None:
        raise NoPublishedStandard(_("%(service)s has no published standard yet, so there is "
                                    "no poster to print.", service=service.name))
    return sheet


def service_poster(service: Service, size: str | None, language: str | None, render: Render,
                   actor: str = "public", test: bool = False) -> tuple[Poster, bytes]:
    """The poster of the standard in force: its print record and its one-page PDF.
    A `test` print is recorded but never listed for reprinting."""
    page = poster_format(size)
    language = poster_language(language)
    sheet = require_sheet(service)
    poster = poster_record(service, sheet.version, page.key, language, actor, test)
    return poster, fit_one_page(render, wording.service_print(sheet, poster, page))


def poster_filename(service: Service, poster: Poster) -> str:
    return f"poster-{service.slug}-{poster.size}-{poster.language}-{poster.code}.pdf"


def banner_pdf(region: Region, agency: Agency | None, key: str | None, render: Render,
               language: str | None = None) -> bytes:
    """A "Stop Gratifikasi" banner for an agency or the whole region."""
    page = banner_format(key)
    return fit_one_page(render, wording.banner_print(region, agency, page,
                                                     poster_language(language)))


def tent_pdf(counter: Counter, render: Render, language: str | None = None) -> bytes:
    """A table tent for one counter."""
    return fit_one_page(render, wording.tent_print(counter, poster_language(language)))
