"""Write: a clean preview into new services and drafts, through the staff workflow."""
from __future__ import annotations

import datetime as dt

from flask_babel import gettext as _

from registry.extensions import db
from registry.models import Service, StandardVersion, User
from registry.services import audit
from registry.services.schedule import region_today
from registry.services.standards import new_draft_from, open_draft, save_draft
from registry.services.transfer import bulk
from registry.services.transfer.layout import COMPARED, SERVICE_FIELDS
from registry.services.transfer.plan import (
    ImportPreview,
    ImportRefused,
    ImportResult,
    PlannedStandard,
)


def apply_import(preview: ImportPreview, *, user: User | None = None,
                 actor: str | None = None, today: dt.date | None = None) -> ImportResult:
    """Write a clean preview through the staff workflow; flush, never commit.

    Each changed standard goes into the service's open draft (or a new one, copied from
    the version in force), saved by `user` (or `actor`, e.g. "cli"), who becomes one of
    its authors; nothing is published. New services and service changes are audited as
    `service_imported`, each draft's content as `draft_imported` (like `draft_saved`).
    The preview holds loaded objects: apply it in the session that made it. A web flow
    that confirms in a second request keeps the uploaded bytes and previews them again.
    Many new services at once are written in bulk (services/bulk.py), to the same
    effect, so a 5,000-row file is confirmed well inside a worker's timeout.
    """
    if preview.errors:
        raise ImportRefused(_("The file has errors; nothing was imported."))
    result = ImportResult([], [])
    summary = _("Imported from %(file)s", file=preview.filename)
    created = preview.created
    if len(created) >= bulk.MIN_SERVICES:
        result.services, result.drafts = bulk.write_new_services(
            [bulk.NewService(plan.region, plan.agency, plan.slug, plan.service_fields,
                                    plan.values, plan.standard["verified_on"],
                                    plan.standard["verified_by"], plan.code)
             for plan in created],
            user, actor, summary)
        created = []
    codes = bulk.new_codes([plan.code for plan in created])
    for plan in [*created, *preview.changed]:
        service = plan.service
        if service is None:
            service = Service(region=plan.region, agency=plan.agency, slug=plan.slug,
                              code=next(codes), **plan.service_fields)
            db.session.add(service)
            db.session.flush()
            audit.record("service_imported", service, user=user, actor=actor, summary=summary,
                         after={"slug": service.slug, **plan.service_fields})
            result.services.append(service)
        else:
            _change_service(service, plan, user, actor, summary)
        if plan.service is None or any(c.column in COMPARED for c in plan.changes):
            result.drafts.append(_write_draft(service, plan, user, actor, summary,
                                              today or region_today(plan.region)))
    db.session.flush()
    return result


def _change_service(service: Service, plan: PlannedStandard, user: User | None,
                    actor: str | None, summary: str) -> None:
    before = {c.column: c.old for c in plan.changes if c.column in SERVICE_FIELDS
              or c.column == "agency"}
    service.agency = plan.agency
    for attribute, value in plan.service_fields.items():
        setattr(service, attribute, value if value is not None else
                ("" if attribute == "synonyms" else None))
    if before:
        audit.record("service_imported", service, user=user, actor=actor, summary=summary,
                     before=before,
                     after={c.column: c.new for c in plan.changes if c.column in before})


def _write_draft(service: Service, plan: PlannedStandard, user: User | None,
                 actor: str | None, summary: str, today: dt.date) -> StandardVersion:
    """Save the row into the open draft (the preview made sure it holds nothing else)."""
    draft = open_draft(service) or new_draft_from(service, user, today, actor=actor)
    save_draft(draft, plan.values, draft.revision, user, actor=actor, confirm_large=True,
               action="draft_imported", summary=summary)
    draft.verified_on = plan.standard["verified_on"]
    draft.verified_by = plan.standard["verified_by"]
    return draft


def preview_lines(preview: ImportPreview) -> list[str]:
    """The preview as plain lines, for the command line and logs."""
    lines = [_("%(created)d new services, %(changed)d changed, %(unchanged)d unchanged, "
               "%(errors)d errors.", created=len(preview.created), changed=len(preview.changed),
               unchanged=preview.unchanged, errors=len(preview.errors))]
    for plan in preview.created:
        lines.append(_("New: %(slug)s (%(name)s), agency %(agency)s", slug=plan.slug,
                       name=plan.name, agency=plan.agency.slug))
    for plan in preview.changed:
        lines.append(_("Changed: %(slug)s", slug=plan.slug))
        for change in plan.changes:
            lines.append(f"  {change.column}: {_short(change.old)!r} -> {_short(change.new)!r}")
    lines += [str(error) for error in preview.errors]
    return lines


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
