"""Posters, banners and their QR codes, read back the way a phone and a printer would."""
from __future__ import annotations

import ctypes
import datetime as dt
import re
import time

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import (
    AuditEntry,
    FeeLine,
    Poster,
    ProcedureStep,
    Requirement,
    Service,
    StandardVersion,
    VersionStatus,
)
from registry.posters.printing import render
from registry.services import catalogue, posters
from registry.services.posters import batches, layout
from registry.services.schedule import region_today
from registry.services.standards import current_version, next_number, publish

PT_PER_MM = 72 / 25.4
SIZES_MM = {"a4": (210, 297), "a3": (297, 420), "x-banner": (600, 1600),
            "roll-up": (800, 2000)}


def pdf_pages(data: bytes) -> pdfium.PdfDocument:
    assert data[:5] == b"%PDF-"
    return pdfium.PdfDocument(data)


def text_layer(data: bytes) -> str:
    document = pdf_pages(data)
    return " ".join(" ".join(page.get_textpage().get_text_range().split())
                    for page in document)


def flat(text: str) -> str:
    return " ".join(text.split())


def read_qr(data: bytes, scale: float = 2.0):
    """The QR codes on the first page and their printed width in millimetres."""
    page = pdf_pages(data)[0]
    found = zxingcpp.read_barcodes(page.render(scale=scale).to_pil())
    results = []
    for code in found:
        position = code.position
        width_px = abs(position.top_right.x - position.top_left.x)
        results.append((code.text, width_px / scale / PT_PER_MM))
    return results


