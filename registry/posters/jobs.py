"""Batch posters on the web, made where no request waits for them.

By default in a background thread of the web process (at most two at once). With
QUEUE_URL naming a Redis server, on an RQ queue (POSTER_QUEUE) that worker machines
consume: `flask --app registry posters worker` (or `rq worker -u $QUEUE_URL <queue>`).
Either way the status and the PDF live in a `BatchStore`, never in process memory, so
the status page shows progress from any web server and after a restart.
"""
from __future__ import annotations

import re
import secrets
import threading
from dataclasses import asdict, dataclass
from typing import Any

from flask import Flask, current_app, has_app_context
from flask_babel import gettext as _

from registry.extensions import db
from registry.models import Agency, Counter
from registry.posters.batch_store import BatchStore, FileStore, RedisStore
from registry.posters.printing import render
from registry.services import posters

JOB_ID = re.compile(r"[0-9a-f]{16}")
# In-process batches compete with page requests: cap how many one process makes at once.
RUNNING = threading.BoundedSemaphore(2)
# A queued batch may wait and run this long before RQ gives up on it.
JOB_TIMEOUT_SECONDS = 3600


class Busy(posters.PosterError):
    status = 429


@dataclass(frozen=True)
class BatchRequest:
    """What to make; plain values, as an RQ job's arguments must be."""

    job: str
    agency_id: int
    counter_id: int | None
    size: str
    language: str
    title: str
    region: str
    test: bool = False  # recorded as a test print: never listed for reprinting


def redis_connection(app: Flask) -> Any:
    """One client per app for QUEUE_URL (None without one)."""
    url = app.config.get("QUEUE_URL")
    if not url:
        return None
    if "poster_queue_redis" not in app.extensions:
        from redis import Redis

        app.extensions["poster_queue_redis"] = Redis.from_url(url)
    return app.extensions["poster_queue_redis"]


def queue(app: Flask) -> Any:
    from rq import Queue

    return Queue(app.config["POSTER_QUEUE"], connection=redis_connection(app))


def store(app: Flask) -> BatchStore:
    connection = redis_connection(app)
    if connection is not None:
        return RedisStore(connection, app.config["POSTER_QUEUE"])
    return FileStore(app)


def status(job: str) -> dict[str, Any] | None:
    if not JOB_ID.fullmatch(job):
        return None
    return store(current_app).load(job)


def pdf(job: str) -> bytes | None:
    found = status(job)
    if found is None or found.get("state") != "done":
        return None
    return store(current_app).pdf(job)


def start(agency: Agency, counter: Counter | None, size: str, language: str,
          test: bool = False) -> str:
    """Queue a batch for the agency (or one counter) and return its job id."""
    posters.poster_format(size)
    posters.poster_language(language)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    request = BatchRequest(secrets.token_hex(8), agency.id, counter.id if counter else None,
                           size, language, agency.name + (f" - {counter.name}" if counter
                                                          else ""), agency.region.slug, test)
    total = len(posters.batch_services(agency, counter))
    if redis_connection(app) is not None:
        _write(store(app), request, "queued", 0, total)
        queue(app).enqueue(run_batch, kwargs=asdict(request), job_id=f"poster-{request.job}",
                           job_timeout=JOB_TIMEOUT_SECONDS, result_ttl=0,
                           failure_ttl=JOB_TIMEOUT_SECONDS)
        return request.job
    return _start_thread(app, request, total)


def _start_thread(app: Flask, request: BatchRequest, total: int) -> str:
    if not RUNNING.acquire(blocking=False):
        raise Busy(_("Other poster batches are being made right now. Please try again in a "
                     "minute."))
    try:
        files = FileStore(app)
        files.remove_old()
        _write(files, request, "running", 0, total)
        threading.Thread(target=_run_in_thread, name=f"poster-batch-{request.job}",
                         daemon=True, args=(app, request)).start()
    except BaseException:
        RUNNING.release()
        raise
    return request.job


def _write(target: BatchStore, request: BatchRequest, state: str, done: int,
           total: int, message: str | None = None) -> None:
    target.save(request.job, {
        "state": state, "done": done, "total": total, "title": request.title,
        "region": request.region, "size": request.size, "language": request.language,
        **({"message": message} if message else {})})


def _run_in_thread(app: Flask, request: BatchRequest) -> None:
    try:
        with app.app_context():
            make(request)
    finally:
        RUNNING.release()


def run_batch(**values: Any) -> None:
    """The RQ job. `flask posters worker` runs it inside the app; a bare `rq worker`
    builds the app from the environment and instance/config.py."""
    request = BatchRequest(**values)
    if has_app_context():
        db.engine.dispose(close=False)  # a forked work horse opens its own connections
        make(request)
        return
    from registry import create_app

    with create_app().app_context():
        make(request)


def make(request: BatchRequest) -> None:
    """Make the PDF, telling the store after each poster; failures end up in the status."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    target = store(app)
    done = 0
    total = 0

    def progress(_service: object) -> None:
        nonlocal done
        done += 1
        _write(target, request, "running", done, total)

    try:
        agency = db.session.get(Agency, request.agency_id)
        counter = db.session.get(Counter, request.counter_id) if request.counter_id else None
        services = posters.batch_services(agency, counter) if agency else []
        total = len(services)
        _write(target, request, "running", 0, total)
        made = posters.batch_pdf(services, request.size, request.language, render,
                                 progress=progress, workers=app.config["POSTER_BATCH_WORKERS"],
                                 test=request.test)
        target.save_pdf(request.job, made)
        db.session.commit()
        _write(target, request, "done", done, total)
    except posters.PosterError as error:
        db.session.rollback()
        _write(target, request, "failed", done, total, error.message)
    except Exception:
        db.session.rollback()
        app.logger.exception("poster batch %s failed", request.job)
        _write(target, request, "failed", done, total,
               _("Something went wrong on our side. Please try again later."))
    finally:
        db.session.remove()


def work(app: Flask, burst: bool = False) -> bool:
    """Consume the poster queue until stopped (or, with `burst`, until it is empty)."""
    from rq import Worker

    worker = Worker([queue(app)], connection=redis_connection(app))
    return bool(worker.work(burst=burst))
