"""What several commands share: choosing a region and an agency by slug."""
from __future__ import annotations

import click
from flask_babel import gettext as _

from registry.models import Agency, Region


def region_option(slug: str | None) -> Region:
    """The region named by --region, or the only one."""
    from registry.services.catalogue import default_region, region_by_slug

    region = region_by_slug(slug) if slug else default_region()
    if region is None:
        raise click.ClickException(
            _("Unknown region %(slug)s.", slug=slug) if slug
            else _("Several regions exist; choose one with --region."))
    return region


def agency_option(region: Region, slug: str | None) -> Agency | None:
    """The agency named by --agency in `region`; None when none is named."""
    from registry.services.catalogue import agency_by_slug

    if not slug:
        return None
    agency = agency_by_slug(region, slug)
    if agency is None:
        raise click.ClickException(_("Unknown agency %(slug)s.", slug=slug))
    return agency
