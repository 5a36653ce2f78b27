"""The compliance self-check of an agency: what the Ombudsman looks for on a visit and
what the service-standard rules ask, service by service, with a score and what to fix.

For each service: the six published components (Permenpan RB 15/2014), a legal basis
for every fee, a check against the source within 12 months, facilities for vulnerable
groups, and a printed poster of the standard in force. For the agency: its own
complaint channel and a published maklumat. Each failed check names the staff page that
fixes it (an endpoint and its values; the page turns them into a link).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from registry.extensions import db
from registry.models import Agency, Poster, Service, StandardVersion
from registry.services import fees
from registry.services.skm import round_half_up
from registry.services.standards import in_force, not_verified_since, open_draft

VERIFIED_MONTHS = 12


@dataclass(frozen=True)
class Fix:
    endpoint: str
    values: dict[str, Any]
    label: Any


@dataclass(frozen=True)
class Check:
    key: str
    label: Any
    passed: bool
    fix: Fix | None = None


@dataclass
class ServiceCheck:
    service: Service
    version: StandardVersion | None
    checks: list[Check] = field(default_factory=list)


@dataclass
class SelfCheck:
    agency: Agency
    agency_checks: list[Check]
    services: list[ServiceCheck]

    def all_checks(self) -> list[Check]:
        return [*self.agency_checks, *(c for s in self.services for c in s.checks)]

    @property
    def passed(self) -> int:
        return sum(1 for c in self.all_checks() if c.passed)

    @property
    def total(self) -> int:
        return len(self.all_checks())

    @property
    def score(self) -> int:
        """Checks passed out of 100, rounded half up."""
        return int(round_half_up(Fraction(self.passed * 100, self.total or 1), 0))

    @property
    def to_fix(self) -> list[tuple[Service | None, Check]]:
        return [(None, c) for c in self.agency_checks if not c.passed] + \
            [(s.service, c) for s in self.services for c in s.checks if not c.passed]


# The service checks: key, label, whether a version passes it.
VERSION_CHECKS: tuple[tuple[str, Any, Callable[[StandardVersion], bool]], ...] = (
    ("requirements", _l("Requirements listed"), lambda v: bool(v.requirements)),
    ("procedure", _l("Procedure steps listed"), lambda v: bool(v.steps)),
    ("time", _l("Completion time stated"), lambda v: v.completion_value > 0),
    ("fee", _l("Fee stated"), lambda v: bool(fees.office_fee_lines(v))),
    ("product", _l("Product described"), lambda v: bool((v.product or "").strip())),
    ("complaints", _l("Complaint handling described"),
     lambda v: bool((v.complaint_handling or "").strip())),
    ("fee_basis", _l("Legal basis cited for every fee"),
     lambda v: all(line.regulation.strip() for line in fees.office_fee_lines(v))),
    ("facilities", _l("Facilities for vulnerable groups stated"),
     lambda v: bool((v.facilities or "").strip())),
)


def _edit_fix(service: Service) -> Fix:
    draft = open_draft(service)
    if draft is not None and draft.status == "draft":
        return Fix("staff.edit_draft", {"version_id": draft.id}, _l("Edit the open draft"))
    return Fix("staff.service", {"service_id": service.id},
               _l("Open the service and start a new draft"))


def service_check(service: Service, today: dt.date, printed: set[int],
                  stale: set[int]) -> ServiceCheck:
    version = in_force(service.versions, today)
    result = ServiceCheck(service, version)
    edit = _edit_fix(service)
    if version is None:
        result.checks.append(Check("published", _l("A standard is published"), False, edit))
        return result
    for key, label, test in VERSION_CHECKS:
        passed = test(version)
        result.checks.append(Check(key, label, passed, None if passed else edit))
    verified = service.id not in stale
    result.checks.append(Check(
        "verified", _l("Checked against its source within 12 months"), verified,
        None if verified else Fix("staff.service", {"service_id": service.id},
                                  _l("Confirm it is still correct"))))
    has_poster = version.id in printed
    result.checks.append(Check(
        "posters", _l("Poster of the standard in force printed"), has_poster,
        None if has_poster else Fix(
            "posters.service_poster",
            {"region_slug": service.region.slug, "slug": service.slug, "size": "a4"},
            _l("Print the A4 poster"))))
    return result


def agency_checks(agency: Agency) -> list[Check]:
    settings = Fix("staff.agency_settings", {"agency_id": agency.id},
                   _l("Open the agency settings"))
    channel = bool(agency.channels)
    maklumat = bool((agency.maklumat or "").strip())
    return [Check("channel", _l("The agency's own complaint channel published"), channel,
                  None if channel else settings),
            Check("maklumat", _l("Service pledge (maklumat) published"), maklumat,
                  None if maklumat else settings)]


def self_check(agency: Agency, today: dt.date) -> SelfCheck:
    """Every check of the agency and its services as of `today` (region time)."""
    version_ids = [v.id for s in agency.services for v in s.versions]
    printed = set(db.session.scalars(select(Poster.version_id).where(
        Poster.version_id.in_(version_ids)).distinct())) if version_ids else set()
    stale = {s.id for s, _v in not_verified_since(agency.services, today, VERIFIED_MONTHS)}
    return SelfCheck(agency, agency_checks(agency),
                     [service_check(s, today, printed, stale) for s in agency.services])
