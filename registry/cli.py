"""flask commands: demo data, staff accounts, statuses and translations."""
from __future__ import annotations

import os
from pathlib import Path

import click
from flask import Flask

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
        from registry.services.accounts import AccountError, create_user as create
        from registry.services.catalogue import agency_by_slug, region_by_slug

        region = region_by_slug(region_slug)
        if region is None:
            raise click.ClickException(f"No region {region_slug!r}.")
        agency = agency_by_slug(region, agency_slug) if agency_slug else None
        if agency_slug and agency is None:
            raise click.ClickException(f"No agency {agency_slug!r} in {region_slug!r}.")
        try:
            user = create(email, name, role, region, agency, password)
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
        pybabel("extract", "-F", "babel.cfg", "-k", "_l", "--no-location",
                "-o", str(TRANSLATIONS / "messages.pot"), "registry")
        pybabel("update", "-i", str(TRANSLATIONS / "messages.pot"), "-d", str(TRANSLATIONS),
                "--no-fuzzy-matching")

    @translate.command()
    def compile() -> None:  # noqa: A001 - the pybabel verb
        """Compile catalogues to .mo files."""
        pybabel("compile", "-d", str(TRANSLATIONS))
