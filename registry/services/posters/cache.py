"""Rendered PDFs on disk, keyed by a hash of their HTML (so by content only), pruned
oldest first beyond POSTER_CACHE_MAX_MB. The cache only saves time: when it cannot be
read or written the poster is rendered and served anyway."""
from __future__ import annotations

import contextlib
import hashlib
import os
import threading

from flask import current_app


def cache_dir() -> str:
    folder = current_app.config.get("POSTER_DIR") or os.path.join(
        current_app.instance_path, "posters")
    return os.path.join(folder, "cache")


def cache_key(html: str, page_key: str) -> str:
    return hashlib.sha256(f"{page_key}\n{html}".encode()).hexdigest()


def cache_path(html: str, page_key: str) -> str:
    return os.path.join(cache_dir(), cache_key(html, page_key) + ".pdf")


def cached(path: str) -> bytes | None:
    try:
        with open(path, "rb") as found:
            return found.read()
    except OSError:  # not cached yet, or the cache cannot be read
        return None


def store(path: str, pdf: bytes) -> None:
    """Write through a temporary name so a concurrent reader never sees half a file."""
    temporary = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as out:
            out.write(pdf)
        os.replace(temporary, path)
    except OSError as error:
        current_app.logger.warning("poster cache not written: %s", error)
        with contextlib.suppress(OSError):
            os.remove(temporary)
        return
    prune_cache(os.path.dirname(path),
                int(current_app.config["POSTER_CACHE_MAX_MB"] * 1024 * 1024))


def prune_cache(folder: str, max_bytes: int) -> int:
    """Remove the oldest cached PDFs until the rest fit in `max_bytes`; how many went."""
    entries = []
    with contextlib.suppress(OSError), os.scandir(folder) as found:
        for entry in found:
            if entry.name.endswith(".pdf"):
                with contextlib.suppress(OSError):
                    stat = entry.stat()
                    entries.append((stat.st_mtime, stat.st_size, entry.path))
    total = sum(size for _mtime, size, _path in entries)
    removed = 0
    for _mtime, size, path in sorted(entries):
        if total <= max_bytes:
            break
        with contextlib.suppress(FileNotFoundError):  # another worker pruned it first
            os.remove(path)
            removed += 1
        total -= size
    return removed
