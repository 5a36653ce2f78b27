"""Standard versions: which one is in force, their history, and publishing."""
from __future__ import annotations

import datetime as dt
from typing import Any, cast

from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import set_committed_value

from registry.extensions import db
from registry.models import (
    FeeLine,
    LegalBasis,
    ProcedureStep,
    Requirement,
    Service,
    StandardVersion,
    User,
    VersionAuthor,
    VersionStatus,
)
from registry.models.standard import PART_FIELDS, VERSION_TEXT
from registry.services import rules
from registry.services.audit import record

PUBLISHED_STATES = (VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)
ROLE_TITLES = {"region_admin": _l("Region admin"), "agency_approver": _l("Agency approver"),
               "agency_editor": _l("Agency editor")}


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
    """Publish a draft directly (demo data, tests); staff go through submit and approve."""
    if version.status != VersionStatus.DRAFT:
        raise WorkflowError("only a draft can be published")
    _check_publishable(version, effective_from, today)
    _go_live(version, effective_from, today, now)
    db.session.flush()
    return version


def _check_publishable(version: StandardVersion, effective_from: dt.date,
                       today: dt.date) -> None:
    """Checked again at publication: nothing that breaks the rules becomes official."""
    rules.standard(snapshot(version), confirm_large=True)
    if effective_from < today:
        raise ValueError("effective date lies in the past")


def _go_live(version: StandardVersion, effective_from: dt.date, today: dt.date,
             now: dt.datetime | None = None) -> None:
    version.status = VersionStatus.PUBLISHED
    version.effective_from = effective_from
    version.published_at = now or _now()
    refresh_statuses(version.service, today)


def refresh_statuses(service: Service, today: dt.date) -> None:
    """Published versions older than the one in force become superseded."""
    current = in_force(service.versions, today)
    if current is None:
        return
    for version in service.versions:
        if version.status == VersionStatus.PUBLISHED and version is not current and \
                version.effective_from <= current.effective_from:
            version.status = VersionStatus.SUPERSEDED


# --- Staff workflow: draft -> submitted -> published (or back to draft with a comment).
#
# Every step locks the version row and checks the state it starts from inside the
# caller's transaction (SELECT ... FOR UPDATE on PostgreSQL), then claims the new state
# with a conditional UPDATE (which also takes SQLite's write lock). Of two concurrent
# clicks exactly one wins; the other gets WorkflowConflict and changes nothing.

VERSION_FIELDS = ("completion_value", "completion_unit", *VERSION_TEXT, "change_summary",
                  "change_summary_en")
PART_MODELS = {"requirements": Requirement, "steps": ProcedureStep, "fee_lines": FeeLine,
               "legal_bases": LegalBasis}


class WorkflowError(ValueError):
    """A step the version's state does not allow (e.g. editing a published version)."""


class WorkflowConflict(WorkflowError):
    """The version is no longer in the state the step starts from: someone was faster."""

    def __init__(self, version: StandardVersion, expected: str, found: str | None = None):
        self.found = found or version.status  # "discarded" when the row is gone
        super().__init__(f"expected {expected}, found {self.found}")
        self.service_id = version.service_id
        self.expected = expected


class StaleRevision(Exception):
    """The draft was saved by someone else since the form was opened."""

    def __init__(self, version: StandardVersion):
        super().__init__("stale revision")
        self.version = version


class StaleReview(StaleRevision):
    """The submitted draft changed since the approver opened the review page."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def snapshot(version: StandardVersion) -> dict[str, Any]:
    """Everything a version says, as plain values (audit before/after, diffs, conflicts)."""
    data = {name: getattr(version, name) for name in VERSION_FIELDS}
    for part, fields in PART_FIELDS.items():
        data[part] = [{f: getattr(row, f) for f in fields} for row in getattr(version, part)]
    return data


def open_draft(service: Service) -> StandardVersion | None:
    """The draft or submitted version being worked on, if any (at most one per service)."""
    for version in service.versions:
        if version.status in (VersionStatus.DRAFT, VersionStatus.SUBMITTED):
            return version
    return None


def new_draft_from(service: Service, author: User | None, today: dt.date,
                   actor: str | None = None) -> StandardVersion:
    """Start a draft: a deep copy of the version in force (or the newest), or an empty one."""
    if open_draft(service) is not None:
        raise WorkflowError("this service already has an open draft")
    source = in_force(service.versions, today) or max(
        (v for v in service.versions if v.status in PUBLISHED_STATES),
        key=lambda v: v.number, default=None)
    draft = StandardVersion(service=service, number=next_number(service),
                            status=VersionStatus.DRAFT, author_id=author.id if author else None,
                            revision=1, completion_value=1, completion_unit="working_days")
    db.session.add(draft)
    if source is not None:
        draft.based_on_id = source.id
        apply_values(draft, {**snapshot(source), "change_summary": "",
                             "change_summary_en": None})
    db.session.flush()
    record("draft_created", draft, user=author, actor=actor,
           summary=f"{service.name} v{draft.number}",
           region_id=service.region_id, agency_id=service.agency_id)
    return draft


def apply_values(version: StandardVersion, values: dict[str, Any]) -> None:
    for name in VERSION_FIELDS:
        if name in values:
            setattr(version, name, values[name])
    for part, fields in PART_FIELDS.items():
        if part in values:
            model = PART_MODELS[part]
            setattr(version, part, [model(position=i, **{f: row.get(f) for f in fields})
                                    for i, row in enumerate(values[part])])


def add_author(version: StandardVersion, user: User | None, actor: str | None = None) -> None:
    """Count a person (or `cli`) among the draft's authors, once."""
    if user is not None:
        if all(a.user_id != user.id for a in version.authors):
            version.authors.append(VersionAuthor(user_id=user.id,
                                                 actor=f"{user.name} <{user.email}>"[:200]))
    elif all(a.user_id is not None or a.actor != (actor or "system") for a in version.authors):
        version.authors.append(VersionAuthor(user_id=None, actor=(actor or "system")[:200]))


