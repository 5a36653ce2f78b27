"""Fixtures: every test gets its own database, copied from a migrated template.

SQLite by default; with DATABASE_URL set, the same suite runs on PostgreSQL, each test
on its own `CREATE DATABASE ... TEMPLATE` copy.
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from flask_babel import force_locale
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from registry import create_app
from registry.config import database_url
from registry.extensions import db

SERVER_URL = database_url(os.environ.get("DATABASE_URL"))
# Poster PDFs and batches go to a folder of this run, not the developer's instance/.
POSTER_DIR = tempfile.TemporaryDirectory(prefix="registry-posters-")
TEST_CONFIG = {"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test",
               "SERVER_NAME": "registry.test", "PUBLIC_BASE_URL": "http://registry.test",
               "POSTER_DIR": POSTER_DIR.name}


class SqliteDatabases:
    def __init__(self, folder: Path):
        self.folder = folder
        self.counter = itertools.count()

    def url(self, name: str) -> str:
        return f"sqlite:///{self.folder / name}.sqlite"

    def copy(self, template: str) -> str:
        name = f"test{next(self.counter)}"
        shutil.copyfile(self.folder / f"{template}.sqlite", self.folder / f"{name}.sqlite")
        return self.url(name)

    def drop(self, url: str) -> None:
        Path(make_url(url).database).unlink(missing_ok=True)


class PostgresDatabases:
    def __init__(self, server_url: str):
        self.base = make_url(server_url)
        self.prefix = f"{self.base.database}_t{os.getpid()}"
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.counter = itertools.count()

    def url(self, name: str) -> str:
        full = f"{self.prefix}_{name}"
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{full}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{full}"'))
        return self.base.set(database=full).render_as_string(hide_password=False)

    def copy(self, template: str) -> str:
        full = f"{self.prefix}_test{next(self.counter)}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{full}" TEMPLATE "{self.prefix}_{template}"'))
        return self.base.set(database=full).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def build_template(databases, name: str, with_demo: bool) -> None:
    from flask_migrate import upgrade

    from registry.services.demo import load_demo

    app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": databases.url(name)})
    with app.app_context():
        upgrade()
        if with_demo:
            load_demo()
            db.session.commit()
        db.engine.dispose()


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    store = PostgresDatabases(SERVER_URL) if SERVER_URL else \
        SqliteDatabases(tmp_path_factory.mktemp("db"))
    build_template(store, "empty", with_demo=False)
    build_template(store, "demo", with_demo=True)
    yield store
    if SERVER_URL:
        for name in ("empty", "demo"):
            store.drop(store.base.set(database=f"{store.prefix}_{name}").render_as_string(False))


def make_app(databases, template: str, **config):
    url = databases.copy(template)
    uploads = tempfile.mkdtemp(prefix="registry-uploads-")
    app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": url,
                      "IMPORT_UPLOAD_FOLDER": uploads, **config})
    yield app
    shutil.rmtree(uploads, ignore_errors=True)
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    databases.drop(url)


@pytest.fixture
def app(databases):
    """An app on a database holding the demo region."""
    yield from make_app(databases, "demo")


@pytest.fixture
def empty_app(databases):
    """An app on a migrated, empty database."""
    yield from make_app(databases, "empty")


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def ctx(app):
    """An app context in Indonesian, for calling services directly."""
    with app.app_context(), force_locale("id"):
        yield app


@pytest.fixture
def region(ctx):
    from registry.services.catalogue import region_by_slug

    return region_by_slug("kota-contoh")


def require_redis() -> None:
    """Tests that need the real Redis at 127.0.0.1:6379 skip without it, or fail when
    REQUIRE_REDIS is set (as .ci/run does)."""
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        if os.environ.get("REQUIRE_REDIS"):
            pytest.fail("Redis is not running at 127.0.0.1:6379")
        pytest.skip("Redis is not running at 127.0.0.1:6379")
