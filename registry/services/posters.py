"""Counter posters, "Stop Gratifikasi" banners and table tents as PDF, and the print
records whose codes let anyone check a poster against the standard in force.

WeasyPrint is imported once per process and one FontConfiguration is reused; CSS is
inlined and the only resources a page may load are data: URIs (QR codes, uploaded logos):
nothing is fetched, from the network or from disk. Rendered PDFs are cached on disk by a
hash of their HTML (so by content only), pruned oldest first beyond POSTER_CACHE_MAX_MB;
a cache that cannot be written only costs a new rendering.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import re
import secrets
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from zoneinfo import ZoneInfo

from flask import current_app, render_template
from flask_babel import force_locale, gettext as _
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Agency, Counter, Poster, Region, Service, StandardVersion
from registry.services import audit, dates, fees, i18n, logos
from registry.services.catalogue import CODE_ALPHABET, CODE_LENGTH
from registry.services.qr import qr_data_uri
from registry.services.schedule import region_today
from registry.services.sheet import ServiceSheet, service_sheet
from registry.services.standards import current_version, current_versions


@dataclass(frozen=True)
class PageFormat:
    """A printed format: page size in millimetres and the QR code's printed width."""

    key: str
    width_mm: float
    height_mm: float
    qr_mm: float
    type_pt: float  # body text size; headings and the fee are multiples of it
    margin_mm: float


POSTER_FORMATS = {
    "a4": PageFormat("a4", 210, 297, 40, 10, 10),
    "a3": PageFormat("a3", 297, 420, 56, 14, 14),
}
BANNER_FORMATS = {
    "x-banner": PageFormat("x-banner", 600, 1600, 150, 50, 30),
    "roll-up": PageFormat("roll-up", 800, 2000, 190, 64, 40),
}
# An A4 sheet folded across its middle: two A5 faces, the top one upside down.
TENT_FORMAT = PageFormat("tent", 210, 297, 35, 11, 8)
LANGUAGES = ("id", "id-en")
# Civil-registration penalty (UU 24/2013 Pasal 95B).
PENALTY_YEARS = 6
PENALTY_FINE = 75_000_000
# Tried in order until the poster fits one page: denser type first, then scaling down.
FIT_STEPS = ((0, 1.0), (1, 1.0), (2, 1.0), (2, 0.85), (2, 0.7), (2, 0.55), (2, 0.4),
             (2, 0.3), (2, 0.2))
# Bidirectional controls would let hostile text reorder what is printed around it.
BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
# Starting worker processes costs seconds (each imports WeasyPrint); only worth it for many.
PARALLEL_MIN_POSTERS = 60
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
DEFAULT_COLOUR = "#b3261e"


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


