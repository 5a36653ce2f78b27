"""Poster rules as plain functions: formats, print records, verification, reprints, text."""
import pytest
from markupsafe import Markup

from registry.extensions import db
from registry.services import posters
from registry.services.catalogue import CODE_ALPHABET, service_by_slug
from registry.services.sheet import service_sheet
from tests.web.test_posters import publish_change


def test_formats_and_languages_are_checked(ctx):
    assert posters.poster_format(None).key == "a4"
    assert posters.poster_format("A3").key == "a3"
    with pytest.raises(posters.PosterError, match='"a5"'):
        posters.poster_format("a5")
    with pytest.raises(posters.PosterError, match="x-banner, roll-up"):
        posters.banner_format("billboard")
    with pytest.raises(posters.PosterError):
        posters.poster_language("en")
    assert posters.BANNER_FORMATS["x-banner"].qr_mm >= 100
    assert all(f.qr_mm >= 30 for f in posters.POSTER_FORMATS.values())


def test_one_print_record_per_version_size_and_language(region):
    service = service_by_slug(region, "ktp-el")
    version = service_sheet(service).version
    first = posters.poster_record(service, version, "a4", "id")
    assert posters.poster_record(service, version, "a4", "id") is first
    other = posters.poster_record(service, version, "a4", "id-en")
    assert other.code != first.code
    assert len(first.code) == 6 and set(first.code) <= set(CODE_ALPHABET)
    assert posters.poster_by_code(first.code.lower()) is first


def test_verification_names_what_changed_and_reprints_list_it(region):
    service = service_by_slug(region, "ktp-el")
    poster = posters.poster_record(service, service_sheet(service).version, "a4", "id")
    db.session.commit()
    assert posters.verify(poster).is_current
    assert posters.posters_to_reprint(region) == []
    new = publish_change(service, amount=10_000, completion=90)
    result = posters.verify(poster)
    assert not result.is_current and result.changed_on == new.effective_from
    assert [(c.label, c.before, c.after) for c in result.changes] == [
        ("Biaya", "Gratis", "Rp10.000"), ("Waktu penyelesaian", "60 menit", "90 menit")]
    [group] = posters.posters_to_reprint(region)
    assert {r.poster.code for row in group.counters for r in row.reprints} == {poster.code}


def test_printable_text_drops_bidi_controls_and_wording_escapes(ctx):
    assert posters.printable("a\u202eb\u2066c\u2069\x07d") == "abc d"
    words = posters.Wording("id-en")
    assert words("Fee") == Markup('Biaya<span class="en" lang="en">Fee</span>')
    assert posters.Wording("id").text("<b>") == Markup("&lt;b&gt;")


def test_poster_colour_must_be_a_hex_colour(region):
    region.poster_color = "red;} body{display:none"
    assert posters.region_colour(region) == posters.DEFAULT_COLOUR
    region.poster_color = "#0b3d6e"
    assert posters.region_colour(region) == "#0b3d6e"


