"""Who may do what: the one place the roles are decided. Views call these and raise
NotAllowed (a 403 page) when the answer is no.

Every check compares the object's own region and agency with the user's, so an id typed
into a URL never reaches another agency's data.
"""
from __future__ import annotations

from typing import TypeGuard

from registry.models import Agency, Region, Role, Service, StandardVersion, User
from registry.services.standards import author_ids


class NotAllowed(Exception):
    """The user's role, region or agency does not allow this."""


def _active(user: User | None) -> TypeGuard[User]:
    return user is not None and bool(getattr(user, "is_authenticated", False)) and user.active


def is_region_admin(user: User | None, region: Region) -> bool:
    return _active(user) and user.role == Role.REGION_ADMIN and user.region_id == region.id


def can_see_agency(user: User | None, agency: Agency) -> TypeGuard[User]:
    """Staff of the agency, or an admin of its region."""
    if not _active(user) or user.region_id != agency.region_id:
        return False
    return user.role == Role.REGION_ADMIN or user.agency_id == agency.id


def can_edit_agency(user: User | None, agency: Agency) -> bool:
    """Write drafts and agency settings: its editors and approvers, the region admin."""
    return can_see_agency(user, agency) and user.role in (
        Role.REGION_ADMIN, Role.AGENCY_EDITOR, Role.AGENCY_APPROVER)


def can_edit_service(user: User | None, service: Service) -> bool:
    return can_edit_agency(user, service.agency)


def can_create_service(user: User | None, agency: Agency) -> bool:
    """Add a service to an agency: the people who write its drafts."""
    return can_edit_agency(user, agency)


def can_approve_agency(user: User | None, agency: Agency) -> TypeGuard[User]:
    """Publish, reject and verify: the agency's approvers and the region admin."""
    return can_see_agency(user, agency) and user.role in (Role.REGION_ADMIN,
                                                           Role.AGENCY_APPROVER)


def can_publish(user: User | None, version: StandardVersion) -> bool:
    """An approver who did not write the draft, unless the region allows single sign-off.

    Authors are everyone who created, saved, imported or submitted it.
    """
    service = version.service
    if not can_approve_agency(user, service.agency):
        return False
    if service.region.single_sign_off:
        return True
    return user.id not in author_ids(version)


def can_withdraw(user: User | None, version: StandardVersion) -> bool:
    """Pull a submitted draft back: the people who may edit the service's drafts."""
    return can_edit_service(user, version.service)


def can_manage_region(user: User | None, region: Region) -> bool:
    """Region settings, users and the audit log."""
    return is_region_admin(user, region)


def can_manage_user(user: User | None, other: User) -> bool:
    """Change another account's role, agency, password or access: its region's admin."""
    return is_region_admin(user, other.region)


def can_transfer_agency(user: User | None, agency: Agency) -> bool:
    """Export and import an agency's standards: the same people who write its drafts."""
    return can_edit_agency(user, agency)


def can_transfer_region(user: User | None, region: Region) -> bool:
    """Export and import every agency of the region at once: its admin only."""
    return is_region_admin(user, region)


def can_see_feedback(user: User | None, agency: Agency) -> bool:
    """Survey figures, experience reports and comments of an agency: whoever sees it."""
    return can_see_agency(user, agency)


def can_manage_feedback(user: User | None, agency: Agency) -> bool:
    """Moderate comments, import questionnaires, enter service users, write the
    follow-up plan: the agency's editors and approvers, and the region admin."""
    return can_edit_agency(user, agency)
