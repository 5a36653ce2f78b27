"""Standards: their stored statuses, and import and export as spreadsheets."""
from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext
from flask_babel import gettext as _

from registry.cli.common import agency_option, region_option
from registry.extensions import db


@click.command("refresh-statuses")
@with_appcontext
def refresh_statuses() -> None:
    """Mark versions superseded once a scheduled version takes effect (run daily).

    Pages already pick the version in force by date in the region's time zone; this
    only brings the stored statuses up to date.
    """
    from sqlalchemy import select

    from registry.models import Service
    from registry.services.schedule import region_today
    from registry.services.standards import refresh_statuses as refresh

    count = 0
    for service in db.session.scalars(select(Service)):
        refresh(service, region_today(service.region))
        count += 1
    db.session.commit()
    click.echo(f"Refreshed {count} services.")


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--region", "region_slug", help="Only rows of this region (slug); "
              "a blank region column means this one.")
@click.option("--agency", "agency_slug", help="Only services of this agency (slug).")
@click.option("--dry-run", is_flag=True, help="Show the preview, write nothing.")
@click.option("--confirm-large-amounts", is_flag=True,
              help="Accept fees above Rp1.000.000.000.")
@with_appcontext
def import_file(file: Path, region_slug: str | None, agency_slug: str | None,
                dry_run: bool, confirm_large_amounts: bool) -> None:
    """Import standards from an XLSX or CSV file as drafts (all or nothing)."""
    from registry.services import transfer

    region = region_option(region_slug) if region_slug or agency_slug else None
    agency = agency_option(region, agency_slug) if region is not None else None
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


@click.command("export")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--region", "region_slug", help="Region slug (default: the only region).")
@click.option("--agency", "agency_slug", help="Only this agency's services (slug).")
@click.option("--template", is_flag=True, help="Write a blank XLSX template instead.")
@with_appcontext
def export(out: Path, region_slug: str | None, agency_slug: str | None,
           template: bool) -> None:
    """Export the standards in force as XLSX or CSV (by the file's extension)."""
    from registry.services import transfer

    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv") or (template and suffix != ".xlsx"):
        raise click.ClickException(_("Name the output file .xlsx or .csv."))
    if template:
        with out.open("wb") as handle:
            transfer.write_template(handle)
        click.echo(_("Blank template written to %(path)s.", path=out))
        return
    region = region_option(region_slug)
    items = transfer.standards_to_export(region, agency_option(region, agency_slug))
    writer = transfer.write_xlsx if suffix == ".xlsx" else transfer.write_csv
    with click.progressbar(items, label=_("Exporting")) as bar, out.open("wb") as handle:
        writer(bar, handle)
    click.echo(_("%(count)d standards written to %(path)s.", count=len(items), path=out))
