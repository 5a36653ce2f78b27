"""A service standard (Standar Pelayanan) as it stands from a date, and its parts.

A published version is never edited: a change is a new version (see services/standards).
"""
from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import Model

if TYPE_CHECKING:
    from registry.models.account import User
    from registry.models.service import Service


class VersionStatus(enum.StrEnum):
    DRAFT = "draft"            # being edited; a rejected draft is a draft with a review_comment
    SUBMITTED = "submitted"    # waiting for an approver; not editable
    PUBLISHED = "published"
    SUPERSEDED = "superseded"


class CompletionUnit(enum.StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"


class FeeKind(enum.StrEnum):
    FREE = "free"
    FIXED = "fixed"
    RANGE = "range"
    PER_UNIT = "per_unit"
    FORMULA = "formula"


# Field groups of a version, named once: forms, diffs, import/export and demo data use them.
PUBLISHED_TEXT = ("product", "product_en", "complaint_handling", "complaint_handling_en",
                  "facilities", "facilities_en")
INTERNAL_COMPONENTS = ("infrastructure", "staff_competence", "internal_supervision",
                       "staff_count", "service_guarantee", "safety_guarantee",
                       "performance_evaluation")
VERSION_TEXT = (*PUBLISHED_TEXT, *INTERNAL_COMPONENTS)
PART_FIELDS = {
    "requirements": ("text", "text_en"),
    "steps": ("text", "text_en", "actor", "actor_en", "duration_value", "duration_unit"),
    "fee_lines": ("kind", "label", "label_en", "amount", "amount_max", "unit", "unit_en",
                  "formula", "formula_en", "regulation", "incidental", "formula_expression",
                  "formula_inputs", "billing_document", "payment_channels"),
    "legal_bases": ("title", "url"),
}


def _parts(model: str) -> Any:
    return relationship(model, order_by=f"{model}.position", cascade="all, delete-orphan")


class StandardVersion(Model):
    __table_args__ = (UniqueConstraint("service_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"))
    number: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default=VersionStatus.DRAFT)
    effective_from: Mapped[dt.date | None]
    # Published components (Permenpan RB 15/2014).
    completion_value: Mapped[int]
    completion_unit: Mapped[str] = mapped_column(String(20))
    product: Mapped[str] = mapped_column(Text, default="")
    product_en: Mapped[str | None] = mapped_column(Text)
    complaint_handling: Mapped[str] = mapped_column(Text, default="")
    complaint_handling_en: Mapped[str | None] = mapped_column(Text)
    # Internal components, optional text.
    infrastructure: Mapped[str | None] = mapped_column(Text)
    staff_competence: Mapped[str | None] = mapped_column(Text)
    internal_supervision: Mapped[str | None] = mapped_column(Text)
    staff_count: Mapped[str | None] = mapped_column(Text)
    service_guarantee: Mapped[str | None] = mapped_column(Text)
    safety_guarantee: Mapped[str | None] = mapped_column(Text)
    performance_evaluation: Mapped[str | None] = mapped_column(Text)
    facilities: Mapped[str | None] = mapped_column(Text)
    facilities_en: Mapped[str | None] = mapped_column(Text)
    change_summary: Mapped[str] = mapped_column(Text, default="")
    change_summary_en: Mapped[str | None] = mapped_column(Text)
    # When a person last checked the standard against its source - not when it was saved.
    verified_on: Mapped[dt.date | None]
    verified_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        server_default=func.now(), onupdate=func.now()
    )
    published_at: Mapped[dt.datetime | None]
    # Bumped on every save of a draft, so a stale edit is refused.
    revision: Mapped[int] = mapped_column(default=1)
    # Review workflow: who wrote, submitted and reviewed it; why it was sent back.
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    submitted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"))
    reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"))
    submitted_at: Mapped[dt.datetime | None]
    review_comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("standard_version.id", ondelete="SET NULL"))
    # The parts as published (PART_FIELDS plus id and position), written once at publication:
    # a published version is never edited, so public pages read its parts with the version
    # row instead of one query per kind of part. None for drafts.
    published_parts: Mapped[dict[str, list[dict[str, Any]]] | None] = mapped_column(JSON)

    service: Mapped[Service] = relationship(back_populates="versions")
    requirements: Mapped[list[Requirement]] = _parts("Requirement")
    steps: Mapped[list[ProcedureStep]] = _parts("ProcedureStep")
    fee_lines: Mapped[list[FeeLine]] = _parts("FeeLine")
    legal_bases: Mapped[list[LegalBasis]] = _parts("LegalBasis")

    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    submitted_by: Mapped[User | None] = relationship(foreign_keys=[submitted_by_id])
    reviewed_by: Mapped[User | None] = relationship(foreign_keys=[reviewed_by_id])
    # Everyone who saved, imported or submitted it: none of them may approve it.
    authors: Mapped[list[VersionAuthor]] = relationship(
        order_by="VersionAuthor.id", cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"<StandardVersion {self.service_id}#{self.number} {self.status}>"


class VersionAuthor(Model):
    """One person (or the command line, `cli`) who wrote into a draft."""

    __table_args__ = (UniqueConstraint("version_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("standard_version.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(200))
    user: Mapped[User | None] = relationship()


class _Part:
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class Requirement(_Part, Model):
    version_id: Mapped[int] = mapped_column(
        ForeignKey("standard_version.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)


class ProcedureStep(_Part, Model):
    version_id: Mapped[int] = mapped_column(
        ForeignKey("standard_version.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(120), default="")
    actor_en: Mapped[str | None] = mapped_column(String(120))
    duration_value: Mapped[int | None]
    duration_unit: Mapped[str | None] = mapped_column(String(20))


class FeeLine(_Part, Model):
    """One fee by condition; amounts are whole rupiah.

    `incidental` lines are costs paid elsewhere (e.g. a meterai duty stamp), stated so
    nobody mistakes them for a levy of the office.

    A formula fee keeps its wording (`formula`, for people and posters) and, when the
    office has structured it, `formula_expression` over `formula_inputs` (services/formula.py
    parses it; each input: name, label, label_en, unit, example, fixed, numbers as decimal
    text). A paid line names where to pay: `payment_channels` ([{"kind", "detail"}], kinds
    in services/fees.PAYMENT_KINDS) and the `billing_document` it is paid with (SKRD, SSPD).
    """

    version_id: Mapped[int] = mapped_column(
        ForeignKey("standard_version.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str | None] = mapped_column(String(200))
    # Up to Rp1.000.000.000.000 (services/rules/): beyond a 32-bit integer.
    amount: Mapped[int | None] = mapped_column(BigInteger)
    amount_max: Mapped[int | None] = mapped_column(BigInteger)
    unit: Mapped[str | None] = mapped_column(String(40))
    unit_en: Mapped[str | None] = mapped_column(String(40))
    formula: Mapped[str | None] = mapped_column(Text)
    formula_en: Mapped[str | None] = mapped_column(Text)
    regulation: Mapped[str] = mapped_column(String(300), default="")
    incidental: Mapped[bool] = mapped_column(default=False)
    formula_expression: Mapped[str | None] = mapped_column(String(300))
    formula_inputs: Mapped[list[dict[str, str]] | None] = mapped_column(JSON)
    billing_document: Mapped[str | None] = mapped_column(String(60))
    payment_channels: Mapped[list[dict[str, str]] | None] = mapped_column(JSON)


class LegalBasis(_Part, Model):
    version_id: Mapped[int] = mapped_column(
        ForeignKey("standard_version.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
