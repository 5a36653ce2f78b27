"""New passwords: 12 to 200 characters and not on the shipped list of common passwords."""
from __future__ import annotations

from registry.services import passwords
from tests.web.staff_helpers import ADMIN, EDITOR, login, user_id
from tests.web.test_public import text_of

COMMON = ("Kata sandi ini ada dalam daftar kata sandi umum yang pertama kali dicoba "
          "penyerang. Pilih yang lain.")
LENGTH = "Gunakan 12 sampai 200 karakter."


def test_the_shipped_list_is_loaded_and_checked_without_case():
    listed = passwords.common_passwords()
    assert len(listed) == 19_640  # distinct entries of its 19,646 lines
    assert passwords.is_common("Password1234") and passwords.is_common("qwertyuiop123")
    assert not passwords.is_common("kata-sandi-baru-2026")


def test_the_form_messages_name_the_rule(app, client):
    login(client, EDITOR)
    for new, message in (("sebelas-kar", LENGTH), ("x" * 201, LENGTH),
                         ("1q2w3e4r5t6y", COMMON)):
        response = client.post("/staff/account/password", data={
            "current_password": "demo-password", "new_password": new,
            "confirm_password": new, "save": "1"})
        assert response.status_code == 422
        assert message in text_of(response)
    login(client, ADMIN)
    response = client.post(f"/staff/users/{user_id(app, EDITOR)}", data={
        "new_password": "password1234", "confirm_password": "password1234", "reset": "1"})
    assert response.status_code == 422 and COMMON in text_of(response)
    response = client.post("/staff/users", data={
        "email": "baru@contoh.go.id", "name": "Baru", "role": "region_admin", "agency": "",
        "password": "qwerty123456", "save": "1"})
    assert response.status_code == 422 and COMMON in text_of(response)


def test_the_command_line_refuses_a_common_password(runner):
    result = runner.invoke(args=["create-user", "--email", "baru@contoh.go.id", "--name",
                                 "Baru", "--role", "region_admin", "--region", "kota-contoh",
                                 "--password", "123456123456"])
    assert result.exit_code == 1
    assert "Kata sandi memerlukan 12 sampai 200 karakter dan tidak boleh kata sandi yang " \
           "umum." in result.output
