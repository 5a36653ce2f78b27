"""The workflow of a standard version: its states, the steps between them, and one way
to take a step.

    (none) --create--> draft --submit--> submitted --approve--> published --> superseded
                       ^  |                  |
                       |  +--discard--> (gone)
                       +---withdraw, reject--+

Every step goes through `take`: it locks the version row and checks the state the step
starts from inside the caller's transaction (SELECT ... FOR UPDATE on PostgreSQL), claims
the new state with a conditional UPDATE (which also takes SQLite's write lock), and
records the audit entry. Of two concurrent clicks exactly one wins; the other gets
WorkflowConflict and changes nothing. Nothing else writes `StandardVersion.status`.
"""
from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm.attributes import set_committed_value

from registry.extensions import db
from registry.models import Service, StandardVersion, User, VersionStatus
from registry.services.audit import record

# Pseudo-states: before a version exists, and after a draft was thrown away.
NEW = "new"
DISCARDED = "discarded"


class Step(enum.StrEnum):
    CREATE = "create"
    SAVE = "save"
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    REJECT = "reject"
    APPROVE = "approve"
    PUBLISH = "publish"      # straight from draft, without a person (demo data, tests)
    DISCARD = "discard"
    VERIFY = "verify"        # a date on the version, not a new state
    SUPERSEDE = "supersede"  # a newer version took effect


@dataclass(frozen=True)
class Transition:
    start: tuple[str, ...]  # the states the step may start from
    end: str | None         # None: the state stays what it was
    action: str | None      # the audit action; None: recorded by the step that caused it


D, S = VersionStatus.DRAFT, VersionStatus.SUBMITTED
P, X = VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED

TRANSITIONS: dict[Step, Transition] = {
    Step.CREATE: Transition((NEW,), D, "draft_created"),
    Step.SAVE: Transition((D,), None, "draft_saved"),
    Step.SUBMIT: Transition((D,), S, "draft_submitted"),
    Step.WITHDRAW: Transition((S,), D, "draft_withdrawn"),
    Step.REJECT: Transition((S,), D, "draft_rejected"),
    Step.APPROVE: Transition((S,), P, "version_published"),
    Step.PUBLISH: Transition((D,), P, "version_published"),
    Step.DISCARD: Transition((D,), DISCARDED, "draft_discarded"),
    Step.VERIFY: Transition((P, X), None, "version_verified"),
    # Derived from effective dates and recomputed idempotently (publication, the daily
    # `refresh-statuses`): the publication that caused it is the audited step.
    Step.SUPERSEDE: Transition((P,), X, None),
}
OPEN_STATES = (D, S)


class WorkflowError(ValueError):
    """A step the version's state does not allow (e.g. editing a published version)."""


class WorkflowConflict(WorkflowError):
    """The version is no longer in the state the step starts from: someone was faster."""

    def __init__(self, version: StandardVersion, expected: str, found: str | None = None):
        self.found = found or version.status
        super().__init__(f"expected {expected}, found {self.found}")
        self.service_id = version.service_id
        self.expected = expected


class DraftExists(WorkflowError):
    """The service already has an open draft (maybe opened a moment ago by someone else)."""

    def __init__(self, draft: StandardVersion):
        super().__init__("this service already has an open draft")
        self.draft = draft


class StaleRevision(Exception):
    """The draft was saved by someone else since the form was opened."""

    def __init__(self, version: StandardVersion):
        super().__init__("stale revision")
        self.version = version


class StaleReview(StaleRevision):
    """The submitted draft changed since the approver opened the review page."""


def allowed(status: str, step: Step) -> bool:
    return status in TRANSITIONS[step].start


def steps_from(status: str) -> list[Step]:
    """The steps the table allows from `status` (pages offer these buttons)."""
    return [step for step, rule in TRANSITIONS.items() if status in rule.start]


Details = dict[str, Any] | Callable[[], dict[str, Any]] | None


