"""Standard versions: which one is in force, their history, and publishing."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import select
from sqlalchemy.orm.attributes import set_committed_value

from registry.extensions import db
from registry.models import (
    Agency,
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
from registry.services import rules, search, workflow
from registry.services.schedule import region_today

# The workflow's errors and open_draft, named here too for the callers of this module.
from registry.services.workflow import DraftExists as DraftExists
from registry.services.workflow import StaleReview as StaleReview
from registry.services.workflow import StaleRevision as StaleRevision
from registry.services.workflow import Step
from registry.services.workflow import WorkflowConflict as WorkflowConflict
from registry.services.workflow import WorkflowError as WorkflowError
from registry.services.workflow import open_draft as open_draft

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
    """The version in force for each service, loaded in one query with its parts (stored
    at publication)."""
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
    ).all()
    by_service: dict[int, list[StandardVersion]] = {}
    for version in rows:
        by_service.setdefault(version.service_id, []).append(version)
    # Every list holds a version in force: all were filtered by status and date above.
    found = {sid: current for sid, vs in by_service.items()
             if (current := in_force(vs, today)) is not None}
    load_parts(list(found.values()))
    return found


def versions_in_force(services: list[Service]) -> dict[int, StandardVersion]:
    """The version in force for services of several regions, each on its own region's
    today (the regions' dates differ around midnight), in one query (parts stored at
    publication)."""
    if not services:
        return {}
    todays = {s.id: region_today(s.region) for s in services}
    rows = db.session.scalars(
        select(StandardVersion)
        .where(StandardVersion.service_id.in_(todays),
               StandardVersion.status.in_(PUBLISHED_STATES),
               StandardVersion.effective_from <= max(todays.values()))
    ).all()
    by_service: dict[int, list[StandardVersion]] = {}
    for version in rows:
        by_service.setdefault(version.service_id, []).append(version)
    found = {sid: current for sid, vs in by_service.items()
             if (current := in_force(vs, todays[sid])) is not None}
    load_parts(list(found.values()))
    return found


def published_history(service: Service) -> list[StandardVersion]:
    """Published versions, newest effective date first (scheduled ones included)."""
    published = [v for v in service.versions if v.status in PUBLISHED_STATES]
    return sorted(published, key=lambda v: (v.effective_from, v.number), reverse=True)


def next_number(service: Service) -> int:
    return max((v.number for v in service.versions), default=0) + 1


def publish(version: StandardVersion, effective_from: dt.date, today: dt.date,
            now: dt.datetime | None = None, actor: str = "system") -> StandardVersion:
    """Publish a draft directly (demo data, tests); staff go through submit and approve."""
    workflow.take(version, Step.PUBLISH, None, actor=actor,
                  check=lambda: _check_publishable(version, effective_from, today),
                  change=lambda: _go_live(version, effective_from, today, now),
                  after=lambda: {"status": version.status,
                                 "effective_from": effective_from.isoformat()})
    return version


def _check_publishable(version: StandardVersion, effective_from: dt.date,
                       today: dt.date) -> None:
    """Checked again at publication: nothing that breaks the rules becomes official."""
    rules.standard(snapshot(version), confirm_large=True)
    if effective_from < today:
        raise ValueError("effective date lies in the past")


def _go_live(version: StandardVersion, effective_from: dt.date, today: dt.date,
             now: dt.datetime | None = None) -> None:
    """What every publication does once the version is claimed as published."""
    version.effective_from = effective_from
    version.published_at = now or _now()
    db.session.flush()  # the parts get their ids, which the fee calculator links by
    version.published_parts = published_parts(version)
    refresh_statuses(version.service, today)


def refresh_statuses(service: Service, today: dt.date) -> None:
    """Published versions older than the one in force become superseded."""
    search.index_service(service)
    current = in_force(service.versions, today)
    if current is None or current.effective_from is None:
        return
    for version in service.versions:
        if version.status == VersionStatus.PUBLISHED and version is not current and \
                version.effective_from is not None and \
                version.effective_from <= current.effective_from:
            workflow.supersede(version)


# --- Staff workflow: the states and steps are in services/workflow.py.

VERSION_FIELDS = ("completion_value", "completion_unit", *VERSION_TEXT, "change_summary",
                  "change_summary_en")
PART_MODELS = {"requirements": Requirement, "steps": ProcedureStep, "fee_lines": FeeLine,
               "legal_bases": LegalBasis}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def published_parts(version: StandardVersion) -> dict[str, list[dict[str, Any]]]:
    """The parts of a version as stored at publication (JSON-serialisable)."""
    return {part: [{"id": row.id, "position": row.position,
                    **{f: getattr(row, f) for f in fields}}
                   for row in sorted(getattr(version, part), key=lambda r: r.position)]
            for part, fields in PART_FIELDS.items()}


def load_parts(versions: list[StandardVersion]) -> None:
    """Requirements, steps, fee lines and legal bases of these versions, for reading only.

    Published versions carry them (`published_parts`): no query. Others get one query per
    kind of part for all of them. Versions that have theirs already are left alone."""
    wanted = [v for v in versions if "requirements" not in v.__dict__]
    stored = [v for v in wanted if v.published_parts is not None]
    models: dict[str, Any] = PART_MODELS  # each part class has version_id and position
    for version in stored:
        parts = version.published_parts or {}
        for name, model in models.items():
            # Never added to the session: nothing cascades into a persistent version's
            # collections set this way, so these are read, never written.
            set_committed_value(version, name, [model(version_id=version.id, **row)
                                                for row in parts.get(name, [])])
    queried = [v for v in wanted if v.published_parts is None]
    if not queried:
        return
    ids = [v.id for v in queried]
    for name, model in models.items():
        found: dict[int, list[object]] = {}
        for part in db.session.scalars(select(model).where(model.version_id.in_(ids))
                                       .order_by(model.version_id, model.position)):
            found.setdefault(part.version_id, []).append(part)
        for version in queried:
            set_committed_value(version, name, found.get(version.id, []))


def snapshot(version: StandardVersion) -> dict[str, Any]:
    """Everything a version says, as plain values (audit before/after, diffs, conflicts)."""
    data = {name: getattr(version, name) for name in VERSION_FIELDS}
    for part, fields in PART_FIELDS.items():
        data[part] = [{f: getattr(row, f) for f in fields} for row in getattr(version, part)]
    return data


def new_draft_from(service: Service, author: User | None, today: dt.date,
                   actor: str | None = None) -> StandardVersion:
    """Start a draft: a deep copy of the version in force (or the newest), or an empty one.

    DraftExists if the service has an open draft, even one opened a moment ago.
    """
    def make() -> StandardVersion:
        source = in_force(service.versions, today) or max(
            (v for v in service.versions if v.status in PUBLISHED_STATES),
            key=lambda v: v.number, default=None)
        draft = StandardVersion(author_id=author.id if author else None, revision=1,
                                completion_value=1, completion_unit="working_days")
        if source is not None:
            draft.based_on_id = source.id
            apply_values(draft, {**snapshot(source), "change_summary": "",
                                 "change_summary_en": None})
        return draft

    return workflow.create(service, make, author, actor)


def draft_to_edit(service: Service, author: User, today: dt.date) -> StandardVersion:
    """The service's open draft, started now if there is none ("Edit" clicked twice at
    once, by two people, ends in one draft both are sent to)."""
    try:
        return new_draft_from(service, author, today)
    except DraftExists as exists:
        return exists.draft


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


def save_draft(version: StandardVersion, values: dict[str, Any], revision: int,
               user: User | None, *, actor: str | None = None, confirm_large: bool = False,
               action: str = "draft_saved", summary: str | None = None) -> StandardVersion:
    """Save a draft if nobody saved it since `revision` was read; else StaleRevision.

    The values must keep the rules (services/rules/), else RuleViolation and nothing is
    written. The user (or `actor`, e.g. "cli") becomes one of the draft's authors.
    `action` names the audit entry when it is not a plain save (an import).
    """
    if not workflow.allowed(version.status, Step.SAVE):
        raise WorkflowError("only a draft can be edited")
    values = rules.standard(values, confirm_large=confirm_large)

    def change() -> None:
        apply_values(version, values)
        add_author(version, user, actor)
        version.updated_at = _now()

    # The revisions let a later conflict page find the saves made since a form was loaded.
    workflow.take(version, Step.SAVE, user, actor=actor, revision=revision,
                  stale=StaleRevision, change=change, action=action,
                  summary=summary or f"{version.service.name} v{version.number}",
                  before=lambda: {**snapshot(version), "revision": revision},
                  after=lambda: {**snapshot(version), "revision": revision + 1})
    return version


def submit(version: StandardVersion, user: User) -> StandardVersion:
    """Hand a draft to the approvers; the submitter becomes one of its authors."""
    def change() -> None:
        version.submitted_by_id = user.id
        version.submitted_at = _now()
        version.review_comment = ""
        add_author(version, user)

    workflow.take(version, Step.SUBMIT, user, change=change)
    return version


def withdraw(version: StandardVersion, user: User) -> StandardVersion:
    """An editor pulls a submitted draft back to edit it again."""
    workflow.take(version, Step.WITHDRAW, user)
    return version


def reject(version: StandardVersion, user: User, comment: str,
           revision: int | None = None) -> StandardVersion:
    """Send a submitted draft back to its editors with the reviewer's comment."""
    def change() -> None:
        version.reviewed_by_id = user.id
        version.review_comment = comment

    workflow.take(version, Step.REJECT, user, revision=revision, change=change,
                  summary=comment, after={"status": "draft", "comment": comment})
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
    def change() -> None:
        version.reviewed_by_id = user.id
        _go_live(version, effective_from, today)
        version.verified_on = today
        version.verified_by = verifier_title(user)

    workflow.take(version, Step.APPROVE, user, revision=revision,
                  check=lambda: _check_publishable(version, effective_from, today),
                  change=change, after={"status": "published",
                                        "effective_from": effective_from.isoformat()})
    return version


