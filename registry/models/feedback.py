"""What citizens say about a service: experience reports and satisfaction survey answers.

An experience report (from the "Bagaimana pengalaman Anda?" form) records when a citizen
handed in and received a service, what they paid and whether they were asked for more.
SKM answers (Permenpan RB 14/2017, elements U1..U9, 1-4) come from that form, from paper
questionnaires and from kiosks. Nothing here identifies a person: no name, no address, no
time of day; the per-address limit lives in `ReportQuota` under a keyed hash that is
pruned after a day.
"""
from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import Model
from registry.models.account import utcnow

if TYPE_CHECKING:
    from registry.models.agency import Agency
    from registry.models.service import Service

ELEMENT_CODES = ("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9")


class PaidTo(enum.StrEnum):
    COUNTER = "counter"    # the counter, the treasury's bank, QRIS, the tax app
    OTHER = "other"        # an officer in person, a broker (calo), anyone else


class CommentStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"  # the text is erased; only the decision remains


class SkmSource(enum.StrEnum):
    ONLINE = "online"
    PAPER = "paper"
    KIOSK = "kiosk"


class ExperienceReport(Model):
    """One citizen's account of one service: dates, money, pressure, an optional comment."""

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"),
                                            index=True)
    # The agency that served (a service may later move to another agency).
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"),
                                           index=True)
    handed_in: Mapped[dt.date]
    received: Mapped[dt.date] = mapped_column(index=True)
    paid: Mapped[int]
    paid_to: Mapped[str | None] = mapped_column(String(20))
    asked_extra: Mapped[bool]
    offered_shortcut: Mapped[bool]
    comment: Mapped[str | None] = mapped_column(Text)
    comment_status: Mapped[str | None] = mapped_column(String(20), index=True)
    # The date in the region when the report arrived; no time of day is kept.
    reported_on: Mapped[dt.date]

    service: Mapped[Service] = relationship()
    agency: Mapped[Agency] = relationship()
    skm: Mapped[SkmResponse | None] = relationship(back_populates="report",
                                                   cascade="all, delete-orphan")


class SkmImportBatch(Model):
    """One imported file of paper or kiosk questionnaires; the hashes refuse a repeat."""

    __table_args__ = (UniqueConstraint("agency_id", "content_sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(200))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    # The rows as read, so the same answers re-saved as another file are refused too.
    content_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(10))
    rows: Mapped[int]
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200))

    agency: Mapped[Agency] = relationship()


class SkmResponse(Model):
    """One respondent's questionnaire: U1..U9 (1-4, None when left blank) and profile."""

    __table_args__ = tuple(CheckConstraint(f"{code} BETWEEN 1 AND 4", name=f"{code}_range")
                           for code in ELEMENT_CODES)
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"),
                                           index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"),
                                            index=True)
    responded_on: Mapped[dt.date] = mapped_column(index=True)
    source: Mapped[str] = mapped_column(String(10))
    u1: Mapped[int | None] = mapped_column(SmallInteger)
    u2: Mapped[int | None] = mapped_column(SmallInteger)
    u3: Mapped[int | None] = mapped_column(SmallInteger)
    u4: Mapped[int | None] = mapped_column(SmallInteger)
    u5: Mapped[int | None] = mapped_column(SmallInteger)
    u6: Mapped[int | None] = mapped_column(SmallInteger)
    u7: Mapped[int | None] = mapped_column(SmallInteger)
    u8: Mapped[int | None] = mapped_column(SmallInteger)
    u9: Mapped[int | None] = mapped_column(SmallInteger)
    age: Mapped[int | None] = mapped_column(SmallInteger)
    sex: Mapped[str | None] = mapped_column(String(1))
    education: Mapped[str | None] = mapped_column(String(12))
    occupation: Mapped[str | None] = mapped_column(String(12))
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("skm_import_batch.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("experience_report.id", ondelete="CASCADE"), unique=True)

    report: Mapped[ExperienceReport | None] = relationship(back_populates="skm")
    batch: Mapped[SkmImportBatch | None] = relationship()
    service: Mapped[Service] = relationship()


class ReportQuota(Model):
    """A used slot of the daily report limit: keyed hash of address, service and day.

    The unique pair (key, slot) is what makes the limit hold under a flood of parallel
    posts: two requests that both saw a free slot cannot both take it.
    """

    __table_args__ = (UniqueConstraint("limit_key", "slot"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    limit_key: Mapped[str] = mapped_column(String(64))
    slot: Mapped[int]
    day: Mapped[dt.date] = mapped_column(index=True)


class ServiceUserCount(Model):
    """How many people a service served in a month (staff enter it): the survey's
    population, from which the Krejcie-Morgan table gives the minimum sample."""

    __table_args__ = (UniqueConstraint("service_id", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"))
    month: Mapped[dt.date]  # the first day of the month
    users: Mapped[int]


class SkmFollowUp(Model):
    """The follow-up plan (rencana tindak lanjut) of an agency for one survey period."""

    __table_args__ = (UniqueConstraint("agency_id", "period_start", "period_end"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    items: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of plan rows
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    agency: Mapped[Agency] = relationship()