# --- rendering ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _engine():
    """WeasyPrint and one FontConfiguration for the life of the process."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    return weasyprint, FontConfiguration()


@lru_cache(maxsize=1)
def _fetcher():
    from weasyprint.urls import URLFetcher

    class DataOnlyFetcher(URLFetcher):
        """data: URIs only: never the network, never a file, never the app itself."""

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            raise ValueError(f"a poster may not load {url[:80]}")

    return DataOnlyFetcher()


def html_to_pdf(html: str, zoom: float = 1.0) -> tuple[bytes, int]:
    """The PDF and its page count."""
    weasyprint, fonts = _engine()
    document = weasyprint.HTML(string=html, url_fetcher=_fetcher()).render(font_config=fonts)
    return document.write_pdf(zoom=zoom), len(document.pages)


def _cache_dir() -> str:
    folder = current_app.config.get("POSTER_DIR") or os.path.join(
        current_app.instance_path, "posters")
    return os.path.join(folder, "cache")


def cache_key(html: str, page: PageFormat) -> str:
    return hashlib.sha256(f"{page.key}\n{html}".encode()).hexdigest()


def fit_one_page(build_html: Callable[[int, float], str], page: PageFormat,
                 first_attempt: tuple[bytes, int] | None = None) -> bytes:
    """Render at the first density and scale at which everything fits on one page.

    Long content is never cut: it gets denser type, then the whole page is laid out larger
    and scaled down. The PDF is cached by the content of the first attempt's HTML.
    `first_attempt` is that HTML already rendered elsewhere (a batch worker).
    """
    first = build_html(*FIT_STEPS[0])
    path = _cache_path(first, page)
    cached = _cached(path)
    if cached is not None:
        return cached
    for density, scale in FIT_STEPS:
        if (density, scale) == FIT_STEPS[0]:
            pdf, pages = first_attempt or html_to_pdf(first)
        else:
            pdf, pages = html_to_pdf(build_html(density, scale), zoom=scale)
        if pages == 1:
            _store(path, pdf)
            return pdf
    raise ContentTooLong(_("This text is too long to fit one printed page, even in small "
                           "type. Shorten the standard's texts and try again."))


def _cache_path(html: str, page: PageFormat) -> str:
    return os.path.join(_cache_dir(), cache_key(html, page) + ".pdf")


def _cached(path: str) -> bytes | None:
    try:
        with open(path, "rb") as cached:
            return cached.read()
    except OSError:  # not cached yet, or the cache cannot be read
        return None


def _store(path: str, pdf: bytes) -> None:
    """Write through a temporary name so a concurrent reader never sees half a file.

    The cache only saves time: when it cannot be written the poster is served anyway.
    """
    temporary = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as out:
            out.write(pdf)
        os.replace(temporary, path)
    except OSError as error:
        current_app.logger.warning("poster cache not written: %s", error)
        with contextlib.suppress(OSError):
            os.remove(temporary)
        return
    prune_cache(os.path.dirname(path),
                int(current_app.config["POSTER_CACHE_MAX_MB"] * 1024 * 1024))


def prune_cache(folder: str, max_bytes: int) -> int:
    """Remove the oldest cached PDFs until the rest fit in `max_bytes`; how many went."""
    entries = []
    with contextlib.suppress(OSError), os.scandir(folder) as found:
        for entry in found:
            if entry.name.endswith(".pdf"):
                with contextlib.suppress(OSError):
                    stat = entry.stat()
                    entries.append((stat.st_mtime, stat.st_size, entry.path))
    total = sum(size for _mtime, size, _path in entries)
    removed = 0
    for _mtime, size, path in sorted(entries):
        if total <= max_bytes:
            break
        with contextlib.suppress(FileNotFoundError):  # another worker pruned it first
            os.remove(path)
            removed += 1
        total -= size
    return removed


# --- text on paper -----------------------------------------------------------------------


def printable(text: str | None) -> str:
    """Text as it may be printed: bidi controls removed, other controls as spaces."""
    text = (text or "").translate(BIDI_CONTROLS)
    return "".join(" " if unicodedata.category(ch) == "Cc" and ch not in "\n\t" else ch
                   for ch in text)


class Wording:
    """The poster's words in its languages: Indonesian first, English beneath when asked.

    Templates call it for interface strings and content fields alike, so a bilingual
    poster never mixes up which text belongs to which language.
    """

    def __init__(self, language: str):
        self.languages = ("id", "en") if language == "id-en" else ("id",)

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    def _join(self, texts: list[str]) -> Markup:
        main = escape(printable(texts[0]))
        if len(texts) > 1 and texts[1] and texts[1] != texts[0]:
            return main + Markup('<span class="en" lang="en">') + \
                escape(printable(texts[1])) + Markup("</span>")
        return main

    def each(self, produce: Callable[[], str]) -> Markup:
        """Call `produce` once per language (gettext and formatters follow the locale)."""
        texts = []
        for language in self.languages:
            with force_locale(language):
                texts.append(str(produce()))
        return self._join(texts)

    def __call__(self, message: str, **values) -> Markup:
        """A translated interface string; dates among `values` follow each language."""
        return self.each(lambda: _(message, **{
            key: dates.date_text(value) if isinstance(value, dt.date) else value
            for key, value in values.items()}))

    def field(self, obj, name: str) -> Markup:
        return self._join([i18n.localized(obj, name, language) for language in self.languages])

    def fee_line(self, line) -> Markup:
        return self.each(lambda: fees.format_fee_line(line))

    def duration(self, value: int, unit: str) -> Markup:
        return self.each(lambda: i18n.format_duration(value, unit))

    def date(self, day: dt.date) -> Markup:
        return self.each(lambda: dates.date_text(day))

    def text(self, text: str | None) -> Markup:
        """Text that has one language only (names, numbers, regulations)."""
        return escape(printable(text))


def region_colour(region: Region) -> str:
    colour = region.poster_color or ""
    return colour if HEX_COLOUR.fullmatch(colour) else DEFAULT_COLOUR


def region_date(moment: dt.datetime, region: Region) -> dt.date:
    """A stored UTC moment as the date it was in the region."""
    return moment.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(region.timezone)).date()


def poster_logos(region: Region, agency: Agency | None) -> list[str]:
    """The uploaded logos a print carries, as data: URIs: the region's, then the agency's."""
    found = [logos.data_uri(region.logo), logos.data_uri(agency.logo if agency else None)]
    return [uri for uri in found if uri]


# --- print records -----------------------------------------------------------------------


def new_poster_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(Poster.id).where(Poster.code == code)) is None:
            return code


def poster_record(service: Service, version: StandardVersion, size: str, language: str,
                  actor: str = "public") -> Poster:
    """The print record for this version, size and language; created (and audited) once.

    A repeat download reuses it: the same content gives the same PDF and the same code.
    """
    query = select(Poster).where(Poster.version_id == version.id, Poster.size == size,
                                 Poster.language == language)
    poster = db.session.scalar(query)
    if poster is not None:
        return poster
    poster = Poster(code=new_poster_code(), service=service, version=version, size=size,
                    language=language)
    try:
        with db.session.begin_nested():
            db.session.add(poster)
    except IntegrityError:  # another worker recorded it a moment ago
        return db.session.scalar(query)
    audit.record("poster_printed", poster, actor=actor,
                 summary=f"{service.slug} v{version.number} {size} {language} {poster.code}",
                 after={"code": poster.code, "service": service.slug,
                        "version": version.number, "size": size, "language": language},
                 region_id=service.region_id, agency_id=service.agency_id)
    return poster


def poster_by_code(code: str) -> Poster | None:
    return db.session.scalar(select(Poster).where(Poster.code == code.strip().upper()[:12]))


# --- the service poster ------------------------------------------------------------------


def verify_url(base_url: str, code: str) -> str:
    return f"{base_url.rstrip('/')}/v/{code}"


def fee_regulations(sheet: ServiceSheet) -> list[str]:
    """The regulations the fee rests on, each once, in the order the lines cite them."""
    seen: list[str] = []
    for line in sheet.office_fees:
        if line.regulation and line.regulation not in seen:
            seen.append(line.regulation)
    return seen


def require_sheet(service: Service) -> ServiceSheet:
    sheet = service_sheet(service)
    if sheet is None:
        raise NoPublishedStandard(_("%(service)s has no published standard yet, so there is "
                                    "no poster to print.", service=service.name))
    return sheet


def poster_html(sheet: ServiceSheet, poster: Poster, page: PageFormat, base_url: str,
                density: int = 0, scale: float = 1.0) -> str:
    region = sheet.region
    url = verify_url(base_url, poster.code)
    return render_template(
        "posters/print/service.html", sheet=sheet, region=region, agency=sheet.agency,
        service=sheet.service, version=sheet.version, page=page, density=density,
        scale=scale, words=Wording(poster.language), colour=region_colour(region),
        logos=poster_logos(region, sheet.agency),
        qr=qr_data_uri(url), qr_text=url.split("//", 1)[-1], code=poster.code,
        regulations=fee_regulations(sheet), penalty_fine=fees.format_rupiah(PENALTY_FINE),
        penalty_years=PENALTY_YEARS,
        effective=sheet.version.effective_from,
        printed=region_date(poster.printed_at, region),
    )


def service_poster(service: Service, size: str | None, language: str | None, base_url: str,
                   actor: str = "public") -> tuple[Poster, bytes]:
    """The poster of the standard in force: its print record and its one-page PDF."""
    page = poster_format(size)
    language = poster_language(language)
    sheet = require_sheet(service)
    poster = poster_record(service, sheet.version, page.key, language, actor)
    with force_locale("id"):
        pdf = fit_one_page(partial(poster_html, sheet, poster, page, base_url), page)
    return poster, pdf


def poster_filename(service: Service, poster: Poster) -> str:
    return f"poster-{service.slug}-{poster.size}-{poster.language}-{poster.code}.pdf"


# --- banners and table tents -------------------------------------------------------------


def banner_pdf(region: Region, agency: Agency | None, key: str | None, list_url: str,
               language: str | None = None) -> bytes:
    """A "Stop Gratifikasi" banner for an agency or the whole region."""
    page = banner_format(key)
    language = poster_language(language)
    channels = [*(agency.channels if agency else []), *region.channels]
    with force_locale("id"):
        return fit_one_page(
            lambda density, scale: render_template(
                "posters/print/banner.html", region=region, agency=agency, page=page,
                density=density, scale=scale, words=Wording(language),
                colour=region_colour(region), channels=channels, qr=qr_data_uri(list_url),
                qr_text=list_url.split("//", 1)[-1], logos=poster_logos(region, agency)),
            page)


def tent_pdf(counter: Counter, list_url: str, language: str | None = None) -> bytes:
    """A table tent for one counter: the same face twice, one upside down."""
    language = poster_language(language)
    agency = counter.agency
    region = agency.region
    with force_locale("id"):
        return fit_one_page(
            lambda density, scale: render_template(
                "posters/print/tent.html", region=region, agency=agency, counter=counter,
                page=TENT_FORMAT, density=density, scale=scale, words=Wording(language),
                colour=region_colour(region),
                channels=[*agency.channels, *region.channels], qr=qr_data_uri(list_url),
                qr_text=list_url.split("//", 1)[-1], logos=poster_logos(region, agency)),
            TENT_FORMAT)


# --- batches -----------------------------------------------------------------------------


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


def _render_in_worker(html: str) -> tuple[bytes, int]:
    return html_to_pdf(html)


def _first_attempts(prepared: list, needed: list[bool], workers: int):
    """Each poster's first rendering, in order: from worker processes, or None to let
    fit_one_page render (or read the cache) here."""
    jobs = [first for (_s, _b, first), need in zip(prepared, needed) if need]
    if workers <= 1 or len(jobs) < PARALLEL_MIN_POSTERS:
        yield from (None for _item in prepared)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the caller may be a web worker with threads and DB connections.
    with ProcessPoolExecutor(max_workers=workers,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        results = pool.map(_render_in_worker, jobs)
        for need in needed:
            yield next(results) if need else None


def batch_pdf(services: list[Service], size: str | None, language: str | None,
              base_url: str, actor: str = "public",
              progress: Callable[[Service], None] | None = None, workers: int = 1) -> bytes:
    """One PDF with a poster for every service, in order; `progress` is told after each.

    With `workers` > 1, posters not yet cached are laid out in that many processes (the
    database and templates stay here; workers only turn HTML into PDF).
    """
    page = poster_format(size)
    language = poster_language(language)
    prepared = []
    for service in services:
        sheet = require_sheet(service)
        poster = poster_record(service, sheet.version, page.key, language, actor)
        build = partial(poster_html, sheet, poster, page, base_url)
        with force_locale("id"):
            first = build(*FIT_STEPS[0])
        prepared.append((service, build, first))
    if not prepared:
        raise NoPublishedStandard(_("None of these services has a published standard, so "
                                    "there is nothing to print."))
    needed = [_cached(_cache_path(first, page)) is None for _s, _b, first in prepared]
    parts = []
    for (service, build, _first), attempt in zip(
            prepared, _first_attempts(prepared, needed, workers)):
        with force_locale("id"):
            parts.append(fit_one_page(build, page, attempt))
        if progress is not None:
            progress(service)
    return merge_pdfs(parts)


# --- verification ------------------------------------------------------------------------


@dataclass
class Change:
    label: str
    before: str
    after: str


@dataclass
class Verification:
    poster: Poster
    current: StandardVersion | None
    changes: list[Change] = field(default_factory=list)

    @property
    def is_current(self) -> bool:
        return self.current is not None and self.current.id == self.poster.version_id

    @property
    def changed_on(self) -> dt.date | None:
        return None if self.is_current or self.current is None else self.current.effective_from


def fee_text(version: StandardVersion) -> str:
    lines = fees.office_fee_lines(version)
    if fees.is_free(version):
        return _("Free")
    return "; ".join(
        fees.format_fee_line(line) + (f" ({i18n.localized(line, 'label')})"
                                      if i18n.localized(line, "label") else "")
        for line in lines)


def duration_text(version: StandardVersion) -> str:
    return i18n.format_duration(version.completion_value, version.completion_unit)


def verify(poster: Poster) -> Verification:
    """Does the printed poster still match the standard in force?"""
    service = poster.service
    current = current_version(service, region_today(service.region))
    result = Verification(poster, current)
    if current is None or result.is_current:
        return result
    for label, text in ((_("Fee"), fee_text), (_("Completion time"), duration_text)):
        before, after = text(poster.version), text(current)
        if before != after:
            result.changes.append(Change(label, before, after))
    return result


# --- posters to reprint ------------------------------------------------------------------


@dataclass
class Reprint:
    poster: Poster
    current: StandardVersion


@dataclass
class CounterReprints:
    counter: Counter | None
    reprints: list[Reprint]


@dataclass
class AgencyReprints:
    agency: Agency
    counters: list[CounterReprints]


def posters_to_reprint(region: Region, agency: Agency | None = None) -> list[AgencyReprints]:
    """Printed posters whose standard has since been superseded, per agency and counter."""
    query = (
        select(Poster).join(Service)
        .where(Service.region_id == region.id)
        .options(selectinload(Poster.service).selectinload(Service.counters),
                 selectinload(Poster.version))
        .order_by(Poster.printed_at)
    )
    if agency is not None:
        query = query.where(Service.agency_id == agency.id)
    posters = list(db.session.scalars(query))
    versions = current_versions(list({p.service.id: p.service for p in posters}.values()),
                                region_today(region))
    grouped: dict[int, dict[int | None, list[Reprint]]] = {}
    agencies: dict[int, Agency] = {}
    counters: dict[int, Counter] = {}
    for poster in posters:
        current = versions.get(poster.service_id)
        if current is None or current.id == poster.version_id:
            continue
        service = poster.service
        agencies[service.agency_id] = service.agency
        by_counter = grouped.setdefault(service.agency_id, {})
        for counter in service.counters or [None]:
            if counter is not None:
                counters[counter.id] = counter
            by_counter.setdefault(counter.id if counter else None, []).append(
                Reprint(poster, current))
    result = []
    for agency_id, by_counter in sorted(grouped.items(), key=lambda i: agencies[i[0]].name):
        keys = sorted((k for k in by_counter if k is not None), key=lambda k: counters[k].name)
        rows = [CounterReprints(counters[k], by_counter[k]) for k in keys]
        if None in by_counter:
            rows.append(CounterReprints(None, by_counter[None]))
        result.append(AgencyReprints(agencies[agency_id], rows))
    return result
