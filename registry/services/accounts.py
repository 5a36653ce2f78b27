"""Staff accounts: creating them, checking passwords, settings of agencies and regions."""
from __future__ import annotations

from typing import Any

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from registry.extensions import db
from registry.models import (
    Agency,
    Channel,
    Closure,
    Counter,
    HolidayOverride,
    OfficeHours,
    Region,
    Role,
    User,
)
from registry.services.audit import record
from registry.services.passwords import check_new_password

# Checked against when the e-mail is unknown, so a wrong e-mail costs the same time.
_DUMMY_HASH = generate_password_hash("not-a-real-password", method="scrypt")


class AccountError(ValueError):
    pass


class LastRegionAdmin(AccountError):
    """The change would leave the region without an active region admin."""


def user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


def create_user(email: str, name: str, role: str, region: Region, agency: Agency | None,
                password: str, by: User | None = None) -> User:
    """A new staff account; agency roles need an agency of the same region."""
    role = Role(role)
    if role is Role.REGION_ADMIN:
        agency = None
    elif agency is None or agency.region_id != region.id:
        raise AccountError("an agency role needs an agency of the same region")
    password_hash = _hash(password)
    if user_by_email(email) is not None:
        raise AccountError("an account with this e-mail exists")
    user = User(email=email.strip().lower(), name=name.strip(), role=role.value,
                region_id=region.id, agency_id=agency.id if agency else None,
                password_hash=password_hash)
    db.session.add(user)
    db.session.flush()
    record("user_created", user, user=by, actor=None if by else "cli",
           after={"email": user.email, "role": user.role,
                  "agency": agency.slug if agency else None})
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials; every attempt is logged."""
    user = user_by_email(email)
    valid = check_password_hash(user.password_hash if user else _DUMMY_HASH, password)
    if user is not None and valid and user.active:
        record("login", user, user=user, region_id=user.region_id, agency_id=user.agency_id)
        return user
    record("login_failed", None, actor=email.strip()[:200],
           region_id=user.region_id if user else None,
           agency_id=user.agency_id if user else None)
    return None


def _hash(password: str) -> str:
    """The hash of an acceptable new password (passwords.WeakPassword otherwise)."""
    check_new_password(password)
    return generate_password_hash(password, method="scrypt")


def end_sessions(user: User) -> None:
    """End every session of the account at once: each carries the epoch it began in."""
    user.session_epoch = (user.session_epoch or 0) + 1


def session_is_current(user: User, epoch: object, started: object, seen: object, now: float,
                       lifetime: float, idle: float) -> bool:
    """May a session that began at `started` (epoch seconds) and was last used at `seen`
    still act for `user`? Its epoch must be the account's, the account active, the login
    less than `lifetime` seconds ago and the last request less than `idle` seconds ago."""
    if not user.active or epoch != user.session_epoch:
        return False
    if not isinstance(started, (int, float)) or not isinstance(seen, (int, float)):
        return False
    return now - started < lifetime and now - seen < idle


def log_out(user: User) -> None:
    """Logging out ends the account's other sessions too (a shared or lost device)."""
    end_sessions(user)
    db.session.flush()
    record("logout", user, user=user)


def active_region_admins(region_id: int) -> list[User]:
    return list(db.session.scalars(select(User).where(
        User.region_id == region_id, User.role == Role.REGION_ADMIN.value,
        User.active.is_(True))))


def _keep_a_region_admin(user: User, stays_admin: bool) -> None:
    """Refuse a change that removes the region's last active region admin."""
    if stays_admin or user.role != Role.REGION_ADMIN or not user.active:
        return
    if [u.id for u in active_region_admins(user.region_id)] == [user.id]:
        raise LastRegionAdmin("the region needs at least one active region admin")


def set_user_active(user: User, active: bool, by: User) -> None:
    _keep_a_region_admin(user, stays_admin=active)
    before = user.active
    user.active = active
    if not active:
        end_sessions(user)
    db.session.flush()
    record("user_updated", user, user=by, before={"active": before}, after={"active": active})


def change_password(user: User, current: str, new: str) -> None:
    """The user's own password; the current one must be given. Every session of the
    account ends; the caller may carry its own over to the new epoch."""
    if not check_password_hash(user.password_hash, current):
        raise AccountError("the current password is wrong")
    user.password_hash = _hash(new)
    end_sessions(user)
    db.session.flush()
    record("password_changed", user, user=user)


def reset_password(user: User, new: str, by: User) -> None:
    """A region admin sets a new password for a user of the region (never logged)."""
    if by.region_id != user.region_id:
        raise AccountError("a user of another region")
    user.password_hash = _hash(new)
    end_sessions(user)
    db.session.flush()
    record("user_updated", user, user=by, summary="password reset",
           before={"password": "old"}, after={"password": "reset"})


def update_user(user: User, role: str, agency: Agency | None, by: User) -> None:
    """Change a user's role and agency within the region; agency roles need an agency."""
    role = Role(role)
    if by.region_id != user.region_id:
        raise AccountError("a user of another region")
    if role is Role.REGION_ADMIN:
        agency = None
    elif agency is None or agency.region_id != user.region_id:
        raise AccountError("an agency role needs an agency of the same region")
    _keep_a_region_admin(user, stays_admin=role is Role.REGION_ADMIN)
    before = {"role": user.role, "agency": user.agency.slug if user.agency else None}
    if (user.role, user.agency_id) != (role.value, agency.id if agency else None):
        end_sessions(user)  # what the sessions may do has changed
    user.role, user.agency = role.value, agency
    db.session.flush()
    record("user_updated", user, user=by, before=before,
           after={"role": user.role, "agency": agency.slug if agency else None})


