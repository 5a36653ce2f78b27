"""National search (issue 12 item 3): the public search page's scope choice and the API's
search without a region find services of every region; region scope only its own."""
import re

import pytest

from registry.extensions import db
from registry.models import Agency, Region
from registry.services import catalogue, standards
from registry.services.accounts import user_by_email
from registry.services.schedule import region_today


@pytest.fixture
def two_regions(ctx):
    """The demo region and "Kota Lain" (WIT), which publishes a KTP-el of its own."""
    other = Region(slug="kota-lain", name="Kota Lain", timezone="Asia/Jayapura")
    agency = Agency(region=other, slug="disdukcapil", name="Disdukcapil Kota Lain",
                    short_name="Disdukcapil")
    db.session.add_all([other, agency])
    db.session.flush()
    admin = user_by_email("admin@contoh.go.id")
    service, draft = catalogue.create_service(
        agency, {"name": "KTP-el", "category": "kependudukan", "synonyms": "e-KTP"}, admin)
    values = {**standards.snapshot(draft), "product": "KTP-el", "completion_value": 2,
              "completion_unit": "working_days", "fee_lines": [{"kind": "free"}]}
    standards.save_draft(draft, values, draft.revision, admin)
    standards.submit(draft, admin)
    today = region_today(other)
    standards.approve(draft, admin, today, today)
    db.session.commit()
    return other


def results(response):
    """(service link, region link or None, meta text) of each listed service."""
    html = response.get_data(as_text=True)
    items = re.findall(r"<li>(.*?)</li>", html.split('<ul class="services">', 1)[1]
                       .split("</ul>", 1)[0], flags=re.S)
    return [re.findall(r'href="([^"]+)"', item) for item in items]


def test_the_search_page_offers_the_scope_as_a_plain_form_field(client, two_regions):
    html = client.get("/kota-contoh/cari?q=ktp").get_data(as_text=True)
    assert '<input type="radio" name="scope" value="region" checked> Kota Contoh' in html
    assert '<input type="radio" name="scope" value="national"> Semua wilayah' in html
    html = client.get("/kota-contoh/cari?q=ktp&scope=national").get_data(as_text=True)
    assert '<input type="radio" name="scope" value="national" checked> Semua wilayah' in html


def test_region_scope_lists_only_the_region_and_national_scope_both(client, two_regions):
    region_only = client.get("/kota-contoh/cari?q=e-ktp")
    assert results(region_only) == [["/kota-contoh/layanan/ktp-el"],
                                    ["/kota-contoh/layanan/kia"]]
    national = client.get("/kota-contoh/cari?q=e-ktp&scope=national")
    assert results(national) == [["/kota-contoh/layanan/ktp-el", "/kota-contoh/"],
                                 ["/kota-lain/layanan/ktp-el", "/kota-lain/"],
                                 ["/kota-contoh/layanan/kia", "/kota-contoh/"]]
    assert "3 layanan ditemukan untuk" in national.get_data(as_text=True)
    assert ">Kota Lain</a>" in national.get_data(as_text=True)
    other_home = client.get("/kota-lain/cari?q=e-ktp")
    assert results(other_home) == [["/kota-lain/layanan/ktp-el"]]


def test_the_scope_is_part_of_the_cache_key(client, two_regions):
    first = client.get("/kota-contoh/cari?q=e-ktp&scope=national")
    again = client.get("/kota-contoh/cari?q=e-ktp&scope=national")
    region_only = client.get("/kota-contoh/cari?q=e-ktp")
    assert again.headers["ETag"] == first.headers["ETag"]
    assert region_only.headers["ETag"] != first.headers["ETag"]
    assert len(results(region_only)) == 2 and len(results(again)) == 3


def test_the_api_searches_every_region_without_region(client, two_regions):
    body = client.get("/api/v1/services?q=e-ktp").get_json()
    assert body["region"] is None
    assert body["total"] == 3
    assert [(i["region_slug"], i["slug"], i["fee"]["summary"], i["completion_time"])
            for i in body["items"]] == [
        ("kota-contoh", "ktp-el", "Gratis", {"value": 60, "unit": "minutes"}),
        ("kota-lain", "ktp-el", "Gratis", {"value": 2, "unit": "working_days"}),
        ("kota-contoh", "kia", "Gratis", {"value": 1, "unit": "working_days"})]
    assert body["items"][1]["url"] == "http://registry.test/kota-lain/layanan/ktp-el"
    one = client.get("/api/v1/services?q=e-ktp&region=kota-lain").get_json()
    assert one["region"] == "kota-lain"
    assert [(i["region_slug"], i["slug"]) for i in one["items"]] == [("kota-lain", "ktp-el")]


def test_the_api_national_search_pages_and_filters(client, two_regions):
    first = client.get("/api/v1/services?q=e-ktp&per_page=2").get_json()
    assert [(i["region_slug"], i["slug"]) for i in first["items"]] == [
        ("kota-contoh", "ktp-el"), ("kota-lain", "ktp-el")]
    assert first["total"] == 3
    assert first["next"] == "http://registry.test/api/v1/services?q=e-ktp&per_page=2&page=2"
    second = client.get("/api/v1/services?q=e-ktp&per_page=2&page=2").get_json()
    assert [(i["region_slug"], i["slug"]) for i in second["items"]] == [("kota-contoh", "kia")]
    assert second["next"] is None
    # Kota Lain's KTP-el takes 2 working days: filtered out, whichever region it is in.
    quick = client.get("/api/v1/services?q=e-ktp&max_working_days=1").get_json()
    assert [(i["region_slug"], i["slug"]) for i in quick["items"]] == [
        ("kota-contoh", "ktp-el"), ("kota-contoh", "kia")]
    assert quick["total"] == 2


def test_without_words_or_with_an_agency_a_region_is_still_required(client, two_regions):
    for url in ("/api/v1/services", "/api/v1/services?q=ktp&agency=disdukcapil"):
        response = client.get(url)
        assert response.status_code == 400
        assert response.get_json()["error"]["code"] == "missing_parameter"
