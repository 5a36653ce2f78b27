"""The read-only open data API (/api/v1) and its documentation page (/api/)."""
from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
docs_bp = Blueprint("api_docs", __name__, url_prefix="/api")

from registry.api import docs, linked_data, skm, views  # noqa: E402,F401
