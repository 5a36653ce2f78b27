"""Staff routes through the test client: roles, editing, workflow, conflicts, audit."""
import datetime as dt
import re

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEntry, StandardVersion
from tests.conftest import make_app
from tests.web.staff_helpers import (
    ADMIN,
    APPROVER,
    EDITOR,
    OTHER_APPROVER,
    OTHER_EDITOR,
    agency_id,
    draft_form,
    login,
    review_form,
    service_id,
    start_draft,
    submitted_draft,
    user_id,
)
from tests.web.test_public import text_of


def version(app, version_id: int) -> StandardVersion:
    with app.app_context():
        found = db.session.get(StandardVersion, version_id)
        found.fee_lines, found.requirements  # noqa: B018 - load before the session closes
        db.session.expunge(found)
        return found


def audit_actions(app) -> list[str]:
    """What people and the system did; the demo's own import (actor "demo") is left out."""
    with app.app_context():
        return list(db.session.scalars(select(AuditEntry.action)
                                       .where(AuditEntry.actor != "demo")
                                       .order_by(AuditEntry.id)))


# --- Accounts


def test_staff_pages_need_a_login(client):
    response = client.get("/staff/")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/staff/login")
    assert "Silakan masuk untuk membuka halaman ini." in text_of(client.get("/staff/login"))


def test_wrong_password_is_refused_in_indonesian_and_logged(client, app):
    response = login(client, EDITOR, "wrong-password")
    assert response.status_code == 401
    assert "Surel atau kata sandi salah." in text_of(response)
    assert audit_actions(app)[-1] == "login_failed"


def test_login_starts_a_session_that_expires(client, app):
    response = login(client, EDITOR)
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "Expires=" in cookie and "HttpOnly" in cookie
    assert app.permanent_session_lifetime == dt.timedelta(hours=8)
    assert "remember_token" not in str(response.headers)
    assert audit_actions(app)[-1] == "login"
    assert "Ruang kerja petugas" in text_of(client.get("/staff/"))


@pytest.fixture
def limited_app(databases):
    yield from make_app(databases, "demo", LOGIN_RATE_LIMIT="3 per minute")


def test_login_attempts_are_rate_limited(limited_app):
    client = limited_app.test_client()
    codes = [login(client, EDITOR, "wrong-password").status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    assert "Terlalu banyak percobaan" in text_of(login(client, EDITOR))


@pytest.fixture
def csrf_app(databases):
    yield from make_app(databases, "demo", WTF_CSRF_ENABLED=True)


def test_a_post_without_csrf_token_is_rejected(csrf_app):
    client = csrf_app.test_client()
    assert login(client, EDITOR).status_code == 400
    page = client.get("/staff/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = client.post("/staff/login", data={"email": EDITOR, "password": "demo-password",
                                                 "csrf_token": token})
    assert response.status_code == 302
    sid = service_id(csrf_app, "ktp-el")
    assert client.post(f"/staff/services/{sid}/drafts").status_code == 400


def test_create_user_command(runner, app):
    result = runner.invoke(args=["create-user", "--email", "baru@contoh.go.id", "--name", "Baru",
                                 "--role", "agency_editor", "--region", "kota-contoh",
                                 "--agency", "dinkes", "--password", "kata-sandi-baru"])
    assert result.exit_code == 0, result.output
    assert "Created agency_editor baru@contoh.go.id." in result.output
    assert login(app.test_client(), "baru@contoh.go.id", "kata-sandi-baru").status_code == 302
    bad = runner.invoke(args=["create-user", "--email", "x@contoh.go.id", "--name", "X",
                              "--role", "agency_editor", "--region", "kota-contoh",
                              "--password", "kata-sandi-baru"])
    assert bad.exit_code != 0


# --- Roles: an editor of agency A gets 403 on anything of agency B and on region settings


