"""Race-free, honest review: each step checks its starting state under a row lock.

The races run real concurrent transactions: threads, each with its own app context,
session and database connection, released together by a barrier.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import threading

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, StandardVersion, VersionStatus
from registry.services import permissions, rules, standards, transfer
from registry.services.accounts import user_by_email
from registry.services.catalogue import region_by_slug, service_by_slug
from registry.services.schedule import region_today

TODAY = dt.date(2026, 11, 24)
EDITOR = "editor.dukcapil@contoh.go.id"
APPROVER = "approver.dukcapil@contoh.go.id"
ADMIN = "admin@contoh.go.id"


@pytest.fixture
def ktp(region):
    return service_by_slug(region, "ktp-el")


def audit_count(action: str | None = None) -> int:
    """Entries after the demo was loaded (its own import is recorded with actor "demo")."""
    query = select(func.count()).select_from(AuditEntry).where(AuditEntry.actor != "demo")
    if action:
        query = query.where(AuditEntry.action == action)
    return db.session.scalar(query)


@contextlib.contextmanager
def audit_entries(*actions: str):
    """The guard: what happens inside writes exactly these audit entries, in this order."""
    before = [e.id for e in db.session.scalars(select(AuditEntry))]
    yield
    added = db.session.scalars(select(AuditEntry).where(AuditEntry.id.not_in(before))
                               .order_by(AuditEntry.id)).all()
    assert [e.action for e in added] == list(actions)


def one_audit_entry(action: str):
    return audit_entries(action)


def test_every_workflow_step_writes_exactly_one_audit_entry(ktp, editor, approver):
    with one_audit_entry("draft_created"):
        draft = standards.new_draft_from(ktp, editor, TODAY)
    values = standards.snapshot(draft)
    with one_audit_entry("draft_saved"):
        standards.save_draft(draft, {**values, "product": "KTP-el baru"}, 1, editor)
    with one_audit_entry("draft_submitted"):
        standards.submit(draft, editor)
    with one_audit_entry("draft_withdrawn"):
        standards.withdraw(draft, editor)
    standards.submit(draft, editor)
    with one_audit_entry("draft_rejected"):
        standards.reject(draft, approver, "Lengkapi")
    standards.submit(draft, editor)
    with one_audit_entry("version_published"):
        standards.approve(draft, approver, TODAY, TODAY)
    with one_audit_entry("version_verified"):
        standards.verify(draft, approver, TODAY)
    second = standards.new_draft_from(ktp, editor, TODAY)
    with one_audit_entry("draft_discarded"):
        standards.discard_draft(second, editor)
    third = standards.new_draft_from(ktp, editor, TODAY)
    standards.submit(third, editor)
    with audit_entries(), pytest.raises(standards.WorkflowConflict):  # refused: no entry
        standards.submit(third, editor)
    standards.withdraw(third, editor)
    with one_audit_entry("draft_imported"):
        standards.save_draft(third, standards.snapshot(third), third.revision, None,
                             actor="cli", action="draft_imported")


def test_a_second_click_on_a_finished_step_is_a_conflict_that_changes_nothing(ktp, editor,
                                                                               approver):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    standards.submit(draft, editor)
    with pytest.raises(standards.WorkflowConflict) as twice:
        standards.submit(draft, editor)
    assert twice.value.found == VersionStatus.SUBMITTED
    standards.approve(draft, approver, TODAY, TODAY)
    published = audit_count("version_published")
    for step in (lambda: standards.approve(draft, approver, TODAY, TODAY),
                 lambda: standards.reject(draft, approver, "terlambat"),
                 lambda: standards.withdraw(draft, editor),
                 lambda: standards.discard_draft(draft, editor)):
        with pytest.raises(standards.WorkflowConflict) as late:
            step()
        assert late.value.found == VersionStatus.PUBLISHED
    assert draft.status == VersionStatus.PUBLISHED and draft.review_comment == ""
    assert audit_count("version_published") == published


def test_an_approval_of_a_revision_not_seen_is_stale(ktp, editor, approver):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    standards.submit(draft, editor)
    seen = draft.revision
    standards.withdraw(draft, editor)
    values = standards.snapshot(draft)
    standards.save_draft(draft, {**values, "product": "Diam-diam diubah"}, draft.revision,
                         editor)
    standards.submit(draft, editor)
    with pytest.raises(standards.StaleReview):
        standards.approve(draft, approver, TODAY, TODAY, revision=seen)
    assert draft.status == VersionStatus.SUBMITTED
    standards.approve(draft, approver, TODAY, TODAY, revision=draft.revision)
    assert draft.status == VersionStatus.PUBLISHED


def test_everyone_who_saved_imported_or_submitted_is_an_author(ktp, editor, approver, admin):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    values = standards.snapshot(draft)
    # The approver edits a fee, the admin submits: neither may approve it afterwards.
    standards.save_draft(draft, {**values, "fee_lines": [{"kind": "fixed", "amount": 5000}]},
                         1, approver)
    standards.submit(draft, admin)
    assert [a.actor.split(" <")[0] for a in draft.authors] == ["Approver Disdukcapil",
                                                              "Admin Kota Contoh"]
    assert standards.author_ids(draft) == {editor.id, approver.id, admin.id}
    assert not permissions.can_publish(approver, draft)
    assert not permissions.can_publish(admin, draft)
    ktp.region.single_sign_off = True
    assert permissions.can_publish(approver, draft)


def test_publication_checks_the_rules_again(ktp, editor, approver):
    """A draft broken outside save_draft (old data, a direct write) never becomes official."""
    draft = standards.new_draft_from(ktp, editor, TODAY)
    standards.submit(draft, editor)
    draft.completion_value, draft.completion_unit = 9_999_999, "calendar_days"
    with pytest.raises(rules.RuleViolation) as refused:
        standards.approve(draft, approver, TODAY, TODAY)
    assert [p.path for p in refused.value.problems] == [("completion_value",)]
    assert draft.status == VersionStatus.SUBMITTED
    assert audit_count("version_published") == 0


def test_save_draft_refuses_what_the_rules_refuse_and_writes_nothing(ktp, editor):
    draft = standards.new_draft_from(ktp, editor, TODAY)
    values = standards.snapshot(draft)
    with pytest.raises(rules.RuleViolation):
        standards.save_draft(draft, {**values, "fee_lines": []}, 1, editor)
    assert (draft.revision, audit_count("draft_saved")) == (1, 0)


# --- Imports go through the workflow


def test_an_import_writes_into_an_untouched_open_draft(region, ktp, editor):
    draft = standards.new_draft_from(ktp, editor, region_today(region))
    data = _exported_with(region, "ktp-el", "product", "KTP-el dari berkas")
    preview = transfer.preview_import(data, "x.xlsx")
    assert preview.errors == []
    [written] = transfer.apply_import(preview, user=editor).drafts
    assert written is draft and draft.product == "KTP-el dari berkas"
    assert [v.status for v in ktp.versions].count(VersionStatus.DRAFT) == 1
    assert [a.user_id for a in draft.authors] == [editor.id]


@pytest.mark.parametrize("submitted", [False, True])
def test_an_import_never_overwrites_a_draft_with_its_own_changes(region, ktp, editor,
                                                                 submitted):
    draft = standards.new_draft_from(ktp, editor, region_today(region))
    standards.save_draft(draft, {**standards.snapshot(draft), "product": "Sedang disunting"},
                         1, editor)
    if submitted:
        standards.submit(draft, editor)
    data = _exported_with(region, "ktp-el", "product", "KTP-el dari berkas")
    preview = transfer.preview_import(data, "x.xlsx")
    [error] = preview.errors
    assert (error.column, error.message) == ("service_slug", (
        f"Layanan \"ktp-el\" memiliki draf v{draft.number} yang menunggu persetujuan; "
        "terbitkan, kembalikan, atau tarik draf itu dahulu. Baris ini tidak diimpor."
        if submitted else
        f"Layanan \"ktp-el\" sudah memiliki draf v{draft.number} berisi perubahan yang belum "
        "diterbitkan; selesaikan atau buang draf itu dahulu. Baris ini tidak diimpor."))
    assert draft.product == "Sedang disunting"


def _exported_with(region, slug: str, column: str, value) -> bytes:
    from tests.services.test_transfer import edit, exported

    data, _row = edit(exported(region), "Standar", slug, column, value)
    return data


# --- Real concurrency: threads with their own sessions, released by a barrier


def _submitted_draft(app, product: str = "Dipercepat") -> int:
    with app.app_context(), force_locale("id"):
        service = service_by_slug(region_by_slug("kota-contoh"), "ktp-el")
        editor = user_by_email(EDITOR)
        draft = standards.new_draft_from(service, editor, TODAY)
        standards.save_draft(draft, {**standards.snapshot(draft), "product": product}, 1,
                             editor)
        standards.submit(draft, editor)
        db.session.commit()
        return draft.id


def race(app, version_id: int, steps) -> list[str]:
    """Run each step in its own thread and transaction at once; "ok" or the conflict found."""
    barrier = threading.Barrier(len(steps))
    outcomes: list[str] = [""] * len(steps)

    def run(index: int, step) -> None:
        with app.app_context(), force_locale("id"):
            version = db.session.get(StandardVersion, version_id)
            assert version.status in (VersionStatus.DRAFT, VersionStatus.SUBMITTED)
            barrier.wait(timeout=10)
            try:
                step(version)
                db.session.commit()
                outcomes[index] = "ok"
            except standards.WorkflowConflict as error:
                db.session.rollback()
                outcomes[index] = f"conflict:{error.found}"
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(i, step)) for i, step in enumerate(steps)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def approve_as(email: str):
    return lambda version: standards.approve(version, user_by_email(email), TODAY, TODAY)


def final_state(app, version_id: int) -> tuple[str, dict[str, int]]:
    with app.app_context():
        status = db.session.get(StandardVersion, version_id).status
        counts = dict(db.session.execute(
            select(AuditEntry.action, func.count()).where(AuditEntry.object_id == version_id,
                                                          AuditEntry.object_type ==
                                                          "standardversion")
            .group_by(AuditEntry.action)).all())
        return status, counts


# On PostgreSQL the loser waits on SELECT ... FOR UPDATE; on SQLite on the write lock
# taken by the conditional UPDATE. Both databases run these.


@pytest.mark.parametrize("round_", range(3))
def test_two_concurrent_approvals_publish_once(app, round_):
    version_id = _submitted_draft(app, f"Dipercepat {round_}")
    outcomes = race(app, version_id, [approve_as(APPROVER), approve_as(ADMIN)])
    assert sorted(outcomes) == ["conflict:published", "ok"]
    status, counts = final_state(app, version_id)
    assert status == VersionStatus.PUBLISHED
    assert counts["version_published"] == 1
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(StandardVersion).where(
            StandardVersion.published_at.is_not(None),
            StandardVersion.id == version_id)) == 1


def test_a_double_submit_submits_once(app):
    with app.app_context(), force_locale("id"):
        service = service_by_slug(region_by_slug("kota-contoh"), "ktp-el")
        version_id = standards.new_draft_from(service, user_by_email(EDITOR), TODAY).id
        db.session.commit()
    submit = lambda version: standards.submit(version, user_by_email(EDITOR))  # noqa: E731
    assert sorted(race(app, version_id, [submit, submit])) == ["conflict:submitted", "ok"]
    status, counts = final_state(app, version_id)
    assert (status, counts["draft_submitted"]) == (VersionStatus.SUBMITTED, 1)


@pytest.mark.parametrize("round_", range(3))
def test_approve_racing_send_back_ends_in_exactly_one_of_them(app, round_):
    version_id = _submitted_draft(app, f"Balapan {round_}")
    reject = lambda version: standards.reject(version, user_by_email(ADMIN), "Belum")  # noqa
    outcomes = race(app, version_id, [approve_as(APPROVER), reject])
    status, counts = final_state(app, version_id)
    if outcomes == ["ok", "conflict:published"]:
        assert status == VersionStatus.PUBLISHED and "draft_rejected" not in counts
        assert counts["version_published"] == 1
    else:
        assert outcomes == ["conflict:draft", "ok"]
        assert status == VersionStatus.DRAFT and "version_published" not in counts
        assert counts["draft_rejected"] == 1
