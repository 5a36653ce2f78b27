"""Generated text, numbers and dates at every staff form, every import column and every
public query parameter, on SQLite and PostgreSQL.

Each example ends one of two ways: a clear refusal (a field error, 400, 404, 409 or 422)
with nothing saved, or a saved value that every page, poster, API response and export
then renders without error. Never a 500.
"""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from flask_babel import force_locale
from hypothesis import event, given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, Service, StandardVersion
from registry.services import standards, transfer
from registry.services.accounts import user_by_email
from registry.services.catalogue import region_by_slug, service_by_slug
from registry.services.schedule import region_today
from tests.web.staff_helpers import ADMIN, EDITOR, agency_id, draft_form, login, service_id

REFUSED = {400, 404, 409, 422}
# Any text a person (or an attacker) could send: every code point but lone surrogates,
# with the characters that matter here made likely.
TRICKY = st.sampled_from(["\x00", "\x0b", "\x1b", "\x85", "\u00a0", "\u200b", "\u202e",
                          "\u2066", "\ufeff", "\r\n", "\t", "<b>", "=1+1", "javascript:",
                          "https://contoh.go.id", "Rp10.000", "%00", "'", "\""])
PRINTABLE = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=60)
TEXT = st.one_of(PRINTABLE, PRINTABLE, PRINTABLE,
                 st.lists(st.one_of(TRICKY, st.text(max_size=8)), max_size=8).map("".join),
                 st.text(alphabet="ab ", min_size=190, max_size=4100))
NUMBER = st.one_of(st.integers(-10**20, 10**20), st.sampled_from(
    [0, 1, 366, 367, 314, 315, 8784, 527040, 527041, 2**31, 10**12, 10**12 + 1]))
NUMBER_TEXT = st.one_of(st.integers(1, 400).map(str), NUMBER.map(str), TEXT)
DATE_TEXT = st.one_of(st.dates().map(dt.date.isoformat), TEXT,
                      st.datetimes().map(lambda d: d.isoformat(timespec="minutes")))
UNITS = st.sampled_from(["minutes", "hours", "working_days", "calendar_days", "minutes",
                         "working_days", "", "weeks"])
KINDS = st.sampled_from(["free", "free", "fixed", "fixed", "range", "per_unit", "formula", "",
                         "gratis"])


def status_of(response) -> int:
    assert response.status_code != 500, response.get_data(as_text=True)[:500]
    return response.status_code


def outcome(status: int) -> int:
    event(f"status {status}")
    return status


def renders_everywhere(app, slug: str = "ktp-el") -> None:
    """Every page, poster, API response and export that shows the service."""
    client = app.test_client()
    for url in (f"/kota-contoh/layanan/{slug}", f"/kota-contoh/layanan/{slug}?lang=en",
                "/kota-contoh/", "/kota-contoh/instansi/disdukcapil",
                "/kota-contoh/cari?q=akta", f"/api/v1/services/{slug}?region=kota-contoh",
                "/api/v1/services?region=kota-contoh&per_page=100",
                f"/kota-contoh/layanan/{slug}/qr.svg"):
        assert status_of(client.get(url)) == 200, url
    poster = client.get(f"/kota-contoh/layanan/{slug}/poster.pdf?size=a4&lang=id-en")
    assert status_of(poster) == 200 and poster.data.startswith(b"%PDF")
    staff = app.test_client()
    login(staff, ADMIN)
    for url in ("/staff/region/export.xlsx", "/staff/region/export.csv", "/staff/",
                f"/staff/services/{service_id(app, slug)}", "/staff/audit"):
        assert status_of(staff.get(url)) == 200, url


def publish_open_draft(app, slug: str = "ktp-el") -> None:
    """Submit and approve the service's draft as its editor and the region admin."""
    with app.app_context(), force_locale("id"):
        region = region_by_slug("kota-contoh")
        draft = standards.open_draft(service_by_slug(region, slug))
        if draft.status == "draft":
            standards.submit(draft, user_by_email(EDITOR))
        standards.approve(draft, user_by_email(ADMIN), region_today(region),
                          region_today(region))
        db.session.commit()


