from flask import Blueprint

bp = Blueprint("posters", __name__)

from registry.posters import views  # noqa: E402,F401
