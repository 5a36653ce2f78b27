"""GET /health for load balancers and monitoring: 200 when the database answers, else 503."""
from __future__ import annotations

import time

from flask import Blueprint, Response, current_app, jsonify

from registry.services.health import database_problem

bp = Blueprint("health", __name__)


@bp.get("/health")
def health() -> Response:
    started = time.monotonic()
    problem = database_problem()
    elapsed_ms = round((time.monotonic() - started) * 1000)
    if problem is None:
        return jsonify(status="ok", database="ok", elapsed_ms=elapsed_ms)
    current_app.logger.warning("health check: database unavailable: %s", problem)
    response = jsonify(status="unavailable", database="unavailable", elapsed_ms=elapsed_ms)
    response.status_code = 503
    response.headers["Retry-After"] = str(current_app.config["OUTAGE_RETRY_AFTER"])
    response.cache_control.no_store = True
    return response
