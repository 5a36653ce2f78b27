"""Shared steps for staff route tests: logging in, reading ids, posting a whole draft."""
from __future__ import annotations

from sqlalchemy import select

from registry.extensions import db
from registry.models import Agency, Service, StandardVersion, User
from registry.services import fees

PASSWORD = "demo-password"
EDITOR = "editor.dukcapil@contoh.go.id"
APPROVER = "approver.dukcapil@contoh.go.id"
ADMIN = "admin@contoh.go.id"
OTHER_EDITOR = "editor.dpmptsp@contoh.go.id"
OTHER_APPROVER = "approver.dpmptsp@contoh.go.id"


def login(client, email: str, password: str = PASSWORD):
    return client.post("/staff/login", data={"email": email, "password": password})


def service_id(app, slug: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Service.id).where(Service.slug == slug))


def agency_id(app, slug: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Agency.id).where(Agency.slug == slug))


def user_id(app, email: str) -> int:
    with app.app_context():
        return db.session.scalar(select(User.id).where(User.email == email))


def start_draft(client, app, slug: str) -> int:
    response = client.post(f"/staff/services/{service_id(app, slug)}/drafts")
    assert response.status_code == 302, response.status_code
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def submitted_draft(app, slug: str = "ktp-el"):
    """An editor's draft of `slug`, submitted, and an approver ready to review it:
    (editor client, approver client, draft id)."""
    editor, approver = app.test_client(), app.test_client()
    login(editor, EDITOR)
    login(approver, APPROVER)
    draft = start_draft(editor, app, slug)
    editor.post(f"/staff/drafts/{draft}/submit")
    return editor, approver, draft


# Lists a fee row edits as lines of text, written as the staff form writes them.
TEXT_LISTS = {"formula_inputs": fees.formula_inputs_text,
              "payment_channels": fees.payment_channels_text}


def draft_form(app, version_id: int, **changes) -> dict:
    """The draft as its form would post it, with `changes` applied (flat names)."""
    from registry.services.standards import snapshot

    with app.app_context():
        version = db.session.get(StandardVersion, version_id)
        data = snapshot(version)
        revision = version.revision
    form = {"revision": str(revision), "save": "1"}
    for name, value in data.items():
        if isinstance(value, list):
            for i, row in enumerate(value):
                form[f"{name}-{i}-position"] = str(i + 1)
                for key, cell in row.items():
                    if key in TEXT_LISTS and cell:
                        form[f"{name}-{i}-{key}"] = TEXT_LISTS[key](cell)
                    elif isinstance(cell, bool):
                        if cell:
                            form[f"{name}-{i}-{key}"] = "y"
                    elif cell is not None:
                        form[f"{name}-{i}-{key}"] = str(cell)
        elif value is not None:
            form[name] = str(value)
    form.update({key: str(value) for key, value in changes.items()})
    return form



def review_form(app, version_id: int, **fields) -> dict:
    """The review form as the page posts it: with the revision the approver saw."""
    with app.app_context():
        revision = db.session.get(StandardVersion, version_id).revision
    return {"revision": str(revision), **fields}
