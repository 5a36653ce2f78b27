"""flask commands, by area: demo data, accounts, standards (statuses, import, export),
posters, backup, the satisfaction survey and translations."""
from __future__ import annotations

from flask import Flask

from registry.cli import accounts, backup, demo, posters, skm, standards, translate


def register(app: Flask) -> None:
    for command in (demo.seed_demo, accounts.create_user, standards.refresh_statuses,
                    standards.import_file, standards.export, backup.backup, backup.restore,
                    posters.posters, skm.skm, translate.translate):
        app.cli.add_command(command)
