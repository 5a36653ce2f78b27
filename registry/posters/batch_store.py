"""Where a poster batch's status and PDF are kept while it is made and for a day after.

Never in process memory, so the status page survives a web restart: in files under
POSTER_DIR by default (one machine), in Redis when QUEUE_URL is set (the workers that make
the PDF and the web servers that show it may be different machines).
"""
from __future__ import annotations

import json
import os
import time
from typing import Any, Protocol

from flask import Flask

# Finished batch files are kept this long for download, then removed.
KEEP_SECONDS = 24 * 3600


class BatchStore(Protocol):
    def save(self, job: str, status: dict[str, Any]) -> None: ...
    def load(self, job: str) -> dict[str, Any] | None: ...
    def save_pdf(self, job: str, pdf: bytes) -> None: ...
    def pdf(self, job: str) -> bytes | None: ...
    def remove_old(self) -> None: ...


class FileStore:
    """JSON status and the PDF in POSTER_DIR/batches; old files removed as new ones come."""

    def __init__(self, app: Flask):
        base = app.config.get("POSTER_DIR") or os.path.join(app.instance_path, "posters")
        self.folder = os.path.join(base, "batches")
        os.makedirs(self.folder, exist_ok=True)

    def _path(self, job: str, extension: str) -> str:
        return os.path.join(self.folder, f"{job}.{extension}")

    def save(self, job: str, status: dict[str, Any]) -> None:
        path = self._path(job, "json")
        temporary = f"{path}.tmp"
        with open(temporary, "w") as out:
            json.dump(status, out)
        os.replace(temporary, path)

    def load(self, job: str) -> dict[str, Any] | None:
        try:
            with open(self._path(job, "json")) as found:
                status: dict[str, Any] = json.load(found)
                return status
        except FileNotFoundError:
            return None

    def save_pdf(self, job: str, pdf: bytes) -> None:
        with open(self._path(job, "pdf"), "wb") as out:
            out.write(pdf)

    def pdf(self, job: str) -> bytes | None:
        try:
            with open(self._path(job, "pdf"), "rb") as found:
                return found.read()
        except FileNotFoundError:
            return None

    def remove_old(self) -> None:
        limit = time.time() - KEEP_SECONDS
        for name in os.listdir(self.folder):
            path = os.path.join(self.folder, name)
            if os.path.getmtime(path) < limit:
                os.remove(path)


class RedisStore:
    """Keys `<queue name>:batch:<job>` (status JSON) and `...:pdf`, expiring after a day."""

    def __init__(self, connection: Any, prefix: str):
        self.redis = connection
        self.prefix = f"{prefix}:batch:"

    def save(self, job: str, status: dict[str, Any]) -> None:
        self.redis.set(self.prefix + job, json.dumps(status), ex=KEEP_SECONDS)

    def load(self, job: str) -> dict[str, Any] | None:
        found = self.redis.get(self.prefix + job)
        if found is None:
            return None
        status: dict[str, Any] = json.loads(found)
        return status

    def save_pdf(self, job: str, pdf: bytes) -> None:
        self.redis.set(self.prefix + job + ":pdf", pdf, ex=KEEP_SECONDS)

    def pdf(self, job: str) -> bytes | None:
        found = self.redis.get(self.prefix + job + ":pdf")
        return bytes(found) if found is not None else None

    def remove_old(self) -> None:
        """Redis expires the keys itself."""
