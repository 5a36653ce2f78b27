"""The staff workflow, called directly: drafts, review, publishing, verifying, diffs."""
import datetime as dt
import json

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry, FeeKind, Role, VersionStatus
from registry.services import permissions, standards
from registry.services.accounts import authenticate, create_user, user_by_email
from registry.services.catalogue import agency_by_slug, service_by_slug
from registry.services.history import diff_versions, published_changes

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def ktp(region):
    return service_by_slug(region, "ktp-el")


def actions() -> list[str]:
    """What people and the system did; the demo's own import (actor "demo") is left out."""
    return [e.action for e in db.session.scalars(
        select(AuditEntry).where(AuditEntry.actor != "demo").order_by(AuditEntry.id))]


def test_new_draft_is_a_deep_copy_of_the_version_in_force(ktp, editor):
    current = standards.in_force(ktp.versions, TODAY)
    draft = standards.new_draft_from(ktp, editor, TODAY)
    assert draft.status == VersionStatus.DRAFT
    assert draft.number == current.number + 1
    assert draft.author_id == editor.id and draft.based_on_id == current.id
    assert [r.text for r in draft.requirements] == [r.text for r in current.requirements]
    assert draft.requirements[0].id != current.requirements[0].id
    assert [f.kind for f in draft.fee_lines] == [f.kind for f in current.fee_lines]
    assert draft.change_summary == ""
    assert actions()[-1] == "draft_created"
    with pytest.raises(standards.WorkflowError):
        standards.new_draft_from(ktp, editor, TODAY)


def test_a_stale_revision_is_refused_and_changes_nothing(ktp, editor):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    values = standards.snapshot(draft)
    standards.save_draft(draft, {**values, "product": "KTP-el baru"}, 1, editor)
    assert draft.revision == 2
    with pytest.raises(standards.StaleRevision):
        standards.save_draft(draft, {**values, "product": "lost update"}, 1, editor)
    assert draft.product == "KTP-el baru"


def test_draft_save_is_audited_with_before_and_after(ktp, editor):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    values = standards.snapshot(draft)
    values["fee_lines"] = [{"kind": "fixed", "amount": 15000, "label": "Cetak ulang",
                            "regulation": "Perwal 9/2026"}]
    standards.save_draft(draft, values, draft.revision, editor)
    entry = db.session.scalars(select(AuditEntry).where(
        AuditEntry.action == "draft_saved")).one()
    assert entry.user_id == editor.id and entry.agency_id == ktp.agency_id
    assert json.loads(entry.before)["fee_lines"][0]["kind"] == "free"
    assert json.loads(entry.after)["fee_lines"][0]["amount"] == 15000


def test_submit_approve_publishes_from_the_effective_date(ktp, editor, approver):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    standards.submit(draft, editor)
    assert draft.status == VersionStatus.SUBMITTED
    with pytest.raises(standards.WorkflowError):
        standards.save_draft(draft, {}, draft.revision, editor)
    standards.approve(draft, approver, TODAY + dt.timedelta(days=7), TODAY)
    assert draft.status == VersionStatus.PUBLISHED
    assert draft.reviewed_by_id == approver.id
    # Scheduled: the old version stays in force until the date, then the new one by itself.
    assert standards.in_force(ktp.versions, TODAY) is not draft
    assert standards.version_state(draft, TODAY) == "scheduled"
    assert standards.in_force(ktp.versions, TODAY + dt.timedelta(days=7)) is draft
    assert actions()[-3:] == ["draft_created", "draft_submitted", "version_published"]


def test_an_effective_date_in_the_past_is_refused(ktp, editor, approver):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    standards.submit(draft, editor)
    with pytest.raises(ValueError):
        standards.approve(draft, approver, TODAY - dt.timedelta(days=1), TODAY)
    assert draft.status == VersionStatus.SUBMITTED


