from flask import Blueprint

bp = Blueprint("staff", __name__)

# One module per area; each registers its routes on `bp` (views.py holds what they share).
from registry.staff import (  # noqa: E402,F401
    account,
    drafts,
    feedback,
    logos,
    review,
    services,
    settings,
    transfer,
    users,
    views,
)
