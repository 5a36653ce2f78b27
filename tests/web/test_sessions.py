"""Staff sessions end when they should: everywhere at once, after 8 hours, after 30 idle
minutes; cookies are Secure over HTTPS (also behind a trusted proxy); logins are
throttled per account and per address, in the shared limiter store."""
from __future__ import annotations

import time
import uuid

import pytest

from registry.extensions import db
from registry.models import User
from tests.conftest import make_app, require_redis
from tests.web.staff_helpers import ADMIN, APPROVER, EDITOR, PASSWORD, login, user_id
from tests.web.test_public import text_of

NEW_PASSWORD = "kata-sandi-baru-2026"
ENDED = "Sesi Anda telah berakhir. Silakan masuk lagi."


def dashboard(client):
    """The staff dashboard: 200 while the session lasts, else a redirect to the login."""
    return client.get("/staff/")


def assert_ended(client) -> None:
    response = dashboard(client)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/staff/login")
    assert ENDED in text_of(client.get("/staff/login"))


def two_sessions(app, email: str):
    first, second = app.test_client(), app.test_client()
    assert login(first, email).status_code == 302
    assert login(second, email).status_code == 302
    assert dashboard(first).status_code == dashboard(second).status_code == 200
    return first, second


def test_logging_out_ends_every_session_of_the_account(app):
    first, second = two_sessions(app, EDITOR)
    first.post("/staff/logout")
    assert_ended(second)
    assert dashboard(first).status_code == 302


def test_a_password_change_ends_the_other_sessions_but_not_its_own(app):
    first, second = two_sessions(app, EDITOR)
    response = first.post("/staff/account/password", data={
        "current_password": PASSWORD, "new_password": NEW_PASSWORD,
        "confirm_password": NEW_PASSWORD, "save": "1"})
    assert response.status_code == 302
    page = dashboard(first)
    assert page.status_code == 200
    assert "Sesi lain akun Anda telah diakhiri." in text_of(page)
    assert_ended(second)


