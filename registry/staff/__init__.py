from flask import Blueprint

bp = Blueprint("staff", __name__)

from registry.staff import feedback, logos, transfer, views  # noqa: E402,F401
