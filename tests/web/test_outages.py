"""Database outages, for real: a locked or missing SQLite file, a PostgreSQL behind a proxy
that freezes or stops. Citizens get a 503 in Indonesian with Retry-After within the
timeouts (never a 500, never a hang), /health says so, and the app recovers by itself."""
from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError

from registry import create_app
from registry.extensions import db
from registry.models import Service
from tests.conftest import SERVER_URL, TEST_CONFIG, make_app
from tests.tcp_proxy import TcpProxy
from tests.web.staff_helpers import EDITOR, login
from tests.web.test_public import text_of

OUTAGE = ("Registri sedang tidak dapat menghubungi basis datanya. Silakan coba lagi "
          "beberapa menit lagi.")
HOME = "/kota-contoh/"


def assert_outage(client, path: str = HOME) -> None:
    response = client.get(path)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    if path.startswith("/api/"):
        assert response.get_json() == {"error": {"code": "unavailable", "message": OUTAGE}}
    else:
        assert OUTAGE in text_of(response)
        assert "<h1>Daftar layanan sedang tidak dapat diakses</h1>" in response.get_data(
            as_text=True)


def assert_health(client, status: str, code: int) -> None:
    response = client.get("/health")
    assert response.status_code == code
    body = response.get_json()
    assert (body["status"], body["database"]) == (status, status)


def assert_serving(client) -> None:
    response = client.get(HOME)
    assert response.status_code == 200
    assert "Kota Contoh" in text_of(response)
    assert_health(client, "ok", 200)


# --- SQLite


@pytest.fixture
def sqlite_app(databases):
    if SERVER_URL:
        pytest.skip("SQLite only")
    # Without the page cache: these tests are about answers that need the database (a
    # cached page is still served during an outage: tests/web/test_read_path.py).
    yield from make_app(databases, "demo", DATABASE_STATEMENT_TIMEOUT=1, CACHE_TTL=0)


def database_file(app) -> Path:
    return Path(make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database)


def test_a_locked_sqlite_file_is_a_503_within_the_timeout_then_recovers(sqlite_app):
    client = sqlite_app.test_client()
    staff = sqlite_app.test_client()
    login(staff, EDITOR)
    assert_serving(client)
    holder = sqlite3.connect(database_file(sqlite_app), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        assert_outage(client)
        assert time.monotonic() - started < 3
        assert_outage(client, "/api/v1/services")
        assert_outage(staff, "/staff/")  # a logged-in page too: no 500 while rendering
        assert_health(client, "unavailable", 503)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_serving(client)
    assert staff.get("/staff/").status_code == 200  # the session survived the outage


def test_a_missing_sqlite_file_is_a_503_then_recovers(sqlite_app):
    client = sqlite_app.test_client()
    assert_serving(client)
    path = database_file(sqlite_app)
    moved = path.with_name(path.name + ".away")
    shutil.move(path, moved)
    with sqlite_app.app_context():
        db.engine.dispose()  # as a worker starting now: its connections find no file
    try:
        assert_outage(client)
        assert_outage(client, "/api/v1/services")
        assert_health(client, "unavailable", 503)
    finally:
        shutil.move(moved, path)  # over the empty file SQLite made in its place
    assert_serving(client)


def test_sqlite_enforces_foreign_keys(sqlite_app):
    with sqlite_app.app_context():
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        db.session.add(Service(region_id=1, agency_id=999_999, slug="tanpa-instansi",
                               code="ZZZZZZ", name="Tanpa instansi", category="usaha"))
        with pytest.raises(IntegrityError):
            db.session.flush()
        db.session.rollback()


# --- PostgreSQL behind a proxy


@pytest.fixture
def proxied(databases):
    if not SERVER_URL:
        pytest.skip("PostgreSQL only")
    url = databases.copy("demo")
    target = make_url(url)
    proxy = TcpProxy((target.host or "127.0.0.1", target.port or 5432))
    app = create_app({
        **TEST_CONFIG, "DATABASE_CONNECT_TIMEOUT": 2, "DATABASE_STATEMENT_TIMEOUT": 1,
        # Every request asks the database: pages cached before an outage stay up through it
        # (tests/web/test_read_path.py), which is not what these tests are about.
        "CACHE_TTL": 0,
        "SQLALCHEMY_DATABASE_URI": target.set(host="127.0.0.1", port=proxy.port)
        .render_as_string(hide_password=False)})
    yield app, proxy
    proxy.stop()
    with app.app_context():
        db.engine.dispose()
    databases.drop(url)


# Frozen: the pooled connection's ping gives up after statement timeout + 1 s (2 s), then
# a new connection after the connect timeout (2 s); the rest is slack for a busy machine.
FROZEN_BOUND = 8


def test_a_frozen_postgresql_is_a_503_within_the_timeouts_then_recovers(proxied):
    app, proxy = proxied
    client = app.test_client()
    assert_serving(client)
    proxy.freeze()
    try:
        for path in (HOME, "/api/v1/services"):
            started = time.monotonic()
            assert_outage(client, path)
            assert time.monotonic() - started < FROZEN_BOUND
        started = time.monotonic()
        assert_health(client, "unavailable", 503)
        assert time.monotonic() - started < FROZEN_BOUND
    finally:
        proxy.resume()
    assert_serving(client)


def test_a_stopped_postgresql_is_a_503_at_once_then_recovers(proxied):
    app, proxy = proxied
    client = app.test_client()
    assert_serving(client)
    proxy.stop()
    started = time.monotonic()
    assert_outage(client)
    assert_outage(client, "/api/v1/services")
    assert_health(client, "unavailable", 503)
    assert time.monotonic() - started < 3
    proxy.start()
    assert_serving(client)


def test_a_slow_statement_is_cancelled_by_the_statement_timeout(proxied):
    app, _proxy = proxied
    with app.app_context():
        started = time.monotonic()
        with pytest.raises(OperationalError) as cancelled:
            db.session.execute(text("SELECT pg_sleep(10)"))
        assert time.monotonic() - started < 3
        assert "statement timeout" in str(cancelled.value)
        db.session.rollback()
        assert db.session.execute(text("SELECT 1")).scalar_one() == 1


def test_health_answers_ok_with_the_time_it_took(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert isinstance(body["elapsed_ms"], int)
    assert json.loads(response.get_data(as_text=True)) == body
