"""The demo region as import data (registry/data/demo/): loaded through the import and the
publish function like a real region, with its history and its scheduled versions."""
import datetime as dt
import shutil

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, Service, StandardVersion, User, VersionStatus
from registry.services.catalogue import region_by_slug, service_by_slug
from registry.services.demo import DEMO_DATA, DemoDataError, load_demo
from registry.services.standards import current_version


def versions_of(region, slug):
    service = service_by_slug(region, slug)
    return [(v.number, v.status, v.effective_from, v.change_summary)
            for v in sorted(service.versions, key=lambda v: v.number)]


def test_each_file_is_a_publication_day_and_the_history_follows(region):
    assert versions_of(region, "bphtb")[0][:3] == (
        1, VersionStatus.SUPERSEDED, dt.date(2023, 1, 2))
    assert [v[:3] for v in versions_of(region, "ktp-el")] == [
        (1, VersionStatus.SUPERSEDED, dt.date(2025, 1, 2)),
        (2, VersionStatus.PUBLISHED, dt.date(2026, 7, 1))]
    ktp = service_by_slug(region, "ktp-el")
    first, second = sorted(ktp.versions, key=lambda v: v.number)
    assert (first.completion_value, first.completion_unit) == (1, "working_days")
    assert (second.completion_value, second.completion_unit) == (60, "minutes")
    assert second.change_summary == \
        "Waktu penyelesaian dipersingkat dari 1 hari kerja menjadi 60 menit."
    assert second.based_on_id == first.id  # the import drafted it from the version in force
    assert second.published_at == dt.datetime(2026, 7, 1)
    assert (second.verified_on, second.verified_by) == (
        dt.date(2026, 10, 15), "Kepala Bidang Pelayanan Pendaftaran Penduduk")


def test_the_import_wrote_the_demo_as_an_author(region):
    ktp = service_by_slug(region, "ktp-el")
    assert ktp.code == "3WHJVK"  # kept from the file: demo posters keep their QR links
    assert [c.name for c in ktp.counters] == ["Loket 1", "Loket 2", "Loket Kantor Dinas"]
    assert {a.actor for v in ktp.versions for a in v.authors} == {"demo"}
    actions = db.session.scalars(
        select(AuditEntry.action).where(AuditEntry.actor == "demo",
                                        AuditEntry.object_id == ktp.id,
                                        AuditEntry.action == "service_imported")).all()
    assert actions == ["service_imported"]
    drafts = db.session.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.actor == "demo", AuditEntry.action == "draft_imported"))
    assert drafts == db.session.scalar(select(func.count()).select_from(StandardVersion))
    assert db.session.scalar(select(func.count()).select_from(Service)) == 36
    assert sorted(db.session.scalars(select(User.email))) == [
        "admin@contoh.go.id", "approver.dpmptsp@contoh.go.id",
        "approver.dukcapil@contoh.go.id", "editor.dpmptsp@contoh.go.id",
        "editor.dukcapil@contoh.go.id"]


def test_a_version_after_the_load_day_is_scheduled(empty_app):
    with empty_app.app_context(), force_locale("id"):
        load_demo(dt.date(2026, 5, 1))
        region = region_by_slug("kota-contoh")
        assert [v[:3] for v in versions_of(region, "ktp-el")] == [
            (1, VersionStatus.PUBLISHED, dt.date(2025, 1, 2)),
            (2, VersionStatus.PUBLISHED, dt.date(2026, 7, 1))]
        ktp = service_by_slug(region, "ktp-el")
        assert current_version(ktp, dt.date(2026, 5, 1)).number == 1


def test_demo_data_that_breaks_a_rule_is_refused_at_its_row(empty_app, tmp_path):
    data = tmp_path / "demo"
    shutil.copytree(DEMO_DATA, data)
    path = data / "standards" / "2025-07-01.csv"
    header, *rows = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(header + "\n" + rows[0].replace(",30,minutes,", ",0,minutes,", 1),
                    encoding="utf-8")
    with empty_app.app_context(), force_locale("id"), pytest.raises(DemoDataError) as refused:
        load_demo(dt.date(2026, 12, 1), data)
    assert "CSV baris 2, kolom completion_value:" in str(refused.value)
