from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from registry.api import linked_data, skm, views  # noqa: E402,F401
