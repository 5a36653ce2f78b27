"""Many new services are written in bulk, to exactly the effect of the staff workflow that
imports a few: the same drafts, authors, revisions and audit entries."""
from __future__ import annotations

import json

from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry, Service
from registry.services import transfer
from registry.services.standards import snapshot
from registry.services.transfer import bulk as import_bulk
from tests.services.test_transfer_limits import standards_workbook


def imported(region, editor, rows: int, prefix: str) -> Service:
    preview = transfer.preview_import(standards_workbook(rows, prefix=prefix), "uji.xlsx",
                                      region=region)
    assert preview.ok, preview.errors
    transfer.apply_import(preview, user=editor)
    db.session.commit()
    return db.session.scalar(select(Service).where(Service.slug == f"{prefix}-00000"))


def trail(service: Service) -> list[tuple[str, str, dict | None, dict | None]]:
    """The audit entries about a service and its draft, in the order they were made."""
    draft = service.versions[0]
    entries = db.session.scalars(select(AuditEntry).where(
        ((AuditEntry.object_type == "service") & (AuditEntry.object_id == service.id))
        | ((AuditEntry.object_type == "standardversion") & (AuditEntry.object_id == draft.id)))
        .order_by(AuditEntry.id))
    found = []
    for entry in entries:
        after = json.loads(entry.after) if entry.after else None
        if after and "slug" in after:
            after = {**after, "slug": "-"}
        found.append((entry.action, entry.actor, entry.summary,
                      json.loads(entry.before) if entry.before else None, after,
                      entry.region_id, entry.agency_id, entry.user_id))
    return found


def test_bulk_and_workflow_imports_leave_the_same_drafts_and_audit(region, editor):
    bulk = imported(region, editor, import_bulk.MIN_SERVICES, "massal")
    one = imported(region, editor, 1, "satu")
    assert bulk.code != one.code and len(bulk.code) == len(one.code)
    for service in (bulk, one):
        assert (service.name, service.category, service.agency.slug) == (
            "Layanan Uji 0", "kependudukan", "disdukcapil")
    [bulk_draft], [one_draft] = bulk.versions, one.versions
    assert snapshot(bulk_draft) == snapshot(one_draft)
    for name in ("number", "status", "revision", "author_id", "based_on_id", "verified_on",
                 "verified_by", "effective_from"):
        assert getattr(bulk_draft, name) == getattr(one_draft, name), name
    assert [(a.user_id, a.actor) for a in bulk_draft.authors] == \
        [(a.user_id, a.actor) for a in one_draft.authors] == \
        [(editor.id, f"{editor.name} <{editor.email}>")]
    assert bulk_draft.updated_at is not None and bulk_draft.created_at is not None
    assert [t[0] for t in trail(bulk)] == ["service_imported", "draft_created",
                                           "draft_imported"]
    assert trail(bulk) == trail(one)
