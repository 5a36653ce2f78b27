"""The cache of rendered public pages and API answers.

An entry is keyed by everything the answer depends on: the generation (bumped after every
commit that changes published content, so a publication is seen at once by every worker),
the region and its date (the version in force and "handed in today" change at midnight
region time), the locale, and the address with its query. Each entry also carries the
moment it stops being true (`expires`: the next midnight, or the moment today's due date
moves on), checked on every read with the app's clock.

In-process by default; with `CACHE_URL` (redis://...) entries and the generation live in
Redis, shared by every worker and server. Without Redis, workers of one machine share the
generation through a file (`CACHE_GENERATION_FILE`), so a publication in one worker ends
the others' entries too.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Protocol

from flask import Flask, current_app
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from registry.services.clock import utc_now

EXTENSION = "registry_cache"


@dataclass(frozen=True)
class Entry:
    """A rendered answer, as stored."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    created: dt.datetime  # aware UTC
    expires: dt.datetime  # aware UTC
    etag: str = ""  # the body's hash, made once when the entry is made

    def __post_init__(self) -> None:
        if not self.etag:
            object.__setattr__(self, "etag",
                               hashlib.blake2b(self.body, digest_size=16).hexdigest())

    def dump(self) -> bytes:
        head = {"status": self.status, "headers": self.headers, "etag": self.etag,
                "created": self.created.timestamp(), "expires": self.expires.timestamp()}
        return json.dumps(head).encode() + b"\n" + self.body

    @classmethod
    def load(cls, raw: bytes) -> Entry:
        head_raw, body = raw.split(b"\n", 1)
        head = json.loads(head_raw)
        return cls(head["status"], [(k, v) for k, v in head["headers"]], body,
                   dt.datetime.fromtimestamp(head["created"], dt.UTC),
                   dt.datetime.fromtimestamp(head["expires"], dt.UTC), head["etag"])


class Store(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, value: bytes, ttl: int) -> None: ...

    def generation(self) -> str | None: ...

    def bump(self) -> None: ...


class MemoryStore:
    """Entries in this process (least recently used dropped beyond `max_entries`); the
    generation in a file every worker of the machine reads."""

    def __init__(self, generation_file: str, max_entries: int):
        self.generation_file = generation_file
        self.max_entries = max_entries
        self.entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            if found[0] < utc_now().timestamp():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return found[1]

    def put(self, key: str, value: bytes, ttl: int) -> None:
        with self.lock:
            self.entries[key] = (utc_now().timestamp() + ttl, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)

    def generation(self) -> str:
        try:
            with open(self.generation_file, encoding="ascii") as found:
                return found.read().strip()
        except OSError:  # none yet (or unreadable): entries of this process still count
            return ""

    def bump(self) -> None:
        os.makedirs(os.path.dirname(self.generation_file) or ".", exist_ok=True)
        # Written aside and renamed, so a reader never sees half a token.
        temporary = f"{self.generation_file}.{os.getpid()}.{threading.get_ident()}"
        with open(temporary, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(8))
        os.replace(temporary, self.generation_file)
        with self.lock:
            self.entries.clear()


class RedisStore:
    """Entries and the generation in Redis, under `prefix`. A Redis that does not answer
    is a miss (pages are rendered from the database), never an error page."""

    def __init__(self, url: str, prefix: str):
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
        self.prefix = prefix
        self.errors = (redis.RedisError,)

    def get(self, key: str) -> bytes | None:
        try:
            value = self.client.get(self.prefix + key)
        except self.errors as error:
            current_app.logger.warning("cache: Redis did not answer: %s", error)
            return None
        return value if isinstance(value, bytes) else None

    def put(self, key: str, value: bytes, ttl: int) -> None:
        try:
            self.client.set(self.prefix + key, value, ex=max(ttl, 1))
        except self.errors as error:
            current_app.logger.warning("cache: Redis did not answer: %s", error)

    def generation(self) -> str | None:
        try:
            value = self.client.get(self.prefix + "generation")
        except self.errors as error:
            current_app.logger.warning("cache: Redis did not answer: %s", error)
            return None
        return value.decode() if isinstance(value, bytes) else "0"

    def bump(self) -> None:
        self.client.incr(self.prefix + "generation")


def init_app(app: Flask) -> None:
    config = app.config
    store: Store
    if config.get("CACHE_URL"):
        store = RedisStore(config["CACHE_URL"], config["CACHE_KEY_PREFIX"])
    else:
        store = MemoryStore(
            config.get("CACHE_GENERATION_FILE")
            or os.path.join(app.instance_path, "cache-generation"),
            int(config["CACHE_MAX_ENTRIES"]))
    app.extensions[EXTENSION] = store


def store() -> Store:
    found: Store = current_app.extensions[EXTENSION]
    return found


def enabled() -> bool:
    return bool(current_app.config["CACHE_TTL"])


def key(*parts: object) -> str:
    """A short key for the parts (an address may be long; the hash keeps keys small)."""
    joined = "\x1f".join(str(p) for p in parts)
    return "page:" + hashlib.blake2b(joined.encode(), digest_size=20).hexdigest()


def get(entry_key: str) -> Entry | None:
    raw = store().get(entry_key)
    if raw is None:
        return None
    entry = Entry.load(raw)
    return entry if entry.expires > utc_now() else None


def put(entry_key: str, entry: Entry) -> None:
    ttl = min(int(current_app.config["CACHE_TTL"]),
              int((entry.expires - entry.created).total_seconds()))
    if ttl > 0:
        store().put(entry_key, entry.dump(), ttl)


def generation() -> str | None:
    """The current generation; None when the shared store does not answer (no caching)."""
    return store().generation()


def invalidate() -> None:
    """Every cached page and answer is stale: they are rendered again on their next read."""
    store().bump()


# What citizens read: a commit that adds, changes or removes one of these ends the cache.
# Parts of a standard (requirements, fees, ...) change only in drafts; a draft reaches
# citizens when its version's status changes, which is a change of StandardVersion.
PUBLIC_MODELS = ("Region", "Agency", "Counter", "OfficeHours", "Service", "Closure",
                 "HolidayOverride", "Channel", "Logo")
PUBLIC_TABLES = ("region", "agency", "counter", "office_hours", "service", "closure",
                 "holiday_override", "channel", "logo", "service_counters")
CHANGED = "registry_public_content_changed"


def _is_public(obj: Any) -> bool:
    from registry.models import StandardVersion
    from registry.services.standards import PUBLISHED_STATES

    if isinstance(obj, StandardVersion):
        return obj.status in PUBLISHED_STATES
    return type(obj).__name__ in PUBLIC_MODELS


def _note_changes(session: Session, _context: Any, _instances: Any) -> None:
    if any(_is_public(obj) for obj in (*session.new, *session.dirty, *session.deleted)):
        session.info[CHANGED] = True


def _after_commit(session: Session) -> None:
    if session.info.pop(CHANGED, False):
        try:
            invalidate()
        except Exception:  # a cache that cannot be reached must not undo a publication
            current_app.logger.exception("cache: could not invalidate after a commit")


def _note_statements(state: ORMExecuteState) -> None:
    """Bulk INSERT/UPDATE/DELETE (the large import) bypass the flush."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in PUBLIC_TABLES:
        state.session.info[CHANGED] = True


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(CHANGED, None)


def watch_commits() -> None:
    """Invalidate after every commit that changed what citizens read (any session)."""
    if not event.contains(Session, "before_flush", _note_changes):
        event.listen(Session, "before_flush", _note_changes)
        event.listen(Session, "do_orm_execute", _note_statements)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_rollback", _forget)
