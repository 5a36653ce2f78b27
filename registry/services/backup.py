"""Backups: SQLite through its online backup API; PostgreSQL through pg_dump.

SQLite's backup API copies a consistent snapshot while the app keeps serving, which a
plain file copy does not guarantee.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

# Tables a registry database always has; a file without them is not a registry backup.
REQUIRED_TABLES = {"alembic_version", "region", "service", "standard_version"}


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why."""


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def pg_dump_command(engine: Engine, dest: str) -> str:
    """The pg_dump line that backs up this PostgreSQL database to `dest` (custom format)."""
    url = engine.url
    parts = ["pg_dump", "--format=custom", "--no-owner", f"--file={dest}"]
    if url.host:
        parts.append(f"--host={url.host}")
    if url.port:
        parts.append(f"--port={url.port}")
    if url.username:
        parts.append(f"--username={url.username}")
    parts.append(url.database or "")
    return " ".join(parts)


def backup_sqlite(engine: Engine, dest: Path) -> int:
    """Copy the live database to `dest` (a new file); return its size in bytes."""
    if not is_sqlite(engine):
        raise BackupError(_("Only SQLite databases are backed up by this command."))
    if dest.exists():
        raise BackupError(_("%(path)s already exists; choose a new file name.", path=dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    with _live_connection(engine) as live, closing(sqlite3.connect(dest)) as target:
        live.backup(target)
    return dest.stat().st_size


@contextmanager
def _live_connection(engine: Engine) -> Iterator[Any]:
    """The driver's own sqlite3 connection (its backup API), returned to the pool after."""
    raw = engine.raw_connection()
    try:
        yield raw.driver_connection
    finally:
        raw.close()


def check_backup(src: Path) -> dict[str, int]:
    """Open a backup read-only and count its rows per table; refuse what is no registry."""
    if not src.is_file():
        raise BackupError(_("%(path)s does not exist.", path=src))
    try:
        conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables >= REQUIRED_TABLES:
                raise BackupError(_("%(path)s is not a registry database.", path=src))
            return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                    for table in sorted(tables) if not table.startswith("sqlite_")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(_("%(path)s is not a SQLite database.", path=src)) from error


def restore_sqlite(engine: Engine, src: Path) -> dict[str, int]:
    """Replace the live database's content with the backup at `src`; return row counts.

    Stop the web server first: pages served during the copy may see half of it.
    """
    if not is_sqlite(engine):
        raise BackupError(_("Only SQLite databases are restored by this command."))
    counts = check_backup(src)
    if make_url(str(engine.url)).database in (None, "", ":memory:"):
        raise BackupError(_("The live database is in memory; there is nothing to restore to."))
    engine.dispose()
    with _live_connection(engine) as live, \
            closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as source:
        source.backup(live)
    engine.dispose()
    return counts