def embedded_fonts(data: bytes) -> set[tuple[str, bool]]:
    fonts = set()
    for page in pdf_pages(data):
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
            name = ctypes.create_string_buffer(size)
            pdfium_c.FPDFFont_GetBaseFontName(font, name, size)
            fonts.add((name.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return fonts


def page_size_mm(data: bytes) -> tuple[float, float]:
    width, height = pdf_pages(data)[0].get_size()
    return width / PT_PER_MM, height / PT_PER_MM


def publish_change(service: Service, *, amount: int | None = None,
                   completion: int | None = None) -> StandardVersion:
    """A new published version from today: the old one is copied, fee or time changed."""
    today = region_today(service.region)
    old = current_version(service, today)
    fee_lines = [FeeLine(position=0, kind="fixed", amount=amount, label="",
                         regulation="Perda Kota Contoh (contoh)")] if amount is not None \
        else [FeeLine(position=i, kind=f.kind, amount=f.amount, label=f.label,
                      regulation=f.regulation, incidental=f.incidental)
              for i, f in enumerate(old.fee_lines)]
    new = StandardVersion(
        service=service, number=next_number(service), status=VersionStatus.DRAFT,
        completion_value=completion or old.completion_value,
        completion_unit=old.completion_unit, product=old.product,
        requirements=[Requirement(position=r.position, text=r.text)
                      for r in old.requirements],
        steps=[ProcedureStep(position=s.position, text=s.text) for s in old.steps],
        fee_lines=fee_lines, change_summary="Perubahan (uji)",
    )
    db.session.add(new)
    db.session.flush()
    publish(new, today, today)
    db.session.commit()
    return new


def new_service(region, slug: str, *, name: str, requirements: list[str],
                steps: list[str] | None = None, product: str = "Dokumen",
                published: bool = True) -> Service:
    agency = catalogue.agency_by_slug(region, "disdukcapil")
    service = Service(region=region, agency=agency, slug=slug, code=slug[:6].upper(),
                      name=name, category="kependudukan")
    version = StandardVersion(
        service=service, number=1,
        status=VersionStatus.PUBLISHED if published else VersionStatus.DRAFT,
        effective_from=dt.date(2026, 1, 5) if published else None,
        completion_value=3, completion_unit="working_days", product=product,
        requirements=[Requirement(position=i, text=t) for i, t in enumerate(requirements)],
        steps=[ProcedureStep(position=i, text=t) for i, t in enumerate(steps or ["Datang"])],
        fee_lines=[FeeLine(position=0, kind="free", regulation="UU No. 24 Tahun 2013 Pasal 79A")],
    )
    db.session.add_all([service, version])
    db.session.commit()
    return service


def get_pdf(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, response.data[:500]
    assert response.mimetype == "application/pdf"
    return response.data


# --- the QR code on the poster verifies the poster ----------------------------------------


def test_scanned_poster_names_the_service_and_says_current_then_out_of_date(client, region):
    pdf = get_pdf(client, "/kota-contoh/layanan/ktp-el/poster.pdf?size=a4")
    assert len(pdf_pages(pdf)) == 1
    [(url, width_mm)] = read_qr(pdf)
    code = db.session.scalar(select(Poster.code))
    assert url == f"http://registry.test/v/{code}"
    assert width_mm >= 30  # the symbol alone; the quiet zone adds 8 modules
    assert f"registry.test/v/{code}" in text_layer(pdf)
    assert f"Kode verifikasi {code}" in text_layer(pdf)

    page = client.get(url.removeprefix("http://registry.test"))
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "KTP-el (Kartu Tanda Penduduk Elektronik)" in html
    assert "Poster ini masih berlaku." in html

    service = catalogue.service_by_slug(region, "ktp-el")
    publish_change(service, amount=10_000)
    html = client.get(f"/v/{code}").get_data(as_text=True)
    assert "Poster ini sudah tidak berlaku: biaya berubah pada" in html
    old, new = re.search(r'<td class="old">([^<]*)</td><td class="new">([^<]*)</td>',
                         html).groups()
    assert (old, new) == ("Gratis", "Rp10.000")
    assert 'class="check current"' not in html


def test_time_change_is_reported_with_both_durations(client, region):
    get_pdf(client, "/kota-contoh/layanan/akta-kelahiran/poster.pdf?size=a3")
    code = db.session.scalar(select(Poster.code))
    publish_change(catalogue.service_by_slug(region, "akta-kelahiran"), completion=3)
    html = client.get(f"/v/{code}").get_data(as_text=True)
    assert "Poster ini sudah tidak berlaku: waktu penyelesaian berubah pada" in html
    assert '<td class="old">5 hari kerja</td><td class="new">3 hari kerja</td>' in html


def test_unknown_code_is_not_an_official_poster(client):
    response = client.get("/v/ZZZ999?lang=en")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert "This is not an official poster" in html and "may be a fake" in html


def test_repeat_download_is_served_from_the_cache_with_the_same_code(client, ctx, monkeypatch):
    renders = []
    real = layout.fit_html
    monkeypatch.setattr(layout, "fit_html",
                        lambda *a, **kw: renders.append(1) or real(*a, **kw))
    first = get_pdf(client, "/kota-contoh/layanan/kia/poster.pdf")
    assert len(renders) == 1
    again = get_pdf(client, "/kota-contoh/layanan/kia/poster.pdf?size=a4&lang=id")
    assert len(renders) == 1 and again == first
    assert db.session.scalar(select(func.count()).select_from(Poster)) == 1
    get_pdf(client, "/kota-contoh/layanan/kia/poster.pdf?size=a3")
    assert len(renders) == 2
    assert db.session.scalar(select(func.count()).select_from(Poster)) == 2
    audit = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "poster_printed"))
    assert sorted(entry.actor for entry in audit) == ["public", "public"]


# --- one page, every word, the right paper ------------------------------------------------


def test_twenty_requirements_fit_one_page_with_every_text(client, region):
    requirements = [f"Persyaratan nomor {i}: fotokopi dokumen pendukung yang dilegalisasi "
                    f"oleh pejabat berwenang, rangkap dua, beserta aslinya untuk diperlihatkan"
                    for i in range(1, 21)]
    new_service(region, "uji-dua-puluh", name="Layanan Uji Dua Puluh Syarat",
                requirements=requirements,
                steps=[f"Langkah {i}: petugas memeriksa dan memproses berkas pemohon"
                       for i in range(1, 9)])
    pdf = get_pdf(client, "/kota-contoh/layanan/uji-dua-puluh/poster.pdf")
    assert len(pdf_pages(pdf)) == 1
    assert page_size_mm(pdf) == pytest.approx(SIZES_MM["a4"], abs=0.05)
    text = text_layer(pdf)
    for requirement in requirements:
        assert flat(requirement) in text


@pytest.mark.parametrize("url,size", [
    ("/kota-contoh/layanan/pbg/poster.pdf?size=a4", "a4"),
    ("/kota-contoh/layanan/pbg/poster.pdf?size=a3&lang=id-en", "a3"),
    ("/kota-contoh/instansi/disdukcapil/banner.pdf?format=x-banner", "x-banner"),
    ("/kota-contoh/banner.pdf?format=roll-up", "roll-up"),
])
def test_page_size_is_exact_and_fonts_are_embedded(client, url, size):
    pdf = get_pdf(client, url)
    assert len(pdf_pages(pdf)) == 1
    assert page_size_mm(pdf) == pytest.approx(SIZES_MM[size], abs=0.05)
    fonts = embedded_fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert any("DejaVu-Sans" in name for name, _embedded in fonts)


def test_banner_carries_slogan_pledge_channels_and_a_big_qr(client):
    pdf = get_pdf(client, "/kota-contoh/instansi/disdukcapil/banner.pdf?format=x-banner")
    text = text_layer(pdf)
    assert "STOP GRATIFIKASI" in text and "Tolak Pungli" in text
    assert "cepat, tepat, transparan, pasti dan gratis" in text
    assert "SMS 1708" in text and "Call center 198" in text
    [(url, width_mm)] = read_qr(pdf, scale=0.5)
    assert url == "http://registry.test/kota-contoh/instansi/disdukcapil"
    assert width_mm >= 100


def test_table_tent_per_counter(client, region):
    agency = catalogue.agency_by_slug(region, "disdukcapil")
    counter = agency.counters[0]
    pdf = get_pdf(client, f"/kota-contoh/instansi/disdukcapil/loket/{counter.id}/tent.pdf")
    assert len(pdf_pages(pdf)) == 1
    assert text_layer(pdf).count(counter.name) == 2  # both faces of the fold
    assert client.get("/kota-contoh/instansi/disdukcapil/loket/99999/tent.pdf").status_code \
        == 404


def test_poster_shows_fee_legal_basis_penalty_channels_and_footer(client):
    text = text_layer(get_pdf(client, "/kota-contoh/layanan/akta-kematian/poster.pdf"))
    assert "GRATIS" in text
    assert "UU No. 24 Tahun 2013 Pasal 79A" in text
    assert "UU No. 24 Tahun 2013 Pasal 95B" in text and "Rp75.000.000" in text
    assert "SP4N-LAPOR!: SMS 1708" in text and "Call center 198" in text
    assert "WhatsApp Pengaduan Disdukcapil" in text
    assert "Stop Gratifikasi - Tolak Pungli" in text
    assert "Standar berlaku sejak" in text and "Dicetak pada" in text


def test_paid_service_poster_shows_each_fee_line(client):
    text = text_layer(get_pdf(client, "/kota-contoh/layanan/pbg/poster.pdf"))
    assert "Luas bangunan (m2) x Indeks Terintegrasi x Harga Satuan Retribusi (HSR)" \
        in text
    assert "Perda Kota Contoh No. 1 Tahun 2024" in text


def test_bilingual_poster_has_both_languages(client):
    text = text_layer(get_pdf(client, "/kota-contoh/layanan/ktp-el/poster.pdf?lang=id-en"))
    assert "BIAYA Fee" in text and "WAKTU PENYELESAIAN Completion time" in text
    assert "GRATIS" in text and "Free" in text
    assert "Persyaratan yang dibawa".upper() in text and "What to bring" in text


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("url,words", [
    ("/kota-contoh/layanan/ktp-el/poster.pdf?size=a5&lang=en", ['"a5"', "a4, a3"]),
    ("/kota-contoh/layanan/ktp-el/poster.pdf?lang=fr", ['"fr"', "id, id-en"]),
    ("/kota-contoh/banner.pdf?format=billboard&lang=en", ['"billboard"', "x-banner, roll-up"]),
])
def test_unknown_size_format_or_language_is_400_with_a_clear_message(client, url, words):
    response = client.get(url)
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    for word in words:
        assert word in response.get_data(as_text=True).replace("&#34;", '"')


def test_service_without_published_standard_gets_a_message_not_a_poster(client, region):
    new_service(region, "belum-terbit", name="Layanan Belum Terbit", requirements=["KTP"],
                published=False)
    response = client.get("/kota-contoh/layanan/belum-terbit/poster.pdf")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "Layanan Belum Terbit belum memiliki standar pelayanan yang diterbitkan, sehingga " \
           "belum ada poster untuk dicetak." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Poster)) == 0


