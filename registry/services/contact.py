"""One tap: the link a phone opens for a contact - call, SMS, WhatsApp, e-mail, map.

The one place links are built from contact text. Every href comes from a fixed scheme
or a configured template with the value URL-encoded, and the templates render it as
an attribute value (escaped), never as HTML; text that is no number or address gets no
link at all rather than a guessed one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from flask import current_app, has_app_context

# A phone number as people write it: digits with spaces, dots, dashes or brackets,
# optionally "+62". Short service numbers (198, 1708) count.
_NUMBER = re.compile(r"\+?\(?\d[\d\s().-]{1,22}\d")
_SMS = re.compile(r"\bSMS\b(?:\s+ke)?\s*:?\s*(\d{3,6})\b", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")
DEFAULT_MAP_SEARCH = "https://www.openstreetmap.org/search?query={query}"


@dataclass(frozen=True)
class ReportingLink:
    """A national reporting channel for the footer of every page: its site and number."""

    name: str
    href: str
    text: str
    contact: str
    contact_href: str | None


# SP4N-LAPOR! and KPK's gratification reporting (domain.md); a region's channels of the
# same kinds replace these where the region sets its own.
NATIONAL_REPORTING = {
    "lapor": ReportingLink("LAPOR!", "https://www.lapor.go.id/", "lapor.go.id",
                           "SMS 1708", "sms:1708"),
    "kpk": ReportingLink("KPK", "https://gol.kpk.go.id/", "gol.kpk.go.id",
                         "198", "tel:198"),
}


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def tel_href(text: str) -> str | None:
    """ "tel:081200001234" for the first phone number in `text` ("+62" kept)."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    number = digits(match.group())
    if len(number) < 3:
        return None
    return f"tel:{'+' if match.group().startswith('+') else ''}{number}"


def whatsapp_href(text: str) -> str | None:
    """ "https://wa.me/6281200001234": wa.me wants the international number, digits only;
    an Indonesian "0812..." becomes "62812..."."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    number = digits(match.group())
    if number.startswith("0"):
        number = "62" + number[1:]
    if len(number) < 8:
        return None
    return f"https://wa.me/{number}"


def sms_href(text: str) -> str | None:
    """ "sms:1708" for "SMS 1708"."""
    match = _SMS.search(text)
    return f"sms:{match.group(1)}" if match else None


def mailto_href(text: str) -> str | None:
    value = text.strip()
    return f"mailto:{quote(value, safe='@.+-_')}" if _EMAIL.match(value) else None


def contact_href(text: str | None, kind: str = "phone") -> str | None:
    """The link a tap on a contact should open, by the channel's kind, else None.

    Kinds as channels store them: "whatsapp", "email", "phone", "lapor" (SMS 1708),
    "kpk" (call centre 198); any other kind still links an e-mail address, an "SMS n"
    or a phone number written in its text. Desks and addresses get no tel: link.
    """
    text = (text or "").strip()
    if not text:
        return None
    if kind == "whatsapp":
        return whatsapp_href(text)
    if kind == "desk":
        return None
    return mailto_href(text) or sms_href(text) or tel_href(text)


def map_href(address: str | None) -> str | None:
    """A map search for an address, from the MAP_SEARCH_URL template ({query} encoded)."""
    address = " ".join((address or "").split())
    if not address:
        return None
    template = DEFAULT_MAP_SEARCH
    if has_app_context():
        template = str(current_app.config.get("MAP_SEARCH_URL") or DEFAULT_MAP_SEARCH)
    return template.replace("{query}", quote(address, safe=""))


def reporting_links(channels: list[Any] | None = None) -> list[ReportingLink]:
    """LAPOR! and KPK for the footer: the region's own channels of those kinds when it
    has them, else the national defaults."""
    by_kind = {c.kind: c for c in channels or []}
    found = []
    for kind, national in NATIONAL_REPORTING.items():
        channel = by_kind.get(kind)
        if channel is None or not channel.url:
            found.append(national)
            continue
        found.append(ReportingLink(
            national.name, channel.url, channel.url.split("//")[-1].rstrip("/"),
            channel.contact, contact_href(channel.contact, kind)))
    return found
