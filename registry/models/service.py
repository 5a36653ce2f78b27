"""A service: the stable identity behind every version of its standard."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import Model, children, db

if TYPE_CHECKING:
    from registry.models.agency import Agency, Counter
    from registry.models.region import Region
    from registry.models.standard import StandardVersion

# Life events citizens think in; the keys are stable, labels are translated in services.
CATEGORIES = (
    "kelahiran", "kematian", "perkawinan", "kependudukan", "pindah",
    "usaha", "pendidikan", "pajak", "kesehatan",
)

service_counters = Table(
    "service_counter",
    db.metadata,
    Column("service_id", ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
    Column("counter_id", ForeignKey("counter.id", ondelete="CASCADE"), primary_key=True),
)


class Service(Model):
    __table_args__ = (UniqueConstraint("region_id", "slug"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(120))
    # Short, unique across the deployment, so QR links stay short and coarse.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(30))
    synonyms: Mapped[str] = mapped_column(Text, default="")
    online_url: Mapped[str | None] = mapped_column(String(500))
    # A registration window (school enrolment, annual permits): hand-ins are accepted
    # only from `registration_opens` to `registration_closes`, both inclusive, in the
    # region's zone; `registration_yearly` repeats it on the same dates every year.
    registration_opens: Mapped[dt.date | None]
    registration_closes: Mapped[dt.date | None]
    registration_yearly: Mapped[bool] = mapped_column(default=False, server_default=false())

    region: Mapped[Region] = relationship()
    agency: Mapped[Agency] = relationship(back_populates="services")
    counters: Mapped[list[Counter]] = relationship(secondary=service_counters)
    versions: Mapped[list[StandardVersion]] = children("service", "StandardVersion.number")

    def __repr__(self) -> str:
        return f"<Service {self.slug}>"