def author_ids(version: StandardVersion) -> set[int]:
    """Users who wrote, saved, imported or submitted the version."""
    found = {a.user_id for a in version.authors} | {version.author_id, version.submitted_by_id}
    return {i for i in found if i is not None}


def _lock(version: StandardVersion, expected: str) -> None:
    """Re-read the row under a lock kept until commit (FOR UPDATE; ignored by SQLite)."""
    found = db.session.scalars(select(StandardVersion).where(StandardVersion.id == version.id)
                               .with_for_update()
                               .execution_options(populate_existing=True)).one_or_none()
    if found is None:
        raise WorkflowConflict(version, expected, "discarded")


def _expect(version: StandardVersion, expected: str, revision: int | None) -> None:
    if version.status != expected:
        raise WorkflowConflict(version, expected)
    if revision is not None and version.revision != revision:
        raise StaleReview(version)


def _claim(version: StandardVersion, expected: str, new: str,
           revision: int | None = None) -> None:
    """Move `expected` -> `new` and bump the revision, or raise; nothing else changes."""
    _lock(version, expected)
    _expect(version, expected, revision)
    claimed = cast("CursorResult[Any]", db.session.execute(
        update(StandardVersion)
        .where(StandardVersion.id == version.id, StandardVersion.status == expected,
               StandardVersion.revision == version.revision)
        .values(status=new, revision=version.revision + 1)
        .execution_options(synchronize_session=False)
    )).rowcount
    if claimed != 1:  # SQLite: another connection changed it before our write lock
        _lock(version, expected)
        raise WorkflowConflict(version, expected)
    set_committed_value(version, "status", new)
    set_committed_value(version, "revision", version.revision + 1)


def save_draft(version: StandardVersion, values: dict[str, Any], revision: int,
               user: User | None, *, actor: str | None = None, confirm_large: bool = False,
               action: str = "draft_saved", summary: str | None = None) -> StandardVersion:
    """Save a draft if nobody saved it since `revision` was read; else StaleRevision.

    The values must keep the rules (services/rules.py), else RuleViolation and nothing is
    written. The user (or `actor`, e.g. "cli") becomes one of the draft's authors.
    """
    if version.status != VersionStatus.DRAFT:
        raise WorkflowError("only a draft can be edited")
    values = rules.standard(values, confirm_large=confirm_large)
    # A conditional UPDATE claims the revision: of two concurrent saves only one matches,
    # even between the check and the write (the row lock orders them on PostgreSQL).
    claimed = cast("CursorResult[Any]", db.session.execute(
        update(StandardVersion)
        .where(StandardVersion.id == version.id, StandardVersion.revision == revision,
               StandardVersion.status == VersionStatus.DRAFT)
        .values(revision=revision + 1)
        .execution_options(synchronize_session=False)
    )).rowcount
    if claimed != 1:
        _lock(version, VersionStatus.DRAFT)
        if version.status != VersionStatus.DRAFT:
            raise WorkflowConflict(version, VersionStatus.DRAFT)
        raise StaleRevision(version)
    set_committed_value(version, "revision", revision + 1)
    before = snapshot(version)
    apply_values(version, values)
    add_author(version, user, actor)
    version.updated_at = _now()
    db.session.flush()
    # The revisions let a later conflict page find the saves made since a form was loaded.
    record(action, version, user=user, actor=actor, summary=summary or
           f"{version.service.name} v{version.number}", before={**before, "revision": revision},
           after={**snapshot(version), "revision": revision + 1},
           region_id=version.service.region_id, agency_id=version.service.agency_id)
    return version


