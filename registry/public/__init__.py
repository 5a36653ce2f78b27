from flask import Blueprint

bp = Blueprint("public", __name__)

from registry.public import feedback, open_data, views  # noqa: E402,F401
