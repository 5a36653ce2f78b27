"""Posters that fill their page and read from 2 m: rasterised and measured, type sizes
read back from the PDF's text layer."""
from __future__ import annotations

import re

import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from sqlalchemy import select

from registry.extensions import db
from registry.models import Channel, Poster
from registry.services import catalogue
from registry.services.posters.formats import POSTER_FORMATS
from tests.web.test_posters import get_pdf, pdf_pages, read_qr, text_layer

# A row is blank when no pixel in it is darker than this (0 black - 255 white).
INK_BELOW = 245
MAX_BLANK = 0.15


def blank_share(pdf: bytes, scale: float) -> float:
    """The tallest band of the page with no ink in it (the space under the content, or a
    gap inside it), as a share of the page's height."""
    image = pdf_pages(pdf)[0].render(scale=scale).to_pil().convert("L")
    ink = image.point(lambda value: 255 if value < INK_BELOW else 0)
    _columns, rows = ink.getprojection()
    longest = run = 0
    for inked in rows:
        run = 0 if inked else run + 1
        longest = max(longest, run)
    return longest / len(rows)


def font_size(pdf: bytes, text: str) -> float:
    """The size in points of the first character of `text` (wrapped anyhow) on page 1."""
    textpage = pdf_pages(pdf)[0].get_textpage()
    pattern = r"\s+".join(re.escape(word) for word in text.split())
    found = re.search(pattern, textpage.get_text_range())
    assert found is not None, text
    return pdfium_c.FPDFText_GetFontSize(textpage.raw, found.start())


KINDS = [
    ("/kota-contoh/layanan/ktp-el/poster.pdf?size=a4", 1.0),
    ("/kota-contoh/layanan/kia/poster.pdf?size=a4&lang=id-en", 1.0),
    ("/kota-contoh/layanan/pbg/poster.pdf?size=a4", 1.0),
    ("/kota-contoh/layanan/akta-kelahiran/poster.pdf?size=a3", 0.7),
    ("/kota-contoh/banner.pdf?format=x-banner", 0.2),
    ("/kota-contoh/instansi/disdukcapil/banner.pdf?format=roll-up", 0.15),
    ("TENT", 1.0),
]


@pytest.mark.parametrize("url,scale", KINDS)
def test_no_print_leaves_more_than_15_percent_of_its_page_blank(client, region, url, scale):
    if url == "TENT":
        counter = catalogue.agency_by_slug(region, "disdukcapil").counters[0]
        url = f"/kota-contoh/instansi/disdukcapil/loket/{counter.id}/tent.pdf"
    pdf = get_pdf(client, url)
    assert len(pdf_pages(pdf)) == 1
    assert blank_share(pdf, scale) <= MAX_BLANK


def test_a4_fee_and_time_are_at_least_48_pt_and_the_body_at_least_14(client):
    pdf = get_pdf(client, "/kota-contoh/layanan/ktp-el/poster.pdf?size=a4")
    text = text_layer(pdf)
    assert "GRATIS" in text and "60 menit" in text
    body = font_size(pdf, "Telah berusia 17 tahun")  # the first thing to bring, .95rem
    assert body >= 14
    assert font_size(pdf, "menit") == pytest.approx(body / 0.95 * 3.5, rel=0.01)
    assert font_size(pdf, "menit") >= 48
    assert font_size(pdf, "GRATIS") >= 48
    # The type grew to fill the page: larger than the format's starting size.
    assert body / 0.95 > POSTER_FORMATS["a4"].type_pt


def test_a3_type_is_larger_than_a4(client):
    a4 = get_pdf(client, "/kota-contoh/layanan/akta-kelahiran/poster.pdf?size=a4")
    a3 = get_pdf(client, "/kota-contoh/layanan/akta-kelahiran/poster.pdf?size=a3")
    assert font_size(a4, "5 hari kerja") >= 48
    assert font_size(a3, "5 hari kerja") >= 48 * 297 / 210


def test_long_content_shrinks_below_the_starting_size_and_keeps_every_word(client, region):
    from tests.web.test_posters import new_service

    requirements = [f"Persyaratan nomor {i}: fotokopi dokumen pendukung yang dilegalisasi"
                    for i in range(1, 31)]
    new_service(region, "uji-panjang", name="Layanan Uji Panjang", requirements=requirements)
    pdf = get_pdf(client, "/kota-contoh/layanan/uji-panjang/poster.pdf")
    assert len(pdf_pages(pdf)) == 1
    assert font_size(pdf, "Persyaratan nomor 30") < POSTER_FORMATS["a4"].type_pt * 0.95
    assert "Persyaratan nomor 30: fotokopi dokumen pendukung yang dilegalisasi" in \
        text_layer(pdf)
    [(url, width_mm)] = read_qr(pdf)
    code = db.session.scalar(select(Poster.code))
    assert url == f"http://registry.test/v/{code}" and width_mm >= 30


def test_the_national_channels_are_printed_when_the_region_dropped_them(client, region):
    for channel in list(region.channels):
        if "1708" in channel.contact or "kpk" in (channel.url or ""):
            db.session.delete(channel)
    db.session.commit()
    assert not any("1708" in c.contact for c in db.session.scalars(select(Channel)))
    text = text_layer(get_pdf(client, "/kota-contoh/layanan/kia/poster.pdf"))
    assert "SP4N-LAPOR!: SMS 1708 · www.lapor.go.id" in text
    assert "KPK - Pelaporan Gratifikasi: Call center 198 · gol.kpk.go.id" in text
    banner = text_layer(get_pdf(client, "/kota-contoh/banner.pdf?format=x-banner"))
    assert banner.count("SMS 1708") == 1 and banner.count("Call center 198") == 1


def test_banner_qr_still_decodes_after_growing(client):
    pdf = get_pdf(client, "/kota-contoh/banner.pdf?format=roll-up")
    [found] = zxingcpp.read_barcodes(pdf_pages(pdf)[0].render(scale=0.5).to_pil())
    assert found.text == "http://registry.test/kota-contoh/"