def test_reject_sends_the_draft_back_with_the_comment(ktp, editor, approver):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    standards.submit(draft, editor)
    standards.reject(draft, approver, "Dasar hukum kurang")
    assert draft.status == VersionStatus.DRAFT
    assert draft.review_comment == "Dasar hukum kurang"
    assert actions()[-1] == "draft_rejected"


def test_verify_sets_the_date_without_a_new_version(ktp, approver):
    current = standards.in_force(ktp.versions, TODAY)
    count = len(ktp.versions)
    standards.verify(current, approver, TODAY)
    assert current.verified_on == TODAY and current.verified_by == \
        "Pemberi persetujuan perangkat daerah, Dinas Kependudukan dan Pencatatan Sipil Kota Contoh"
    assert len(ktp.versions) == count
    assert actions()[-1] == "version_verified"


def test_not_verified_for_twelve_months(region, ktp):
    services = [s for a in region.agencies for s in a.services]
    current = standards.in_force(ktp.versions, TODAY)
    current.verified_on = dt.date(2025, 11, 23)
    stale = standards.not_verified_since(services, TODAY)
    assert (ktp, current) in stale
    current.verified_on = dt.date(2025, 11, 24)
    assert (ktp, current) not in standards.not_verified_since(services, TODAY)


def test_diff_lists_fee_time_and_requirement_changes(ktp, editor):
    current = standards.in_force(ktp.versions, TODAY)
    draft = standards.new_draft_from(ktp, editor, TODAY)
    values = standards.snapshot(draft)
    values["fee_lines"] = [{"kind": FeeKind.FIXED, "amount": 10000, "label": "",
                            "regulation": ""}]
    values["completion_value"], values["completion_unit"] = 2, "working_days"
    values["requirements"] = values["requirements"][1:]
    standards.save_draft(draft, values, draft.revision, editor)
    changes = {c.field: c for c in diff_versions(current, draft)}
    assert changes["fee_lines"].new == "Rp10.000"
    assert changes["fee_lines"].old == (
        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan data: "
        "Gratis (UU No. 24 Tahun 2013 Pasal 79A)")
    assert (changes["completion"].old, changes["completion"].new) == \
        ("60 menit", "2 hari kerja")
    assert changes["requirements"].old == current.requirements[0].text
    assert changes["requirements"].new == "-"


def test_published_changes_compare_each_version_with_the_one_before(ktp):
    changes = published_changes(ktp)
    newest = max(ktp.versions, key=lambda v: v.number)
    assert [(c.label, c.old, c.new) for c in changes[newest.id]] == \
        [("Waktu penyelesaian", "1 hari kerja", "60 menit")]


def test_permissions_stay_inside_the_agency_and_region(region, ktp, editor, approver):
    dpmptsp = agency_by_slug(region, "dpmptsp")
    admin = user_by_email("admin@contoh.go.id")
    assert permissions.can_edit_agency(editor, ktp.agency)
    assert not permissions.can_edit_agency(editor, dpmptsp)
    assert not permissions.can_approve_agency(editor, ktp.agency)
    assert permissions.can_approve_agency(approver, ktp.agency)
    assert not permissions.can_manage_region(editor, region)
    assert permissions.can_manage_region(admin, region)
    assert permissions.can_edit_agency(admin, dpmptsp)


def test_the_author_may_not_publish_unless_single_sign_off(region, ktp, approver):
    draft = standards.new_draft_from(ktp, approver, TODAY)
    standards.submit(draft, approver)
    assert not permissions.can_publish(approver, draft)
    region.single_sign_off = True
    assert permissions.can_publish(approver, draft)


def test_passwords_are_hashed_and_logins_logged(region):
    user = create_user("baru@contoh.go.id", "Baru", Role.REGION_ADMIN, region, None,
                       "rahasia-panjang")
    assert user.password_hash.startswith("scrypt:")
    assert authenticate("BARU@contoh.go.id", "rahasia-panjang") is user
    assert authenticate("baru@contoh.go.id", "salah") is None
    assert actions()[-2:] == ["login", "login_failed"]