def saved_state(app) -> tuple[int, int]:
    with app.app_context():
        return (db.session.scalar(select(func.count()).select_from(AuditEntry)),
                db.session.scalar(select(func.coalesce(func.sum(StandardVersion.revision), 0))))


# --- The draft form


DRAFT_TEXT = ("product", "product_en", "complaint_handling", "facilities", "infrastructure",
              "change_summary", "change_summary_en", "requirements-0-text",
              "requirements-0-text_en", "steps-0-text", "steps-0-actor", "fee_lines-0-label",
              "fee_lines-0-unit", "fee_lines-0-formula", "fee_lines-0-regulation",
              "legal_bases-0-title", "legal_bases-0-url")


DRAFT_CHANGES = st.fixed_dictionaries(
    {"completion_value": NUMBER_TEXT, "completion_unit": UNITS, "fee_lines-0-kind": KINDS,
     "fee_lines-0-amount": NUMBER_TEXT, "fee_lines-0-amount_max": NUMBER_TEXT,
     "steps-0-duration_value": NUMBER_TEXT, "steps-0-duration_unit": UNITS,
     "confirm_large_amount": st.sampled_from(["", "y"])},
    optional={name: TEXT for name in DRAFT_TEXT})


def fresh_draft(app, client, slug: str = "ktp-el") -> int:
    """A new draft of the service, whatever the example before left open."""
    with app.app_context():
        service = service_by_slug(region_by_slug("kota-contoh"), slug)
        left = standards.open_draft(service)
        if left is not None:
            service.versions.remove(left)
            db.session.commit()
    response = client.post(f"/staff/services/{service_id(app, slug)}/drafts")
    return int(response.headers["Location"].rsplit("/", 1)[1])


@given(changes=DRAFT_CHANGES)
def test_the_draft_form_refuses_clearly_or_saves_what_renders_everywhere(app, changes):
    editor = app.test_client()
    login(editor, EDITOR)
    draft = fresh_draft(app, editor)
    before = saved_state(app)
    status = outcome(status_of(editor.post(f"/staff/drafts/{draft}",
                                           data=draft_form(app, draft, **changes))))
    if status in REFUSED:
        assert saved_state(app) == before
        return
    assert status == 302
    publish_open_draft(app)
    renders_everywhere(app)


# --- Every import column


IMPORT_COLUMNS = [c for c in transfer.STANDARD_COLUMNS if c not in ("region", "agency")]


def import_file(cells: dict[str, str], fees: list[str], steps: list[str],
                kind: str) -> tuple[bytes, str]:
    row = {"region": "kota-contoh", "agency": "disdukcapil", **cells}
    if kind == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([*transfer.STANDARD_COLUMNS, "fees", "steps"])
        writer.writerow([*(row.get(c, "") for c in transfer.STANDARD_COLUMNS),
                         "\n".join(fees), "\n".join(steps)])
        return out.getvalue().encode("utf-8"), "fuzz.csv"
    book = Workbook()
    sheets = {"Standar": book.active, "Biaya": book.create_sheet("Biaya"),
              "Prosedur": book.create_sheet("Prosedur")}
    sheets["Standar"].title = "Standar"
    sheets["Standar"].append(list(transfer.STANDARD_COLUMNS))
    sheets["Standar"].append([row.get(c, "") for c in transfer.STANDARD_COLUMNS])
    sheets["Biaya"].append(["region", "service_slug", *transfer.FEE_COLUMNS])
    for line in fees:
        sheets["Biaya"].append(["kota-contoh", row["service_slug"], *line.split(" | ")])
    sheets["Prosedur"].append(["region", "service_slug", *transfer.STEP_COLUMNS])
    for line in steps:
        sheets["Prosedur"].append(["kota-contoh", row["service_slug"], *line.split(" | ")])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), "fuzz.xlsx"


