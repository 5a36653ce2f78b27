"""The one clock of the read path: pages, caches and due dates ask it for "now".

Tests (and a server replaying a moment) set `CLOCK` in the app config to a callable
returning an aware UTC datetime; without it this is the system clock.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from flask import current_app, has_app_context


def utc_now() -> dt.datetime:
    override: Callable[[], dt.datetime] | None = (
        current_app.config.get("CLOCK") if has_app_context() else None)
    return override() if override is not None else dt.datetime.now(dt.UTC)
