"""Printing posters."""
from __future__ import annotations

import os

import click
from flask.cli import AppGroup

from registry.extensions import db

posters = AppGroup("posters", help="Print posters.")


@posters.command("batch")
@click.option("--agency", "agency_slug", required=True, help="Agency slug.")
@click.option("--counter", "counter_id", type=int, help="Only this counter's services.")
@click.option("--region", "region_slug", help="Region slug (default: the only region).")
@click.option("--size", type=click.Choice(["a4", "a3"]), default="a4", show_default=True)
@click.option("--lang", "language", type=click.Choice(["id", "id-en"]), default="id",
              show_default=True)
@click.option("--jobs", type=click.IntRange(1, 64), default=os.cpu_count() or 1,
              show_default="number of CPUs", help="Processes laying out posters.")
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
def posters_batch(agency_slug: str, counter_id: int | None, region_slug: str | None,
                  size: str, language: str, jobs: int, out: str) -> None:
    """One PDF with a poster for every service of an agency or one of its counters."""
    from registry.posters.printing import render
    from registry.services import catalogue, links
    from registry.services import posters as poster_service

    if not links.configured():
        raise click.ClickException("Set PUBLIC_BASE_URL: the QR codes need the public "
                                   "address of the registry.")
    region = catalogue.region_by_slug(region_slug) if region_slug \
        else catalogue.default_region()
    if region is None:
        raise click.ClickException("No such region; name one with --region.")
    agency = catalogue.agency_by_slug(region, agency_slug)
    if agency is None:
        raise click.ClickException(f"No agency {agency_slug!r} in {region.slug}.")
    counter = None
    if counter_id is not None:
        counter = next((c for c in agency.counters if c.id == counter_id), None)
        if counter is None:
            raise click.ClickException(f"No counter {counter_id} at {agency.slug}.")
    services = poster_service.batch_services(agency, counter)
    try:
        with click.progressbar(length=len(services), label="Posters", show_pos=True) as bar:
            pdf = poster_service.batch_pdf(services, size, language, render, actor="cli",
                                           progress=lambda _service: bar.update(1),
                                           workers=jobs)
    except poster_service.PosterError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from error
    with open(out, "wb") as target:
        target.write(pdf)
    db.session.commit()
    click.echo(f"Wrote {len(services)} posters to {out}.")


@posters.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def posters_worker(burst: bool) -> None:
    """Make the web's poster batches from the RQ queue (needs QUEUE_URL)."""
    from flask import current_app

    from registry.posters import jobs as poster_jobs

    if not current_app.config.get("QUEUE_URL"):
        raise click.ClickException("Set QUEUE_URL to the Redis server of the poster "
                                   "queue, e.g. redis://127.0.0.1:6379/0.")
    poster_jobs.work(current_app._get_current_object(), burst=burst)  # type: ignore[attr-defined]
