"""The open-data mapping, called directly: ids, durations, amounts, paging, dates, links."""
import datetime as dt
import uuid

import pytest

from registry.models import FeeLine, StandardVersion
from registry.services import hsds, links, standard_text
from registry.services.catalogue import agency_by_slug, service_by_slug


def test_ids_are_uuid5_of_a_fixed_namespace_and_the_slugs(region):
    ktp = service_by_slug(region, "ktp-el")
    expected = uuid.uuid5(uuid.UUID("3d0f5a53-8c1e-5b7e-9f0c-2b6a4e1d7c90"),
                          "kota-contoh/service/ktp-el")
    assert hsds.service_id(ktp) == str(expected) == "4e8f66de-d93c-5f85-979e-5cd106a5926f"
    assert hsds.organization_id(agency_by_slug(region, "disdukcapil")) == \
        "31d715cd-2a82-5fa2-8ef2-e0fb9610a846"
    assert str(ktp.id) not in hsds.service_id(ktp).split("-")


@pytest.mark.parametrize("value, unit, expected", [
    (60, "minutes", "PT60M"), (2, "hours", "PT2H"), (5, "working_days", "P5D"),
    (28, "calendar_days", "P28D"),
])
def test_completion_time_as_iso_8601(value, unit, expected):
    version = StandardVersion(completion_value=value, completion_unit=unit)
    assert standard_text.iso_duration(version) == expected


def test_working_days_are_explained_in_words(ctx):
    version = StandardVersion(completion_value=5, completion_unit="working_days")
    assert standard_text.completion_text(version) == (
        "5 hari kerja (hari kerja tidak termasuk akhir pekan, hari libur nasional, cuti "
        "bersama dan hari libur daerah)")


@pytest.mark.parametrize("line, amount", [
    (FeeLine(kind="free"), 0), (FeeLine(kind="fixed", amount=25000), 25000),
    (FeeLine(kind="per_unit", amount=2500, unit="lembar"), 2500),
    (FeeLine(kind="range", amount=50000, amount_max=1500000), None),
    (FeeLine(kind="formula", regulation="Perda 1/2024"), None),
])
def test_a_fee_line_has_one_amount_or_none(line, amount):
    assert hsds.fee_amount(line) == amount


def test_incidental_costs_say_they_are_paid_elsewhere(ctx):
    line = FeeLine(kind="fixed", amount=10000, label="Materai", regulation="UU 10/2020",
                   incidental=True)
    assert standard_text.fee_line_text(line) == \
        "Materai: Rp10.000 (UU 10/2020) (bukan biaya kantor ini)"


@pytest.mark.parametrize("text, expected", [
    ("2026-10-01", dt.datetime(2026, 10, 1, tzinfo=dt.UTC)),
    ("2026-10-01T08:00:00+07:00", dt.datetime(2026, 10, 1, 1, tzinfo=dt.UTC)),
    ("2026-10-01T08:00:00Z", dt.datetime(2026, 10, 1, 8, tzinfo=dt.UTC)),
])
def test_modified_after_reads_iso_8601_and_a_missing_offset_is_utc(text, expected):
    assert hsds.parse_moment(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "2026-02-30", "", "1/10/2026"])
def test_modified_after_refuses_what_is_not_iso_8601(text):
    with pytest.raises(ValueError):
        hsds.parse_moment(text)


def test_timestamps_have_milliseconds_in_utc():
    moment = dt.datetime(2026, 10, 1, 8, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert hsds.timestamp(moment) == "2026-10-01T01:00:00.123Z"


def test_paging_an_empty_list():
    fields, chunk = hsds.page_of([], 1, 20)
    assert chunk == [] and fields == {"total_items": 0, "total_pages": 0, "page_number": 1,
                                      "size": 0, "first_page": True, "last_page": True,
                                      "empty": True}


@pytest.mark.parametrize("value, expected", [
    ("https://oss.go.id", "https://oss.go.id"), ("www.oss.go.id", None),
    ("javascript:alert(1)", None), ("https://a b.go.id", None), (None, None),
])
def test_only_absolute_web_addresses_become_links(value, expected):
    assert links.web_address(value) == expected


def test_office_hours_are_grouped_by_equal_spans(region):
    groups = standard_text.hour_groups(agency_by_slug(region, "disdukcapil"))
    assert groups == [([0, 1, 2, 3], (dt.time(8), dt.time(15, 30))),
                      ([4], (dt.time(8), dt.time(16)))]


def test_base_url_comes_from_configuration(ctx):
    ctx.config["PUBLIC_BASE_URL"] = "https://layanan.contoh.go.id/"
    assert links.public_base_url() == "https://layanan.contoh.go.id"
    assert links.development_address() is None
    # Unset (development only: production refuses to start), never the Host or SERVER_NAME.
    ctx.config["PUBLIC_BASE_URL"] = None
    assert links.public_base_url() == links.development_address() == "http://127.0.0.1:5000"