def test_two_sessions_saving_the_same_revision_cannot_lose_an_update(app):
    """Both read revision 1; the check in Python would pass twice, the database does not."""
    from flask_babel import force_locale

    from registry.models import StandardVersion
    from registry.services.catalogue import region_by_slug

    with app.app_context(), force_locale("id"):
        ktp = service_by_slug(region_by_slug("kota-contoh"), "ktp-el")
        draft_id = standards.new_draft_from(ktp, user_by_email("editor.dukcapil@contoh.go.id"),
                                            TODAY).id
        db.session.commit()
    with app.app_context(), force_locale("id"):
        mine = db.session.get(StandardVersion, draft_id)
        values = standards.snapshot(mine)
        with app.app_context(), force_locale("id"):  # another request, its own session
            theirs = db.session.get(StandardVersion, draft_id)
            standards.save_draft(theirs, {**values, "product": "Versi mereka"}, 1,
                                 user_by_email("approver.dukcapil@contoh.go.id"))
            db.session.commit()
        assert mine.revision == 1  # stale in memory
        with pytest.raises(standards.StaleRevision):
            standards.save_draft(mine, {**values, "product": "Versi saya"}, 1,
                                 user_by_email("editor.dukcapil@contoh.go.id"))
        db.session.rollback()
    with app.app_context():
        saved = db.session.get(StandardVersion, draft_id)
        assert (saved.product, saved.revision) == ("Versi mereka", 2)


def test_audit_entries_filter_by_user_and_dates_and_csv_is_formula_safe(region, editor):
    from registry.services import audit

    authenticate("editor.dukcapil@contoh.go.id", "demo-password")
    audit.record("draft_saved", None, user=editor, summary="=HYPERLINK(\"x\")",
                 region_id=region.id)
    today = dt.datetime.now(dt.UTC).date()
    mine = audit.entries(region.id, user_id=editor.id, since=today, until=today)
    assert [e.action for e in mine] == ["draft_saved", "login"]
    assert audit.entries(region.id, user_id=editor.id, until=today - dt.timedelta(days=1)) == []
    csv_text = audit.to_csv(mine)
    assert ',"\'=HYPERLINK(""x"")",' in csv_text


