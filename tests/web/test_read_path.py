"""The read path: queries per public page, the page cache and its invalidation (in process
and in Redis), HTTP validators and Cache-Control, fingerprinted static files, and the
experience form without a session."""
import datetime as dt
import hashlib
import re
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from registry import create_app
from registry.extensions import db
from registry.models import FeeLine, ProcedureStep, Requirement, StandardVersion, VersionStatus
from registry.services.catalogue import region_by_slug, service_by_slug
from registry.services.standards import current_version, next_number, publish
from tests.conftest import TEST_CONFIG, make_app, require_redis
from tests.web.test_experience import counts, form

KTP = "/kota-contoh/layanan/ktp-el"
WITA = ZoneInfo("Asia/Makassar")


class Queries:
    """SQL statements the app runs, counted."""

    def __init__(self, app):
        self.statements: list[str] = []
        with app.app_context():
            event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args):
        self.statements.append(statement)

    def during(self, call) -> int:
        self.statements.clear()
        call()
        return len(self.statements)


def set_clock(app, moment: dt.datetime) -> None:
    app.config["CLOCK"] = lambda: moment.astimezone(dt.UTC)


def fee_section(response) -> str:
    html = response.get_data(as_text=True)
    start = html.index('<div class="fee">')
    text = re.sub(r"<[^>]+>", " ", html[start:html.index("</div>", start)])
    return " ".join(text.split()[:2])  # "Biaya Gratis", "Biaya Rp25.000"


def schedule_fee(app, amount: int, effective: dt.date, today: dt.date) -> None:
    """Publish a copy of KTP-el's standard in force with a fixed fee, from `effective`."""
    with app.app_context():
        service = service_by_slug(region_by_slug("kota-contoh"), "ktp-el")
        old = current_version(service, today)
        new = StandardVersion(
            service=service, number=next_number(service), status=VersionStatus.DRAFT,
            completion_value=old.completion_value, completion_unit=old.completion_unit,
            product=old.product,
            requirements=[Requirement(position=r.position, text=r.text)
                          for r in old.requirements],
            steps=[ProcedureStep(position=s.position, text=s.text) for s in old.steps],
            fee_lines=[FeeLine(position=0, kind="fixed", amount=amount, label="",
                               regulation="Perda Kota Contoh (uji)")],
            change_summary="Tarif baru (uji)")
        db.session.add(new)
        db.session.flush()
        publish(new, effective, today)
        db.session.commit()


def move_region_to_wita(app) -> None:
    with app.app_context():
        region_by_slug("kota-contoh").timezone = "Asia/Makassar"
        db.session.commit()


# Pinned: what each public page costs when rendered in a fresh app (the first render also
# learns the region's time zone: one query), and served again from the cache (none).
# A published version's parts come with its row (stored at publication): no query for them.
# A service page: the region, the service with its agency and published versions, and the
# calendar and contacts in one query; an agency page likewise, plus its versions in force.
PAGES = {
    KTP: 4,
    "/kota-contoh/": 6,
    "/kota-contoh/instansi/disdukcapil": 5,
    "/kota-contoh/kategori/kelahiran": 6,
    "/kota-contoh/cari?q=akta": 6,
    "/api/v1/services/ktp-el?region=kota-contoh": 4,
    "/api/v1/services?region=kota-contoh&per_page=100": 6,
}


@pytest.mark.parametrize("url", PAGES)
def test_queries_per_public_page_rendered_then_cached(app, url):
    # One moment for both requests: a page whose due time moves every minute (KTP-el's 60
    # minutes) would otherwise be rendered afresh when a slow run crosses a minute.
    moment = dt.datetime.now(dt.UTC)
    app.config["CLOCK"] = lambda: moment
    client = app.test_client()
    queries = Queries(app)
    first = {}
    assert queries.during(lambda: first.setdefault("r", client.get(url))) == PAGES[url]
    assert first["r"].status_code == 200
    second = {}
    assert queries.during(lambda: second.setdefault("r", client.get(url))) == 0
    assert second["r"].get_data() == first["r"].get_data()


