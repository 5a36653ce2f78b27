"""What a print says: its words in its languages, and the context each kind of print
(service poster, banner, table tent) is laid out from."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from flask_babel import force_locale
from flask_babel import gettext as _
from markupsafe import Markup, escape

from registry.models import Agency, Counter, FeeLine, Poster, Region, StandardVersion
from registry.services import dates, fees, i18n, links, logos
from registry.services.posters.formats import TENT_FORMAT, PageFormat
from registry.services.posters.layout import PrintSheet
from registry.services.qr import qr_data_uri
from registry.services.sheet import ServiceSheet

# Civil-registration penalty (UU 24/2013 Pasal 95B).
PENALTY_YEARS = 6
PENALTY_FINE = 75_000_000
# Bidirectional controls would let hostile text reorder what is printed around it.
BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class NationalChannel:
    """A national reporting channel every print names, whatever the region's list says."""

    name: str
    contact: str
    url: str
    note: str = ""


# SP4N-LAPOR! (complaints) and KPK (gratification reports); Saber Pungli was dissolved.
NATIONAL_CHANNELS = (
    NationalChannel("SP4N-LAPOR!", "SMS 1708", "https://www.lapor.go.id"),
    NationalChannel("KPK - Pelaporan Gratifikasi", "Call center 198", "https://gol.kpk.go.id"),
)
DEFAULT_COLOUR = "#b3261e"


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

    def __call__(self, message: str, **values: Any) -> Markup:
        """A translated interface string; dates among `values` follow each language."""
        return self.each(lambda: _(message, **{
            key: dates.date_text(value) if isinstance(value, dt.date) else value
            for key, value in values.items()}))

    def field(self, obj: Any, name: str) -> Markup:
        return self._join([i18n.localized(obj, name, language) for language in self.languages])

    def fee_line(self, line: FeeLine) -> Markup:
        return self.each(lambda: fees.format_fee_line(line))

    def fee_summary(self, version: StandardVersion) -> Markup:
        return self.each(lambda: fees.fee_summary(version))

    def formula(self, line: FeeLine) -> Markup:
        return self.each(lambda: fees.formula_words(line))

    def payments(self, version: StandardVersion) -> Markup:
        return self.each(lambda: fees.payment_summary(version))

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


def fee_regulations(sheet: ServiceSheet) -> list[str]:
    """The regulations the fee rests on, each once, in the order the lines cite them."""
    return fees.fee_regulations(sheet.version)


def verify_url(code: str) -> str:
    # A literal path: batch workers have no request to build URLs from.
    return f"{links.public_base_url()}/v/{code}"


def agency_list_url(region: Region, agency: Agency | None) -> str:
    """Where a banner's or tent's QR code leads: the agency's services, or the region's."""
    base = links.public_base_url()
    if agency is None:
        return links.absolute(base, "public.region_home", region_slug=region.slug)
    return links.absolute(base, "public.agency_page", region_slug=region.slug,
                          agency_slug=agency.slug)


def with_national(channels: Sequence[Any]) -> list[Any]:
    """The print's channels, then each national one they do not already name."""
    named = " ".join(f"{c.contact or ''} {c.url or ''}".lower() for c in channels)
    missing = [n for n in NATIONAL_CHANNELS
               if n.url.removeprefix("https://www.").removeprefix("https://") not in named]
    return [*channels, *missing]


def _qr(url: str) -> dict[str, str]:
    return {"qr": qr_data_uri(url), "qr_text": url.split("//", 1)[-1]}


def service_print(sheet: ServiceSheet, poster: Poster, page: PageFormat) -> PrintSheet:
    """The service poster: fee and time first, what to bring, steps, where to report."""
    region = sheet.region
    return PrintSheet("posters/print/service.html", page, {
        "sheet": sheet, "region": region, "agency": sheet.agency, "service": sheet.service,
        "version": sheet.version, "words": Wording(poster.language),
        "channels": with_national(sheet.channels),
        "colour": region_colour(region), "logos": poster_logos(region, sheet.agency),
        **_qr(verify_url(poster.code)), "code": poster.code,
        "regulations": fee_regulations(sheet), "penalty_fine": fees.format_rupiah(PENALTY_FINE),
        "penalty_years": PENALTY_YEARS, "effective": sheet.version.effective_from,
        "printed": region_date(poster.printed_at, region),
    })


def banner_print(region: Region, agency: Agency | None, page: PageFormat,
                 language: str) -> PrintSheet:
    """A "Stop Gratifikasi" banner: slogan, pledge, where to report, the services' QR."""
    return PrintSheet("posters/print/banner.html", page, {
        "region": region, "agency": agency, "words": Wording(language),
        "colour": region_colour(region),
        "channels": with_national([*(agency.channels if agency else []), *region.channels]),
        **_qr(agency_list_url(region, agency)), "logos": poster_logos(region, agency),
    })


def tent_print(counter: Counter, language: str) -> PrintSheet:
    """A table tent for one counter: the same face twice, one upside down."""
    agency = counter.agency
    region = agency.region
    return PrintSheet("posters/print/tent.html", TENT_FORMAT, {
        "region": region, "agency": agency, "counter": counter, "words": Wording(language),
        "colour": region_colour(region),
        "channels": with_national([*agency.channels, *region.channels]),
        **_qr(agency_list_url(region, agency)), "logos": poster_logos(region, agency),
    })
