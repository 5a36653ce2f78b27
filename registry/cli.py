"""flask commands: demo data, staff accounts, statuses, import/export, backup, translations."""
from __future__ import annotations

import os
from pathlib import Path

import click
from flask import Flask
from flask_babel import gettext as _

from registry.extensions import db

TRANSLATIONS = Path(__file__).parent / "translations"
ROOT = Path(__file__).parent.parent


def register(app: Flask) -> None:
    @app.cli.command("seed-demo")
    @click.option("--if-empty", is_flag=True, help="Only load when the database has no region.")
    def seed_demo(if_empty: bool) -> None:
        """Load the demonstration region (fictional, example amounts)."""
        from registry.services.demo import database_is_empty, load_demo

        if not database_is_empty():
            if if_empty:
                click.echo("Database already has data; demo not loaded.")
                return
            raise click.ClickException("The database already has data; demo not loaded.")
        region = load_demo()
        db.session.commit()
        click.echo(f"Loaded demo region {region.slug!r} with {len(region.agencies)} agencies.")

    register_transfer(app)
    register_backup(app)
    register_skm(app)

    @app.cli.command("create-user")
    @click.option("--email", required=True)
    @click.option("--name", required=True)
    @click.option("--role", required=True,
                  type=click.Choice(["region_admin", "agency_editor", "agency_approver"]))
    @click.option("--region", "region_slug", required=True, help="Region slug.")
    @click.option("--agency", "agency_slug", help="Agency slug (agency roles).")
    @click.password_option(help="Prompted for (twice) when not given.")
    def create_user(email: str, name: str, role: str, region_slug: str,
                    agency_slug: str | None, password: str) -> None:
        """Create a staff account."""
        from registry.services.accounts import AccountError
        from registry.services.accounts import create_user as create
        from registry.services.catalogue import agency_by_slug, region_by_slug
        from registry.services.passwords import WeakPassword

        region = region_by_slug(region_slug)
        if region is None:
            raise click.ClickException(f"No region {region_slug!r}.")
        agency = agency_by_slug(region, agency_slug) if agency_slug else None
        if agency_slug and agency is None:
            raise click.ClickException(f"No agency {agency_slug!r} in {region_slug!r}.")
        try:
            user = create(email, name, role, region, agency, password)
        except WeakPassword:
            raise click.ClickException(_(
                "The password needs 12 to 200 characters and must not be a common "
                "password.")) from None
        except AccountError as error:
            raise click.ClickException(str(error)) from None
        db.session.commit()
        click.echo(f"Created {user.role} {user.email}.")

    @app.cli.command("refresh-statuses")
    def refresh_statuses_command() -> None:
        """Mark versions superseded once a scheduled version takes effect (run daily).

        Pages already pick the version in force by date in the region's time zone; this
        only brings the stored statuses up to date.
        """
        from sqlalchemy import select

        from registry.models import Service
        from registry.services.schedule import region_today
        from registry.services.standards import refresh_statuses

        count = 0
        for service in db.session.scalars(select(Service)):
            refresh_statuses(service, region_today(service.region))
            count += 1
        db.session.commit()
        click.echo(f"Refreshed {count} services.")

    @app.cli.group()
    def posters() -> None:
        """Print posters."""

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
            with click.progressbar(length=len(services), label="Posters",
                                   show_pos=True) as bar:
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
        from registry.posters import jobs as poster_jobs

        if not app.config.get("QUEUE_URL"):
            raise click.ClickException("Set QUEUE_URL to the Redis server of the poster "
                                       "queue, e.g. redis://127.0.0.1:6379/0.")
        poster_jobs.work(app, burst=burst)

    @app.cli.group()
    def translate() -> None:
        """Extract, update and compile the Babel catalogues."""

    def pybabel(*args: str) -> None:
        from babel.messages.frontend import CommandLineInterface

        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            CommandLineInterface().run(["pybabel", *args])
        finally:
            os.chdir(cwd)

    @translate.command()
    def update() -> None:
        """Extract strings and merge them into every catalogue."""
        pybabel("extract", "-F", "babel.cfg", "-k", "_l", "-k", "words", "--no-location",
                "-o", str(TRANSLATIONS / "messages.pot"), "registry")
        pybabel("update", "-i", str(TRANSLATIONS / "messages.pot"), "-d", str(TRANSLATIONS),
                "--no-fuzzy-matching")

    @translate.command()
    def compile() -> None:  # noqa: A001 - the pybabel verb
        """Compile catalogues to .mo files."""
        pybabel("compile", "-d", str(TRANSLATIONS))