def test_a_service_page_reads_only_the_version_in_force_and_no_drafts(app):
    with app.app_context():
        from registry.services.standards import new_draft_from

        service = service_by_slug(region_by_slug("kota-contoh"), "ktp-el")
        new_draft_from(service, None, dt.date(2026, 12, 1))
        db.session.commit()
    client = app.test_client()
    client.get(KTP)  # the changes between published versions are now known
    with app.app_context():
        from registry.services import cache

        cache.invalidate()
    queries = Queries(app)
    queries.during(lambda: client.get(KTP))
    parts = [s for s in queries.statements if s.lstrip().startswith("SELECT requirement.")]
    # The parts of the versions shown come with their rows (stored at publication), and the
    # draft's never; the new generation makes the page learn the region's zone again.
    assert parts == []
    assert len(queries.statements) == 4


def test_the_api_list_is_cut_in_the_database(app):
    queries = Queries(app)
    response = {}
    queries.during(lambda: response.setdefault(
        "r", app.test_client().get("/api/v1/services?region=kota-contoh&per_page=2&page=2")))
    body = response["r"].get_json()
    assert body["page"] == 2 and len(body["items"]) == 2
    listing = [s for s in queries.statements if "ORDER BY service.name, service.slug" in s]
    # SQLite: LIMIT ? OFFSET ?; PostgreSQL: LIMIT %(param_1)s::INTEGER OFFSET ...
    assert len(listing) == 1 and re.search(r"\sLIMIT \S+ OFFSET \S+$", listing[0].rstrip())


def test_a_version_effective_at_midnight_wita_is_served_from_that_moment(app):
    move_region_to_wita(app)
    set_clock(app, dt.datetime(2026, 12, 1, 12, 0, tzinfo=WITA))
    schedule_fee(app, 25000, effective=dt.date(2026, 12, 2), today=dt.date(2026, 12, 1))
    client = app.test_client()

    set_clock(app, dt.datetime(2026, 12, 1, 23, 59, 59, tzinfo=WITA))
    before = client.get(KTP)
    assert fee_section(before) == "Biaya Gratis"
    # Nobody downstream may keep it past midnight: one second left, nothing stale after.
    assert before.headers["Cache-Control"] == "public, max-age=1"
    assert fee_section(client.get(KTP)) == "Biaya Gratis"  # from the cache

    set_clock(app, dt.datetime(2026, 12, 2, 0, 0, 0, tzinfo=WITA))
    after = client.get(KTP)
    assert fee_section(after) == "Biaya Rp25.000"
    assert client.get(KTP, headers={"If-None-Match": before.headers["ETag"]}).status_code \
        == 200


def test_a_publication_is_served_at_once_and_downstream_caches_are_told_how_long(app):
    move_region_to_wita(app)
    set_clock(app, dt.datetime(2026, 12, 1, 20, 0, tzinfo=WITA))  # office closed: no due
    client = app.test_client()
    old = client.get(KTP)
    assert fee_section(old) == "Biaya Gratis"
    # The documented bound (README, HTTP_MAX_AGE + HTTP_STALE_WHILE_REVALIDATE): 90 s.
    assert old.headers["Cache-Control"] == "public, max-age=60, stale-while-revalidate=30"
    schedule_fee(app, 30000, effective=dt.date(2026, 12, 1), today=dt.date(2026, 12, 1))
    new = client.get(KTP, headers={"If-None-Match": old.headers["ETag"]})
    assert new.status_code == 200
    assert fee_section(new) == "Biaya Rp30.000"
    api = client.get("/api/v1/services/ktp-el?region=kota-contoh").get_json()
    assert api["fee"]["lines"][0]["amount"] == 30000


def test_etag_and_last_modified_answer_304(app):
    client = app.test_client()
    set_clock(app, dt.datetime(2026, 12, 1, 20, 0, tzinfo=ZoneInfo("Asia/Jakarta")))
    for url in (KTP, "/kota-contoh/", "/api/v1/services/ktp-el?region=kota-contoh",
                "/api/v1/services?region=kota-contoh"):
        first = client.get(url)
        assert first.status_code == 200
        assert first.headers["Last-Modified"] == "Tue, 01 Dec 2026 13:00:00 GMT"
        etag = first.headers["ETag"]
        again = client.get(url, headers={"If-None-Match": etag})
        assert (again.status_code, again.get_data(), again.headers["ETag"]) == (304, b"", etag)
        since = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
        assert since.status_code == 304
        older = client.get(url, headers={"If-Modified-Since": "Tue, 01 Dec 2026 12:59:59 GMT"})
        assert older.status_code == 200 and older.get_data() == first.get_data()


