"""Production refuses to start without SECRET_KEY and PUBLIC_BASE_URL; development says
on its print pages where QR codes point; links never come from the request's Host."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from registry import create_app
from registry.config import DEVELOPMENT_SECRET_KEY, ConfigurationError
from tests.conftest import make_app
from tests.web.test_public import text_of

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
BOTH_MISSING = ("registry: refusing to start in production without SECRET_KEY and "
                "PUBLIC_BASE_URL (set them in the environment or instance/config.py; "
                "see README)")


@pytest.fixture(autouse=True)
def no_deployment_settings(monkeypatch):
    for name in ("SECRET_KEY", "PUBLIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def production_app(**config):
    return create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": None,
                       "PUBLIC_BASE_URL": None, **config}, production=True)


def test_production_names_every_missing_setting_in_one_line():
    with pytest.raises(ConfigurationError) as refused:
        production_app()
    assert str(refused.value) == BOTH_MISSING
    with pytest.raises(ConfigurationError) as refused:
        production_app(SECRET_KEY="s3cret-for-the-test")
    assert str(refused.value) == (
        "registry: refusing to start in production without PUBLIC_BASE_URL (set it in the "
        "environment or instance/config.py; see README)")


def test_public_base_url_must_be_a_scheme_and_host():
    with pytest.raises(ConfigurationError) as refused:
        production_app(SECRET_KEY="x" * 32, PUBLIC_BASE_URL="layanan.example.go.id")
    assert "PUBLIC_BASE_URL must be a scheme and host" in str(refused.value)
    app = production_app(SECRET_KEY="x" * 32, PUBLIC_BASE_URL="https://layanan.example.go.id/")
    assert app.config["PUBLIC_BASE_URL"] == "https://layanan.example.go.id"
    assert app.config["PRODUCTION"] is True


def test_development_fills_in_stand_ins():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": None})
    assert app.config["SECRET_KEY"] == DEVELOPMENT_SECRET_KEY
    assert app.config["PRODUCTION"] is False


def run_gunicorn(env: dict[str, str], port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [str(GUNICORN), "-w", "1", "-b", f"127.0.0.1:{port}", "wsgi:app"], cwd=ROOT,
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_refuses_to_start_without_the_settings():
    process = run_gunicorn(dict(os.environ), free_port())
    try:
        _out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode != 0
    assert BOTH_MISSING in err.splitlines()


def test_gunicorn_serves_with_the_settings(databases):
    app_iter = make_app(databases, "demo")
    app = next(app_iter)
    port = free_port()
    env = dict(os.environ, SECRET_KEY="a-long-random-test-secret",
               PUBLIC_BASE_URL="https://layanan.example.go.id",
               DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"])
    process = run_gunicorn(env, port)
    try:
        body = None
        deadline = time.monotonic() + 60
        while body is None and time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/api/v1/services/ktp-el", timeout=5) as found:
                    body = found.read().decode()
            except OSError:
                time.sleep(0.3)
        assert body is not None, process.stderr.read() if process.poll() is not None else ""
        assert '"url":"https://layanan.example.go.id/kota-contoh/layanan/ktp-el"' in \
            body.replace(" ", "")
    finally:
        process.terminate()
        process.wait(timeout=30)
        next(app_iter, None)


@pytest.fixture
def development_app(databases):
    yield from make_app(databases, "demo", PUBLIC_BASE_URL=None)


NOTICE = ("Server pengembangan: kode QR pada cetakan ini mengarah ke http://127.0.0.1:5000, "
          "alamat pengembangan, bukan alamat publik.")


def test_development_print_pages_say_where_qr_codes_point(development_app):
    client = development_app.test_client()
    for path in ("/kota-contoh/instansi/disdukcapil/poster", "/kota-contoh/layanan/ktp-el"):
        assert NOTICE in text_of(client.get(path))
    item = client.get("/api/v1/services/ktp-el").get_json()
    assert item["url"] == "http://127.0.0.1:5000/kota-contoh/layanan/ktp-el"


def test_a_public_address_silences_the_notice(client):
    assert "Server pengembangan" not in text_of(
        client.get("/kota-contoh/instansi/disdukcapil/poster"))


def test_links_ignore_the_host_header(client):
    for host in ("127.0.0.1:5000", "evil.example"):
        item = client.get("/api/v1/services/ktp-el", headers={"Host": host}).get_json()
        assert item["url"] == "http://registry.test/kota-contoh/layanan/ktp-el"
        assert item["qr_url"] == "http://registry.test/kota-contoh/layanan/ktp-el/qr.svg"
