from flask import Blueprint

bp = Blueprint("staff", __name__)

from registry.staff import transfer, views  # noqa: E402,F401
