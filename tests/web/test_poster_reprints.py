"""The reprint list: each service once per counter with its last print; test prints
(marked on download) recorded but never listed."""
from __future__ import annotations

import re

from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry, Poster
from registry.posters.printing import render
from registry.services import catalogue, posters
from tests.web.test_posters import get_pdf, publish_change

REPRINTS = "/kota-contoh/poster/cetak-ulang?agency=disdukcapil"


def poster(slug: str, size: str, language: str) -> Poster:
    db.session.expire_all()
    return next(p for p in db.session.scalars(select(Poster))
                if p.service.slug == slug and p.size == size and p.language == language)


def rows(html: str, slug_name: str) -> list[str]:
    return re.findall(r"<tr><td>" + re.escape(slug_name) + r"</td><td>([A-Z0-9]+) ", html)


def test_each_service_is_listed_once_per_counter_with_its_last_print(client, region):
    for url in ("/kota-contoh/layanan/ktp-el/poster.pdf?size=a4",
                "/kota-contoh/layanan/ktp-el/poster.pdf?size=a3",
                "/kota-contoh/layanan/ktp-el/poster.pdf?size=a4&lang=id-en",
                "/kota-contoh/layanan/ktp-el/poster.pdf?size=a4"):  # A4 again: the last print
        get_pdf(client, url)
    a4 = poster("ktp-el", "a4", "id")
    assert a4.last_printed_at > poster("ktp-el", "a4", "id-en").last_printed_at
    service = catalogue.service_by_slug(region, "ktp-el")
    publish_change(service, amount=5_000)
    [group] = posters.posters_to_reprint(region)
    assert {row.counter.name: [r.poster.code for r in row.reprints] for row in group.counters} \
        == {counter.name: [a4.code] for counter in service.counters}
    html = client.get(REPRINTS).get_data(as_text=True)
    assert rows(html, "KTP-el (Kartu Tanda Penduduk Elektronik)") == \
        [a4.code] * len(service.counters)
    assert "Setiap layanan muncul sekali per loket, dengan cetakan terakhirnya; cetakan uji " \
           "tidak dicantumkan." in html


def test_a_test_print_is_recorded_but_never_listed(client, region):
    get_pdf(client, "/kota-contoh/layanan/kia/poster.pdf?test=1")
    test_print = poster("kia", "a4", "id")
    assert test_print.last_printed_at is None
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "poster_printed"))
    assert entry.summary.endswith(f"{test_print.code} test")
    # A test download of a poster already hung up leaves its last print alone.
    get_pdf(client, "/kota-contoh/layanan/ktp-el/poster.pdf")
    printed = poster("ktp-el", "a4", "id").last_printed_at
    get_pdf(client, "/kota-contoh/layanan/ktp-el/poster.pdf?test=1")
    assert poster("ktp-el", "a4", "id").last_printed_at == printed
    publish_change(catalogue.service_by_slug(region, "kia"), amount=5_000)
    publish_change(catalogue.service_by_slug(region, "ktp-el"), amount=5_000)
    listed = {r.poster.service.slug for group in posters.posters_to_reprint(region)
              for row in group.counters for r in row.reprints}
    assert listed == {"ktp-el"}
    html = client.get(REPRINTS).get_data(as_text=True)
    assert "Kartu Identitas Anak" not in html and test_print.code not in html


def test_a_batch_marked_as_a_test_print_is_never_listed(ctx, region):
    services = [catalogue.service_by_slug(region, slug) for slug in ("kia", "ktp-el")]
    posters.batch_pdf(services, "a4", "id", render, test=True)
    db.session.commit()
    assert [p.last_printed_at for p in db.session.scalars(select(Poster))] == [None, None]
    for service in services:
        publish_change(service, amount=5_000)
    assert posters.posters_to_reprint(region) == []


def test_the_batch_form_offers_the_test_mark(client):
    from tests.web.staff_helpers import EDITOR, login

    login(client, EDITOR)
    html = client.get("/kota-contoh/instansi/disdukcapil/poster").get_data(as_text=True)
    assert '<input type="checkbox" id="test" name="test" value="1">' in html
    assert "Cetakan uji (tidak dipasang: tidak masuk daftar cetak ulang)" in html
