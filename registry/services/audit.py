"""The audit log: every state change that matters, appended, never edited."""
from __future__ import annotations

import json
from typing import Any

from registry.extensions import db
from registry.models.account import AuditEntry, User


def record(action: str, obj: Any, *, user: User | None = None, actor: str | None = None,
           summary: str = "", before: dict | None = None, after: dict | None = None,
           region_id: int | None = None, agency_id: int | None = None) -> AuditEntry:
    """Append one entry. `actor` names a non-user (e.g. "cli", "system") when no user."""
    entry = AuditEntry(
        user_id=user.id if user else None,
        actor=actor or (f"{user.name} <{user.email}>" if user else "system"),
        action=action,
        object_type=type(obj).__name__.lower() if obj is not None else "",
        object_id=getattr(obj, "id", None),
        region_id=region_id if region_id is not None else getattr(obj, "region_id", None),
        agency_id=agency_id if agency_id is not None else getattr(obj, "agency_id", None),
        summary=summary,
        before=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None,
    )
    db.session.add(entry)
    db.session.flush()
    return entry
