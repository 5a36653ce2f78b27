"""Survey figures as open data: /api/v1/regions/<region>/agencies/<agency>/skm.

The same exact figures as the dashboards: NRR to four decimals and the IKM to two, both
rounded half up from exact values only at the end.
"""
from __future__ import annotations

from flask import Response, jsonify, request
from flask_babel import gettext as _

from registry.api import bp
from registry.services import catalogue, periods, skm


def error(status: int, code: str, message: str) -> tuple[Response, int]:
    return jsonify(error={"code": code, "message": message}), status


@bp.get("/regions/<region_slug>/agencies/<agency_slug>/skm")
def agency_skm(region_slug: str, agency_slug: str) -> Response | tuple[Response, int]:
    region = catalogue.region_by_slug(region_slug)
    agency = catalogue.agency_by_slug(region, agency_slug) if region else None
    if region is None or agency is None:
        return error(404, "not_found", _("No such region or agency."))
    try:
        period = periods.date_range(request.args.get("from"), request.args.get("to"))
    except periods.PeriodError as problem:
        return error(400, "invalid_period", str(problem))
    slug = request.args.get("service")
    if slug is None:
        tally = skm.tally(period, agency_ids=[agency.id])
    else:
        service = catalogue.service_by_slug(region, slug)
        if service is None or service.agency_id != agency.id:
            return error(404, "not_found", _("No such service at this agency."))
        tally = skm.tally(period, agency_ids=[agency.id], service_ids=[service.id])
    figures = skm.ikm_of(tally)
    grade = figures.grade
    return jsonify(
        respondents=figures.respondents,
        elements=[{"code": f.element.code, "name": str(f.element.name),
                   "nrr": float(f.nrr_rounded) if f.nrr_rounded is not None else None}
                  for f in figures.elements],
        ikm=float(figures.ikm) if figures.ikm is not None else None,
        grade=grade.letter if grade else None, label=grade.label if grade else None,
        period={"from": period.start.isoformat(), "to": period.end.isoformat()})