def test_hostile_text_is_printed_as_text_and_the_layout_holds(client, region):
    long_text = "Panjang " + "x" * 2500 + " " + ("kata " * 500)
    service = new_service(
        region, "uji-jahat", name="<script>alert(1)</script> \u202eLayanan\u202c Jahat",
        requirements=["<b>tebal</b> & <img src=x onerror=alert(1)>", long_text,
                      "\u2067kanan\u2069 normal"],
        product="</td></tr></table><h1>Palsu</h1>")
    agency = service.agency
    agency.name = "<i>Dinas</i> " + "A" * 185  # one unbreakable word, near the column limit
    db.session.commit()
    pdf = get_pdf(client, "/kota-contoh/layanan/uji-jahat/poster.pdf")
    assert len(pdf_pages(pdf)) == 1
    assert page_size_mm(pdf) == pytest.approx(SIZES_MM["a4"], abs=0.05)
    text = text_layer(pdf)
    assert "<script>alert(1)</script> Layanan Jahat" in text
    assert "<b>tebal</b> & <img src=x onerror=alert(1)>" in text
    assert "</td></tr></table><h1>Palsu</h1>" in text
    assert "\u202e" not in text and "\u2067" not in text
    assert "kanan normal" in text
    assert flat(long_text).replace(" ", "") in text.replace(" ", "")


