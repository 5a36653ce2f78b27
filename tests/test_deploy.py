"""The shipped deployment, for real: nginx with deploy/nginx-registry.conf in front of two
gunicorn instances (deploy/gunicorn.conf.py) on one database, sharing Redis.

Skipped when nginx is not installed, unless REQUIRE_NGINX=1 (.ci/run sets it). Ports
5120-5123 (DEPLOY_TEST_PORT moves them); Redis DB 2 under the key prefix `deploy-test:`.
"""
from __future__ import annotations

import gzip
import hashlib
import http.client
import os
import re
import ssl
import time

import pytest

from deploy import local
from registry import create_app
from registry.extensions import db
from tests.conftest import TEST_CONFIG, require_redis

BASE_PORT = int(os.environ.get("DEPLOY_TEST_PORT", "5120"))
APP_PORTS = (BASE_PORT, BASE_PORT + 1)
HTTPS_PORT, HTTP_PORT = BASE_PORT + 2, BASE_PORT + 3
REDIS_URL = "redis://127.0.0.1:6379/2"
REDIS_PREFIX = "deploy-test:"
SERVICE = "/kota-contoh/layanan/surat-keterangan-sehat"
API = "/api/v1/services/surat-keterangan-sehat"
# The micro-cache's lifetime for a response that carries no Cache-Control of its own.
MICRO_CACHE = re.search(r"proxy_cache_valid 200 301 404 (\d+)s;",
                        local.SITE.read_text(encoding="utf-8"))

if local.nginx_binary() is None:
    if os.environ.get("REQUIRE_NGINX"):
        raise RuntimeError("nginx is not installed (apt-get install nginx)")
    pytest.skip("nginx is not installed (REQUIRE_NGINX=1 makes this a failure)",
                allow_module_level=True)


def get(port: int, path: str, tls: bool = False,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """(status, headers with lower-case names, body) of one request to 127.0.0.1:port."""
    if tls:
        connection: http.client.HTTPConnection = http.client.HTTPSConnection(
            "127.0.0.1", port, timeout=60, context=ssl._create_unverified_context())
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return (response.status, {k.lower(): v for k, v in response.getheaders()},
                response.read())
    finally:
        connection.close()


def fees(body: bytes) -> list[str]:
    """The amounts of the fee list of a service page, in order."""
    section = re.search(rb'<ul class="fees" id="fee">(.*?)</ul>', body, re.S)
    assert section is not None, body[:300]
    return [m.decode() for m in re.findall(rb'<span class="amount">([^<]*)</span>',
                                           section.group(1))]


def max_age(headers: dict[str, str]) -> int:
    """How long nginx may keep this response: the app's max-age, else the micro-cache's."""
    found = re.search(r"(?:s-maxage|max-age)=(\d+)", headers.get("cache-control", ""))
    assert MICRO_CACHE is not None
    return int(found.group(1)) if found else int(MICRO_CACHE.group(1))


@pytest.fixture(scope="module")
def deployment(databases, tmp_path_factory):
    require_redis()
    import redis

    folder = tmp_path_factory.mktemp("deploy")
    url = databases.copy("demo")
    env = {"DATABASE_URL": url, "SECRET_KEY": "deploy-test",
           "PUBLIC_BASE_URL": "https://layanan.example.go.id", "TRUSTED_PROXIES": "1",
           # Both instances share Redis: the page cache, the limiter's counters.
           "CACHE_URL": REDIS_URL, "CACHE_KEY_PREFIX": REDIS_PREFIX,
           "RATELIMIT_STORAGE_URI": REDIS_URL, "RATELIMIT_KEY_PREFIX": REDIS_PREFIX,
           "POSTER_DIR": str(folder / "posters"), "IMPORT_UPLOAD_FOLDER": str(folder / "up")}
    conf = local.write_nginx(folder / "nginx", [f"127.0.0.1:{port}" for port in APP_PORTS],
                             HTTPS_PORT, HTTP_PORT)
    with local.gunicorn(APP_PORTS[0], env, folder / "a.log"), \
            local.gunicorn(APP_PORTS[1], env, folder / "b.log"), \
            local.nginx(conf, HTTPS_PORT):
        yield {"url": url, "conf": conf}
    server = redis.Redis.from_url(REDIS_URL)
    for key in server.scan_iter(f"{REDIS_PREFIX}*"):
        server.delete(key)
    databases.drop(url)


def test_the_shipped_nginx_site_passes_nginx_t(deployment):
    result = local.nginx_test(deployment["conf"])
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr and "test is successful" in result.stderr


def test_fingerprinted_static_files_are_served_by_nginx_for_a_year(deployment):
    css = (local.STATIC / "site.css").read_bytes()
    fingerprint = hashlib.sha256(css).hexdigest()[:12]
    status, headers, body = get(HTTPS_PORT, f"/static/site.css?v={fingerprint}", tls=True)
    assert (status, body) == (200, css)
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["content-type"] == "text/css"
    assert headers["server"].startswith("nginx")  # from disk, not through gunicorn
    # Without a fingerprint the browser revalidates (and gets a 304 while unchanged).
    status, headers, _ = get(HTTPS_PORT, "/static/site.css", tls=True)
    assert (status, headers["cache-control"]) == (200, "no-cache")
    status, _, body = get(HTTPS_PORT, "/static/site.css", tls=True,
                          headers={"If-None-Match": headers["etag"]})
    assert (status, body) == (304, b"")


def test_pages_are_gzipped_and_https_is_what_the_app_believes(deployment):
    status, headers, body = get(HTTPS_PORT, "/kota-contoh/", tls=True,
                                headers={"Accept-Encoding": "gzip"})
    assert (status, headers["content-encoding"]) == (200, "gzip")
    direct = get(APP_PORTS[0], "/kota-contoh/")
    assert gzip.decompress(body) == direct[2]
    # The app trusted nginx's X-Forwarded-Proto: https (TRUSTED_PROXIES=1), so HSTS;
    # straight to gunicorn over plain HTTP it does not.
    assert headers["strict-transport-security"] == "max-age=31536000"
    assert "strict-transport-security" not in direct[1]
    # Forged headers from the client are replaced (or dropped) by nginx, not believed.
    status, headers, body = get(HTTPS_PORT, "/kota-contoh/?forged=1", tls=True,
                                headers={"X-Forwarded-Proto": "http",
                                         "X-Forwarded-Prefix": "/forged"})
    assert headers["strict-transport-security"] == "max-age=31536000"
    assert b'href="/static/site.css?v=' in body and b"/forged" not in body


def test_plain_http_is_sent_to_https(deployment):
    status, headers, _ = get(HTTP_PORT, "/kota-contoh/?lang=en")
    assert (status, headers["location"]) == (301, "https://127.0.0.1/kota-contoh/?lang=en")


def publish_fee(url: str, amount: int) -> None:
    """Publish a new version of the service with its general fee at `amount`, as an
    approver would (the workflow's own functions, committed here)."""
    from registry.services import standards
    from registry.services.accounts import user_by_email
    from registry.services.catalogue import region_by_slug, service_by_slug
    from registry.services.schedule import region_today

    # The same shared cache as the servers: a publication tells every instance at once.
    app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": url, "CACHE_URL": REDIS_URL,
                      "CACHE_KEY_PREFIX": REDIS_PREFIX})
    with app.app_context():
        region = region_by_slug("kota-contoh")
        today = region_today(region)
        service = service_by_slug(region, "surat-keterangan-sehat")
        admin = user_by_email("admin@contoh.go.id")
        draft = standards.new_draft_from(service, admin, today)
        values = standards.snapshot(draft)
        values["fee_lines"][0]["amount"] = amount
        values["change_summary"] = "Tarif umum disesuaikan."
        standards.save_draft(draft, values, draft.revision, admin)
        standards.submit(draft, admin)
        standards.approve(draft, admin, today, today)
        db.session.commit()
        db.session.remove()
        db.engine.dispose()


