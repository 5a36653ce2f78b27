"""Absolute links - in the API, on posters and in QR codes - from configuration only.

Never from the request: a Host header names whatever the client typed (127.0.0.1 on a
counter PC), and a poster must carry the public address. Production requires
PUBLIC_BASE_URL (config.finish); development falls back to DEVELOPMENT_BASE_URL, and the
print pages say so.
"""
from __future__ import annotations

from typing import Any

from flask import current_app, url_for


def base_url() -> str:
    """Scheme and host of the registry as citizens reach it, without a trailing slash."""
    config = current_app.config
    base: str = config.get("PUBLIC_BASE_URL") or config["DEVELOPMENT_BASE_URL"]
    return base.rstrip("/")


def configured() -> bool:
    """Whether links point at a configured public address (not the development one)."""
    return bool(current_app.config.get("PUBLIC_BASE_URL"))


def absolute(endpoint: str, **values: Any) -> str:
    return base_url() + url_for(endpoint, _external=False, **values)


def development_address() -> str | None:
    """The development address links point at, when they do; None with a public one."""
    return None if configured() else base_url()