def take(version: StandardVersion, step: Step, user: User | None, *,
         actor: str | None = None, revision: int | None = None,
         stale: type[StaleRevision] = StaleReview, check: Callable[[], None] | None = None,
         change: Callable[[], None] | None = None, action: str | None = None,
         summary: str = "", before: Details = None, after: Details = None) -> None:
    """Take `step`: lock, check the starting state (and the revision read, if given),
    run `check`, claim the new state, apply `change`, record the audit entry.

    `before` and `after` default to the status; a callable is evaluated at its moment
    (before: once the row is locked; after: once `change` ran). `action` renames the
    audit entry of the step (a save made by an import is "draft_imported").
    """
    rule = TRANSITIONS[step]
    expected = "/".join(rule.start)
    lock(version, expected)
    start = version.status
    if start not in rule.start:
        raise WorkflowConflict(version, expected)
    if revision is not None and version.revision != revision:
        raise stale(version)
    if check is not None:
        check()
    old = _details(before) if before is not None else {"status": start}
    service = version.service  # still known once a discarded draft left it
    end = start if rule.end in (None, DISCARDED) else rule.end
    _claim(version, start, end, stale)
    if change is not None:
        change()
    db.session.flush()
    action = action or rule.action
    if action is not None:
        new = _details(after) if after is not None else {"status": rule.end or start}
        record(action, version, user=user, actor=actor,
               summary=summary or f"{service.name} v{version.number}", before=old, after=new,
               region_id=service.region_id, agency_id=service.agency_id)


def _details(value: Details) -> dict[str, Any] | None:
    return value() if callable(value) else value


def lock(version: StandardVersion, expected: str) -> None:
    """Re-read the row under a lock kept until commit (FOR UPDATE; ignored by SQLite)."""
    found = db.session.scalars(select(StandardVersion).where(StandardVersion.id == version.id)
                               .with_for_update()
                               .execution_options(populate_existing=True)).one_or_none()
    if found is None:
        raise WorkflowConflict(version, expected, DISCARDED)


def _claim(version: StandardVersion, start: str, end: str,
           stale: type[StaleRevision]) -> None:
    """Move `start` -> `end` and bump the revision, or raise; nothing else changes."""
    claimed = cast("CursorResult[Any]", db.session.execute(
        update(StandardVersion)
        .where(StandardVersion.id == version.id, StandardVersion.status == start,
               StandardVersion.revision == version.revision)
        .values(status=end, revision=version.revision + 1)
        .execution_options(synchronize_session=False)
    )).rowcount
    if claimed != 1:  # SQLite: another connection changed it before our write lock
        lock(version, start)
        if version.status != start:
            raise WorkflowConflict(version, start)
        raise stale(version)
    set_committed_value(version, "status", end)
    set_committed_value(version, "revision", version.revision + 1)


def lock_service(service: Service) -> None:
    """Serialise the steps that start from "no open draft" on one service.

    PostgreSQL: the row lock (FOR UPDATE). SQLite ignores FOR UPDATE, so a write to the
    row takes its database write lock. Either way the versions are read again afterwards,
    so a draft another transaction committed meanwhile is seen.
    """
    db.session.flush()
    db.session.scalars(select(Service.id).where(Service.id == service.id).with_for_update())
    if db.session.get_bind().dialect.name == "sqlite":
        db.session.execute(update(Service).where(Service.id == service.id)
                           .values(id=Service.id)
                           .execution_options(synchronize_session=False))
    db.session.expire(service, ["versions"])


def open_draft(service: Service) -> StandardVersion | None:
    """The draft or submitted version being worked on, if any (at most one per service)."""
    for version in service.versions:
        if version.status in OPEN_STATES:
            return version
    return None


def create(service: Service, make: Callable[[], StandardVersion], user: User | None,
           actor: str | None = None) -> StandardVersion:
    """The service's new open draft, made by `make` and numbered next, if it has none
    (checked under the service's lock); else DraftExists naming the open one."""
    lock_service(service)
    existing = open_draft(service)
    if existing is not None:
        raise DraftExists(existing)
    draft = make()
    draft.number = max((v.number for v in service.versions), default=0) + 1
    draft.status = TRANSITIONS[Step.CREATE].end or D
    service.versions.append(draft)
    db.session.flush()
    record(TRANSITIONS[Step.CREATE].action or "", draft, user=user, actor=actor,
           summary=f"{service.name} v{draft.number}",
           region_id=service.region_id, agency_id=service.agency_id)
    return draft


def supersede(version: StandardVersion) -> None:
    """A published version older than the one in force (see TRANSITIONS)."""
    if not allowed(version.status, Step.SUPERSEDE):
        raise WorkflowError(f"{version.status} cannot be superseded")
    version.status = TRANSITIONS[Step.SUPERSEDE].end or X
