"""Many posters in one PDF: an agency's (or one counter's) services, in order.

Posters not yet cached may be laid out in worker processes; the database and templates
stay in the calling process, the workers only fit HTML on the page and make the PDF.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator

from flask_babel import gettext as _

from registry.models import Agency, Counter, Service
from registry.services.posters import cache, wording
from registry.services.posters.documents import require_sheet
from registry.services.posters.fitting import fit_html
from registry.services.posters.formats import (
    NoPublishedStandard,
    PageFormat,
    poster_format,
    poster_language,
)
from registry.services.posters.layout import PrintSheet, Render, first_html, fit_one_page
from registry.services.posters.records import poster_record
from registry.services.schedule import region_today
from registry.services.standards import current_versions

# Starting worker processes costs seconds (each imports WeasyPrint); only worth it for many.
PARALLEL_MIN_POSTERS = 60


def batch_services(agency: Agency, counter: Counter | None = None) -> list[Service]:
    """The agency's (or one counter's) services that have a standard in force."""
    services = [s for s in agency.services if counter is None or counter in s.counters]
    versions = current_versions(services, region_today(agency.region))
    return [s for s in services if s.id in versions]


def merge_pdfs(parts: Iterable[bytes]) -> bytes:
    import pypdfium2

    merged = pypdfium2.PdfDocument.new()
    for part in parts:
        merged.import_pages(pypdfium2.PdfDocument(part))
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def _fit_in_worker(html: str, page: PageFormat) -> bytes:
    return fit_html(html, page).pdf


def fitted_in_workers(htmls: list[str | None], page: PageFormat,
                      workers: int) -> Iterator[bytes | None]:
    """Each HTML fitted on the page, in order, by worker processes; None for an entry
    that is None, and for all when too few need laying out to be worth the processes."""
    jobs = [html for html in htmls if html is not None]
    if workers <= 1 or len(jobs) < PARALLEL_MIN_POSTERS:
        yield from (None for _html in htmls)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the caller may be a web worker with threads and DB connections.
    with ProcessPoolExecutor(max_workers=workers,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        results = pool.map(_fit_in_worker, jobs, [page] * len(jobs))
        for html in htmls:
            yield next(results) if html is not None else None


def batch_pdf(services: list[Service], size: str | None, language: str | None,
              render: Render, actor: str = "public",
              progress: Callable[[Service], None] | None = None, workers: int = 1,
              test: bool = False) -> bytes:
    """One PDF with a poster for every service, in order; `progress` is told after each.

    With `workers` > 1, posters not yet cached are laid out in that many processes.
    """
    page = poster_format(size)
    language = poster_language(language)
    prints: list[PrintSheet] = []
    for service in services:
        sheet = require_sheet(service)
        poster = poster_record(service, sheet.version, page.key, language, actor, test)
        prints.append(wording.service_print(sheet, poster, page))
    return _lay_out(services, prints, render, progress, workers)


def _lay_out(services: list[Service], prints: list[PrintSheet], render: Render,
             progress: Callable[[Service], None] | None, workers: int) -> bytes:
    if not prints:
        raise NoPublishedStandard(_("None of these services has a published standard, so "
                                    "there is nothing to print."))
    firsts = [first_html(render, item) for item in prints]
    uncached = [html if cache.cached(cache.cache_path(html, item.page.key)) is None else None
                for html, item in zip(firsts, prints, strict=True)]
    parts = []
    fitted = fitted_in_workers(uncached, prints[0].page, workers)
    for service, item, pdf in zip(services, prints, fitted, strict=True):
        parts.append(fit_one_page(render, item, pdf))
        if progress is not None:
            progress(service)
    return merge_pdfs(parts)