def test_due_date_pages_are_kept_only_until_the_due_date_moves(app):
    client = app.test_client()
    jakarta = ZoneInfo("Asia/Jakarta")
    # KTP-el takes 60 minutes on the office clock: the due time moves every minute.
    set_clock(app, dt.datetime(2026, 12, 1, 10, 15, 40, tzinfo=jakarta))
    assert client.get(KTP).headers["Cache-Control"] == \
        "public, max-age=20"
    # Akta kelahiran takes 5 working days: the due day moves at closing time (15:30 on a
    # Tuesday at Disdukcapil).
    set_clock(app, dt.datetime(2026, 12, 1, 15, 29, 0, tzinfo=jakarta))
    assert client.get("/kota-contoh/layanan/akta-kelahiran").headers["Cache-Control"] == \
        "public, max-age=60"
    set_clock(app, dt.datetime(2026, 12, 1, 15, 29, 50, tzinfo=jakarta))
    # Five working days after Tuesday 1 December (Saturdays off): Tuesday 8 December.
    assert re.search(r"<strong>Selasa, 0?8 Desember 2026</strong>", client.get(
        "/kota-contoh/layanan/akta-kelahiran").get_data(as_text=True))
    set_clock(app, dt.datetime(2026, 12, 1, 15, 30, 0, tzinfo=jakarta))
    # Handed in after closing: handling starts on Wednesday, so the result is due a day later.
    assert re.search(r"<strong>Rabu, 0?9 Desember 2026</strong>", client.get(
        "/kota-contoh/layanan/akta-kelahiran").get_data(as_text=True))


def test_static_files_carry_their_hash_and_are_kept_a_year(client):
    css = Path(__file__).parents[2] / "registry" / "static" / "site.css"
    fingerprint = hashlib.sha256(css.read_bytes()).hexdigest()[:12]
    response = client.get(f"/static/site.css?v={fingerprint}")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.get_data() == css.read_bytes()
    # An address without (or with an old) fingerprint is checked again each time.
    for url in ("/static/site.css", "/static/site.css?v=000000000000"):
        assert "immutable" not in client.get(url).headers.get("Cache-Control", "")


def test_staff_pages_and_cookie_setting_answers_are_private(client):
    assert client.get("/staff/login").headers["Cache-Control"] == "private, no-store"
    switched = client.get(KTP + "?lang=en")
    assert "lang=en" in switched.headers["Set-Cookie"]
    assert switched.headers["Cache-Control"] == "private, no-store"


@pytest.fixture
def csrf_app(databases):
    yield from make_app(databases, "demo", WTF_CSRF_ENABLED=True)


def token_of(html: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def test_a_service_page_with_the_form_sets_no_cookie(csrf_app):
    client = csrf_app.test_client()
    for _ in range(2):  # rendered, then from the cache
        response = client.get(KTP)
        assert response.status_code == 200
        assert "Set-Cookie" not in response.headers
        assert response.headers["Cache-Control"].startswith("public, max-age=")
        assert len(token_of(response.get_data(as_text=True))) == 40


def test_a_cross_origin_post_of_the_form_is_refused(csrf_app):
    client = csrf_app.test_client()
    token = token_of(client.get(KTP).get_data(as_text=True))
    before = counts(csrf_app)
    data = {**form(csrf_app), "csrf_token": token}
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"},
                    {"Referer": "https://evil.example/page"},
                    {"Sec-Fetch-Site": "cross-site"}):
        assert client.post(KTP + "/pengalaman", data=data, headers=headers).status_code == 400
    assert client.post(KTP + "/pengalaman", data={**data, "csrf_token": "0" * 40},
                       headers={"Origin": "http://registry.test"}).status_code == 400
    assert counts(csrf_app) == before
    response = client.post(KTP + "/pengalaman", data=data,
                           headers={"Origin": "http://registry.test"})
    assert response.status_code == 303
    assert "Set-Cookie" not in response.headers
    assert counts(csrf_app)[0] == before[0] + 1


def test_yesterdays_token_is_taken_and_older_ones_are_not(csrf_app):
    from registry.public import antiforgery

    client = csrf_app.test_client()
    with csrf_app.test_request_context():
        region = region_by_slug("kota-contoh")
        service = service_by_slug(region, "ktp-el")
        from registry.services.schedule import region_today

        today = region_today(region)
        yesterday = antiforgery.token(service, today - dt.timedelta(days=1))
        older = antiforgery.token(service, today - dt.timedelta(days=2))
    assert client.post(KTP + "/pengalaman", data={**form(csrf_app), "csrf_token": older}
                       ).status_code == 400
    assert client.post(KTP + "/pengalaman", data={**form(csrf_app), "csrf_token": yesterday}
                       ).status_code == 303