def test_editor_of_one_agency_gets_403_on_another_agencys_objects(app, client):
    other = app.test_client()
    login(other, OTHER_EDITOR)
    other_draft = start_draft(other, app, "pbg")
    login(client, EDITOR)
    pbg = service_id(app, "pbg")
    with app.app_context():
        in_force_id = db.session.scalar(select(StandardVersion.id).where(
            StandardVersion.service_id == pbg, StandardVersion.status == "published"))
    forbidden = [
        ("get", f"/staff/services/{pbg}"),
        ("get", f"/staff/services/{pbg}/identity"),
        ("post", f"/staff/services/{pbg}/identity"),
        ("post", f"/staff/services/{pbg}/drafts"),
        ("get", f"/staff/drafts/{other_draft}"),
        ("post", f"/staff/drafts/{other_draft}"),
        ("post", f"/staff/drafts/{other_draft}/submit"),
        ("post", f"/staff/drafts/{other_draft}/discard"),
        ("get", f"/staff/drafts/{other_draft}/review"),
        ("post", f"/staff/drafts/{other_draft}/review"),
        ("post", f"/staff/versions/{in_force_id}/verify"),
        ("get", f"/staff/agencies/{agency_id(app, 'dpmptsp')}/settings"),
        ("post", f"/staff/agencies/{agency_id(app, 'dpmptsp')}/settings"),
        ("get", "/staff/region/settings"),
        ("post", "/staff/region/settings"),
        ("get", "/staff/users"),
        ("post", "/staff/users"),
        ("post", f"/staff/users/{user_id(app, OTHER_EDITOR)}/active"),
        ("get", "/staff/audit"),
        ("get", "/staff/audit.csv"),
    ]
    results = {(method, url): getattr(client, method)(url).status_code
               for method, url in forbidden}
    assert results == {key: 403 for key in forbidden}
    assert client.get(f"/staff/services/{service_id(app, 'ktp-el')}").status_code == 200


def test_editor_may_not_publish_or_verify_and_admin_sees_every_agency(app, client):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    client.post(f"/staff/drafts/{draft}/submit")
    assert client.post(f"/staff/drafts/{draft}/review",
                       data={"effective_from": "2099-01-01", "publish": "1"}).status_code == 403
    admin = app.test_client()
    login(admin, ADMIN)
    assert admin.get(f"/staff/services/{service_id(app, 'pbg')}").status_code == 200
    assert admin.get("/staff/region/settings").status_code == 200


def test_the_author_cannot_approve_without_single_sign_off(app, client):
    login(client, APPROVER)
    draft = start_draft(client, app, "ktp-el")
    client.post(f"/staff/drafts/{draft}/submit")
    page = client.get(f"/staff/drafts/{draft}/review")
    assert "harus diterbitkan oleh pemberi persetujuan lain" in text_of(page)
    assert client.post(f"/staff/drafts/{draft}/review",
                       data={"effective_from": "2099-01-01", "publish": "1"}).status_code == 403


# --- Editing and the workflow


def publish_fee(app, amount: str, effective: str | None = None):
    editor, approver = app.test_client(), app.test_client()
    login(editor, OTHER_EDITOR)
    login(approver, OTHER_APPROVER)
    draft = start_draft(editor, app, "pbg")
    form = draft_form(app, draft, **{"fee_lines-0-kind": "fixed",
                                     "fee_lines-0-amount": amount,
                                     "change_summary": "Tarif baru"})
    assert editor.post(f"/staff/drafts/{draft}", data=form).status_code == 302
    assert editor.post(f"/staff/drafts/{draft}/submit").status_code == 302
    response = approver.post(f"/staff/drafts/{draft}/review", data=review_form(
        app, draft, effective_from=effective or app_today(app).isoformat(), publish="1"))
    return draft, response


def app_today(app) -> dt.date:
    from registry.services.catalogue import region_by_slug
    from registry.services.schedule import region_today

    with app.app_context():
        return region_today(region_by_slug("kota-contoh"))


