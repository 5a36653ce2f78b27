"""The Babel catalogues (microblog's `translate` group)."""
from __future__ import annotations

import os
from pathlib import Path

import click

TRANSLATIONS = Path(__file__).parent.parent / "translations"
ROOT = Path(__file__).parent.parent.parent


@click.group()
def translate() -> None:
    """Extract, update and compile the Babel catalogues."""


def pybabel(*args: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        CommandLineInterface().run(["pybabel", *args])  # type: ignore[no-untyped-call]
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
