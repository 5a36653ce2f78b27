"""A printed poster: which standard version it shows, in which size and language.

Its short code is printed as a QR code; /v/<code> tells whoever scans it whether the
poster still matches the standard in force.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import Model
from registry.models.account import utcnow

if TYPE_CHECKING:
    from registry.models.service import Service
    from registry.models.standard import StandardVersion


class Poster(Model):
    """One print record. A repeat download of the same version, size and language reuses
    it, so the same content gives the same PDF and the same code."""

    __table_args__ = (UniqueConstraint("version_id", "size", "language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"),
                                            index=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("standard_version.id", ondelete="CASCADE"))
    size: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(10))
    printed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The last download not marked as a test print; None while there were only test prints
    # (the reprint list leaves those out: nobody hung them up).
    last_printed_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    service: Mapped[Service] = relationship()
    version: Mapped[StandardVersion] = relationship()

    def __repr__(self) -> str:
        return f"<Poster {self.code} {self.size} {self.language}>"