@given(data=st.data())
def test_every_import_column_refuses_clearly_or_imports_what_renders(app, data):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cells = {"service_slug": "fuzz-layanan", "service_name": "Layanan uji",
             "category": "kependudukan", "completion_value": "3",
             "completion_unit": "hari kerja", "product": "Surat"}
    for column in data.draw(st.sets(st.sampled_from(IMPORT_COLUMNS), max_size=4)):
        cells[column] = data.draw(NUMBER_TEXT if "value" in column else TEXT, label=column)
    fee = "free" if data.draw(st.booleans(), label="plain fee") else " | ".join([
        data.draw(KINDS, label="kind"), data.draw(NUMBER_TEXT, label="amount"),
        data.draw(NUMBER_TEXT, label="amount_max"), data.draw(TEXT, label="unit"),
        data.draw(TEXT, label="label")])
    step = "Isi formulir" if data.draw(st.booleans(), label="plain step") else " | ".join([
        data.draw(TEXT, label="step"), data.draw(TEXT, label="actor"),
        data.draw(NUMBER_TEXT, label="duration"), data.draw(UNITS)])
    kind = data.draw(st.sampled_from(["csv", "xlsx"]))
    if kind == "xlsx":  # no workbook can hold these, so nobody can upload them
        cells = {k: ILLEGAL_CHARACTERS_RE.sub("", v) for k, v in cells.items()}
        fee, step = ILLEGAL_CHARACTERS_RE.sub("", fee), ILLEGAL_CHARACTERS_RE.sub("", step)
    content, name = import_file(cells, [fee], [step], kind)
    with app.app_context(), force_locale("id"):
        before = saved_state(app)
        preview = transfer.preview_import(content, name)
        event("refused" if preview.errors else "imported")
        if preview.errors:
            assert all(str(error) for error in preview.errors)
            with pytest.raises(transfer.ImportRefused):
                transfer.apply_import(preview, actor="cli")
            db.session.rollback()
            assert saved_state(app) == before
            return
        if not (preview.created or preview.changed):
            return
        transfer.apply_import(preview, actor="cli")
        db.session.commit()
    publish_open_draft(app, "fuzz-layanan")
    renders_everywhere(app, "fuzz-layanan")


# --- Every public query parameter


PUBLIC_URLS = ("/kota-contoh/cari", "/kota-contoh/layanan/ktp-el", "/api/v1/services",
               "/api/v1/services/ktp-el", "/kota-contoh/layanan/ktp-el/poster.pdf",
               "/kota-contoh/banner.pdf", "/kota-contoh/instansi/disdukcapil/banner.pdf",
               "/kota-contoh/poster/cetak-ulang", "/kota-contoh/kategori/kelahiran",
               "/kota-contoh/instansi/disdukcapil/poster", "/kota-contoh/",
               "/hsds/services", "/hsds/organizations", "/hsds/services/ktp-el",
               "/api/v1/regions/kota-contoh/cpsv-ap.jsonld")
PARAMS = ("q", "date", "lang", "size", "format", "page", "per_page", "region", "agency",
          "category", "modified_after", "search", "full", "organization_id")


@given(url=st.sampled_from(PUBLIC_URLS),
       query=st.dictionaries(st.sampled_from(PARAMS), st.one_of(TEXT, NUMBER_TEXT, DATE_TEXT),
                             max_size=4),
       segment=st.one_of(st.none(), TEXT))
def test_public_query_parameters_never_break_a_page(app, url, query, segment):
    client = app.test_client()
    if segment is not None:
        url = url.replace("ktp-el", segment.replace("/", "") or "x", 1)
    status = status_of(client.get(url, query_string=query))
    assert status in {200, 302, 308} | REFUSED


# --- Every other staff form


def agency_form(draw) -> dict:
    form = {"address": draw(TEXT), "phone": draw(TEXT), "email": draw(TEXT),
            "website": draw(TEXT), "maklumat": draw(TEXT), "maklumat_en": draw(TEXT),
            "counters": draw(TEXT), "save": "1",
            "channels": draw(st.one_of(TEXT, st.builds(
                lambda k, n, c, u: f"{k} | {n} | {c} | {u}", st.sampled_from(
                    ["web", "phone", "lapor", "x"]), TEXT, TEXT, TEXT)))}
    for day in range(7):
        form[f"hours-{day}-opens"] = draw(st.one_of(st.just(""), TEXT, st.from_regex(
            r"\A\d{1,2}[:.]\d{2}\Z")))
        form[f"hours-{day}-closes"] = draw(st.one_of(st.just(""), TEXT, st.from_regex(
            r"\A\d{1,2}[:.]\d{2}\Z")))
    return form


