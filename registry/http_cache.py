"""HTTP caching of what everyone reads alike: rendered public pages and API answers from
the cache (services/cache.py), validators (ETag, Last-Modified, 304), Cache-Control for
public versioned content, fingerprinted static files, and `private, no-store` for
anything personal."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from functools import wraps
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, Response, current_app, g, request
from flask.globals import request_ctx
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response as BaseResponse

from registry.services import cache, catalogue
from registry.services.clock import utc_now

STATIC_MAX_AGE = 365 * 24 * 3600
RegionOf = Callable[[dict[str, Any], MultiDict[str, str]], str]


def session_read() -> bool:
    """Whether this request so far read or wrote the session, i.e. its answer may be
    personal. (Flask's `session` proxy counts asking it as a read.)"""
    opened = request_ctx._session
    return opened is not None and bool(opened.accessed)


def fresh_until(moment: dt.datetime) -> None:
    """A view's answer stops being true at `moment` (e.g. when today's due date moves)."""
    current = getattr(g, "fresh_until", None)
    g.fresh_until = moment if current is None else min(current, moment)


def next_midnight(zone_name: str) -> dt.datetime:
    """The next midnight in a time zone, when that zone's dates (and versions in force)
    change."""
    return _next_midnight(utc_now(), ZoneInfo(zone_name))


def _region_zone(slug: str, generation: str) -> str | None:
    """The time zone of a region (the default one for ""), remembered per generation so a
    cached answer needs no database query."""
    known: dict[tuple[str, str], str | None] = \
        current_app.extensions.setdefault("registry_region_zones", {})
    if (generation, slug) not in known:
        region = catalogue.region_by_slug(slug) if slug else catalogue.default_region()
        if len(known) > 10_000:
            known.clear()
        # No region named and no default one: a national answer (or a refusal, which is
        # never kept), dated in UTC; the view says when its regions' dates change.
        known[(generation, slug)] = region.timezone if region is not None else \
            None if slug else "UTC"
    return known[(generation, slug)]


def _next_midnight(now: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    local = now.astimezone(zone)
    return dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), tzinfo=zone)


def cached(region_of: RegionOf) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Serve a GET from the cache when the same answer was rendered for the same region,
    date, locale, address and generation; else render it and keep it until it expires.
    Every answer (cached or not) gets ETag, Last-Modified and Cache-Control."""
    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def answer(*args: Any, **kwargs: Any) -> Any:
            generation = cache.generation()
            if generation is None:  # the shared cache does not answer: render as without
                return view(*args, **kwargs)
            zone_name = _region_zone(region_of(request.view_args or {}, request.args)[:200],
                                     generation)
            if zone_name is None:  # no such region: the view says so (not cached)
                return view(*args, **kwargs)
            from registry.web import select_locale

            now = utc_now()
            zone = ZoneInfo(zone_name)
            key = cache.key(generation, zone_name, now.astimezone(zone).date(),
                            select_locale(), request.path, request.query_string.decode())
            entry = cache.get(key) if cache.enabled() else None
            if entry is None:
                g.fresh_until = None
                response = current_app.make_response(view(*args, **kwargs))
                if response.status_code != 200 or session_read() or \
                        response.direct_passthrough:
                    return response
                ends = [now + dt.timedelta(seconds=int(current_app.config["CACHE_TTL"])
                                           or int(current_app.config["HTTP_MAX_AGE"])),
                        _next_midnight(now, zone)]
                expires = min(ends + ([g.fresh_until] if g.fresh_until else []))
                entry = cache.Entry(200, [(k, v) for k, v in response.headers.items()
                                          if k.lower() in ("content-type", "link",
                                                           "content-disposition")],
                                    response.get_data(), now, expires)
                if cache.enabled():
                    cache.put(key, entry)
            return conditional(entry, now)
        return answer
    return decorate


def conditional(entry: cache.Entry, now: dt.datetime) -> BaseResponse:
    """The entry as a response with its validators; 304 when the client has it."""
    response = Response(entry.body, entry.status, headers=entry.headers)
    response.set_etag(entry.etag)
    response.last_modified = entry.created.replace(microsecond=0)
    remaining = int((entry.expires - now).total_seconds())
    config = current_app.config
    max_age = max(0, min(int(config["HTTP_MAX_AGE"]), remaining))
    stale = max(0, min(int(config["HTTP_STALE_WHILE_REVALIDATE"]), remaining - max_age))
    response.headers["Cache-Control"] = f"public, max-age={max_age}" + (
        f", stale-while-revalidate={stale}" if stale else "")
    return response.make_conditional(request)


def public_region(view_args: dict[str, Any], _args: MultiDict[str, str]) -> str:
    return str(view_args.get("region_slug", ""))


def api_region(view_args: dict[str, Any], args: MultiDict[str, str]) -> str:
    """The API names its region in the path or `region`; none means the default one."""
    return str(view_args.get("region") or args.get("region") or "")


# --- Static files: the content's hash in every URL, so they can be kept for a year.

def static_fingerprint(filename: str) -> str | None:
    folder = current_app.static_folder
    if folder is None:
        return None
    path = os.path.join(folder, filename)
    try:
        stat = os.stat(path)
    except OSError:
        return None
    known: dict[tuple[str, int], str] = \
        current_app.extensions.setdefault("registry_static_hashes", {})
    if (path, stat.st_mtime_ns) not in known:
        with open(path, "rb") as found:
            known[(path, stat.st_mtime_ns)] = hashlib.sha256(found.read()).hexdigest()[:12]
    return known[(path, stat.st_mtime_ns)]


def add_fingerprint(endpoint: str, values: dict[str, Any]) -> None:
    if endpoint == "static" and "filename" in values and "v" not in values:
        fingerprint = static_fingerprint(values["filename"])
        if fingerprint:
            values["v"] = fingerprint


def cache_policy(response: Response) -> Response:
    """Static files of the current fingerprint: a year, immutable. Anything that read the
    session or sets a cookie, and every staff page: private, no-store."""
    if request.endpoint == "static" and response.status_code in (200, 304):
        filename = (request.view_args or {}).get("filename", "")
        if request.args.get("v") and request.args.get("v") == static_fingerprint(filename):
            response.headers["Cache-Control"] = f"public, max-age={STATIC_MAX_AGE}, immutable"
            response.expires = None
        return response
    if session_read() or "Set-Cookie" in response.headers or request.blueprint == "staff":
        response.headers["Cache-Control"] = "private, no-store"
    return response


def init_app(app: Flask) -> None:
    cache.init_app(app)
    cache.watch_commits()
    app.url_defaults(add_fingerprint)
    app.after_request(cache_policy)
