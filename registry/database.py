"""How the app talks to its database when the database misbehaves.

PostgreSQL gets a connect timeout and a statement timeout (both server-side and, for a
server that stops answering altogether, on the client); SQLite waits at most as long for
a lock and enforces foreign keys. A connection that timed out is thrown away, and
`pool_pre_ping` replaces dead pooled connections, so the app recovers by itself once the
database answers again.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import psycopg
from flask import Flask
from psycopg import errors as pg_errors
from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.pool import ConnectionPoolEntry

# What the client adds to the statement timeout before it gives up on a silent server:
# the server's own cancellation (a clear error) should normally come first.
CLIENT_GRACE_SECONDS = 1.0


class DatabaseTimeout(psycopg.OperationalError):
    """The database did not answer in time (the client-side timeout)."""


def engine_options(config: dict[str, Any]) -> dict[str, Any]:
    """SQLALCHEMY_ENGINE_OPTIONS for the configured database URL and timeouts."""
    options: dict[str, Any] = {"pool_pre_ping": True,
                               **config.get("SQLALCHEMY_ENGINE_OPTIONS", {})}
    url = make_url(config["SQLALCHEMY_DATABASE_URI"])
    connect_timeout = config["DATABASE_CONNECT_TIMEOUT"]
    statement_timeout = config["DATABASE_STATEMENT_TIMEOUT"]
    connect_args = dict(options.get("connect_args", {}))
    if url.get_backend_name() == "postgresql":
        connect_args.setdefault("connect_timeout", max(1, round(connect_timeout)))
        if statement_timeout:
            connect_args.setdefault(
                "options", f"-c statement_timeout={round(statement_timeout * 1000)}")
        # Waiting for a pooled connection must not outlast the timeouts either.
        options.setdefault("pool_timeout", connect_timeout + statement_timeout)
    elif url.get_backend_name() == "sqlite":
        # How long a statement waits for another connection's lock.
        connect_args.setdefault("timeout", statement_timeout or connect_timeout)
    options["connect_args"] = connect_args
    return options


def attach(app: Flask, engine: Engine) -> None:
    """Per-connection settings and the client-side timeout on `engine`."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    elif engine.dialect.driver == "psycopg":
        statement_timeout = app.config["DATABASE_STATEMENT_TIMEOUT"]
        if statement_timeout:
            read_timeout = statement_timeout + CLIENT_GRACE_SECONDS
            event.listen(engine, "do_connect", _bounded_connect(read_timeout))
    event.listen(engine, "handle_error", _discard_timed_out)


def _sqlite_foreign_keys(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def _bounded_connect(read_timeout: float) -> Callable[..., Any]:
    """A do_connect hook: psycopg connections that give up on a server that never answers.

    libpq has no read timeout: a frozen server (or a network that swallows packets
    without resetting the connection) would hold a worker for as long as TCP allows.
    """
    class BoundedConnection(psycopg.Connection):  # type: ignore[type-arg,unused-ignore]
        def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
            try:
                return super().wait(gen, interval, read_timeout if timeout is None
                                    else timeout)
            except pg_errors._WaitTimeout as error:  # psycopg's own, private name
                self.pgconn.finish()
                raise DatabaseTimeout(
                    f"no answer from the database within {read_timeout:g} s") from error

    def connect(_dialect: Any, _record: ConnectionPoolEntry, cargs: tuple[Any, ...],
                cparams: dict[str, Any]) -> Any:
        return BoundedConnection.connect(*cargs, **cparams)

    return connect


def _discard_timed_out(context: ExceptionContext) -> None:
    """A connection that timed out is in an unknown state: never return it to the pool."""
    if isinstance(context.original_exception, DatabaseTimeout):
        context.is_disconnect = True