def region_users(region: Region) -> list[User]:
    return list(db.session.scalars(select(User).where(User.region_id == region.id)
                                   .order_by(User.email)))


def users_page(region: Region, page: int, per_page: int) -> Pagination:
    """One page of the region's accounts by e-mail, cut in the database."""
    return db.paginate(select(User).where(User.region_id == region.id)
                       .order_by(User.email, User.id),
                       page=page, per_page=per_page, error_out=False)


def agency_settings(agency: Agency) -> dict[str, Any]:
    return {
        "phone": agency.phone, "email": agency.email, "website": agency.website,
        "address": agency.address, "maklumat": agency.maklumat,
        "serves_on_cuti_bersama": agency.serves_on_cuti_bersama,
        "maklumat_en": agency.maklumat_en,
        "hours": {h.weekday: [h.opens.isoformat("minutes"), h.closes.isoformat("minutes")]
                  for h in agency.hours},
        "counters": [[c.id, c.name, c.location] for c in agency.counters],
        "channels": [[c.kind, c.name, c.contact, c.url or ""] for c in agency.channels],
    }


def update_agency_settings(agency: Agency, values: dict[str, Any], by: User) -> None:
    """Office hours, maklumat, counters, contact and channels of one agency."""
    before = agency_settings(agency)
    for name in ("phone", "email", "website", "address", "maklumat", "maklumat_en",
                 "serves_on_cuti_bersama"):
        if name in values:
            setattr(agency, name, values[name])
    if "hours" in values:
        # Updated in place: replacing rows would briefly hold two rows per weekday.
        existing = {h.weekday: h for h in agency.hours}
        kept = []
        for day, (opens, closes) in sorted(values["hours"].items()):
            row = existing.get(day) or OfficeHours(weekday=day)
            row.opens, row.closes = opens, closes
            kept.append(row)
        agency.hours = kept
    if "counters" in values:
        agency.counters = _counters(agency.counters, values["counters"])
    if "channels" in values:
        agency.channels = _channels(agency.channels, values["channels"], agency.region_id)
    db.session.flush()
    record("agency_settings_changed", agency, user=by, before=before,
           after=agency_settings(agency), region_id=agency.region_id, agency_id=agency.id)


def _counters(existing: list[Counter],
              rows: list[tuple[int | None, str, str]]) -> list[Counter]:
    """Counters matched by id, so a renamed counter keeps the services linked to it;
    one left out is removed (and unlinked), a row without a known id is a new counter."""
    by_id = {c.id: c for c in existing}
    counters = []
    for counter_id, name, location in rows:
        counter = by_id.pop(counter_id, None) if counter_id is not None else None
        counter = counter or Counter()
        counter.name, counter.location = name, location
        counters.append(counter)
    return counters


def _channels(existing: list[Channel], rows: list[list[str]], region_id: int) -> list[Channel]:
    """Channels in the given order; one kept by kind and name keeps its notes."""
    by_key = {(c.kind, c.name): c for c in existing}
    channels = []
    for position, (kind, name, contact, url) in enumerate(rows):
        channel = by_key.pop((kind, name), None) or Channel(region_id=region_id, kind=kind,
                                                            name=name)
        channel.contact, channel.url, channel.position = contact, url or None, position
        channels.append(channel)
    return channels


def region_settings(region: Region) -> dict[str, Any]:
    return {
        "works_saturday": region.works_saturday, "timezone": region.timezone,
        "single_sign_off": region.single_sign_off, "poster_header": region.poster_header,
        "poster_color": region.poster_color,
        "closures": [[c.day.isoformat(), c.reason] for c in region.closures],
        "holiday_overrides": [[o.day.isoformat(), o.kind, o.name]
                              for o in region.holiday_overrides],
        "channels": [[c.kind, c.name, c.contact, c.url or ""] for c in region.channels],
    }


def update_region_settings(region: Region, values: dict[str, Any], by: User) -> None:
    """Working week, time zone, closures, holiday overrides, poster branding and channels."""
    before = region_settings(region)
    for name in ("works_saturday", "timezone", "single_sign_off", "poster_header",
                 "poster_color"):
        if name in values:
            setattr(region, name, values[name])
    if "closures" in values:
        region.closures = []
        db.session.flush()
        region.closures = [Closure(day=day, reason=reason) for day, reason in values["closures"]]
    if "holiday_overrides" in values:
        region.holiday_overrides = []
        db.session.flush()  # the old rows go before new ones take their (region, day)
        region.holiday_overrides = [HolidayOverride(day=day, kind=kind, name=name)
                                    for day, kind, name in values["holiday_overrides"]]
    if "channels" in values:
        region.channels = _channels(region.channels, values["channels"], region.id)
    db.session.flush()
    record("region_settings_changed", region, user=by, before=before,
           after=region_settings(region), region_id=region.id)

