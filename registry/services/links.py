"""Absolute links - pages, API, open data, posters and their QR codes - from configuration
only, never from a request's Host (which names whatever the client typed: 127.0.0.1 on a
counter PC, or a forged name). Production requires PUBLIC_BASE_URL (config.finish);
development points at DEVELOPMENT_BASE_URL, and the print pages say so."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import current_app, url_for


def public_base_url() -> str:
    """Scheme and host of the registry as citizens reach it, without a trailing slash."""
    config = current_app.config
    return str(config.get("PUBLIC_BASE_URL") or config["DEVELOPMENT_BASE_URL"]).rstrip("/")


def configured() -> bool:
    """Whether links point at a configured public address (not the development one)."""
    return bool(current_app.config.get("PUBLIC_BASE_URL"))


def development_address() -> str | None:
    """The development address links point at, when they do; None with a public one."""
    return None if configured() else public_base_url()


def absolute(base_url: str, endpoint: str, **values: Any) -> str:
    return base_url.rstrip("/") + url_for(endpoint, **values)


def web_address(value: str | None) -> str | None:
    """A typed-in address fit for a `uri` field: absolute http(s) and no spaces, else None."""
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace()
                                                                       for c in value):
        return None
    return value


def email_address(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value.count("@") == 1 and " " not in value and "." in value else None
