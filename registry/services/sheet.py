"""A service sheet: what a citizen needs to know about a service today.

The page, the poster and the API all read the standard through this one place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from flask import current_app

from registry.models import (
    Agency,
    Channel,
    CompletionUnit,
    FeeLine,
    Region,
    Service,
    StandardVersion,
)
from registry.services import fees
from registry.services.catalogue import load_parts
from registry.services.history import Change, diff_versions
from registry.services.i18n import current_locale
from registry.services.registration import RegistrationWindow, WindowStanding, window_on
from registry.services.schedule import ClosedHandIn, Due, OfficeCalendar, region_now
from registry.services.standards import current_version, published_history

# What a published version changed against the one before it never changes: both are
# published, and published versions are never edited. Kept per app (its database), pair
# of versions and locale.
CHANGES_EXTENSION = "registry_public_changes"
CHANGES_MAX = 20_000


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
    # False when the sheet answers for a moment the citizen chose (?date=), not "now".
    live: bool = True
    # Said when the hand-in day is a day off: why, and the opening the due date counts from.
    closed_hand_in: ClosedHandIn | None = None
    # The registration window on the hand-in day; when one opens later, `due` counts from
    # its first day.
    window: RegistrationWindow | None = None

    def standing(self, version: StandardVersion) -> str | None:
        """How a version of the history stands today: "scheduled", "in_force" or None."""
        # Only published versions reach a sheet, and they all have a start date.
        if version.effective_from is not None and version.effective_from > self.today:
            return "scheduled"
        return "in_force" if version is self.version else None

    def changes_at(self) -> dt.datetime:
        """The moment this sheet stops being true by itself (region time): the next midnight
        (another version may take effect, "today" moves on), or earlier when the due date of
        something handed in now moves - at closing time for working days, each minute
        while the office clock runs for hours and minutes."""
        zone = ZoneInfo(self.region.timezone)
        midnight = dt.datetime.combine(self.today + dt.timedelta(days=1), dt.time(),
                                       tzinfo=zone)
        unit = CompletionUnit(self.version.completion_unit)
        if not self.live or unit is CompletionUnit.CALENDAR_DAYS:
            return midnight
        now = self.submitted.astimezone(zone)
        hours = OfficeCalendar(self.region, self.agency).office_hours(self.today)
        if hours is None or now >= hours[1]:
            return midnight
        if unit is CompletionUnit.WORKING_DAYS:
            return hours[1]
        if now < hours[0]:
            return hours[0]
        return now.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)

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
    def formula_fees(self) -> list[FeeLine]:
        return fees.formula_fee_lines(self.version)

    @property
    def paid_fees(self) -> list[FeeLine]:
        return fees.paid_fee_lines(self.version)

    @property
    def payment_groups(self) -> list[fees.PaymentGroup]:
        return fees.payment_groups(self.version)

    @property
    def regulations(self) -> list[str]:
        return fees.fee_regulations(self.version)

    @property
    def channels(self) -> list[Channel]:
        """The agency's own channels first, then the region's national defaults."""
        return [*self.agency.channels, *self.region.channels]


def service_sheet(service: Service, submitted: dt.datetime | None = None) -> ServiceSheet | None:
    """The sheet for the version in force today, or None when nothing is published.

    `service` as catalogue.public_service loads it: only the version in force gets its
    parts; the changes between published versions come from memory once computed."""
    now = region_now(service.region)
    version = current_version(service, now.date())
    if version is None:
        return None
    load_parts([version])
    live = submitted is None
    submitted = submitted or now
    calendar = OfficeCalendar(service.region, service.agency)
    window = window_on(service, submitted.astimezone(calendar.zone).date())
    counted_from = submitted
    if window is not None and window.standing is WindowStanding.UPCOMING:
        counted_from = dt.datetime.combine(window.opens, dt.time(0, 0), tzinfo=calendar.zone)
    due = calendar.due(counted_from, version.completion_value, version.completion_unit)
    return ServiceSheet(service, version, submitted, due, now.date(),
                        published_history(service), public_changes(service), live=live,
                        closed_hand_in=calendar.closed_hand_in(counted_from), window=window)


def public_changes(service: Service) -> dict[int, list[Change]]:
    """For each published version, what it changed against the one published before it
    (the public fields), computed once per pair of versions and locale."""
    published = sorted(published_history(service), key=lambda v: (v.effective_from, v.number))
    pairs = list(zip(published, published[1:], strict=False))
    locale = current_locale()
    known: dict[tuple[int, int, str], list[Change]] = \
        current_app.extensions.setdefault(CHANGES_EXTENSION, {})
    missing = [(old, new) for old, new in pairs if (old.id, new.id, locale) not in known]
    if missing:
        load_parts([v for pair in missing for v in pair])
        if len(known) > CHANGES_MAX:
            known.clear()
        for old, new in missing:
            known[(old.id, new.id, locale)] = diff_versions(old, new, public=True)
    return {new.id: known[(old.id, new.id, locale)] for old, new in pairs}



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
