"""Protection of the citizens' experience form without a session.

The form sits on every service page, and those pages are cached and shared: a per-visitor
CSRF token (kept in a session cookie) would make each page personal. Instead the form
carries a token per service and day (region time), an HMAC made with SECRET_KEY, the same
for everyone that day; a POST must bring today's or yesterday's (a page may be filled in
across midnight). What stops another site from posting through a visitor's browser is the
browser itself: every cross-origin POST carries an `Origin` (or `Referer`, or
`Sec-Fetch-Site`) naming the other site, and such a POST is refused.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from urllib.parse import urlsplit

from flask import current_app, request

from registry.models import Region, Service
from registry.services.links import public_base_url
from registry.services.schedule import region_today

FIELD = "csrf_token"


def token(service: Service, day: dt.date) -> str:
    message = f"experience|{service.id}|{day.isoformat()}".encode()
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:40]


def page_token(service: Service, region: Region) -> str:
    """The token a service page renders today."""
    return token(service, region_today(region))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def cross_origin() -> bool:
    """Whether the browser says this request comes from another site. A request naming no
    origin at all is not a browser's cross-site POST (browsers always name it)."""
    ours = {_origin(public_base_url()), _origin(request.host_url)}
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin == "null" or _origin(origin) not in ours
    referrer = request.headers.get("Referer")
    if referrer:
        return _origin(referrer) not in ours
    return request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none")


def refused(service: Service, region: Region) -> bool:
    """A POST of the form to refuse (400): from another site, or without a valid token
    (the token is checked unless WTF_CSRF_ENABLED is off, as for every other form)."""
    if cross_origin():
        return True
    if not current_app.config.get("WTF_CSRF_ENABLED", True):
        return False
    sent = request.form.get(FIELD, "")
    today = region_today(region)
    return not any(hmac.compare_digest(sent, token(service, day))
                   for day in (today, today - dt.timedelta(days=1)))
