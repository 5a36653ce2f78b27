"""The satisfaction survey (SKM): questionnaires filled in on paper or at a kiosk."""
from __future__ import annotations

from pathlib import Path

import click
from flask.cli import AppGroup
from flask_babel import gettext as _

from registry.cli.common import region_option
from registry.extensions import db

skm = AppGroup("skm", help="The satisfaction survey (SKM).")


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

    region = region_option(region_slug)
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