def _log(action: str, version: StandardVersion, user: User, summary: str = "",
         before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    record(action, version, user=user, summary=summary or
           f"{version.service.name} v{version.number}", before=before, after=after,
           region_id=version.service.region_id, agency_id=version.service.agency_id)


def submit(version: StandardVersion, user: User) -> StandardVersion:
    """Hand a draft to the approvers; the submitter becomes one of its authors."""
    _claim(version, VersionStatus.DRAFT, VersionStatus.SUBMITTED)
    version.submitted_by_id = user.id
    version.submitted_at = _now()
    version.review_comment = ""
    add_author(version, user)
    db.session.flush()
    _log("draft_submitted", version, user, before={"status": "draft"},
         after={"status": "submitted"})
    return version


def withdraw(version: StandardVersion, user: User) -> StandardVersion:
    """An editor pulls a submitted draft back to edit it again."""
    _claim(version, VersionStatus.SUBMITTED, VersionStatus.DRAFT)
    db.session.flush()
    _log("draft_withdrawn", version, user, before={"status": "submitted"},
         after={"status": "draft"})
    return version


def reject(version: StandardVersion, user: User, comment: str,
           revision: int | None = None) -> StandardVersion:
    """Send a submitted draft back to its editors with the reviewer's comment."""
    _claim(version, VersionStatus.SUBMITTED, VersionStatus.DRAFT, revision)
    version.reviewed_by_id = user.id
    version.review_comment = comment
    db.session.flush()
    _log("draft_rejected", version, user, summary=comment,
         before={"status": "submitted"}, after={"status": "draft", "comment": comment})
    return version


def verifier_title(user: User) -> str:
    """Who vouches for a standard, as citizens read it: the role and the agency (or the
    region), never the account's name - the office answers for it, not a person. Kept in
    Indonesian, the language of the standard (at most the column's 120 characters)."""
    with force_locale("id"):
        role = str(ROLE_TITLES.get(user.role, user.role))
    office = user.agency.name if user.agency is not None else user.region.name
    return f"{role}, {office}"[:120]


def approve(version: StandardVersion, user: User, effective_from: dt.date, today: dt.date,
            revision: int | None = None) -> StandardVersion:
    """Publish a submitted draft from `effective_from` (today or later, region's zone).

    `revision` is the one the approver read: a draft changed since is StaleReview. The
    rules are checked again, so nothing invalid becomes official (RuleViolation).
    """
    _lock(version, VersionStatus.SUBMITTED)
    _expect(version, VersionStatus.SUBMITTED, revision)
    _check_publishable(version, effective_from, today)
    _claim(version, VersionStatus.SUBMITTED, VersionStatus.PUBLISHED, revision)
    version.reviewed_by_id = user.id
    _go_live(version, effective_from, today)
    version.verified_on = today
    version.verified_by = verifier_title(user)
    db.session.flush()
    _log("version_published", version, user,
         before={"status": "submitted"},
         after={"status": "published", "effective_from": effective_from.isoformat()})
    return version


def verify(version: StandardVersion, user: User, today: dt.date) -> StandardVersion:
    """Confirm the version in force is still correct: a date, not a new version."""
    if version.status not in PUBLISHED_STATES:
        raise WorkflowError("only a published version can be verified")
    before = {"verified_on": version.verified_on, "verified_by": version.verified_by}
    version.verified_on = today
    version.verified_by = verifier_title(user)
    db.session.flush()
    _log("version_verified", version, user, before=before,
         after={"verified_on": today, "verified_by": version.verified_by})
    return version


def discard_draft(version: StandardVersion, user: User) -> None:
    _claim(version, VersionStatus.DRAFT, VersionStatus.DRAFT)
    _log("draft_discarded", version, user, before=snapshot(version))
    version.service.versions.remove(version)
    db.session.flush()


def not_verified_since(services: list[Service], today: dt.date,
                       months: int = 12) -> list[tuple[Service, StandardVersion]]:
    """Services whose version in force was last verified over `months` ago (or never)."""
    limit = _months_before(today, months)
    stale = []
    for service in services:
        version = in_force(service.versions, today)
        if version is not None and (version.verified_on is None or version.verified_on < limit):
            stale.append((service, version))
    return stale


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return dt.date(year, month, min(day.day, last))


def version_state(version: StandardVersion, today: dt.date) -> str:
    """The state as of today, computed on read so a scheduled version needs no job:
    draft, submitted, scheduled, in_force or superseded."""
    if version.status in (VersionStatus.DRAFT, VersionStatus.SUBMITTED):
        return version.status
    if version.effective_from and version.effective_from > today:
        return "scheduled"
    return "in_force" if version is in_force(version.service.versions, today) else "superseded"
