"""An uploaded logo (PNG, or SVG already cleaned), kept in the database.

Posters embed it as a data: URI, so printing never fetches anything from anywhere.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.extensions import Model
from registry.models.account import utcnow


class Logo(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    mimetype: Mapped[str] = mapped_column(String(40))  # image/png or image/svg+xml
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<Logo {self.id} {self.mimetype}>"
