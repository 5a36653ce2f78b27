"""Catalogue queries, always scoped to one region."""
from __future__ import annotations

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Agency, Region, Service, StandardVersion
from registry.models.service import CATEGORIES


def regions() -> list[Region]:
    return list(db.session.scalars(select(Region).order_by(Region.name)))


def default_region() -> Region | None:
    """The configured default region, or the only one."""
    slug = current_app.config.get("DEFAULT_REGION")
    if slug:
        return region_by_slug(slug)
    found = db.session.scalars(select(Region).limit(2)).all()
    return found[0] if len(found) == 1 else None


def region_by_slug(slug: str) -> Region | None:
    return db.session.scalar(select(Region).where(Region.slug == slug))


def agency_by_slug(region: Region, slug: str) -> Agency | None:
    return db.session.scalar(
        select(Agency).where(Agency.region_id == region.id, Agency.slug == slug)
    )


def service_by_slug(region: Region, slug: str) -> Service | None:
    return db.session.scalar(
        select(Service)
        .where(Service.region_id == region.id, Service.slug == slug)
        .options(
            selectinload(Service.versions).selectinload(StandardVersion.requirements),
            selectinload(Service.versions).selectinload(StandardVersion.steps),
            selectinload(Service.versions).selectinload(StandardVersion.fee_lines),
            selectinload(Service.versions).selectinload(StandardVersion.legal_bases),
            selectinload(Service.counters),
        )
    )


def service_by_code(code: str) -> Service | None:
    return db.session.scalar(select(Service).where(Service.code == code.upper()))


def region_services(region: Region, agency: Agency | None = None,
                    category: str | None = None) -> list[Service]:
    query = (
        select(Service)
        .where(Service.region_id == region.id)
        .options(selectinload(Service.agency))
        .order_by(Service.name)
    )
    if agency is not None:
        query = query.where(Service.agency_id == agency.id)
    if category:
        query = query.where(Service.category == category)
    return list(db.session.scalars(query))


def category_counts(region: Region) -> list[tuple[str, int]]:
    """Life-event categories that have services, in their fixed order, with counts."""
    rows = dict(
        db.session.execute(
            select(Service.category, func.count())
            .where(Service.region_id == region.id)
            .group_by(Service.category)
        ).all()
    )
    return [(key, rows[key]) for key in CATEGORIES if rows.get(key)]


# No 0/O, 1/I/L: a code read off a poster must not be misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6


def service_code(seed: str | None = None) -> str:
    """A short code for QR links; derived from `seed` when given (stable demo data)."""
    import hashlib
    import secrets

    if seed is None:
        return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    number = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return "".join(chars)


def update_service(service: Service, values: dict, by) -> Service:
    """Change a service's identity: name, category, synonyms, counters, online channel."""
    from registry.services.audit import record

    def identity() -> dict:
        return {"name": service.name, "name_en": service.name_en, "category": service.category,
                "synonyms": service.synonyms, "online_url": service.online_url,
                "counters": [c.name for c in service.counters]}

    before = identity()
    for name in ("name", "name_en", "category", "synonyms", "online_url"):
        if name in values:
            setattr(service, name, values[name])
    if "counter_ids" in values:
        service.counters = [c for c in service.agency.counters if c.id in values["counter_ids"]]
    db.session.flush()
    record("service_changed", service, user=by, before=before, after=identity())
    return service