def test_edit_submit_approve_shows_the_new_fee_and_its_change_publicly(app, client):
    draft, response = publish_fee(app, "250000")
    assert response.status_code == 302
    page = text_of(client.get("/kota-contoh/layanan/pbg"))
    assert "Rp250.000" in page
    assert "Riwayat perubahan" in page
    assert re.search(r"Biaya: .+ → .*Rp250.000", page)
    assert audit_actions(app)[-4:] == ["draft_created", "draft_saved", "draft_submitted",
                                       "version_published"]


def test_a_future_effective_date_schedules_the_version(app, client):
    later = app_today(app) + dt.timedelta(days=10)
    draft, response = publish_fee(app, "250000", later.isoformat())
    assert response.status_code == 302
    page = text_of(client.get("/kota-contoh/layanan/pbg"))
    current, history = page.split("Riwayat standar ini")
    assert "Rp250.000" not in current
    assert "Rp250.000" in history
    assert version(app, draft).effective_from == later


def test_an_effective_date_in_the_past_is_refused_in_indonesian(app):
    yesterday = app_today(app) - dt.timedelta(days=1)
    draft, response = publish_fee(app, "250000", yesterday.isoformat())
    assert response.status_code == 422
    assert "Tanggal sudah lewat. Pilih hari ini atau tanggal sesudahnya." in text_of(response)
    assert version(app, draft).status == "submitted"


def test_reject_sends_the_draft_back_with_a_comment(app):
    editor, approver, draft = submitted_draft(app)
    response = approver.post(f"/staff/drafts/{draft}/review", data=review_form(
        app, draft, comment="Lengkapi dasar hukum", confirm_send_back="y", reject="1"))
    assert response.status_code == 302
    assert version(app, draft).status == "draft"
    assert "Dikembalikan: Lengkapi dasar hukum" in text_of(editor.get(f"/staff/drafts/{draft}"))


def test_a_discarded_draft_is_gone_and_logged(app, client):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    assert client.post(f"/staff/drafts/{draft}/discard", data={"confirm": "y"}).status_code == 302
    with app.app_context():
        assert db.session.get(StandardVersion, draft) is None
    assert audit_actions(app)[-1] == "draft_discarded"


def test_published_versions_are_immutable(app, client):
    draft, _ = publish_fee(app, "250000")
    login(client, OTHER_EDITOR)
    response = client.post(f"/staff/drafts/{draft}", data=draft_form(app, draft))
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/staff/services/{service_id(app, 'pbg')}")
    assert version(app, draft).fee_lines[0].amount == 250000


def test_verify_sets_the_date_without_a_new_version(app, client):
    login(client, APPROVER)
    sid = service_id(app, "ktp-el")
    with app.app_context():
        before = db.session.scalar(select(StandardVersion.id).where(
            StandardVersion.service_id == sid).order_by(StandardVersion.number.desc()))
    assert client.post(f"/staff/versions/{before}/verify").status_code == 302
    assert version(app, before).verified_on == app_today(app)
    assert version(app, before).verified_by == \
        "Pemberi persetujuan perangkat daerah, Dinas Kependudukan dan Pencatatan Sipil Kota Contoh"
    assert audit_actions(app)[-1] == "version_verified"


