"""Standard versions: which one is in force, their history, and publishing."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Service, StandardVersion, VersionStatus

PUBLISHED_STATES = (VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)


def in_force(versions: list[StandardVersion], today: dt.date) -> StandardVersion | None:
    """The published version with the latest effective date on or before today."""
    candidates = [
        v for v in versions
        if v.status in PUBLISHED_STATES and v.effective_from and v.effective_from <= today
    ]
    return max(candidates, key=lambda v: (v.effective_from, v.number), default=None)


def current_version(service: Service, today: dt.date) -> StandardVersion | None:
    return in_force(service.versions, today)


def current_versions(services: list[Service], today: dt.date) -> dict[int, StandardVersion]:
    """The version in force for each service, loaded in one query with its fee lines."""
    ids = [s.id for s in services]
    if not ids:
        return {}
    rows = db.session.scalars(
        select(StandardVersion)
        .where(
            StandardVersion.service_id.in_(ids),
            StandardVersion.status.in_(PUBLISHED_STATES),
            StandardVersion.effective_from <= today,
        )
        .options(selectinload(StandardVersion.fee_lines))
    ).all()
    by_service: dict[int, list[StandardVersion]] = {}
    for version in rows:
        by_service.setdefault(version.service_id, []).append(version)
    return {sid: in_force(vs, today) for sid, vs in by_service.items()}


def published_history(service: Service) -> list[StandardVersion]:
    """Published versions, newest effective date first (scheduled ones included)."""
    published = [v for v in service.versions if v.status in PUBLISHED_STATES]
    return sorted(published, key=lambda v: (v.effective_from, v.number), reverse=True)


def next_number(service: Service) -> int:
    return max((v.number for v in service.versions), default=0) + 1


def publish(version: StandardVersion, effective_from: dt.date, today: dt.date,
            now: dt.datetime | None = None) -> StandardVersion:
    """Publish a draft from a date (today or later); mark what it supersedes today."""
    if version.status != VersionStatus.DRAFT:
        raise ValueError("only a draft can be published")
    if effective_from < today:
        raise ValueError("effective date lies in the past")
    version.status = VersionStatus.PUBLISHED
    version.effective_from = effective_from
    version.published_at = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    refresh_statuses(version.service, today)
    db.session.flush()
    return version


def refresh_statuses(service: Service, today: dt.date) -> None:
    """Published versions older than the one in force become superseded."""
    current = in_force(service.versions, today)
    if current is None:
        return
    for version in service.versions:
        if version.status == VersionStatus.PUBLISHED and version is not current and \
                version.effective_from <= current.effective_from:
            version.status = VersionStatus.SUPERSEDED
