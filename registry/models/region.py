"""A region (local government) with its calendar, channels and poster branding."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import Model, children

if TYPE_CHECKING:
    from registry.models.agency import Agency
    from registry.models.logo import Logo

REGION_KINDS = ("kota", "kabupaten", "provinsi")
# Indonesia's three zones; the label is what people say, the key what the clock needs.
TIME_ZONES = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
CHANNEL_KINDS = ("lapor", "kpk", "phone", "whatsapp", "email", "desk", "web", "sms")
# How a holiday override changes the national calendar on its day.
OVERRIDE_KINDS = ("holiday", "cuti_bersama", "working_day")


class Region(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="kota")
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Jakarta")
    works_saturday: Mapped[bool] = mapped_column(default=False)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # Allow an approver to publish a draft they wrote themselves (small offices).
    single_sign_off: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Poster branding: header line, accent colour, uploaded logo (shown when set).
    poster_header: Mapped[str | None] = mapped_column(String(200))
    poster_color: Mapped[str] = mapped_column(String(7), default="#b3261e")
    logo_id: Mapped[int | None] = mapped_column(ForeignKey("logo.id", ondelete="SET NULL"))

    logo: Mapped[Logo | None] = relationship()

    agencies: Mapped[list[Agency]] = children("region", "Agency.name")
    closures: Mapped[list[Closure]] = children("region", "Closure.day")
    holiday_overrides: Mapped[list[HolidayOverride]] = children("region", "HolidayOverride.day")
    # The region's defaults: channels of no agency.
    channels: Mapped[list[Channel]] = children(
        None, "Channel.position", overlaps="agency,channels",
        primaryjoin="and_(Channel.region_id == Region.id, Channel.agency_id.is_(None))")

    @property
    def zone_label(self) -> str:
        return TIME_ZONES.get(self.timezone, self.timezone)

    def __repr__(self) -> str:
        return f"<Region {self.slug}>"


class Closure(Model):
    """A day the region's offices are closed beyond national holidays."""

    __table_args__ = (UniqueConstraint("region_id", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    day: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[Region] = relationship(back_populates="closures")


class HolidayOverride(Model):
    """A change to the national calendar on one day, set by the region admin.

    The national dates come from the `holidays` package; when the government moves a date
    (cuti bersama has moved mid-year before), a deployment corrects it here without a
    release: `holiday` or `cuti_bersama` adds (or renames) a day off, `working_day` cancels
    the national holiday or cuti bersama of that day.
    """

    __table_args__ = (UniqueConstraint("region_id", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    day: Mapped[dt.date]
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[Region] = relationship(back_populates="holiday_overrides")


class Channel(Model):
    """A complaint or reporting channel: a region default or an agency's own."""

    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    contact: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str | None] = mapped_column(String(500))
    note: Mapped[str] = mapped_column(Text, default="")
    note_en: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