def test_both_instances_and_nginx_serve_the_new_fee_within_the_max_age(deployment):
    before = {"nginx": get(HTTPS_PORT, SERVICE, tls=True)}
    before.update({f"app {port}": get(port, SERVICE) for port in APP_PORTS})
    expected_before = ["Rp25.000", "Rp10.000", "Gratis", "Rp15.000"]
    assert {name: fees(body) for name, (_, _, body) in before.items()} == \
        dict.fromkeys(before, expected_before)
    api_before = get(HTTPS_PORT, API, tls=True)
    assert b'"amount":25000' in api_before[2]
    # The longest any of them may keep the old page: what nginx was told (or its default).
    bound = max(max_age(before["nginx"][1]), max_age(api_before[1]))

    publish_fee(deployment["url"], 27_500)
    published = time.monotonic()

    expected = ["Rp27.500", "Rp10.000", "Gratis", "Rp15.000"]
    sources = {"nginx": lambda: fees(get(HTTPS_PORT, SERVICE, tls=True)[2]),
               **{f"app {port}": (lambda port=port: fees(get(port, SERVICE)[2]))
                  for port in APP_PORTS},
               "nginx API": lambda: b'"amount":27500' in get(HTTPS_PORT, API, tls=True)[2]}
    wanted = {name: expected for name in sources} | {"nginx API": True}
    seen: dict[str, object] = {}
    # Poll until every source serves the new fee or the bound has passed (plus one second
    # for the request that was in flight when it expired).
    while True:
        seen = {name: read() for name, read in sources.items()}
        if seen == wanted or time.monotonic() - published > bound + 1:
            break
        time.sleep(0.25)
    assert seen == wanted, f"still stale {time.monotonic() - published:.1f} s after " \
                           f"publication (max-age {bound} s)"
    # And it stays new: no instance or cache entry brings the old fee back.
    for _ in range(6):
        assert {name: read() for name, read in sources.items()} == wanted


def test_an_anonymous_public_page_is_cached_by_nginx_and_a_staff_session_is_not(deployment):
    path = "/kota-contoh/cari?q=kelahiran"
    statuses = [get(HTTPS_PORT, path, tls=True)[1]["x-cache"] for _ in range(2)]
    assert statuses[-1] == "HIT"
    status, headers, _ = get(HTTPS_PORT, path, tls=True, headers={"Cookie": "session=x"})
    assert (status, headers["x-cache"]) == (200, "BYPASS")
    status, headers, _ = get(HTTPS_PORT, "/staff/login", tls=True)
    assert status == 200 and "x-cache" not in headers