@pytest.mark.parametrize(("changes", "message"), [
    ({"fee_lines-0-kind": "fixed", "fee_lines-0-amount": "-5000"},
     "Nominal (Rp) harus rupiah utuh dari 0 sampai Rp1.000.000.000.000."),
    ({"fee_lines-0-kind": "fixed", "fee_lines-0-amount": "10000000000000"},
     "Nominal (Rp) harus rupiah utuh dari 0 sampai Rp1.000.000.000.000."),
    ({"fee_lines-0-kind": "fixed", "fee_lines-0-amount": "2000000000"},
     "Nominal (Rp): Rp2.000.000.000 melebihi Rp1.000.000.000. Periksa kembali, lalu "
     "konfirmasi nominal besar."),
    ({"completion_value": "0"},
     "Waktu penyelesaian harus bilangan bulat dari 1 sampai 527.040 (satu tahun)."),
    ({"completion_value": "-3"},
     "Waktu penyelesaian harus bilangan bulat dari 1 sampai 527.040 (satu tahun)."),
    ({"completion_value": "367", "completion_unit": "calendar_days"},
     "Waktu penyelesaian harus bilangan bulat dari 1 sampai 366 (satu tahun)."),
    ({"completion_value": "315", "completion_unit": "working_days"},
     "Waktu penyelesaian harus bilangan bulat dari 1 sampai 314 (satu tahun)."),
    ({"product": "x" * 10000},
     "Produk yang diterima warga terlalu panjang: 10000 karakter, paling banyak 4000."),
    ({"requirements-0-text": "y" * 10000},
     "Persyaratan terlalu panjang: 10000 karakter, paling banyak 2000."),
    ({"product": "Gratis \u202eRp50.000"}, "Produk yang diterima warga berisi karakter arah "
     "teks yang tidak terlihat; hapus karakter itu."),
    ({"legal_bases-0-url": "javascript:alert(1)"},
     "Tautan: isi alamat web lengkap yang diawali https:// atau http://."),
    ({"fee_lines-0-kind": "formula", "fee_lines-0-regulation": ""},
     "Dasar hukum biaya ini: biaya berdasarkan rumus wajib mencantumkan peraturan yang "
     "menetapkannya."),
    ({"fee_lines-0-incidental": "y"}, "Biaya: tambahkan sedikitnya satu baris biaya kantor "
     "ini (pilih Gratis bila tidak dipungut biaya)."),
])
def test_bad_input_is_refused_in_indonesian_and_nothing_is_saved(app, client, changes,
                                                                 message):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    response = client.post(f"/staff/drafts/{draft}", data=draft_form(app, draft, **changes))
    assert response.status_code == 422
    page = text_of(response)
    assert message in page
    assert "Tidak ada yang disimpan." in page
    assert version(app, draft).revision == 1
    assert "draft_saved" not in audit_actions(app)


def test_an_absurd_fee_is_saved_when_confirmed(app, client):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    form = draft_form(app, draft, **{"fee_lines-0-kind": "fixed",
                                     "fee_lines-0-amount": "2000000000",
                                     "confirm_large_amount": "y"})
    assert client.post(f"/staff/drafts/{draft}", data=form).status_code == 302
    assert version(app, draft).fee_lines[0].amount == 2_000_000_000


def test_html_in_a_field_is_shown_as_text(app, client):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    form = draft_form(app, draft, product="<script>alert(1)</script><b>KTP</b>")
    assert client.post(f"/staff/drafts/{draft}", data=form).status_code == 302
    html = client.get(f"/staff/drafts/{draft}").get_data(as_text=True)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;KTP&lt;/b&gt;" in html


def test_rows_are_added_reordered_and_removed_without_javascript(app, client):
    login(client, EDITOR)
    draft = start_draft(client, app, "ktp-el")
    form = draft_form(app, draft)
    added = client.post(f"/staff/drafts/{draft}", data={**form, "save": "",
                                                        "add_requirements": "1"})
    count = len(version(app, draft).requirements)
    assert added.status_code == 200
    assert f'name="requirements-{count}-text"' in added.get_data(as_text=True)
    assert version(app, draft).revision == 1  # re-rendered, not saved
    first, second = form["requirements-0-text"], form["requirements-1-text"]
    reordered = {**form, "requirements-0-position": "2", "requirements-1-position": "1",
                 "requirements-2-remove": "y"}
    assert client.post(f"/staff/drafts/{draft}", data=reordered).status_code == 302
    texts = [r.text for r in version(app, draft).requirements]
    assert texts[:2] == [second, first]
    assert len(texts) == count - 1


