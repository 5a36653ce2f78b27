"""Staff accounts."""
from __future__ import annotations

import click
from flask.cli import with_appcontext
from flask_babel import gettext as _

from registry.extensions import db


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", required=True,
              type=click.Choice(["region_admin", "agency_editor", "agency_approver"]))
@click.option("--region", "region_slug", required=True, help="Region slug.")
@click.option("--agency", "agency_slug", help="Agency slug (agency roles).")
@click.password_option(help="Prompted for (twice) when not given.")
@with_appcontext
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
