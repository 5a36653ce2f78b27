"""Standard versions: which one is in force, their history, and publishing."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import (
    FeeLine, LegalBasis, ProcedureStep, Requirement, Service, StandardVersion, User,
    VersionStatus,
)
from registry.models.standard import PART_FIELDS, VERSION_TEXT
from registry.services.audit import record

PUBLISHED_STATES = (VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)


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
    """Publish a draft from a date (today or later); mark what it supersedes today."""
    if version.status != VersionStatus.DRAFT:
        raise ValueError("only a draft can be published")
    if effective_from < today:
        raise ValueError("effective date lies in the past")
    version.status = VersionStatus.PUBLISHED
    version.effective_from = effective_from
    version.published_at = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    refresh_statuses(version.service, today)
    db.session.flush()
    return version


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

VERSION_FIELDS = ("completion_value", "completion_unit", *VERSION_TEXT, "change_summary",
                  "change_summary_en")
PART_MODELS = {"requirements": Requirement, "steps": ProcedureStep, "fee_lines": FeeLine,
               "legal_bases": LegalBasis}


class WorkflowError(ValueError):
    """A step the version's state does not allow (e.g. editing a published version)."""


class StaleRevision(Exception):
    """The draft was saved by someone else since the form was opened."""

    def __init__(self, version: StandardVersion):
        super().__init__("stale revision")
        self.version = version


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def snapshot(version: StandardVersion) -> dict:
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


def new_draft_from(service: Service, author: User, today: dt.date) -> StandardVersion:
    """Start a draft: a deep copy of the version in force (or the newest), or an empty one."""
    if open_draft(service) is not None:
        raise WorkflowError("this service already has an open draft")
    source = in_force(service.versions, today) or max(
        (v for v in service.versions if v.status in PUBLISHED_STATES),
        key=lambda v: v.number, default=None)
    draft = StandardVersion(service=service, number=next_number(service),
                            status=VersionStatus.DRAFT, author_id=author.id, revision=1,
                            completion_value=1, completion_unit="working_days")
    db.session.add(draft)
    if source is not None:
        draft.based_on_id = source.id
        apply_values(draft, {**snapshot(source), "change_summary": "",
                             "change_summary_en": None})
    db.session.flush()
    record("draft_created", draft, user=author, summary=f"{service.name} v{draft.number}",
           region_id=service.region_id, agency_id=service.agency_id)
    return draft


def apply_values(version: StandardVersion, values: dict) -> None:
    for name in VERSION_FIELDS:
        if name in values:
            setattr(version, name, values[name])
    for part, fields in PART_FIELDS.items():
        if part in values:
            model = PART_MODELS[part]
            setattr(version, part, [model(position=i, **{f: row.get(f) for f in fields})
                                    for i, row in enumerate(values[part])])


def save_draft(version: StandardVersion, values: dict, revision: int,
               user: User) -> StandardVersion:
    """Save a draft if nobody saved it since `revision` was read; else StaleRevision."""
    if version.status != VersionStatus.DRAFT:
        raise WorkflowError("only a draft can be edited")
    # A conditional UPDATE claims the revision: of two concurrent saves only one matches,
    # even between the check and the write (the row lock orders them on PostgreSQL).
    claimed = db.session.execute(
        update(StandardVersion)
        .where(StandardVersion.id == version.id, StandardVersion.revision == revision)
        .values(revision=revision + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        db.session.refresh(version)
        raise StaleRevision(version)
    version.revision = revision + 1
    before = snapshot(version)
    apply_values(version, values)
    version.updated_at = _now()
    db.session.flush()
    after = snapshot(version)
    # The revisions let a later conflict page find the saves made since a form was loaded.
    record("draft_saved", version, user=user, summary=f"{version.service.name} "
           f"v{version.number}", before={**before, "revision": revision},
           after={**after, "revision": revision + 1},
           region_id=version.service.region_id, agency_id=version.service.agency_id)
    return version


def _log(action: str, version: StandardVersion, user: User, summary: str = "",
         before: dict | None = None, after: dict | None = None) -> None:
    record(action, version, user=user, summary=summary or
           f"{version.service.name} v{version.number}", before=before, after=after,
           region_id=version.service.region_id, agency_id=version.service.agency_id)


def submit(version: StandardVersion, user: User) -> StandardVersion:
    if version.status != VersionStatus.DRAFT:
        raise WorkflowError("only a draft can be submitted")
    version.status = VersionStatus.SUBMITTED
    version.submitted_by_id = user.id
    version.submitted_at = _now()
    version.review_comment = ""
    db.session.flush()
    _log("draft_submitted", version, user, before={"status": "draft"},
         after={"status": "submitted"})
    return version


def reject(version: StandardVersion, user: User, comment: str) -> StandardVersion:
    """Send a submitted draft back to its editors with the reviewer's comment."""
    if version.status != VersionStatus.SUBMITTED:
        raise WorkflowError("only a submitted draft can be rejected")
    version.status = VersionStatus.DRAFT
    version.reviewed_by_id = user.id
    version.review_comment = comment
    version.revision += 1
    db.session.flush()
    _log("draft_rejected", version, user, summary=comment,
         before={"status": "submitted"}, after={"status": "draft", "comment": comment})
    return version


def approve(version: StandardVersion, user: User, effective_from: dt.date,
            today: dt.date) -> StandardVersion:
    """Publish a submitted draft from `effective_from` (today or later, region's zone)."""
    if version.status != VersionStatus.SUBMITTED:
        raise WorkflowError("only a submitted draft can be published")
    version.status = VersionStatus.DRAFT  # publish() takes a draft
    version.reviewed_by_id = user.id
    try:
        publish(version, effective_from, today)
    except ValueError:
        version.status = VersionStatus.SUBMITTED
        raise
    version.verified_on = today
    version.verified_by = user.name
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
    version.verified_by = user.name
    db.session.flush()
    _log("version_verified", version, user, before=before,
         after={"verified_on": today, "verified_by": user.name})
    return version


def discard_draft(version: StandardVersion, user: User) -> None:
    if version.status != VersionStatus.DRAFT:
        raise WorkflowError("only a draft can be discarded")
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