def region_form(draw) -> dict:
    return {"works_saturday": draw(st.sampled_from(["", "y"])),
            "timezone": draw(st.sampled_from(["Asia/Jakarta", "Asia/Jayapura", "Mars/Base"])),
            "closures": draw(st.one_of(TEXT, st.builds(lambda d, r: f"{d} | {r}", DATE_TEXT,
                                                       TEXT))),
            "poster_header": draw(TEXT), "poster_color": draw(st.one_of(
                TEXT, st.from_regex(r"\A#[0-9a-f]{6}\Z"))),
            "logo_url": draw(TEXT), "channels": draw(TEXT), "save": "1"}


def identity_form(draw) -> dict:
    return {"name": draw(TEXT), "name_en": draw(TEXT), "synonyms": draw(TEXT),
            "category": draw(st.sampled_from(["kependudukan", "pajak", "x"])),
            "online_url": draw(TEXT), "counters": draw(NUMBER_TEXT), "save": "1"}


def new_service_form(draw) -> dict:
    return {**identity_form(draw), "agency": draw(NUMBER_TEXT), "slug": draw(TEXT)}


def user_form(draw) -> dict:
    return {"email": draw(TEXT), "name": draw(TEXT), "password": draw(TEXT),
            "role": draw(st.sampled_from(["agency_editor", "region_admin", "god"])),
            "agency": draw(NUMBER_TEXT), "save": "1"}


def review_form(draw) -> dict:
    return {"effective_from": draw(DATE_TEXT), "comment": draw(TEXT), "revision":
            draw(NUMBER_TEXT), draw(st.sampled_from(["publish", "reject"])): "1"}


def password_form(draw) -> dict:
    return {"current_password": draw(TEXT), "new_password": draw(TEXT),
            "confirm_password": draw(TEXT), "save": "1"}


def login_form(draw) -> dict:
    return {"email": draw(TEXT), "password": draw(TEXT)}


STAFF_FORMS = {
    "agency settings": (lambda app: f"/staff/agencies/{agency_id(app, 'disdukcapil')}/settings",
                        agency_form),
    "region settings": (lambda app: "/staff/region/settings", region_form),
    "service identity": (lambda app: f"/staff/services/{service_id(app, 'ktp-el')}/identity",
                         identity_form),
    "new service": (lambda app: "/staff/services/new", new_service_form),
    "new account": (lambda app: "/staff/users", user_form),
    "review": (lambda app: f"/staff/drafts/{submitted_draft(app)}/review", review_form),
    "own password": (lambda app: "/staff/account/password", password_form),
    "login": (lambda app: "/staff/login", login_form),
}


def submitted_draft(app) -> int:
    with app.app_context(), force_locale("id"):
        service = service_by_slug(region_by_slug("kota-contoh"), "akta-kelahiran")
        draft = standards.open_draft(service) or standards.new_draft_from(
            service, user_by_email(EDITOR), region_today(service.region))
        if draft.status == "draft":
            standards.submit(draft, user_by_email(EDITOR))
        db.session.commit()
        return draft.id


@pytest.mark.parametrize("name", list(STAFF_FORMS))
@given(data=st.data())
def test_every_staff_form_refuses_clearly_or_saves_what_renders(app, name, data):
    url_of, build = STAFF_FORMS[name]
    url = url_of(app)
    client = app.test_client()
    if name != "login":
        login(client, ADMIN)
    form = build(data.draw)
    status = outcome(status_of(client.post(url, data=form)))
    assert status in {200, 302, 401, 403, 429} | REFUSED
    if status == 302 and name != "login":
        renders_everywhere(app, "akta-kelahiran")
        with app.app_context():
            assert db.session.scalar(select(func.count()).select_from(Service)) >= 36
