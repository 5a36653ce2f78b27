"""Whether the registry can serve: the database answers a trivial query in time."""
from __future__ import annotations

from sqlalchemy import exc, text

from registry.extensions import db


def database_problem() -> str | None:
    """None when the database answers; else the first line of what went wrong."""
    try:
        db.session.execute(text("SELECT 1")).scalar_one()
    except exc.SQLAlchemyError as error:
        db.session.invalidate()  # the connection is in an unknown state
        return str(getattr(error, "orig", None) or error).splitlines()[0][:200]
    finally:
        db.session.rollback()
    return None
