"""One tap: the exact links built from contact text, and nothing for text that is none."""
import pytest

from registry.services import contact


@pytest.mark.parametrize(("text", "kind", "href"), [
    ("0800-0000-2026", "phone", "tel:080000002026"),
    ("(0000) 123-499", "phone", "tel:0000123499"),
    ("+62 21 555 0100", "phone", "tel:+62215550100"),
    ("Call center 198", "kpk", "tel:198"),
    ("SMS 1708", "lapor", "sms:1708"),
    ("sms ke 1708", "phone", "sms:1708"),
    ("0812-0000-1234", "whatsapp", "https://wa.me/6281200001234"),
    ("+62 812 0000 1234", "whatsapp", "https://wa.me/6281200001234"),
    ("pengaduan.disdik@contoh.go.id", "email", "mailto:pengaduan.disdik@contoh.go.id"),
    ("MPP Kota Contoh, Lantai 1", "desk", None),
    ("Loket pengaduan", "phone", None),
    ("", "phone", None),
    ('"><script>@x.y', "email", None),
])
def test_contact_href(text, kind, href):
    assert contact.contact_href(text, kind) == href


def test_map_search_encodes_the_address_from_the_configured_template(ctx):
    assert contact.map_href("Jl. Merdeka No. 1, Kota Contoh") == (
        "https://www.openstreetmap.org/search?query=Jl.%20Merdeka%20No.%201%2C%20Kota%20Contoh")
    ctx.config["MAP_SEARCH_URL"] = "https://maps.example.id/?q={query}&z=17"
    assert contact.map_href('A "B" <C>&D') == "https://maps.example.id/?q=A%20%22B%22%20%3CC%3E%26D&z=17"
    assert contact.map_href("   ") is None


def test_a_map_template_that_is_not_https_with_one_query_is_refused():
    from registry.config import ConfigurationError, finish

    for bad in ("http://maps.example.id/?q={query}", "https://maps.example.id/",
                "javascript:alert({query})", "https://x.id/?q={query}\"onmouseover="):
        with pytest.raises(ConfigurationError):
            finish({"MAP_SEARCH_URL": bad}, production=False)


def test_footer_reporting_links_default_to_lapor_and_kpk():
    links = contact.reporting_links(None)
    assert [(link.name, link.href, link.contact, link.contact_href) for link in links] == [
        ("LAPOR!", "https://www.lapor.go.id/", "SMS 1708", "sms:1708"),
        ("KPK", "https://gol.kpk.go.id/", "198", "tel:198"),
    ]
