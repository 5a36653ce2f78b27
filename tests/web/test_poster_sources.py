"""What a poster is made of: uploaded logos (never fetched addresses), links from
configuration, and a cache keyed by content that is pruned and may fail harmlessly."""
from __future__ import annotations

import base64
import http.server
import os
import threading
import time
from pathlib import Path

import pypdfium2.raw as pdfium_c
import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Agency, AuditEntry, Logo, Region
from registry.services import posters
from registry.services.posters import engine
from tests.conftest import make_app
from tests.services.test_logos import HOSTILE_SVG, png
from tests.web.staff_helpers import ADMIN, EDITOR, agency_id, login
from tests.web.test_posters import get_pdf, pdf_pages, text_layer
from tests.web.test_public import text_of

POSTER = "/kota-contoh/layanan/ktp-el/poster.pdf?size=a4"


def images_on_first_page(pdf: bytes) -> int:
    page = pdf_pages(pdf)[0]
    return len(list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4)))


def upload(client, url: str, data: bytes, name: str):
    import io

    return client.post(url, data={"logo": (io.BytesIO(data), name), "upload": "1"},
                       content_type="multipart/form-data")


def region_logo(app) -> Logo | None:
    with app.app_context():
        region = db.session.scalar(select(Region).where(Region.slug == "kota-contoh"))
        logo = region.logo
        if logo is not None:
            db.session.expunge(logo)
        return logo


# --- logos


def test_a_region_admin_uploads_a_png_logo_that_posters_print(app, client):
    before = images_on_first_page(get_pdf(client, POSTER))
    login(client, ADMIN)
    response = upload(client, "/staff/region/logo", png(), "logo.png")
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/staff/region/settings#logo")
    page = client.get("/staff/region/settings")
    assert "Logo disimpan." in text_of(page)
    logo = region_logo(app)
    assert logo.mimetype == "image/png"
    assert f'src="/logo/{logo.id}"' in page.get_data(as_text=True)
    served = client.get(f"/logo/{logo.id}")
    assert (served.status_code, served.mimetype, served.data) == (200, "image/png", logo.data)
    assert served.headers["Content-Security-Policy"] == \
        "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    assert served.headers["ETag"] == f'"{logo.sha256}"'
    assert client.get(f"/logo/{logo.id}",
                      headers={"If-None-Match": f'"{logo.sha256}"'}).status_code == 304
    assert images_on_first_page(get_pdf(client, POSTER)) == before + 1
    assert images_on_first_page(get_pdf(
        client, "/kota-contoh/banner.pdf?format=x-banner")) >= 1
    with app.app_context():
        entry = db.session.execute(select(func.count()).select_from(Logo)).scalar_one()
        assert entry == 1


def test_an_uploaded_svg_is_stored_clean(app, client):
    login(client, ADMIN)
    assert upload(client, "/staff/region/logo", HOSTILE_SVG, "logo.svg").status_code == 303
    logo = region_logo(app)
    assert logo.mimetype == "image/svg+xml"
    for gone in (b"script", b"onload", b"127.0.0.1", b"169.254.169.254"):
        assert gone not in logo.data
    assert "Kota Contoh" in text_layer(get_pdf(client, POSTER))


@pytest.mark.parametrize("data, name, message", [
    (png() + b"\0" * 600_000, "besar.png",
     "Logo tidak disimpan: Logo terlalu besar: paling besar 512 KB dan 4000 piksel per sisi."),
    (b"GIF89a\x01\x00\x01\x00", "logo.png",
     "Logo tidak disimpan: Unggah gambar PNG atau gambar SVG."),
    (b"\x89PNG\r\n\x1a\nrusak", "logo.png",
     "Logo tidak disimpan: Berkas PNG rusak dan tidak dapat dibaca."),
    (png(), "logo.gif", "Unggah berkas PNG atau SVG."),
])
def test_a_bad_logo_is_refused_with_a_clear_message_and_nothing_saved(app, client, data,
                                                                     name, message):
    login(client, ADMIN)
    response = upload(client, "/staff/region/logo", data, name)
    assert response.status_code == 303
    assert message in text_of(client.get("/staff/region/settings"))
    assert region_logo(app) is None


