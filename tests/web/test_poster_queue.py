"""Poster batches on a real RQ queue in a real Redis (DB 3), made by a real worker: the
status page shows the queue, then the progress, from any web process, after a restart."""
from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
import zxingcpp
from sqlalchemy import select

from registry import create_app
from registry.extensions import db
from registry.models import Poster
from registry.services import catalogue, posters
from tests.conftest import TEST_CONFIG, make_app, require_redis
from tests.web.staff_helpers import EDITOR, login
from tests.web.test_posters import get_pdf, pdf_pages

REDIS_URL = "redis://127.0.0.1:6379/3"



@pytest.fixture
def queue_app(databases, tmp_path):
    require_redis()
    name = f"posters-test-{uuid.uuid4().hex[:12]}"
    yield from make_app(databases, "demo", QUEUE_URL=REDIS_URL, POSTER_QUEUE=name,
                        POSTER_DIR=str(tmp_path / "posters"))
    import redis

    server = redis.Redis.from_url(REDIS_URL)
    for key in [*server.scan_iter(f"*{name}*"), *server.scan_iter("rq:job:poster-*")]:
        server.delete(key)
    server.srem("rq:queues", f"rq:queue:{name}")


def restarted(app):
    """Another web process on the same database and Redis: nothing shared in memory."""
    return create_app({**TEST_CONFIG, **{key: app.config[key] for key in (
        "SQLALCHEMY_DATABASE_URI", "QUEUE_URL", "POSTER_QUEUE", "POSTER_DIR")}})


def start_batch(app):
    client = app.test_client()
    login(client, EDITOR)
    with app.app_context():
        region = catalogue.region_by_slug("kota-contoh")
        agency = catalogue.agency_by_slug(region, "disdukcapil")
        counter = agency.counters[0]
        slugs = [s.slug for s in posters.batch_services(agency, counter)]
        counter_id = counter.id
    response = client.post("/kota-contoh/instansi/disdukcapil/poster/batch",
                           data={"counter": str(counter_id), "size": "a4", "lang": "id"})
    assert response.status_code == 303
    return response.location, slugs


def assert_made(app, status_url: str, slugs: list[str]) -> None:
    client = restarted(app).test_client()
    html = client.get(status_url).get_data(as_text=True)
    assert f"Selesai: {len(slugs)} poster dalam satu PDF." in html
    assert 'http-equiv="refresh"' not in html
    pdf = get_pdf(client, status_url + ".pdf")
    assert len(pdf_pages(pdf)) == len(slugs) >= 2
    with app.app_context():
        codes = {p.service.slug: p.code for p in db.session.scalars(select(Poster))}
    assert sorted(codes) == sorted(slugs)
    first = pdf_pages(pdf)[0].render(scale=2).to_pil()
    [found] = zxingcpp.read_barcodes(first)
    assert found.text == f"http://registry.test/v/{codes[slugs[0]]}"


def test_a_queued_batch_waits_for_a_worker_and_survives_a_web_restart(queue_app,
                                                                     monkeypatch):
    from rq import Queue, SimpleWorker

    from registry.posters import batch_store, jobs

    status_url, slugs = start_batch(queue_app)
    job = status_url.rsplit("/", 1)[-1]
    html = restarted(queue_app).test_client().get(status_url).get_data(as_text=True)
    assert f"Menunggu pekerja poster yang bebas: {len(slugs)} poster akan dibuat." in html
    assert f'<progress max="{len(slugs)}" value="0">' in html
    assert 'http-equiv="refresh"' in html
    import redis

    connection = redis.Redis.from_url(REDIS_URL)
    queue = Queue(queue_app.config["POSTER_QUEUE"], connection=connection)
    assert queue.job_ids == [f"poster-{job}"]

    written = []
    real_save = batch_store.RedisStore.save
    monkeypatch.setattr(batch_store.RedisStore, "save", lambda self, job_id, status: (
        written.append((status["state"], status["done"])), real_save(self, job_id, status)))
    with queue_app.app_context():
        assert SimpleWorker([queue], connection=connection).work(burst=True)
    assert written == [("running", 0), *(("running", n) for n in range(1, len(slugs) + 1)),
                       ("done", len(slugs))]
    assert queue.count == 0
    assert_made(queue_app, status_url, slugs)
    assert jobs.status("../etc") is None


def test_the_worker_command_makes_queued_batches(queue_app, tmp_path):
    status_url, slugs = start_batch(queue_app)
    env = {**os.environ, "DATABASE_URL": queue_app.config["SQLALCHEMY_DATABASE_URI"],
           "PUBLIC_BASE_URL": "http://registry.test", "QUEUE_URL": REDIS_URL,
           "POSTER_QUEUE": queue_app.config["POSTER_QUEUE"],
           "POSTER_DIR": queue_app.config["POSTER_DIR"]}
    worker = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "registry", "posters", "worker", "--burst"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert worker.returncode == 0, worker.stderr[-2000:]
    assert_made(queue_app, status_url, slugs)


def test_the_worker_command_needs_a_queue(runner):
    result = runner.invoke(args=["posters", "worker", "--burst"])
    assert result.exit_code == 1
    assert "Set QUEUE_URL to the Redis server of the poster queue" in result.output