def test_a_second_save_of_the_same_draft_is_a_conflict_not_a_lost_update(app):
    alice, bob = app.test_client(), app.test_client()
    login(alice, EDITOR)
    login(bob, APPROVER)
    draft = start_draft(alice, app, "ktp-el")
    alice_form = draft_form(app, draft, product="KTP-el versi Alice")
    bob_form = draft_form(app, draft, product="KTP-el versi Bob")  # read the same revision
    assert alice.post(f"/staff/drafts/{draft}", data=alice_form).status_code == 302
    response = bob.post(f"/staff/drafts/{draft}", data=bob_form)
    assert response.status_code == 409
    page = text_of(response)
    assert "Orang lain menyimpan draf ini saat Anda sedang mengubahnya" in page
    assert "Disimpan oleh Editor Disdukcapil <editor.dukcapil@contoh.go.id> pada " in page
    # Alice's save, then Bob's unsaved value against the saved draft.
    assert re.search(r"WIB: Komponen Sebelum Sesudah Produk layanan \S.* KTP-el versi Alice",
                     page)
    assert "Produk layanan KTP-el versi Alice KTP-el versi Bob" in page
    assert "KTP-el versi Bob</textarea>" in response.get_data(as_text=True)
    assert version(app, draft).product == "KTP-el versi Alice"
    # Having seen the conflict, Bob may save deliberately on top of the new revision.
    again = re.search(r'name="revision" type="hidden" value="(\d+)"',
                      response.get_data(as_text=True)).group(1)
    assert bob.post(f"/staff/drafts/{draft}",
                    data={**bob_form, "revision": again}).status_code == 302
    assert version(app, draft).product == "KTP-el versi Bob"


# --- Settings, accounts, audit


def test_agency_settings_are_saved_and_audited(app, client):
    login(client, EDITOR)
    aid = agency_id(app, "disdukcapil")
    page = client.get(f"/staff/agencies/{aid}/settings").get_data(as_text=True)
    assert "Maklumat pelayanan" in text_of(client.get(f"/staff/agencies/{aid}/settings"))
    form = {"address": "Jl. Baru 1", "phone": "0211234", "email": "dukcapil@contoh.go.id",
            "website": "", "maklumat": "Kami siap melayani", "counters-0-name": "Loket 1",
            "counters-0-location": "MPP",
            "channels": "whatsapp | WhatsApp Dukcapil | 0812", "save": "1"}
    for day in range(7):
        form[f"hours-{day}-opens"] = "08:00" if day < 5 else ""
        form[f"hours-{day}-closes"] = "15:00" if day < 5 else ""
    assert "hours-0-opens" in page
    assert client.post(f"/staff/agencies/{aid}/settings", data=form).status_code == 302
    assert audit_actions(app)[-1] == "agency_settings_changed"
    public = text_of(client.get("/kota-contoh/layanan/ktp-el"))
    assert "WhatsApp Dukcapil" in public
    bad = client.post(f"/staff/agencies/{aid}/settings",
                      data={**form, "hours-0-opens": "16:00"})
    assert bad.status_code == 422
    assert "Isi kedua jam, jam buka sebelum jam tutup." in text_of(bad)
    script = client.post(f"/staff/agencies/{aid}/settings", data={
        **form, "channels": "web | Situs | - | javascript:alert(1)"})
    assert "Kanal, satu per baris: jenis | nama | kontak | tautan: isi alamat web lengkap yang " \
        "diawali https:// atau http://." in text_of(script)
    impossible = client.post(f"/staff/agencies/{aid}/settings",
                             data={**form, "hours-0-opens": "25:99"})
    assert impossible.status_code == 422
    assert "Tulis jam seperti 08:00, antara 00:00 dan 23:59." in text_of(impossible)