def test_a_password_reset_ends_the_users_sessions(app, client):
    editor, _other = two_sessions(app, EDITOR)
    login(client, ADMIN)
    response = client.post(f"/staff/users/{user_id(app, EDITOR)}", data={
        "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD, "reset": "1"})
    assert response.status_code == 302
    assert_ended(editor)
    assert dashboard(client).status_code == 200  # the admin's own session goes on


def test_deactivation_ends_the_users_sessions_at_once(app, client):
    editor, _other = two_sessions(app, EDITOR)
    login(client, ADMIN)
    assert client.post(f"/staff/users/{user_id(app, EDITOR)}/active").status_code == 302
    assert_ended(editor)
    assert login(editor, EDITOR).status_code == 401


def test_a_role_or_agency_change_ends_the_users_sessions(app, client):
    approver, _other = two_sessions(app, APPROVER)
    login(client, ADMIN)
    with app.app_context():
        agency = db.session.get(User, user_id(app, APPROVER)).agency_id
    # The same role and agency again changes nothing, so nobody is logged out.
    client.post(f"/staff/users/{user_id(app, APPROVER)}", data={
        "role": "agency_approver", "agency": str(agency), "save_user": "1"})
    assert dashboard(approver).status_code == 200
    response = client.post(f"/staff/users/{user_id(app, APPROVER)}", data={
        "role": "agency_editor", "agency": str(agency), "save_user": "1"})
    assert response.status_code == 302
    assert_ended(approver)


def shift_session(client, started_ago: float, seen_ago: float) -> None:
    now = time.time()
    with client.session_transaction() as session:
        session["started"] = now - started_ago
        session["seen"] = now - seen_ago


def test_a_session_ends_8_hours_after_login_however_busy(app, client):
    login(client, EDITOR)
    shift_session(client, started_ago=8 * 3600 - 60, seen_ago=10)
    assert dashboard(client).status_code == 200
    shift_session(client, started_ago=8 * 3600 + 1, seen_ago=10)
    assert_ended(client)


def test_a_session_ends_after_30_idle_minutes(app, client):
    login(client, EDITOR)
    shift_session(client, started_ago=3600, seen_ago=29 * 60)
    assert dashboard(client).status_code == 200  # and this request counts as activity
    with client.session_transaction() as session:
        assert time.time() - session["seen"] < 5
    shift_session(client, started_ago=3600, seen_ago=30 * 60 + 1)
    assert_ended(client)


def test_a_session_without_the_login_marks_is_refused(app, client):
    """A cookie signed before epochs existed (or tampered with) names no epoch."""
    login(client, EDITOR)
    with client.session_transaction() as session:
        del session["epoch"]
    assert_ended(client)


# --- cookies and proxies


@pytest.fixture
def proxied_app(databases):
    yield from make_app(databases, "demo", TRUSTED_PROXIES=1)


def test_cookies_are_secure_and_hsts_is_sent_over_https(app):
    client = app.test_client()
    response = client.post("/staff/login", data={"email": EDITOR, "password": PASSWORD},
                           base_url="https://registry.test")
    assert "Secure" in response.headers["Set-Cookie"]
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
    plain = app.test_client().post("/staff/login", data={"email": EDITOR, "password": PASSWORD})
    assert "Secure" not in plain.headers["Set-Cookie"]
    assert "Strict-Transport-Security" not in plain.headers


def test_a_trusted_proxy_says_the_request_came_over_https(proxied_app):
    response = proxied_app.test_client().post(
        "/staff/login", data={"email": EDITOR, "password": PASSWORD},
        headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"})
    assert "Secure" in response.headers["Set-Cookie"]
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
    lang = proxied_app.test_client().get("/kota-contoh/?lang=en",
                                         headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in lang.headers["Set-Cookie"]


def test_without_trusted_proxies_forwarded_headers_are_ignored(app):
    response = app.test_client().post(
        "/staff/login", data={"email": EDITOR, "password": PASSWORD},
        headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"})
    assert "Secure" not in response.headers["Set-Cookie"]
    assert "Strict-Transport-Security" not in response.headers


# --- login throttling


def attempt(client, email: str, address: str, password: str = "wrong-password"):
    return client.post("/staff/login", data={"email": email, "password": password},
                       headers={"X-Forwarded-For": address})


def throttled_app(databases, **config):
    yield from make_app(databases, "demo", TRUSTED_PROXIES=1, **config)


@pytest.fixture
def account_limited_app(databases):
    yield from throttled_app(databases, LOGIN_ACCOUNT_RATE_LIMIT="3 per minute",
                             LOGIN_RATE_LIMIT="100 per minute")


def assert_account_throttled(app) -> None:
    client = app.test_client()
    codes = [attempt(client, EDITOR, f"198.51.100.{n}").status_code for n in range(3)]
    assert codes == [401, 401, 401]
    refused = attempt(client, EDITOR, "198.51.100.99", PASSWORD)  # even the right password
    assert refused.status_code == 429
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert "Terlalu banyak percobaan" in text_of(refused)
    # Another account from the same addresses is not held back.
    assert attempt(client, APPROVER, "198.51.100.1").status_code == 401
    assert attempt(client, APPROVER, "198.51.100.1", PASSWORD).status_code == 302


def test_failed_logins_are_counted_per_account_from_any_address(account_limited_app):
    assert_account_throttled(account_limited_app)


@pytest.fixture
def address_limited_app(databases):
    yield from throttled_app(databases, LOGIN_RATE_LIMIT="3 per minute",
                             LOGIN_ACCOUNT_RATE_LIMIT="100 per minute")


def test_failed_logins_are_counted_per_address_for_any_account(address_limited_app):
    client = address_limited_app.test_client()
    codes = [attempt(client, email, "192.0.2.10").status_code
             for email in (EDITOR, APPROVER, ADMIN, "nobody@contoh.go.id")]
    assert codes == [401, 401, 401, 429]
    assert int(attempt(client, EDITOR, "192.0.2.10").headers["Retry-After"]) > 0
    assert attempt(client, EDITOR, "192.0.2.11", PASSWORD).status_code == 302


def test_successful_logins_are_not_counted(account_limited_app):
    client = account_limited_app.test_client()
    for _ in range(5):
        assert attempt(client, EDITOR, "198.51.100.1", PASSWORD).status_code == 302



@pytest.fixture
def redis_app(databases):
    require_redis()
    prefix = f"registry-test-{uuid.uuid4().hex}"
    yield from throttled_app(databases, RATELIMIT_STORAGE_URI="redis://127.0.0.1:6379",
                             RATELIMIT_KEY_PREFIX=prefix,
                             LOGIN_ACCOUNT_RATE_LIMIT="3 per minute",
                             LOGIN_RATE_LIMIT="100 per minute")
    import redis

    server = redis.Redis(host="127.0.0.1", port=6379)
    for key in server.scan_iter(f"*{prefix}*"):
        server.delete(key)


def test_the_account_limit_is_counted_in_redis(redis_app):
    assert_account_throttled(redis_app)
    import redis

    prefix = redis_app.config["RATELIMIT_KEY_PREFIX"]
    keys = [key.decode() for key in redis.Redis(host="127.0.0.1", port=6379)
            .scan_iter(f"*{prefix}*")]
    assert any(EDITOR in key for key in keys), keys
