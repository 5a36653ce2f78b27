"""Own password change; a region admin's changes to accounts of the region."""
import json

from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry, Region, User
from registry.services.accounts import create_user
from tests.web.staff_helpers import (
    ADMIN,
    APPROVER,
    EDITOR,
    PASSWORD,
    agency_id,
    login,
    user_id,
)
from tests.web.test_public import text_of

NEW_PASSWORD = "kata-sandi-baru-2026"


def last_entry(app, action: str) -> AuditEntry:
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == action)
                                  .order_by(AuditEntry.id.desc()))
        db.session.expunge(entry)
        return entry


def change(client, current=PASSWORD, new=NEW_PASSWORD, again=None):
    return client.post("/staff/account/password", data={
        "current_password": current, "new_password": new,
        "confirm_password": new if again is None else again, "save": "1"})


def test_a_user_changes_their_password_and_the_old_one_stops_working(app, client):
    login(client, EDITOR)
    assert "Ubah kata sandi" in text_of(client.get("/staff/account/password"))
    response = change(client)
    assert response.status_code == 302
    assert "Kata sandi Anda sudah diubah." in text_of(client.get("/staff/"))
    entry = last_entry(app, "password_changed")
    assert entry.object_id == user_id(app, EDITOR) and entry.user_id == entry.object_id
    assert NEW_PASSWORD not in (entry.before or "") + (entry.after or "")
    client.post("/staff/logout")
    assert login(client, EDITOR, PASSWORD).status_code == 401
    assert login(client, EDITOR, NEW_PASSWORD).status_code == 302


def test_a_password_change_needs_the_current_password_length_and_a_match(app, client):
    login(client, APPROVER)
    response = change(client, current="wrong-password")
    assert response.status_code == 422
    assert "Kata sandi saat ini salah." in text_of(response)
    response = change(client, new="pendek")
    assert response.status_code == 422
    assert "Gunakan 12 sampai 200 karakter." in text_of(response)
    response = change(client, again=NEW_PASSWORD + "x")
    assert response.status_code == 422
    assert "Kedua kata sandi baru tidak sama." in text_of(response)
    with app.app_context():
        assert db.session.scalar(select(AuditEntry.id).where(
            AuditEntry.action == "password_changed")) is None
    client.post("/staff/logout")
    assert login(client, APPROVER, PASSWORD).status_code == 302


def test_a_region_admin_changes_role_and_agency_with_before_and_after(app, client):
    login(client, ADMIN)
    editor = user_id(app, EDITOR)
    page = text_of(client.get(f"/staff/users/{editor}"))
    assert "Peran dan perangkat daerah" in page
    response = client.post(f"/staff/users/{editor}", data={
        "role": "agency_approver", "agency": str(agency_id(app, "dinkes")), "save_user": "1"})
    assert response.status_code == 302
    with app.app_context():
        user = db.session.get(User, editor)
        assert (user.role, user.agency.slug) == ("agency_approver", "dinkes")
    entry = last_entry(app, "user_updated")
    assert json.loads(entry.before) == {"role": "agency_editor", "agency": "disdukcapil"}
    assert json.loads(entry.after) == {"role": "agency_approver", "agency": "dinkes"}
    response = client.post(f"/staff/users/{editor}", data={
        "role": "agency_editor", "agency": "", "save_user": "1"})
    assert response.status_code == 422
    assert "Peran perangkat daerah memerlukan perangkat daerah." in text_of(response)


def test_a_region_admin_resets_a_password(app, client):
    login(client, ADMIN)
    editor = user_id(app, EDITOR)
    response = client.post(f"/staff/users/{editor}", data={
        "new_password": "pendek", "confirm_password": "pendek", "reset": "1"})
    assert response.status_code == 422
    assert "Gunakan 12 sampai 200 karakter." in text_of(response)
    response = client.post(f"/staff/users/{editor}", data={
        "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD, "reset": "1"})
    assert response.status_code == 302
    entry = last_entry(app, "user_updated")
    assert (entry.object_id, entry.summary) == (editor, "password reset")
    assert json.loads(entry.after) == {"password": "reset"}
    other = app.test_client()
    assert login(other, EDITOR, PASSWORD).status_code == 401
    assert login(other, EDITOR, NEW_PASSWORD).status_code == 302


def test_agency_staff_cannot_manage_accounts(app, client):
    login(client, APPROVER)
    editor = user_id(app, EDITOR)
    assert client.get(f"/staff/users/{editor}").status_code == 403
    assert client.post(f"/staff/users/{editor}", data={
        "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD,
        "reset": "1"}).status_code == 403


def test_an_admin_cannot_touch_users_of_another_region(app, client):
    with app.app_context():
        region = Region(slug="kota-lain", name="Kota Lain")
        db.session.add(region)
        db.session.flush()
        stranger = create_user("admin@kota-lain.go.id", "Admin Lain", "region_admin", region,
                               None, PASSWORD).id
        db.session.commit()
    login(client, ADMIN)
    assert client.get(f"/staff/users/{stranger}").status_code == 403
    assert client.post(f"/staff/users/{stranger}", data={
        "role": "agency_editor", "agency": str(agency_id(app, "dinkes")),
        "save_user": "1"}).status_code == 403
    assert client.post(f"/staff/users/{stranger}", data={
        "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD,
        "reset": "1"}).status_code == 403
    assert client.post(f"/staff/users/{stranger}/active").status_code == 403
    with app.app_context():
        user = db.session.get(User, stranger)
        assert (user.role, user.active) == ("region_admin", True)
    assert login(app.test_client(), "admin@kota-lain.go.id").status_code == 302


LAST_ADMIN = ("Ini admin daerah aktif terakhir di daerah ini, jadi perannya tidak dapat "
              "dicabut dan akunnya tidak dapat dinonaktifkan. Jadikan akun lain admin daerah "
              "terlebih dahulu.")


def test_the_last_region_admin_cannot_demote_or_deactivate_themselves(app, client):
    login(client, ADMIN)
    admin = user_id(app, ADMIN)
    response = client.post(f"/staff/users/{admin}", data={
        "role": "agency_editor", "agency": str(agency_id(app, "dinkes")), "save_user": "1"})
    assert response.status_code == 422
    assert LAST_ADMIN in text_of(response)
    response = client.post(f"/staff/users/{admin}/active", follow_redirects=True)
    assert LAST_ADMIN in text_of(response)
    with app.app_context():
        user = db.session.get(User, admin)
        assert (user.role, user.active) == ("region_admin", True)
    # With a second active admin, the first may step down.
    assert client.post(f"/staff/users/{user_id(app, APPROVER)}", data={
        "role": "region_admin", "agency": "", "save_user": "1"}).status_code == 302
    assert client.post(f"/staff/users/{admin}", data={
        "role": "agency_editor", "agency": str(agency_id(app, "dinkes")),
        "save_user": "1"}).status_code == 302
    with app.app_context():
        assert db.session.get(User, admin).role == "agency_editor"
