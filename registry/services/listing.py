"""Filtered, paged lists for the open data API, counted and cut in the database."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Agency, FeeLine, Region, Service, StandardVersion
from registry.models.standard import CompletionUnit, FeeKind
from registry.services import search
from registry.services.schedule import region_today
from registry.services.standards import PUBLISHED_STATES

T = TypeVar("T")
# Office hours of a standard day (08:00-16:00): how hours and minutes count as working days.
OFFICE_MINUTES_PER_DAY = 8 * 60


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int

    @property
    def has_next(self) -> bool:
        return self.page * self.per_page < self.total


@dataclass(frozen=True)
class ServiceFilter:
    """What a client asks for; None means "any"."""

    agency: Agency | None = None
    category: str | None = None
    query: str | None = None
    free: bool | None = None
    max_fee: int | None = None
    max_working_days: int | None = None
    modified_after: dt.datetime | None = None  # time-zone aware


def _paged(query: Select[Any], page: int, per_page: int) -> tuple[list[Any], int]:
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = db.session.execute(query.limit(per_page).offset((page - 1) * per_page)).all()
    return [row if len(row) > 1 else row[0] for row in rows], int(total or 0)


def regions_page(page: int, per_page: int) -> Page[Region]:
    rows, total = _paged(select(Region).order_by(Region.slug), page, per_page)
    return Page(rows, total, page, per_page)


def agencies_page(region: Region, page: int, per_page: int) -> Page[Agency]:
    query = (select(Agency).where(Agency.region_id == region.id).order_by(Agency.slug)
             .options(selectinload(Agency.hours), selectinload(Agency.counters),
                      selectinload(Agency.channels)))
    rows, total = _paged(query, page, per_page)
    return Page(rows, total, page, per_page)


def in_force_subquery(region: Region, today: dt.date) -> Any:
    """(service_id, version_id) of the version in force today for each service of a region:
    the published one with the latest effective date on or before today (then the highest
    number), as standards.in_force() chooses."""
    rank = func.row_number().over(
        partition_by=StandardVersion.service_id,
        order_by=(StandardVersion.effective_from.desc(), StandardVersion.number.desc()))
    ranked = (
        select(StandardVersion.service_id, StandardVersion.id.label("version_id"),
               rank.label("rank"))
        .join(Service, Service.id == StandardVersion.service_id)
        .where(Service.region_id == region.id,
               StandardVersion.status.in_(PUBLISHED_STATES),
               StandardVersion.effective_from <= today)
        .subquery()
    )
    return select(ranked.c.service_id, ranked.c.version_id).where(ranked.c.rank == 1).subquery()


def working_days_expression() -> Any:
    """A completion time in working days: hours and minutes by 8-hour office days begun,
    calendar days one for one (they never hold more working days than days)."""
    value, unit = StandardVersion.completion_value, StandardVersion.completion_unit
    return case(
        (unit == CompletionUnit.HOURS.value, (value + 7) // 8),
        (unit == CompletionUnit.MINUTES.value,
         (value + OFFICE_MINUTES_PER_DAY - 1) // OFFICE_MINUTES_PER_DAY),
        else_=value)


def _office_fee_line() -> Any:
    return and_(FeeLine.version_id == StandardVersion.id, FeeLine.incidental.is_(False))


def _fee_conditions(wanted: ServiceFilter) -> list[Any]:
    conditions = []
    if wanted.free is not None:
        paid = exists().where(_office_fee_line(), FeeLine.kind != FeeKind.FREE.value)
        conditions.append(~paid if wanted.free else paid)
    if wanted.max_fee is not None:
        # The highest fee of any condition: the top of a range, one unit of a per-unit fee;
        # a formula has no fixed amount, so it never counts as within a maximum.
        highest = case((FeeLine.kind == FeeKind.RANGE.value,
                        func.coalesce(FeeLine.amount_max, FeeLine.amount, 0)),
                       else_=func.coalesce(FeeLine.amount, 0))
        conditions.append(~exists().where(_office_fee_line(), or_(
            FeeLine.kind == FeeKind.FORMULA.value, highest > wanted.max_fee)))
    return conditions


def _modified_condition(region: Region, after: dt.datetime) -> Any:
    """Published, taking effect or verified after a moment (dates at midnight, region time)."""
    utc = after.astimezone(dt.UTC).replace(tzinfo=None)
    local_day = after.astimezone(ZoneInfo(region.timezone)).date()
    return or_(StandardVersion.published_at > utc, StandardVersion.effective_from > local_day,
               StandardVersion.verified_on > local_day)


def _matching(region: Region, wanted: ServiceFilter) -> Select[Any]:
    """(service, version in force) of the region's services that pass the filters (all
    but the search words)."""
    current = in_force_subquery(region, region_today(region))
    query = (
        select(Service, StandardVersion)
        .join(current, current.c.service_id == Service.id)
        .join(StandardVersion, StandardVersion.id == current.c.version_id)
        .where(Service.region_id == region.id)
        .options(selectinload(Service.agency), selectinload(StandardVersion.fee_lines))
    )
    if wanted.agency is not None:
        query = query.where(Service.agency_id == wanted.agency.id)
    if wanted.category:
        query = query.where(Service.category == wanted.category)
    for condition in _fee_conditions(wanted):
        query = query.where(condition)
    if wanted.max_working_days is not None:
        query = query.where(working_days_expression() <= wanted.max_working_days)
    if wanted.modified_after is not None:
        query = query.where(_modified_condition(region, wanted.modified_after))
    return query


def services_page(region: Region, wanted: ServiceFilter, page: int,
                  per_page: int) -> Page[tuple[Service, StandardVersion]]:
    """The services with a standard in force that match, in a stable order: by relevance
    when searching, else by name; ties by slug."""
    query = _matching(region, wanted)
    if wanted.query:
        ranking = search.ranked_ids(wanted.query, region.id)
        if not ranking:
            return Page([], 0, page, per_page)
        query = query.where(Service.id.in_(ranking)).order_by(
            case({sid: position for position, sid in enumerate(ranking)}, value=Service.id),
            Service.slug)
    else:
        query = query.order_by(Service.name, Service.slug)
    rows, total = _paged(query, page, per_page)
    return Page([(service, version) for service, version in rows], total, page, per_page)


def national_services_page(wanted: ServiceFilter, page: int,
                           per_page: int) -> Page[tuple[Service, StandardVersion]]:
    """The services of every region that match the search words (and the other filters,
    each region on its own date), by relevance: at most search.CANDIDATES in all."""
    if not wanted.query:
        return Page([], 0, page, per_page)
    ranking = search.ranked_ids(wanted.query, None)
    if not ranking:
        return Page([], 0, page, per_page)
    regions = db.session.scalars(select(Region).where(Region.id.in_(
        select(Service.region_id).where(Service.id.in_(ranking)))).order_by(Region.id)).all()
    found: dict[int, tuple[Service, StandardVersion]] = {}
    for region in regions:
        rows = db.session.execute(_matching(region, wanted).where(Service.id.in_(ranking)))
        found.update((service.id, (service, version)) for service, version in rows)
    listed = [found[sid] for sid in ranking if sid in found]
    start = (page - 1) * per_page
    return Page(listed[start:start + per_page], len(listed), page, per_page)


def modified_at(version: StandardVersion, region: Region) -> dt.datetime:
    """When the standard in force last changed for readers (UTC): published, took effect
    (midnight in the region) or was verified, whichever is latest."""
    zone = ZoneInfo(region.timezone)
    moments = [dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.UTC)
               for day in (version.effective_from, version.verified_on) if day is not None]
    if version.published_at is not None:
        moments.append(version.published_at.replace(tzinfo=dt.UTC))
    return max(moments)