def test_region_settings_by_the_admin(app, client):
    login(client, ADMIN)
    with app.app_context():
        from registry.services.accounts import region_settings
        from registry.services.catalogue import region_by_slug

        channels = "\n".join(" | ".join(row) for row in
                             region_settings(region_by_slug("kota-contoh"))["channels"])
    form = {"timezone": "Asia/Makassar", "single_sign_off": "y", "poster_color": "#123456",
            "closures": "2026-12-24 | Cuti daerah", "channels": channels, "save": "1"}
    assert client.post("/staff/region/settings", data=form).status_code == 302
    with app.app_context():
        from registry.services.catalogue import region_by_slug

        region = region_by_slug("kota-contoh")
        assert (region.timezone, region.single_sign_off) == ("Asia/Makassar", True)
        assert [c.day for c in region.closures] == [dt.date(2026, 12, 24)]
    # Channels kept by kind and name keep their notes, which the form does not show.
    assert "Laporan dapat disampaikan secara anonim" in \
        text_of(client.get("/kota-contoh/layanan/ktp-el"))
    bad = client.post("/staff/region/settings", data={**form, "closures": "24-12-2026 | x"})
    assert bad.status_code == 422


def test_admin_creates_an_account_and_filters_and_exports_the_audit_log(app, client):
    login(client, ADMIN)
    response = client.post("/staff/users", data={
        "email": "baru@contoh.go.id", "name": "Baru", "role": "agency_editor",
        "agency": str(agency_id(app, "dinkes")), "password": "kata-sandi-baru", "save": "1"})
    assert response.status_code == 302
    html = client.get("/staff/audit?action=user_created").get_data(as_text=True)
    rows = re.findall(r"<tr><td>.*?</tr>", html.split("<tbody>")[1], flags=re.S)
    assert rows and all("<td>user_created</td>" in row for row in rows)
    assert "baru@contoh.go.id" in rows[0]
    csv_response = client.get("/staff/audit.csv?action=login")
    assert csv_response.mimetype == "text/csv"
    lines = csv_response.get_data(as_text=True).splitlines()
    assert lines[0] == "id,at,actor,action,object_type,object_id,agency_id,summary,before,after"
    assert all(",login," in line for line in lines[1:]) and len(lines) == 2


def test_an_expired_session_must_log_in_again(databases):
    import time

    apps = make_app(databases, "demo", PERMANENT_SESSION_LIFETIME=1)
    app = next(apps)
    client = app.test_client()
    login(client, EDITOR)
    assert client.get("/staff/").status_code == 200
    time.sleep(2.1)
    response = client.get("/staff/")
    assert response.status_code == 302 and response.headers["Location"].endswith("/staff/login")
    next(apps, None)


def test_service_identity_is_edited_and_audited(app, client):
    login(client, EDITOR)
    sid = service_id(app, "ktp-el")
    assert "KTP-el" in text_of(client.get(f"/staff/services/{sid}/identity"))
    response = client.post(f"/staff/services/{sid}/identity", data={
        "name": "KTP-el Baru", "name_en": "Electronic ID", "category": "kependudukan",
        "synonyms": "ktp, e-ktp", "online_url": "https://contoh.go.id/ktp", "save": "1"})
    assert response.status_code == 302
    assert "KTP-el Baru" in text_of(client.get("/kota-contoh/layanan/ktp-el"))
    assert audit_actions(app)[-1] == "service_changed"
    bad = client.post(f"/staff/services/{sid}/identity", data={
        "name": "", "category": "kependudukan", "online_url": "javascript:alert(1)"})
    assert bad.status_code == 422
    assert "Kolom ini wajib diisi." in text_of(bad)
    assert "Layanan daring: isi alamat web lengkap yang diawali https:// atau http://." in \
        text_of(bad)


def test_dashboard_lists_drafts_waiting_for_the_approver(app):
    editor, approver, draft = submitted_draft(app)
    page = approver.get("/staff/").get_data(as_text=True)
    assert f'href="/staff/drafts/{draft}/review"' in page
    assert "Menunggu persetujuan" in text_of(approver.get("/staff/"))
    assert "Menunggu persetujuan" not in text_of(editor.get("/staff/"))