def test_saves_since_lists_each_later_save_with_its_changes(ktp, editor, approver):
    from registry.services.history import saves_since

    draft = standards.new_draft_from(ktp, editor, TODAY)
    values = standards.snapshot(draft)
    standards.save_draft(draft, {**values, "product": "KTP-el baru"}, 1, editor)
    standards.save_draft(draft, {**values, "product": "KTP-el baru",
                                 "fee_lines": [{"kind": "fixed", "amount": 12000}]}, 2, approver)
    [save] = saves_since(draft, 2)
    assert save.actor == "Approver Disdukcapil <approver.dukcapil@contoh.go.id>"
    assert [(c.field, c.old, c.new) for c in save.changes] == [
        ("fee_lines", "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                      "data: Gratis (UU No. 24 Tahun 2013 Pasal 79A)", "Rp12.000")]
    assert [s.actor.split(" <")[0] for s in saves_since(draft, 1)] == [
        "Editor Disdukcapil", "Approver Disdukcapil"]
    assert [c.field for c in saves_since(draft, 1)[0].changes] == ["product"]


# --- The workflow table (services/workflow.py) and the audit's list of actions


def test_the_workflow_table_is_the_one_documented():
    from registry.services.workflow import DISCARDED, NEW, TRANSITIONS, Step
    table = {step.value: (rule.start, rule.end, rule.action)
             for step, rule in TRANSITIONS.items()}
    assert table == {
        "create": ((NEW,), "draft", "draft_created"),
        "save": (("draft",), None, "draft_saved"),
        "submit": (("draft",), "submitted", "draft_submitted"),
        "withdraw": (("submitted",), "draft", "draft_withdrawn"),
        "reject": (("submitted",), "draft", "draft_rejected"),
        "approve": (("submitted",), "published", "version_published"),
        "publish": (("draft",), "published", "version_published"),
        "discard": (("draft",), DISCARDED, "draft_discarded"),
        "verify": (("published", "superseded"), None, "version_verified"),
        "supersede": (("published",), "superseded", None),
    }
    assert [s.value for s in workflow_steps_from("submitted")] == ["withdraw", "reject",
                                                                   "approve"]
    assert Step.SUBMIT not in workflow_steps_from("published")


def workflow_steps_from(status):
    from registry.services.workflow import steps_from
    return steps_from(status)


def test_a_step_the_table_does_not_allow_is_a_conflict_and_changes_nothing(ktp, editor):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    count = len(actions())
    with pytest.raises(standards.WorkflowConflict) as refused:
        standards.withdraw(draft, editor)
    assert (refused.value.expected, refused.value.found) == ("submitted", "draft")
    with pytest.raises(standards.WorkflowConflict):
        standards.verify(draft, editor, TODAY)
    assert draft.status == VersionStatus.DRAFT and draft.revision == 1
    assert len(actions()) == count


def test_a_second_draft_is_refused_and_draft_to_edit_returns_the_open_one(ktp, editor):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    with pytest.raises(standards.DraftExists) as exists:
        standards.new_draft_from(ktp, editor, TODAY)
    assert exists.value.draft is draft
    assert standards.draft_to_edit(ktp, editor, TODAY) is draft
    assert actions().count("draft_created") == 1


def test_publishing_directly_is_audited_and_supersedes_through_the_table(ktp, editor):
    before = standards.in_force(ktp.versions, TODAY)
    draft = standards.new_draft_from(ktp, editor, TODAY)
    standards.publish(draft, TODAY, TODAY)
    assert (draft.status, before.status) == (VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)
    entry = db.session.scalars(select(AuditEntry).where(
        AuditEntry.action == "version_published", AuditEntry.object_id == draft.id)).one()
    assert (entry.actor, json.loads(entry.after)) == (
        "system", {"status": "published", "effective_from": "2026-11-24"})


def test_discarding_records_what_the_draft_said_then_deletes_it(ktp, editor):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    draft_id = draft.id
    standards.discard_draft(draft, editor)
    assert standards.open_draft(ktp) is None
    entry = db.session.scalars(select(AuditEntry).where(
        AuditEntry.action == "draft_discarded")).one()
    assert entry.object_id == draft_id
    assert json.loads(entry.after) == {"status": "discarded"}
    assert json.loads(entry.before)["product"] == draft.product


def test_recording_an_unknown_audit_action_raises_and_writes_nothing(ktp, editor):
    from registry.services import audit
    count = len(actions())
    with pytest.raises(audit.UnknownAction):
        audit.record("draft_renamed", ktp, user=editor)
    with pytest.raises(audit.UnknownAction):
        audit.entry_values("made_up", "service", ktp.id)
    assert len(actions()) == count


def test_every_action_the_code_records_is_listed():
    """Each literal action passed to record/entry_values/take(action=...) is in ACTIONS."""
    import pathlib
    import re

    from registry.services import audit
    from registry.services.workflow import TRANSITIONS
    source = "\n".join(p.read_text() for p in pathlib.Path("registry").rglob("*.py"))
    literal = re.findall(r'(?:record|entry_values)\(\s*"([a-z_]+)"', source)
    named = re.findall(r'action(?:=|: str = )"([a-z_]+)"', source)
    found = set(literal) | set(named) | {r.action for r in TRANSITIONS.values() if r.action}
    assert {"poster_printed", "draft_imported", "login", "version_published"} <= found
    assert sorted(found - set(audit.ACTIONS)) == []
