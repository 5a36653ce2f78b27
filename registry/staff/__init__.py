from flask import Blueprint

bp = Blueprint("staff", __name__)

from registry.staff import feedback, transfer, views  # noqa: E402,F401
