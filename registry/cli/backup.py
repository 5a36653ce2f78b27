"""Backing up and restoring the database (SQLite; PostgreSQL gets the right command)."""
from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext
from flask_babel import gettext as _

from registry.extensions import db


@click.command("backup")
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
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


@click.command("restore")
@click.argument("src", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Replace the live database without asking.")
@with_appcontext
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
