"""The audit log: every state change that matters, appended, never edited."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Select, insert, select

from registry.extensions import db
from registry.models.account import AuditEntry, User


def record(action: str, obj: Any, *, user: User | None = None, actor: str | None = None,
           summary: str = "", before: dict[str, Any] | None = None,
           after: dict[str, Any] | None = None,
           region_id: int | None = None, agency_id: int | None = None) -> AuditEntry:
    """Append one entry. `actor` names a non-user (e.g. "cli", "system") when no user."""
    entry = AuditEntry(**entry_values(
        action, type(obj).__name__.lower() if obj is not None else "",
        getattr(obj, "id", None), user=user, actor=actor, summary=summary, before=before,
        after=after,
        region_id=region_id if region_id is not None else getattr(obj, "region_id", None),
        agency_id=agency_id if agency_id is not None else getattr(obj, "agency_id", None)))
    db.session.add(entry)
    db.session.flush()
    return entry


def entry_values(action: str, object_type: str, object_id: int | None, *,
                 user: User | None = None, actor: str | None = None, summary: str = "",
                 before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
                 region_id: int | None = None, agency_id: int | None = None) -> dict[str, Any]:
    """The columns of one entry, for `record` and for bulk writes (`record_many`).

    An action not in ACTIONS is a programming error: the audit page filters by that list.
    """
    if action not in ACTIONS:
        raise UnknownAction(action)
    return {
        "user_id": user.id if user else None,
        "actor": actor or (f"{user.name} <{user.email}>" if user else "system"),
        "action": action, "object_type": object_type, "object_id": object_id,
        "region_id": region_id, "agency_id": agency_id, "summary": summary,
        "before": json.dumps(before, ensure_ascii=False, default=str)
        if before is not None else None,
        "after": json.dumps(after, ensure_ascii=False, default=str)
        if after is not None else None,
    }


def record_many(rows: list[dict[str, Any]]) -> None:
    """Append many entries (made by `entry_values`) in one bulk INSERT."""
    if rows:
        db.session.execute(insert(AuditEntry), rows)


def _filtered(region_id: int, *, action: str | None = None, agency_id: int | None = None,
              user_id: int | None = None, since: dt.date | None = None,
              until: dt.date | None = None, object_id: int | None = None) -> Select[Any]:
    """A region's entries, newest first, filtered; dates are inclusive (UTC)."""
    query = select(AuditEntry).where(AuditEntry.region_id == region_id)
    if object_id:
        query = query.where(AuditEntry.object_id == object_id)
    if action:
        query = query.where(AuditEntry.action == action)
    if agency_id:
        query = query.where(AuditEntry.agency_id == agency_id)
    if user_id:
        query = query.where(AuditEntry.user_id == user_id)
    if since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time()))
    if until and until < dt.date.max:
        query = query.where(AuditEntry.at < dt.datetime.combine(until + dt.timedelta(days=1),
                                                                dt.time()))
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def entries(region_id: int, *, limit: int | None = 500, **wanted: Any) -> list[AuditEntry]:
    """The filtered entries (see `_filtered`), the newest `limit` of them (None: all)."""
    query = _filtered(region_id, **wanted)
    if limit:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def entries_page(region_id: int, page: int, per_page: int, **wanted: Any) -> Pagination:
    """One page of the filtered entries, cut in the database."""
    return db.paginate(_filtered(region_id, **wanted), page=page, per_page=per_page,
                       error_out=False)


CSV_COLUMNS = ("id", "at", "actor", "action", "object_type", "object_id", "agency_id",
               "summary", "before", "after")


def to_csv(rows: list[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in rows:
        writer.writerow([safe_cell(getattr(entry, column)) for column in CSV_COLUMNS])
    return out.getvalue()


def safe_cell(value: object) -> str:
    """Text for a spreadsheet; a leading = + - @ would run as a formula, so it is quoted."""
    text = "" if value is None else (value.isoformat(sep=" ") if isinstance(value, dt.datetime)
                                     else str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


# Every action the code records (services/workflow.py names the workflow's own).
ACTIONS = ("login", "login_failed", "logout", "user_created", "user_updated",
           "password_changed", "draft_created", "draft_saved", "draft_submitted",
           "draft_withdrawn", "draft_rejected", "draft_discarded", "draft_imported",
           "service_imported", "version_published", "version_verified", "service_created",
           "service_changed", "agency_settings_changed", "region_settings_changed",
           "logo_changed", "poster_printed", "comment_approved", "comment_rejected",
           "skm_imported", "skm_follow_up_saved", "service_users_saved")


class UnknownAction(ValueError):
    """An audit action missing from ACTIONS."""