# --- downloads, pages, lists --------------------------------------------------------------


def test_qr_downloads_for_print_shops(client, region):
    code = catalogue.service_by_slug(region, "ktp-el").code
    svg = client.get("/kota-contoh/layanan/ktp-el/qr.svg")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    assert svg.data.lstrip().startswith(b"<?xml") and b"<svg" in svg.data
    assert b'd="M4,4H5V5H4z' in svg.data  # the finder pattern starts after 4 quiet modules
    png = client.get("/kota-contoh/layanan/ktp-el/qr.png")
    assert png.mimetype == "image/png"
    from io import BytesIO

    from PIL import Image

    [found] = zxingcpp.read_barcodes(Image.open(BytesIO(png.data)))
    assert found.text == f"http://registry.test/s/{code}"
    assert found.ec_level == "M"


def test_service_page_offers_its_posters(client):
    html = client.get("/kota-contoh/layanan/ktp-el?lang=en").get_data(as_text=True)
    assert 'href="/kota-contoh/layanan/ktp-el/poster.pdf?size=a4"' in html
    assert 'href="/kota-contoh/layanan/ktp-el/poster.pdf?size=a3"' in html
    assert 'href="/kota-contoh/layanan/ktp-el/poster.pdf?size=a4&amp;lang=id-en"' in html
    assert 'href="/kota-contoh/layanan/ktp-el/qr.svg"' in html


def test_reprint_list_names_superseded_posters_per_agency_and_counter(client, region):
    get_pdf(client, "/kota-contoh/layanan/ktp-el/poster.pdf")
    get_pdf(client, "/kota-contoh/layanan/kia/poster.pdf")
    assert "Tidak ada yang perlu dicetak ulang" in client.get(
        "/kota-contoh/poster/cetak-ulang").get_data(as_text=True)
    publish_change(catalogue.service_by_slug(region, "ktp-el"), amount=5_000)
    groups = posters.posters_to_reprint(region)
    assert [g.agency.slug for g in groups] == ["disdukcapil"]
    counters = {row.counter.name if row.counter else None:
                [r.poster.service.slug for r in row.reprints] for row in groups[0].counters}
    ktp = catalogue.service_by_slug(region, "ktp-el")
    assert counters == {c.name: ["ktp-el"] for c in ktp.counters}
    html = client.get("/kota-contoh/poster/cetak-ulang?agency=disdukcapil") \
        .get_data(as_text=True)
    assert "KTP-el" in html and "Kartu Identitas Anak" not in html