def _region_option(slug: str | None):
    from registry.services.catalogue import default_region, region_by_slug

    region = region_by_slug(slug) if slug else default_region()
    if region is None:
        raise click.ClickException(
            _("Unknown region %(slug)s.", slug=slug) if slug
            else _("Several regions exist; choose one with --region."))
    return region


def register_transfer(app: Flask) -> None:
    @app.cli.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--region", "region_slug", help="Only rows of this region (slug); "
                  "a blank region column means this one.")
    @click.option("--agency", "agency_slug", help="Only services of this agency (slug).")
    @click.option("--dry-run", is_flag=True, help="Show the preview, write nothing.")
    @click.option("--confirm-large-amounts", is_flag=True,
                  help="Accept fees above Rp1.000.000.000.")
    def import_file(file: Path, region_slug: str | None, agency_slug: str | None,
                    dry_run: bool, confirm_large_amounts: bool) -> None:
        """Import standards from an XLSX or CSV file as drafts (all or nothing)."""
        from registry.services import transfer
        from registry.services.catalogue import agency_by_slug

        region = _region_option(region_slug) if region_slug or agency_slug else None
        agency = None
        if agency_slug:
            agency = agency_by_slug(region, agency_slug)
            if agency is None:
                raise click.ClickException(_("Unknown agency %(slug)s.", slug=agency_slug))
        preview = transfer.preview_import(file.read_bytes(), file.name, region=region,
                                          agency=agency,
                                          confirm_large_amounts=confirm_large_amounts)
        for line in transfer.preview_lines(preview):
            click.echo(line)
        if not preview.ok:
            db.session.rollback()
            click.echo(_("Nothing was imported."), err=True)
            raise SystemExit(1)
        if dry_run:
            db.session.rollback()
            click.echo(_("Dry run: nothing was written."))
            return
        try:
            result = transfer.apply_import(preview, actor="cli")
            db.session.commit()
        except Exception:
            db.session.rollback()
            raise
        click.echo(_("Imported: %(services)d new services, %(drafts)d drafts.",
                     services=len(result.services), drafts=len(result.drafts)))

    @app.cli.command("export")
    @click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--region", "region_slug", help="Region slug (default: the only region).")
    @click.option("--agency", "agency_slug", help="Only this agency's services (slug).")
    @click.option("--template", is_flag=True, help="Write a blank XLSX template instead.")
    def export(out: Path, region_slug: str | None, agency_slug: str | None,
               template: bool) -> None:
        """Export the standards in force as XLSX or CSV (by the file's extension)."""
        from registry.services import transfer
        from registry.services.catalogue import agency_by_slug

        suffix = out.suffix.lower()
        if suffix not in (".xlsx", ".csv") or (template and suffix != ".xlsx"):
            raise click.ClickException(_("Name the output file .xlsx or .csv."))
        if template:
            with out.open("wb") as handle:
                transfer.write_template(handle)
            click.echo(_("Blank template written to %(path)s.", path=out))
            return
        region = _region_option(region_slug)
        agency = None
        if agency_slug:
            agency = agency_by_slug(region, agency_slug)
            if agency is None:
                raise click.ClickException(_("Unknown agency %(slug)s.", slug=agency_slug))
        items = transfer.standards_to_export(region, agency)
        writer = transfer.write_xlsx if suffix == ".xlsx" else transfer.write_csv
        with click.progressbar(items, label=_("Exporting")) as bar, out.open("wb") as handle:
            writer(bar, handle)
        click.echo(_("%(count)d standards written to %(path)s.", count=len(items), path=out))


