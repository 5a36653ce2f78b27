"""QR codes for print: error correction M, a 4-module quiet zone, vector SVG or PNG.

qrcode's SVG path images all carry the same element id, so a page that shows several
embeds each as a data: URI image rather than inline SVG.
"""
from __future__ import annotations

import base64
import io

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.image.svg import SvgPathImage

QUIET_ZONE_MODULES = 4


def _code(data: str) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE_MODULES,
                         box_size=10)
    code.add_data(data)
    code.make(fit=True)
    return code


def qr_svg(data: str) -> bytes:
    """A vector QR code; its size is set where it is placed."""
    image = _code(data).make_image(image_factory=SvgPathImage)
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()


def qr_png(data: str, box_size: int = 20) -> bytes:
    """A raster QR code for print shops that want pixels (20 px per module by default)."""
    code = _code(data)
    code.box_size = box_size
    out = io.BytesIO()
    code.make_image().save(out, format="PNG")
    return out.getvalue()


def qr_data_uri(data: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(data)).decode("ascii")