def test_web_batch_is_for_staff_of_the_agency(client):
    from tests.web.staff_helpers import OTHER_EDITOR, login

    url = "/kota-contoh/instansi/disdukcapil/poster/batch"
    assert client.post(url, data={"size": "a4"}).status_code == 403
    assert "Make the PDF" not in client.get("/kota-contoh/instansi/disdukcapil/poster?lang=en") \
        .get_data(as_text=True)
    login(client, OTHER_EDITOR)
    assert client.post(url, data={"size": "a4"}).status_code == 403


def test_web_batch_runs_in_the_background_and_shows_its_status(client, region):
    from tests.web.staff_helpers import EDITOR, login

    login(client, EDITOR)
    agency = catalogue.agency_by_slug(region, "disdukcapil")
    counter = agency.counters[0]
    expected = posters.batch_services(agency, counter)
    start = client.post("/kota-contoh/instansi/disdukcapil/poster/batch",
                        data={"counter": str(counter.id), "size": "a4", "lang": "id"})
    assert start.status_code == 303
    status_url = start.location
    deadline = time.monotonic() + 60
    while True:
        html = client.get(status_url).get_data(as_text=True)
        if "Selesai:" in html or time.monotonic() > deadline:
            break
        assert 'http-equiv="refresh"' in html and "<progress" in html
        time.sleep(0.2)
    assert f"Selesai: {len(expected)} poster dalam satu PDF." in html
    pdf = get_pdf(client, status_url + ".pdf")
    assert len(pdf_pages(pdf)) == len(expected) >= 2
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Poster)) == len(expected)
    bad = client.post("/kota-contoh/instansi/disdukcapil/poster/batch", data={"size": "b5"})
    assert bad.status_code == 400
    assert client.get("/kota-contoh/poster/batch/0123456789abcdef").status_code == 404


def test_cli_batch_writes_one_pdf_with_progress(runner, tmp_path, region):
    out = tmp_path / "posters.pdf"
    agency = catalogue.agency_by_slug(region, "disdukcapil")
    count = len(posters.batch_services(agency))
    result = runner.invoke(args=["posters", "batch", "--agency", "disdukcapil", str(out)])
    assert result.exit_code == 0, result.output
    assert "Posters" in result.output and f"Wrote {count} posters" in result.output
    assert len(pdf_pages(out.read_bytes())) == count
    actors = set(db.session.scalars(
        select(AuditEntry.actor).where(AuditEntry.action == "poster_printed")))
    assert actors == {"cli"}
    bad = runner.invoke(args=["posters", "batch", "--agency", "nope", str(out)])
    assert bad.exit_code != 0 and "No agency 'nope'" in bad.output


def test_batch_refused_politely_when_too_many_are_running(client, monkeypatch):
    import threading

    from registry.posters import jobs
    from tests.web.staff_helpers import EDITOR, login

    login(client, EDITOR)
    monkeypatch.setattr(jobs, "RUNNING", threading.BoundedSemaphore(1))
    jobs.RUNNING.acquire()
    response = client.post("/kota-contoh/instansi/disdukcapil/poster/batch?lang=en",
                           data={"size": "a4"})
    assert response.status_code == 429
    assert "Other poster batches are being made right now" in response.get_data(as_text=True)


def test_large_batches_are_laid_out_by_worker_processes(ctx, region, monkeypatch):
    monkeypatch.setattr(batches, "PARALLEL_MIN_POSTERS", 2)
    in_process = []
    real = layout.fit_html
    monkeypatch.setattr(layout, "fit_html",
                        lambda *a, **kw: in_process.append(1) or real(*a, **kw))
    services = [catalogue.service_by_slug(region, slug) for slug in ("kia", "pbg", "ktp-el")]
    done = []
    pdf = posters.batch_pdf(services, "a4", "id", render, workers=2,
                            progress=done.append)
    assert done == services
    assert len(pdf_pages(pdf)) == 3
    # Every poster was fitted on its page in the workers, none here.
    assert in_process == []
    assert [url for url, _width in read_qr(pdf)] == [
        f"http://registry.test/v/{p.code}" for p in db.session.scalars(
            select(Poster).order_by(Poster.id))][:1]
