"""Open Referral HSDS 3.0 at /hsds/, following the HSDS API reference."""
from flask import Blueprint

bp = Blueprint("hsds", __name__, url_prefix="/hsds")

from registry.hsds import views  # noqa: E402,F401
