"""Absolute links in open data: built from configuration, never from a request's Host."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import current_app, url_for

# `make run` serves here; production sets PUBLIC_BASE_URL.
DEVELOPMENT_BASE_URL = "http://127.0.0.1:5000"


def public_base_url() -> str:
    """PUBLIC_BASE_URL, else SERVER_NAME: a forged Host header must not reach open data."""
    config = current_app.config
    if config.get("PUBLIC_BASE_URL"):
        return str(config["PUBLIC_BASE_URL"]).rstrip("/")
    if config.get("SERVER_NAME"):
        return f"{config.get('PREFERRED_URL_SCHEME') or 'http'}://{config['SERVER_NAME']}"
    return DEVELOPMENT_BASE_URL


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
