"""The demonstration region."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from registry.extensions import db


@click.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Only load when the database has no region.")
@with_appcontext
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
