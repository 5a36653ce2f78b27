"""Who the survey must reach: service users per month, which staff enter, and the
minimum sample of the regulation (the Krejcie-Morgan table) for a period."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Agency, Service, ServiceUserCount, User
from registry.services import audit
from registry.services.periods import Period

# The minimum sample (Krejcie and Morgan, 1970), as printed in the regulation's annex.
KREJCIE_MORGAN: tuple[tuple[int, int], ...] = (
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40),
    (50, 44), (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70),
    (90, 73), (95, 76), (100, 80), (110, 86), (120, 92), (130, 97), (140, 103), (150, 108),
    (160, 113), (170, 118), (180, 123), (190, 127), (200, 132), (210, 136), (220, 140),
    (230, 144), (240, 148), (250, 152), (260, 155), (270, 159), (280, 162), (290, 165),
    (300, 169), (320, 175), (340, 181), (360, 186), (380, 191), (400, 196), (420, 201),
    (440, 205), (460, 210), (480, 214), (500, 217), (550, 226), (600, 234), (650, 242),
    (700, 248), (750, 254), (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278),
    (1100, 285), (1200, 291), (1300, 297), (1400, 302), (1500, 306), (1600, 310),
    (1700, 313), (1800, 317), (1900, 320), (2000, 322), (2200, 327), (2400, 331),
    (2600, 335), (2800, 338), (3000, 341), (3500, 346), (4000, 351), (4500, 354),
    (5000, 357), (6000, 361), (7000, 364), (8000, 367), (9000, 368), (10000, 370),
    (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381), (75000, 382),
    (1000000, 384),
)


def minimum_sample(population: int) -> int:
    """The table's sample for `population` users; between two rows the larger row counts
    (never a smaller sample than the table asks), under 10 users every one of them."""
    if population <= 0:
        return 0
    if population < KREJCIE_MORGAN[0][0]:
        return population
    for size, sample in KREJCIE_MORGAN:
        if population <= size:
            return sample
    return KREJCIE_MORGAN[-1][1]


@dataclass(frozen=True)
class SampleCheck:
    population: int | None  # None: staff have not entered the users for the whole period
    respondents: int

    @property
    def minimum(self) -> int | None:
        return minimum_sample(self.population) if self.population is not None else None

    @property
    def enough(self) -> bool | None:
        return None if self.minimum is None else self.respondents >= self.minimum


def population(services: Sequence[Service], period: Period) -> int | None:
    """Users of these services in the period, or None unless staff entered a count for
    every service and every month (a period of whole months)."""
    if not services or not period.whole_months:
        return None
    months = period.months()
    rows = db.session.execute(
        select(func.count(ServiceUserCount.id), func.coalesce(func.sum(ServiceUserCount.users), 0))
        .where(ServiceUserCount.service_id.in_([s.id for s in services]),
               ServiceUserCount.month.in_(months))).one()
    entered, users = int(rows[0]), int(rows[1])
    return users if entered == len(services) * len(months) else None


def sample_check(services: Sequence[Service], period: Period, respondents: int) -> SampleCheck:
    return SampleCheck(population(services, period), respondents)


def user_counts(services: Sequence[Service], months: Sequence[dt.date]
                ) -> dict[tuple[int, dt.date], int]:
    """The users entered for these services and months, by (service id, month)."""
    rows = db.session.scalars(select(ServiceUserCount).where(
        ServiceUserCount.service_id.in_([s.id for s in services]),
        ServiceUserCount.month.in_(list(months))))
    return {(row.service_id, row.month): row.users for row in rows}


class UserCountError(ValueError):
    """A count that cannot be right (negative, absurd, or for another agency)."""


MAX_USERS = 10_000_000


def save_user_counts(agency: Agency, months: Sequence[dt.date],
                     counts: Mapping[tuple[int, dt.date], int | None], user: User) -> int:
    """Set the users of the agency's services for these months (None clears one); flush.

    Returns how many values changed; each change is in one audit entry.
    """
    own = {s.id for s in agency.services}
    if any(sid not in own or month not in months for sid, month in counts):
        raise UserCountError("service or month outside the form")
    if any(v is not None and not 0 <= v <= MAX_USERS for v in counts.values()):
        raise UserCountError("count out of range")
    existing = {(r.service_id, r.month): r for r in db.session.scalars(
        select(ServiceUserCount).where(ServiceUserCount.service_id.in_(own),
                                       ServiceUserCount.month.in_(list(months))))}
    before, after = {}, {}
    for key, value in counts.items():
        row = existing.get(key)
        old = row.users if row else None
        if old == value:
            continue
        label = f"{key[0]}/{key[1].isoformat()[:7]}"
        before[label], after[label] = old, value
        if value is None and row is not None:
            db.session.delete(row)
        elif row is not None and value is not None:
            row.users = value
        elif value is not None:
            db.session.add(ServiceUserCount(service_id=key[0], month=key[1], users=value))
    db.session.flush()
    if after:
        audit.record("service_users_saved", agency, user=user, summary=agency.name,
                     region_id=agency.region_id, agency_id=agency.id, before=before,
                     after=after)
    return len(after)