def test_agency_staff_set_their_agency_logo_but_not_the_regions(app, client):
    login(client, EDITOR)
    assert upload(client, "/staff/region/logo", png(), "logo.png").status_code == 403
    dukcapil = agency_id(app, "disdukcapil")
    assert upload(client, f"/staff/agencies/{dukcapil}/logo", png(), "logo.png") \
        .status_code == 303
    assert upload(client, f"/staff/agencies/{agency_id(app, 'dpmptsp')}/logo", png(),
                  "logo.png").status_code == 403
    with app.app_context():
        assert db.session.get(Agency, dukcapil).logo.mimetype == "image/png"
    banner = get_pdf(client, "/kota-contoh/instansi/disdukcapil/banner.pdf?format=x-banner")
    assert images_on_first_page(banner) == 1
    response = client.post(f"/staff/agencies/{dukcapil}/logo", data={"remove": "1"})
    assert response.status_code == 303
    with app.app_context():
        assert db.session.get(Agency, dukcapil).logo is None
        assert db.session.scalar(select(func.count()).select_from(Logo)) == 0
        actions = db.session.execute(select(func.count()).where(
            AuditEntry.action == "logo_changed")).scalar_one()
        assert actions == 2


def test_unknown_logo_is_404(client):
    assert client.get("/logo/999999").status_code == 404


# --- nothing is fetched while printing


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server name
        Recorder.requests.append(self.path)
        self.send_response(302)
        self.send_header("Location", "http://127.0.0.1:5432/")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_printing_fetches_nothing_but_data_uris(ctx, tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    secret = tmp_path / "secret.png"
    secret.write_bytes(png())
    try:
        url = f"http://127.0.0.1:{server.server_port}/logo.png"
        inline = base64.b64encode(png()).decode()
        html = (f'<html><body><p>Poster</p><img src="{url}"><img src="file://{secret}">'
                f'<img src="data:image/png;base64,{inline}">'
                f'<link rel="stylesheet" href="{url}.css"></body></html>')
        started = time.monotonic()
        pdf, pages = posters.html_to_pdf(html)
        assert time.monotonic() - started < 10
    finally:
        server.shutdown()
    assert pages == 1 and Recorder.requests == []
    assert images_on_first_page(pdf) == 1  # the data: URI only
    with pytest.raises(ValueError):
        engine._fetcher().fetch(url)


# --- the cache


@pytest.fixture
def cache_app(databases, tmp_path):
    yield from make_app(databases, "demo", POSTER_DIR=str(tmp_path / "posters"))


def cached_files(app) -> list[Path]:
    return sorted(Path(app.config["POSTER_DIR"], "cache").glob("*.pdf"))


def test_the_cache_is_keyed_by_content_not_by_host(cache_app):
    client = cache_app.test_client()
    first = client.get(POSTER, headers={"Host": "127.0.0.1:5000"})
    second = client.get(POSTER, headers={"Host": "evil.example"})
    assert first.status_code == second.status_code == 200
    assert first.data == second.data
    assert len(cached_files(cache_app)) == 1
    assert "registry.test/v/" in text_layer(first.data)


def test_the_cache_is_pruned_oldest_first(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    for age, name in enumerate(("newest", "middle", "oldest")):
        path = folder / f"{name}.pdf"
        path.write_bytes(b"x" * 1000)
        moment = time.time() - 100 * age
        os.utime(path, (moment, moment))
    (folder / "not-a-poster.tmp").write_bytes(b"x" * 5000)
    assert posters.prune_cache(str(folder), 2000) == 1
    assert sorted(p.name for p in folder.glob("*.pdf")) == ["middle.pdf", "newest.pdf"]
    assert posters.prune_cache(str(folder), 0) == 2
    assert posters.prune_cache(str(tmp_path / "missing"), 0) == 0


@pytest.fixture
def small_cache_app(databases, tmp_path):
    # Room for about one A4 poster (~21 KiB).
    yield from make_app(databases, "demo", POSTER_DIR=str(tmp_path / "posters"),
                        POSTER_CACHE_MAX_MB=0.03)


def test_a_full_cache_keeps_the_newest_posters(small_cache_app):
    client = small_cache_app.test_client()
    for slug in ("ktp-el", "kia", "akta-kelahiran"):
        get_pdf(client, f"/kota-contoh/layanan/{slug}/poster.pdf")
        time.sleep(0.01)
    files = cached_files(small_cache_app)
    assert 1 <= len(files) < 3
    assert sum(p.stat().st_size for p in files) <= 0.03 * 1024 * 1024


@pytest.fixture
def unwritable_cache_app(databases, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    yield from make_app(databases, "demo", POSTER_DIR=str(blocker))


def test_an_unwritable_cache_still_serves_the_poster(unwritable_cache_app):
    client = unwritable_cache_app.test_client()
    first = get_pdf(client, POSTER)
    assert "KTP-el" in text_layer(first)
    assert get_pdf(client, POSTER)[:5] == b"%PDF-"
