"""Print records - one per version, size and language, with the code printed on the
poster - and verification: does a printed poster still match the standard in force?"""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from registry.extensions import db
from registry.models import Poster, Service, StandardVersion
from registry.models.account import utcnow
from registry.services import audit, fees, i18n
from registry.services.catalogue import CODE_ALPHABET, CODE_LENGTH
from registry.services.schedule import region_today
from registry.services.standards import current_version


def new_poster_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(Poster.id).where(Poster.code == code)) is None:
            return code


def poster_record(service: Service, version: StandardVersion, size: str, language: str,
                  actor: str = "public", test: bool = False) -> Poster:
    """The print record for this version, size and language; created (and audited) once.

    A repeat download reuses it: the same content gives the same PDF and the same code.
    A download not marked as a `test` print moves its last print time to now.
    """
    query = select(Poster).where(Poster.version_id == version.id, Poster.size == size,
                                 Poster.language == language)
    poster = db.session.scalar(query)
    if poster is None:
        poster = _new_record(service, version, size, language, actor, test)
    if poster is None:  # another worker recorded it a moment ago
        poster = db.session.scalars(query).one()
    if not test:
        poster.last_printed_at = utcnow()
    return poster


def _new_record(service: Service, version: StandardVersion, size: str, language: str,
                actor: str, test: bool) -> Poster | None:
    poster = Poster(code=new_poster_code(), service=service, version=version, size=size,
                    language=language)
    try:
        with db.session.begin_nested():
            db.session.add(poster)
    except IntegrityError:
        return None
    audit.record("poster_printed", poster, actor=actor,
                 summary=f"{service.slug} v{version.number} {size} {language} {poster.code}"
                         + (" test" if test else ""),
                 after={"code": poster.code, "service": service.slug,
                        "version": version.number, "size": size, "language": language,
                        **({"test": True} if test else {})},
                 region_id=service.region_id, agency_id=service.agency_id)
    return poster


def poster_by_code(code: str) -> Poster | None:
    return db.session.scalar(select(Poster).where(Poster.code == code.strip().upper()[:12]))


@dataclass
class Change:
    label: str
    before: str
    after: str


@dataclass
class Verification:
    poster: Poster
    current: StandardVersion | None
    changes: list[Change] = field(default_factory=list)

    @property
    def is_current(self) -> bool:
        return self.current is not None and self.current.id == self.poster.version_id

    @property
    def changed_on(self) -> dt.date | None:
        return None if self.is_current or self.current is None else self.current.effective_from


def fee_text(version: StandardVersion) -> str:
    lines = fees.office_fee_lines(version)
    if fees.is_free(version):
        return str(_("Free"))
    return "; ".join(
        fees.format_fee_line(line) + (f" ({i18n.localized(line, 'label')})"
                                      if i18n.localized(line, "label") else "")
        for line in lines)


def duration_text(version: StandardVersion) -> str:
    return i18n.format_duration(version.completion_value, version.completion_unit)


def verify(poster: Poster) -> Verification:
    """Does the printed poster still match the standard in force?"""
    service = poster.service
    current = current_version(service, region_today(service.region))
    result = Verification(poster, current)
    if current is None or result.is_current:
        return result
    for label, text in ((_("Fee"), fee_text), (_("Completion time"), duration_text)):
        before, after = text(poster.version), text(current)
        if before != after:
            result.changes.append(Change(label, before, after))
    return result
