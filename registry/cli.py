"""flask commands: demo data and translations."""
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
