"""Batch posters on the web: rendered in a background thread so no request waits for
them; the status page reads a small JSON file the thread keeps up to date."""
from __future__ import annotations

import json
import os
import re
import secrets
import threading
import time

from flask import Flask, current_app
from flask_babel import gettext as _

from registry.extensions import db
from registry.models import Agency, Counter
from registry.posters.printing import render
from registry.services import posters

JOB_ID = re.compile(r"[0-9a-f]{16}")
# Batches are public for now: cap how many one process makes at once.
RUNNING = threading.BoundedSemaphore(2)
# Finished batch files are kept this long for download, then removed.
KEEP_SECONDS = 24 * 3600


class Busy(posters.PosterError):
    status = 429


def _folder(app: Flask) -> str:
    base = app.config.get("POSTER_DIR") or os.path.join(app.instance_path, "posters")
    path = os.path.join(base, "batches")
    os.makedirs(path, exist_ok=True)
    return path


def _write_status(app: Flask, job: str, **status) -> None:
    path = os.path.join(_folder(app), f"{job}.json")
    temporary = f"{path}.tmp"
    with open(temporary, "w") as out:
        json.dump(status, out)
    os.replace(temporary, path)


def status(job: str) -> dict | None:
    if not JOB_ID.fullmatch(job):
        return None
    try:
        with open(os.path.join(_folder(current_app), f"{job}.json")) as found:
            return json.load(found)
    except FileNotFoundError:
        return None


def pdf_path(job: str) -> str | None:
    found = status(job)
    if found is None or found.get("state") != "done":
        return None
    return os.path.join(_folder(current_app), f"{job}.pdf")


def start(agency: Agency, counter: Counter | None, size: str, language: str) -> str:
    """Queue a batch for the agency (or one counter) and return its job id."""
    posters.poster_format(size)
    posters.poster_language(language)
    total = len(posters.batch_services(agency, counter))
    app = current_app._get_current_object()
    if not RUNNING.acquire(blocking=False):
        raise Busy(_("Other poster batches are being made right now. Please try again in a "
                     "minute."))
    _remove_old(app)
    job = secrets.token_hex(8)
    title = agency.name + (f" - {counter.name}" if counter else "")
    try:
        _write_status(app, job, state="running", done=0, total=total, title=title,
                      region=agency.region.slug, size=size, language=language)
        thread = threading.Thread(
            target=_run, name=f"poster-batch-{job}", daemon=True,
            args=(app, job, agency.id, counter.id if counter else None, size, language,
                  title))
        thread.start()
    except BaseException:
        RUNNING.release()
        raise
    return job


def _remove_old(app: Flask) -> None:
    folder = _folder(app)
    limit = time.time() - KEEP_SECONDS
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.getmtime(path) < limit:
            os.remove(path)


def _run(app: Flask, job: str, agency_id: int, counter_id: int | None, size: str,
         language: str, title: str) -> None:
    try:
        with app.app_context():
            _make(app, job, agency_id, counter_id, size, language, title)
    finally:
        RUNNING.release()


def _make(app: Flask, job: str, agency_id: int, counter_id: int | None, size: str,
          language: str, title: str) -> None:
    agency = db.session.get(Agency, agency_id)
    common = dict(total=0, title=title, region=agency.region.slug, size=size,
                  language=language)
    done = 0

    def progress(_service) -> None:
        nonlocal done
        done += 1
        _write_status(app, job, state="running", done=done, **common)

    try:
        counter = db.session.get(Counter, counter_id) if counter_id else None
        services = posters.batch_services(agency, counter)
        common["total"] = len(services)
        pdf = posters.batch_pdf(services, size, language, render, progress=progress,
                                workers=app.config["POSTER_BATCH_WORKERS"])
        with open(os.path.join(_folder(app), f"{job}.pdf"), "wb") as out:
            out.write(pdf)
        db.session.commit()
        _write_status(app, job, state="done", done=done, **common)
    except posters.PosterError as error:
        db.session.rollback()
        _write_status(app, job, state="failed", done=done, message=error.message, **common)
    except Exception:
        db.session.rollback()
        app.logger.exception("poster batch %s failed", job)
        _write_status(app, job, state="failed", done=done,
                      message=_("Something went wrong on our side. Please try again later."),
                      **common)
    finally:
        db.session.remove()