def test_unverified_list_shows_standards_older_than_twelve_months(app, client):
    from registry.services.catalogue import region_by_slug
    from registry.services.standards import in_force

    today = app_today(app)
    with app.app_context():
        region = region_by_slug("kota-contoh")
        for agency in region.agencies:
            for svc in agency.services:
                current = in_force(svc.versions, today)
                if current is not None:
                    current.verified_on = today
        ktp = next(s for a in region.agencies for s in a.services if s.slug == "ktp-el")
        in_force(ktp.versions, today).verified_on = today - dt.timedelta(days=400)
        db.session.commit()
    login(client, EDITOR)
    page = text_of(client.get("/staff/unverified"))
    assert "KTP-el (Kartu Tanda Penduduk Elektronik)" in page
    assert "Akta Kelahiran" not in page


def test_region_admin_publishes_for_any_agency_of_its_region(app):
    editor, admin = app.test_client(), app.test_client()
    login(editor, OTHER_EDITOR)
    login(admin, ADMIN)
    draft = start_draft(editor, app, "pbg")
    editor.post(f"/staff/drafts/{draft}/submit")
    response = admin.post(f"/staff/drafts/{draft}/review", data=review_form(
        app, draft, effective_from=app_today(app).isoformat(), publish="1"))
    assert response.status_code == 302
    assert version(app, draft).status == "published"


def test_a_deactivated_account_is_logged_out_at_once(app, client):
    admin = app.test_client()
    login(admin, ADMIN)
    login(client, EDITOR)
    assert client.get("/staff/").status_code == 200
    assert admin.post(f"/staff/users/{user_id(app, EDITOR)}/active").status_code == 302
    assert client.get("/staff/").status_code == 302
    assert login(client, EDITOR).status_code == 401
    assert audit_actions(app)[-2:] == ["user_updated", "login_failed"]


def test_the_conflict_page_shows_what_the_other_person_changed(app):
    alice, bob = app.test_client(), app.test_client()
    login(alice, OTHER_EDITOR)
    login(bob, OTHER_APPROVER)
    draft = start_draft(alice, app, "pbg")
    assert alice.post(f"/staff/drafts/{draft}", data=draft_form(app, draft, **{
        "fee_lines-0-kind": "fixed", "fee_lines-0-amount": "10000"})).status_code == 302
    loaded = draft_form(app, draft)  # both open the draft at the same revision
    requirement = loaded["requirements-0-text"]
    assert bob.post(f"/staff/drafts/{draft}", data={
        **loaded, "fee_lines-0-amount": "12000"}).status_code == 302
    response = alice.post(f"/staff/drafts/{draft}", data={
        **loaded, "requirements-0-text": "Fotokopi KTP-el pemohon (2 lembar)"})
    assert response.status_code == 409
    page = text_of(response)
    others = page.split("Yang disimpan sejak Anda membuka draf ini")[1].split(
        "Isian Anda yang belum disimpan")[0]
    assert re.search(r"Disimpan oleh Approver DPMPTSP <approver\.dpmptsp@contoh\.go\.id> "
                     r"pada \w+, \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB: ", others)
    fee = ("Retribusi PBG bangunan gedung (contoh): Rp{} (Perda Kota Contoh No. 1 Tahun 2024 "
           "tentang Pajak Daerah dan Retribusi Daerah (contoh))")
    assert f"Biaya {fee.format('10.000')} {fee.format('12.000')}" in others
    assert "Persyaratan" not in others  # Alice's own earlier save is not listed
    mine = page.split("Isian Anda yang belum disimpan dibandingkan dengan draf yang tersimpan")[1]
    assert f"Persyaratan {requirement} Fotokopi KTP-el pemohon (2 lembar)" in mine
    # The form still holds the fee Alice loaded; saving again would put it back.
    assert f"Biaya {fee.format('12.000')} {fee.format('10.000')}" in mine
    assert "Fotokopi KTP-el pemohon (2 lembar)</textarea>" in response.get_data(as_text=True)
    saved = version(app, draft)
    assert [f.amount for f in saved.fee_lines][:1] == [12000]
    assert saved.requirements[0].text == requirement