def verify(version: StandardVersion, user: User, today: dt.date) -> StandardVersion:
    """Confirm the version in force is still correct: a date, not a new version."""
    before = {"verified_on": version.verified_on, "verified_by": version.verified_by}

    def change() -> None:
        version.verified_on = today
        version.verified_by = verifier_title(user)

    workflow.take(version, Step.VERIFY, user, change=change, before=before,
                  after={"verified_on": today, "verified_by": verifier_title(user)})
    return version


def discard_draft(version: StandardVersion, user: User) -> None:
    workflow.take(version, Step.DISCARD, user, before=lambda: snapshot(version),
                  change=lambda: version.service.versions.remove(version))


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


# --- Staff lists, cut in the database (LIMIT/OFFSET) a page at a time


def services_page(agency_ids: list[int], page: int, per_page: int) -> Pagination:
    """The agencies' services by agency and name, one page."""
    query = (select(Service).join(Service.agency).where(Service.agency_id.in_(agency_ids))
             .order_by(Agency.name, Service.name, Service.id))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def waiting_page(agency_ids: list[int], page: int,
                 per_page: int) -> Pagination:
    """Drafts submitted for approval in the agencies, oldest first, one page."""
    query = (select(StandardVersion).join(StandardVersion.service)
             .where(Service.agency_id.in_(agency_ids),
                    StandardVersion.status == VersionStatus.SUBMITTED)
             .order_by(StandardVersion.submitted_at, StandardVersion.id))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def open_drafts(services: list[Service]) -> dict[int, StandardVersion]:
    """The open draft of each service that has one, in one query."""
    rows = db.session.scalars(select(StandardVersion).where(
        StandardVersion.service_id.in_([s.id for s in services]),
        StandardVersion.status.in_(workflow.OPEN_STATES)))
    return {version.service_id: version for version in rows}
