"""Survey figures as open data: /api/v1/regions/<region>/agencies/<agency>/skm.

The same exact figures as the dashboards: NRR to four decimals and the IKM to two, both
rounded half up from exact values only at the end.
"""
from __future__ import annotations

from typing import Any

from flask import Response, jsonify
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from registry.api import bp
from registry.api import params as p
from registry.api.errors import ApiError, not_found
from registry.api.openapi import Operation, operation
from registry.api.views import region_or_404
from registry.services import catalogue, periods, skm


@bp.get("/regions/<region>/agencies/<agency>/skm")
@operation(Operation("getAgencySkm", _l("Satisfaction survey (SKM) of an agency"), _l(
    "Respondents, the average of each of the 9 elements (NRR, four decimals), the IKM (two "
    "decimals) and its grade for a period, for the agency or one of its services."),
    "regions", (p.PATH_REGION, p.PATH_AGENCY, p.SKM_FROM, p.SKM_TO, p.SKM_SERVICE),
    "SkmFigures"))
def agency_skm(query: dict[str, Any], region: str, agency: str) -> Response:
    found = region_or_404(region)
    unit = catalogue.agency_by_slug(found, agency)
    if unit is None:
        raise not_found(_("No such region or agency."))
    try:
        period = periods.date_range(query["from"].strip(), query["to"].strip())
    except periods.PeriodError as problem:
        raise ApiError(400, "invalid_parameter", str(problem)) from None
    if "service" in query:
        service = catalogue.service_by_slug(found, query["service"])
        if service is None or service.agency_id != unit.id:
            raise not_found(_("No such service at this agency."))
        tally = skm.tally(period, agency_ids=[unit.id], service_ids=[service.id])
    else:
        tally = skm.tally(period, agency_ids=[unit.id])
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
