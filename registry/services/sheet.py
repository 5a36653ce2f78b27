"""A service sheet: what a citizen needs to know about a service today.

The page, the poster and the API all read the standard through this one place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from registry.models import Agency, Channel, FeeLine, Region, Service, StandardVersion
from registry.services import fees
from registry.services.history import Change, published_changes
from registry.services.registration import RegistrationWindow, WindowStanding, window_on
from registry.services.schedule import ClosedHandIn, Due, OfficeCalendar, region_now
from registry.services.standards import current_version, published_history


@dataclass
class ServiceSheet:
    service: Service
    version: StandardVersion
    submitted: dt.datetime
    due: Due
    today: dt.date
    history: list[StandardVersion] = field(default_factory=list)
    # Field-level changes of each published version against the one before it.
    changes: dict[int, list[Change]] = field(default_factory=dict)
    # Said when the hand-in day is a day off: why, and the opening the due date counts from.
    closed_hand_in: ClosedHandIn | None = None
    # The registration window on the hand-in day; when one opens later, `due` counts from
    # its first day.
    window: RegistrationWindow | None = None

    def standing(self, version: StandardVersion) -> str | None:
        """How a version of the history stands today: "scheduled", "in_force" or None."""
        if version.effective_from > self.today:
            return "scheduled"
        return "in_force" if version is self.version else None

    @property
    def region(self) -> Region:
        return self.service.region

    @property
    def agency(self) -> Agency:
        return self.service.agency

    @property
    def is_free(self) -> bool:
        return fees.is_free(self.version)

    @property
    def free_basis(self) -> str:
        return fees.free_basis(self.version) if self.is_free else ""

    @property
    def penalty_basis(self) -> str:
        """Civil-registration services cite the penalty for charging (Pasal 95B)."""
        return fees.CIVIL_REGISTRATION_PENALTY \
            if self.free_basis == fees.CIVIL_REGISTRATION_FREE_BASIS else ""

    @property
    def office_fees(self) -> list[FeeLine]:
        return fees.office_fee_lines(self.version)

    @property
    def incidental_fees(self) -> list[FeeLine]:
        return fees.incidental_fee_lines(self.version)

    @property
    def channels(self) -> list[Channel]:
        """The agency's own channels first, then the region's national defaults."""
        return [*self.agency.channels, *self.region.channels]


def service_sheet(service: Service, submitted: dt.datetime | None = None) -> ServiceSheet | None:
    """The sheet for the version in force today, or None when nothing is published."""
    now = region_now(service.region)
    version = current_version(service, now.date())
    if version is None:
        return None
    submitted = submitted or now
    calendar = OfficeCalendar(service.region, service.agency)
    window = window_on(service, submitted.astimezone(calendar.zone).date())
    counted_from = submitted
    if window is not None and window.standing is WindowStanding.UPCOMING:
        counted_from = dt.datetime.combine(window.opens, dt.time(0, 0), tzinfo=calendar.zone)
    due = calendar.due(counted_from, version.completion_value, version.completion_unit)
    return ServiceSheet(service, version, submitted, due, now.date(),
                        published_history(service), published_changes(service),
                        closed_hand_in=calendar.closed_hand_in(counted_from), window=window)



def due_at(service: Service, submitted: dt.datetime) -> tuple[StandardVersion, Due] | None:
    """The standard in force on the day of submission (region time) and when it is due."""
    region = service.region
    day = submitted.astimezone(ZoneInfo(region.timezone)).date()
    version = current_version(service, day)
    if version is None:
        return None
    due = OfficeCalendar(region, service.agency).due(
        submitted, version.completion_value, version.completion_unit)
    return version, due
