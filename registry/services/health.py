"""Whether the registry can serve: its database answers a query on a real table in time.

`SELECT 1` would pass on a locked SQLite file or on an empty database at the wrong path;
reading the region table proves the database citizens' pages read from is there.
"""
from __future__ import annotations

from sqlalchemy import exc, select

from registry.extensions import db
from registry.models import Region


def database_problem() -> str | None:
    """None when the database answers; else the first line of what went wrong."""
    try:
        db.session.execute(select(Region.id).limit(1)).all()
    except exc.SQLAlchemyError as error:
        db.session().invalidate()  # the connection is in an unknown state
        return str(getattr(error, "orig", None) or error).splitlines()[0][:200]
    db.session.rollback()
    return None
