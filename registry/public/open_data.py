"""The "Data terbuka" page of a region: every export, the licence, how fresh it is, and the
spreadsheets of all published standards."""
from __future__ import annotations

import io

from flask import Response, render_template, url_for

from registry.public import bp
from registry.public.views import load_region
from registry.services import transfer
from registry.services.schedule import region_today

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@bp.get("/<region_slug>/data-terbuka")
def open_data(region_slug: str) -> str:
    region = load_region(region_slug)
    return render_template(
        "public/open_data.html", region=region, licence_url=LICENCE_URL,
        hsds_services=url_for("hsds.services", region=region.slug),
        hsds_package=url_for("hsds.datapackage", region=region.slug),
        cpsv_ap=url_for("api.cpsv_ap", region=region.slug))


@bp.get("/<region_slug>/data-terbuka/layanan.<any(xlsx, csv):extension>")
def open_data_export(region_slug: str, extension: str) -> Response:
    """All services with a standard in force, public columns only."""
    region = load_region(region_slug)
    out = io.BytesIO()
    items = transfer.standards_to_export(region)
    if extension == "xlsx":
        transfer.write_xlsx(items, out, public=True)
    else:
        transfer.write_csv(items, out, public=True)
    name = f"{region.slug}-layanan-{region_today(region).isoformat()}.{extension}"
    return Response(out.getvalue(), mimetype=XLSX if extension == "xlsx" else "text/csv",
                    headers={"Content-Disposition": f"attachment; filename={name}",
                             "Access-Control-Allow-Origin": "*"})
