"""Uploaded logos: PNGs are checked, SVGs rebuilt from an allow-list; nothing is fetched."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from registry.services.logos import MAX_BYTES, LogoRefused, clean_logo

SVG = "http://www.w3.org/2000/svg"


def png(width: int = 40, height: int = 20) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (179, 38, 30)).save(out, format="PNG")
    return out.getvalue()


HOSTILE_SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     viewBox="0 0 100 50" width="100" height="50" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <style>@import url(http://127.0.0.1:8080/x.css); .a { fill: red }</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#b3261e"/></linearGradient></defs>
  <rect x="0" y="0" width="100" height="50" fill="url(#g)" onclick="steal()"
        style="stroke: blue; fill: url(http://169.254.169.254/latest/meta-data)"/>
  <image href="http://127.0.0.1:5432/" width="10" height="10"/>
  <use xlink:href="http://example.com/sprite.svg#logo"/>
  <use href="#g"/>
  <foreignObject><p xmlns="http://www.w3.org/1999/xhtml">html</p></foreignObject>
  <a href="javascript:alert(1)"><text x="5" y="40">Kota <tspan>Contoh</tspan> raya</text></a>
  <inkscape:stuff/>
  <text x="5" y="20" font-family="DejaVu Sans" inkscape:label="x">Kota Contoh</text>
</svg>"""


def test_png_is_kept_as_it_is():
    data = png()
    assert clean_logo(data) == ("image/png", data)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n" + b"x" * (MAX_BYTES + 1), "too_large"),
    (b"\x89PNG\r\n\x1a\nnot really a png", "broken"),
    (b"GIF89a\x01\x00\x01\x00", "type"),
    (b"<html><body>not svg</body></html>", "type"),
    (b"plain text", "type"),
])
def test_what_cannot_be_a_logo_is_refused_with_a_reason(data, reason):
    with pytest.raises(LogoRefused) as refused:
        clean_logo(data)
    assert refused.value.reason == reason


def test_a_png_too_many_pixels_wide_is_refused():
    with pytest.raises(LogoRefused) as refused:
        clean_logo(png(4001, 10))
    assert refused.value.reason == "too_large"


def test_svg_entities_and_doctypes_are_refused():
    billion_laughs = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
                      b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                      b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>')
    external = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>')
    for data in (billion_laughs, external):
        with pytest.raises(LogoRefused) as refused:
            clean_logo(data)
        assert refused.value.reason == "type"


def test_svg_keeps_the_drawing_and_loses_scripts_handlers_and_outside_references():
    mimetype, clean = clean_logo(HOSTILE_SVG)
    assert mimetype == "image/svg+xml"
    text = clean.decode()
    for gone in ("script", "onload", "onclick", "alert", "@import", "127.0.0.1",
                 "169.254.169.254", "example.com", "foreignObject", "javascript",
                 "<image", "inkscape", "xhtml"):
        assert gone not in text, gone
    root = ET.fromstring(clean)
    assert root.tag == f"{{{SVG}}}svg" and root.get("viewBox") == "0 0 100 50"
    rect = root.find(f"{{{SVG}}}rect")
    assert rect.get("fill") == "url(#g)" and rect.get("style") == "stroke: blue"
    uses = root.findall(f"{{{SVG}}}use")
    assert [use.get("href") for use in uses] == [None, "#g"]
    assert root.find(f"{{{SVG}}}style").text in ("", None)
    assert root.find(f"{{{SVG}}}text").get("font-family") == "DejaVu Sans"
    assert "".join(root.find(f"{{{SVG}}}text").itertext()) == "Kota Contoh"


def test_an_svg_style_sheet_without_outside_references_is_kept():
    data = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            b'<style>.cls-1 { fill: #b3261e; }</style><path class="cls-1" d="M0 0h10v10z"/>'
            b'</svg>')
    root = ET.fromstring(clean_logo(data)[1])
    assert root.find(f"{{{SVG}}}style").text == ".cls-1 { fill: #b3261e; }"
    assert root.find(f"{{{SVG}}}path").get("d") == "M0 0h10v10z"
