"""Account changes and new services, called directly without HTTP."""
import json

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry
from registry.services import accounts, catalogue
from registry.services.catalogue import agency_by_slug
from registry.services.passwords import WeakPassword


def test_create_service_makes_an_audited_service_and_version_1_draft(region, editor):
    dukcapil = agency_by_slug(region, "disdukcapil")
    service, draft = catalogue.create_service(dukcapil, {
        "name": "Surat Keterangan Domisili", "category": "kependudukan"}, editor)
    assert (service.slug, service.agency, service.region_id) == (
        "surat-keterangan-domisili", dukcapil, region.id)
    assert (draft.number, draft.status, draft.revision, draft.based_on_id) == (
        1, "draft", 1, None)
    actions = list(db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["service_created", "draft_created"]


@pytest.mark.parametrize("values, field, reason", [
    ({"slug": "Bad Slug"}, "slug", "invalid"),
    ({"slug": "ktp-el"}, "slug", "taken"),
    ({"category": "olahraga"}, "category", "invalid"),
])
def test_create_service_refuses_bad_values(region, editor, values, field, reason):
    with pytest.raises(catalogue.ServiceError) as refused:
        catalogue.create_service(agency_by_slug(region, "disdukcapil"), {
            "name": "Layanan Uji", "category": "kependudukan", **values}, editor)
    assert (refused.value.field, refused.value.reason) == (field, reason)


def test_create_service_refuses_counters_of_another_agency(region, editor):
    other = agency_by_slug(region, "dpmptsp").counters[0]
    with pytest.raises(catalogue.ServiceError) as refused:
        catalogue.create_service(agency_by_slug(region, "disdukcapil"), {
            "name": "Layanan Uji", "category": "kependudukan", "counter_ids": [other.id]},
            editor)
    assert refused.value.field == "counters"


def test_suggest_slug_drops_accents_and_punctuation(region):
    assert catalogue.suggest_slug(region, "  Izin Usaha Mikro & Kecil (IUMK) – Baru ") == \
        "izin-usaha-mikro-kecil-iumk-baru"
    assert catalogue.suggest_slug(region, "KTP-el") == "ktp-el-2"


def test_the_last_active_region_admin_is_kept(region, admin, editor):
    with pytest.raises(accounts.LastRegionAdmin):
        accounts.update_user(admin, "agency_editor", agency_by_slug(region, "dinkes"), admin)
    with pytest.raises(accounts.LastRegionAdmin):
        accounts.set_user_active(admin, False, admin)
    accounts.update_user(editor, "region_admin", agency_by_slug(region, "dinkes"), admin)
    assert (editor.role, editor.agency) == ("region_admin", None)
    accounts.set_user_active(admin, False, admin)
    assert [u.email for u in accounts.active_region_admins(region.id)] == [editor.email]


def test_change_password_checks_the_current_one_the_length_and_the_common_list(editor):
    with pytest.raises(accounts.AccountError):
        accounts.change_password(editor, "wrong-password", "kata-sandi-baru")
    with pytest.raises(WeakPassword) as short:
        accounts.change_password(editor, "demo-password", "sandi-11-ch")
    assert short.value.reason == "length"
    with pytest.raises(WeakPassword) as common:
        accounts.change_password(editor, "demo-password", "Password1234")
    assert common.value.reason == "common"
    assert editor.session_epoch == 0
    accounts.change_password(editor, "demo-password", "kata-sandi-baru")
    assert accounts.authenticate(editor.email, "demo-password") is None
    assert accounts.authenticate(editor.email, "kata-sandi-baru") is editor
    entry = db.session.scalars(select(AuditEntry).where(
        AuditEntry.action == "password_changed")).one()
    assert entry.object_id == editor.id and entry.before is None and entry.after is None


def test_reset_password_is_logged_without_the_password(admin, editor):
    accounts.reset_password(editor, "kata-sandi-reset", admin)
    entry = db.session.scalars(select(AuditEntry).where(
        AuditEntry.action == "user_updated")).one()
    assert (entry.user_id, entry.object_id) == (admin.id, editor.id)
    assert json.loads(entry.after) == {"password": "reset"}
    assert "kata-sandi-reset" not in entry.before + entry.after
