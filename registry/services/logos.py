"""Region and agency logos: uploaded files checked here, kept in the database, printed
as data: URIs. Nothing is ever fetched from an address.

PNGs must decode as PNG within a size limit. SVGs are parsed without DTDs or entities
(defusedxml) and rebuilt from an allow-list of drawing elements and attributes: scripts,
event handlers, foreign content, embedded images and every reference outside the file
(`href`, `url(...)`, CSS imports) are dropped.
"""
from __future__ import annotations

import base64
import hashlib
import io
import re
import xml.etree.ElementTree as ET  # noqa: N817 - only to build and write the clean tree

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from registry.extensions import db
from registry.models import Agency, Logo, Region, User
from registry.services.audit import record

MAX_BYTES = 512 * 1024
MAX_PIXELS_SIDE = 4000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
ALLOWED_ELEMENTS = frozenset({
    "svg", "g", "defs", "title", "desc", "symbol", "use", "path", "rect", "circle",
    "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient",
    "radialGradient", "stop", "clipPath", "mask", "pattern", "style",
})
ALLOWED_ATTRIBUTES = frozenset({
    "id", "class", "style", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx",
    "ry", "fx", "fy", "fr", "dx", "dy", "width", "height", "viewBox", "preserveAspectRatio",
    "points", "transform", "version", "fill", "fill-opacity", "fill-rule", "stroke",
    "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "clip-path",
    "clip-rule", "mask", "offset", "stop-color", "stop-opacity", "gradientUnits",
    "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits",
    "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "font-family",
    "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
    "letter-spacing", "textLength", "lengthAdjust", "display", "visibility", "color", "href",
    f"{{{XLINK}}}href", f"{{{XML}}}space",
})
# url(#id) points inside the file; any other url(...) would be fetched.
OUTSIDE_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)
# At-rules (@import, @font-face) and CSS escapes (which could spell "url" in disguise).
UNSAFE_CSS = re.compile(r"@|\\|expression\s*\(|javascript:", re.IGNORECASE)


class LogoRefused(ValueError):
    """The upload cannot be a logo; `reason` is empty, too_large, type or broken."""

    def __init__(self, reason: str):
        super().__init__(f"logo refused: {reason}")
        self.reason = reason


def clean_logo(data: bytes) -> tuple[str, bytes]:
    """The logo's media type and the bytes to keep: a checked PNG or a rebuilt SVG."""
    if not data:
        raise LogoRefused("empty")
    if len(data) > MAX_BYTES:
        raise LogoRefused("too_large")
    if data.startswith(PNG_SIGNATURE):
        return "image/png", _checked_png(data)
    return "image/svg+xml", _clean_svg(data)


def _checked_png(data: bytes) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                raise LogoRefused("type")
            if max(image.size) > MAX_PIXELS_SIDE:
                raise LogoRefused("too_large")
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        if isinstance(error, LogoRefused):
            raise
        raise LogoRefused("broken") from error
    return data


def _clean_svg(data: bytes) -> bytes:
    try:
        root: ET.Element = fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ET.ParseError) as error:
        raise LogoRefused("type") from error
    if root.tag != f"{{{SVG}}}svg":
        raise LogoRefused("type")
    _clean_element(root)
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", XLINK)
    clean: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return clean


def _clean_element(element: ET.Element) -> None:
    for child in list(element):
        if not _allowed_element(child):
            element.remove(child)
            continue
        _clean_element(child)
    for name, value in list(element.attrib.items()):
        if name == "style":
            element.set(name, _clean_declarations(value))  # keep the harmless part
        elif not _allowed_attribute(name, value):
            del element.attrib[name]
    if element.tag == f"{{{SVG}}}style":
        css = element.text or ""
        element.text = "" if UNSAFE_CSS.search(css) or OUTSIDE_URL.search(css) else css


def _allowed_element(element: ET.Element) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""  # comments, instructions
    return tag.startswith(f"{{{SVG}}}") and tag.split("}", 1)[1] in ALLOWED_ELEMENTS


def _allowed_attribute(name: str, value: str) -> bool:
    if name not in ALLOWED_ATTRIBUTES:
        return False
    if name in ("href", f"{{{XLINK}}}href"):
        return value.strip().startswith("#")
    return not OUTSIDE_URL.search(value) and not UNSAFE_CSS.search(value)


def _clean_declarations(style: str) -> str:
    return ";".join(part for part in style.split(";")
                    if part.strip() and not OUTSIDE_URL.search(part)
                    and not UNSAFE_CSS.search(part))


def data_uri(logo: Logo | None) -> str | None:
    """The logo as a data: URI, the only form a poster may load it in."""
    if logo is None:
        return None
    return f"data:{logo.mimetype};base64," + base64.b64encode(logo.data).decode("ascii")


def set_logo(owner: Region | Agency, data: bytes | None, by: User) -> None:
    """Replace (or with None remove) the logo of a region or an agency; audited."""
    before = owner.logo.sha256 if owner.logo else None
    old = owner.logo
    if data is None:
        owner.logo = None
    else:
        mimetype, clean = clean_logo(data)
        owner.logo = Logo(mimetype=mimetype, data=clean,
                          sha256=hashlib.sha256(clean).hexdigest())
    if old is not None:
        db.session.delete(old)
    db.session.flush()
    region_id = owner.id if isinstance(owner, Region) else owner.region_id
    record("logo_changed", owner, user=by, region_id=region_id,
           agency_id=owner.id if isinstance(owner, Agency) else None,
           before={"logo": before}, after={"logo": owner.logo.sha256 if owner.logo else None})
