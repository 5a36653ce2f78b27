"""An agency (perangkat daerah / unit), its counters and office hours."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import Model, children

if TYPE_CHECKING:
    from registry.models.logo import Logo
    from registry.models.region import Channel, Region
    from registry.models.service import Service


class Agency(Model):
    __table_args__ = (UniqueConstraint("region_id", "slug"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str | None] = mapped_column(String(300))
    maklumat: Mapped[str] = mapped_column(Text, default="")
    maklumat_en: Mapped[str | None] = mapped_column(Text)
    # Some offices serve on cuti bersama days (collective leave is not a public holiday).
    serves_on_cuti_bersama: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Printed beside the region's logo on the agency's banners and posters.
    logo_id: Mapped[int | None] = mapped_column(ForeignKey("logo.id", ondelete="SET NULL"))

    region: Mapped[Region] = relationship(back_populates="agencies")
    logo: Mapped[Logo | None] = relationship()
    counters: Mapped[list[Counter]] = children("agency", "Counter.name")
    hours: Mapped[list[OfficeHours]] = children("agency", "OfficeHours.weekday")
    services: Mapped[list[Service]] = children("agency", "Service.name")
    channels: Mapped[list[Channel]] = children(None, "Channel.position", overlaps="channels",
                                               primaryjoin="Channel.agency_id == Agency.id")


class Counter(Model):
    """A service counter, e.g. "Loket 3, MPP Kota ..."."""

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    location: Mapped[str] = mapped_column(String(200), default="")
    agency: Mapped[Agency] = relationship(back_populates="counters")


class OfficeHours(Model):
    """Opening hours for one weekday (0 = Monday); a weekday with no row is closed."""

    __table_args__ = (UniqueConstraint("agency_id", "weekday"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    weekday: Mapped[int]
    opens: Mapped[dt.time]
    closes: Mapped[dt.time]
    agency: Mapped[Agency] = relationship(back_populates="hours")