def register_backup(app: Flask) -> None:
    @app.cli.command("backup")
    @click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
    def backup(dest: Path) -> None:
        """Back up the database to DEST (SQLite); for PostgreSQL, print the pg_dump command."""
        from registry.services.backup import BackupError, backup_sqlite, is_sqlite, pg_dump_command

        if not is_sqlite(db.engine):
            raise click.ClickException(_(
                "This database is PostgreSQL; back it up with: %(command)s",
                command=pg_dump_command(db.engine, str(dest))))
        try:
            size = backup_sqlite(db.engine, dest)
        except BackupError as error:
            raise click.ClickException(str(error)) from error
        click.echo(_("Backup written to %(path)s (%(size)d bytes).", path=dest, size=size))

    @app.cli.command("restore")
    @click.argument("src", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--yes", is_flag=True, help="Replace the live database without asking.")
    def restore(src: Path, yes: bool) -> None:
        """Replace the SQLite database with the backup SRC (stop the web server first)."""
        from registry.services.backup import BackupError, check_backup, is_sqlite, restore_sqlite

        if not is_sqlite(db.engine):
            raise click.ClickException(_(
                "This database is PostgreSQL; restore it with pg_restore (see README)."))
        try:
            check_backup(src)
            if not yes:
                click.confirm(_("Replace everything in the live database with %(path)s?",
                                path=src), abort=True)
            db.session.remove()
            counts = restore_sqlite(db.engine, src)
        except BackupError as error:
            raise click.ClickException(str(error)) from error
        click.echo(_("Restored %(path)s: %(services)d services, %(versions)d versions.",
                     path=src, services=counts["service"],
                     versions=counts["standard_version"]))


def register_skm(app: Flask) -> None:
    @app.cli.group()
    def skm() -> None:
        """The satisfaction survey (SKM)."""

    @skm.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--region", "region_slug", required=True, help="Region slug.")
    @click.option("--agency", "agency_slug", required=True, help="Agency slug.")
    @click.option("--source", type=click.Choice(["paper", "kiosk"]), default="paper",
                  show_default=True, help="Where the questionnaires were filled in.")
    @click.option("--dry-run", is_flag=True, help="Show the preview, write nothing.")
    def import_skm(file: Path, region_slug: str, agency_slug: str, source: str,
                   dry_run: bool) -> None:
        """Import paper or kiosk questionnaires from an XLSX or CSV file (all or nothing)."""
        from registry.services import skm_import
        from registry.services.catalogue import agency_by_slug
        from registry.services.schedule import region_today
        from registry.services.transfer import ImportRefused

        region = _region_option(region_slug)
        agency = agency_by_slug(region, agency_slug)
        if agency is None:
            raise click.ClickException(_("Unknown agency %(slug)s.", slug=agency_slug))
        preview = skm_import.preview_skm_import(file.read_bytes(), file.name, agency,
                                                source=source, today=region_today(region))
        for line in skm_import.preview_lines(preview):
            click.echo(line)
        if not preview.ok or dry_run:
            db.session.rollback()
            if not preview.ok:
                click.echo(_("Nothing was imported."), err=True)
                raise SystemExit(1)
            click.echo(_("Dry run: nothing was written."))
            return
        try:
            batch = skm_import.apply_skm_import(preview, agency, actor="cli")
        except ImportRefused as refused:
            db.session.rollback()
            raise click.ClickException(str(refused)) from None
        db.session.commit()
        click.echo(_("Imported %(rows)d questionnaires for %(agency)s.", rows=batch.rows,
                     agency=agency.slug))