def test_workers_without_redis_share_invalidation_through_the_generation_file(
        databases, tmp_path):
    generation = str(tmp_path / "generation")
    apps = make_app(databases, "demo", CACHE_GENERATION_FILE=generation)
    first = next(apps)
    second = create_app({**TEST_CONFIG, "CACHE_GENERATION_FILE": generation,
                         "SQLALCHEMY_DATABASE_URI": first.config["SQLALCHEMY_DATABASE_URI"]})
    try:
        for app in (first, second):
            set_clock(app, dt.datetime(2026, 12, 1, 20, 0, tzinfo=ZoneInfo("Asia/Jakarta")))
        assert fee_section(second.test_client().get(KTP)) == "Biaya Gratis"
        schedule_fee(first, 15000, effective=dt.date(2026, 12, 1), today=dt.date(2026, 12, 1))
        assert fee_section(second.test_client().get(KTP)) == "Biaya Rp15.000"
    finally:
        with second.app_context():
            db.engine.dispose()
        next(apps, None)



@pytest.fixture
def redis_prefix():
    require_redis()
    import redis

    prefix = f"rp-test:{uuid.uuid4().hex}:"
    yield prefix
    server = redis.Redis(host="127.0.0.1", port=6379, db=1)
    for key in server.scan_iter(f"{prefix}*"):
        server.delete(key)


def test_two_servers_share_the_cache_and_its_invalidation_in_redis(databases, redis_prefix):
    import redis

    shared = {"CACHE_URL": "redis://127.0.0.1:6379/1", "CACHE_KEY_PREFIX": redis_prefix}
    apps = make_app(databases, "demo", **shared)
    first = next(apps)
    second = create_app({**TEST_CONFIG, **shared,
                         "SQLALCHEMY_DATABASE_URI": first.config["SQLALCHEMY_DATABASE_URI"]})
    try:
        for app in (first, second):
            set_clock(app, dt.datetime(2026, 12, 1, 20, 0, tzinfo=ZoneInfo("Asia/Jakarta")))
        rendered = first.test_client().get(KTP)
        server = redis.Redis(host="127.0.0.1", port=6379, db=1)
        assert any(key.startswith(f"{redis_prefix}page:".encode())
                   for key in server.scan_iter(f"{redis_prefix}*"))
        queries = Queries(second)
        shared_answer = {}
        # The second server learns the zone once (one query), then serves the stored page.
        assert queries.during(lambda: shared_answer.setdefault(
            "r", second.test_client().get(KTP))) == 1
        assert shared_answer["r"].get_data() == rendered.get_data()
        assert shared_answer["r"].headers["ETag"] == rendered.headers["ETag"]

        schedule_fee(first, 20000, effective=dt.date(2026, 12, 1), today=dt.date(2026, 12, 1))
        assert int(server.get(f"{redis_prefix}generation")) == 1
        assert fee_section(second.test_client().get(KTP)) == "Biaya Rp20.000"
    finally:
        with second.app_context():
            db.engine.dispose()
        next(apps, None)


def test_a_cached_page_is_still_served_while_the_database_is_away(app):
    import shutil

    from sqlalchemy.engine import make_url

    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        pytest.skip("SQLite only")
    client = app.test_client()
    rendered = client.get(KTP)
    path = Path(make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database)
    moved = path.with_name(path.name + ".away")
    shutil.move(path, moved)
    with app.app_context():
        db.engine.dispose()
    try:
        during = client.get(KTP)
        assert (during.status_code, during.get_data()) == (200, rendered.get_data())
        assert client.get("/kota-contoh/layanan/pbg").status_code == 503  # never rendered
    finally:
        shutil.move(moved, path)


def test_an_unreachable_redis_means_pages_from_the_database(databases):
    # Nothing listens on this port of the range given to these tests.
    apps = make_app(databases, "demo", CACHE_URL="redis://127.0.0.1:5119/1")
    app = next(apps)
    try:
        set_clock(app, dt.datetime(2026, 12, 1, 20, 0, tzinfo=ZoneInfo("Asia/Jakarta")))
        response = app.test_client().get(KTP)
        assert response.status_code == 200
        assert fee_section(response) == "Biaya Gratis"
        schedule_fee(app, 12000, effective=dt.date(2026, 12, 1), today=dt.date(2026, 12, 1))
        assert fee_section(app.test_client().get(KTP)) == "Biaya Rp12.000"
    finally:
        next(apps, None)
