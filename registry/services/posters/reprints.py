"""Printed posters whose standard has since been superseded, per agency and counter:
each service once per counter, with its last print; test prints are left out."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Agency, Counter, Poster, Region, Service, StandardVersion
from registry.services.schedule import region_today
from registry.services.standards import current_versions


@dataclass
class Reprint:
    poster: Poster
    current: StandardVersion


@dataclass
class CounterReprints:
    counter: Counter | None
    reprints: list[Reprint]


@dataclass
class AgencyReprints:
    agency: Agency
    counters: list[CounterReprints]


def _superseded(region: Region, agency: Agency | None) -> list[Reprint]:
    """Per service, its last printed poster (any size or language), when superseded."""
    query = (
        select(Poster).join(Service)
        .where(Service.region_id == region.id, Poster.last_printed_at.is_not(None))
        .options(selectinload(Poster.service).selectinload(Service.counters),
                 selectinload(Poster.version))
        .order_by(Poster.last_printed_at, Poster.id)
    )
    if agency is not None:
        query = query.where(Service.agency_id == agency.id)
    last = {poster.service_id: poster for poster in db.session.scalars(query)}
    versions = current_versions([p.service for p in last.values()], region_today(region))
    found = []
    for poster in last.values():
        current = versions.get(poster.service_id)
        if current is not None and current.id != poster.version_id:
            found.append(Reprint(poster, current))
    return sorted(found, key=lambda reprint: reprint.poster.service.name)


def posters_to_reprint(region: Region, agency: Agency | None = None) -> list[AgencyReprints]:
    """Superseded posters per agency and counter; a service at several counters is listed
    under each."""
    grouped: dict[int, dict[int | None, list[Reprint]]] = {}
    agencies: dict[int, Agency] = {}
    counters: dict[int, Counter] = {}
    for reprint in _superseded(region, agency):
        service = reprint.poster.service
        agencies[service.agency_id] = service.agency
        by_counter = grouped.setdefault(service.agency_id, {})
        places: list[Counter | None] = list(service.counters) or [None]
        for counter in places:
            if counter is not None:
                counters[counter.id] = counter
            by_counter.setdefault(counter.id if counter else None, []).append(reprint)
    result = []
    for agency_id, by_counter in sorted(grouped.items(), key=lambda i: agencies[i[0]].name):
        keys = sorted((k for k in by_counter if k is not None), key=lambda k: counters[k].name)
        rows = [CounterReprints(counters[k], by_counter[k]) for k in keys]
        if None in by_counter:
            rows.append(CounterReprints(None, by_counter[None]))
        result.append(AgencyReprints(agencies[agency_id], rows))
    return result
