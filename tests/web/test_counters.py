"""Counters are kept by id: renaming one keeps its services; removing one unlinks them."""
from __future__ import annotations

from sqlalchemy import select

from registry.extensions import db
from registry.models import Agency, Counter, Service
from tests.web.staff_helpers import EDITOR, agency_id, login
from tests.web.test_public import text_of


def settings_form(app, aid: int, counters: list[dict]) -> dict:
    with app.app_context():
        agency = db.session.get(Agency, aid)
        form = {"address": agency.address, "phone": agency.phone, "email": agency.email,
                "website": agency.website or "", "maklumat": agency.maklumat,
                "channels": "", "save": "1"}
        for day in range(7):
            hours = next((h for h in agency.hours if h.weekday == day), None)
            form[f"hours-{day}-opens"] = hours.opens.strftime("%H:%M") if hours else ""
            form[f"hours-{day}-closes"] = hours.closes.strftime("%H:%M") if hours else ""
    for i, row in enumerate(counters):
        form.update({f"counters-{i}-{key}": value for key, value in row.items()})
    return form


def linked(app, aid: int) -> dict[str, list[str]]:
    with app.app_context():
        services = db.session.scalars(select(Service).where(Service.agency_id == aid))
        found: dict[str, list[str]] = {}
        for service in services:
            for counter in service.counters:
                found.setdefault(counter.name, []).append(service.slug)
        return {name: sorted(slugs) for name, slugs in found.items()}


def test_renaming_a_counter_keeps_its_services_and_its_id(app, client):
    login(client, EDITOR)
    aid = agency_id(app, "disdukcapil")
    with app.app_context():
        counters = [(c.id, c.name, c.location) for c in db.session.get(Agency, aid).counters]
    before = linked(app, aid)
    first_id, first_name, first_location = counters[0]
    assert before[first_name]  # the demo links services to it
    page = client.get(f"/staff/agencies/{aid}/settings").get_data(as_text=True)
    assert f'name="counters-0-id" type="hidden" value="{first_id}"' in page
    rows = [{"id": str(cid), "name": name, "location": location}
            for cid, name, location in counters]
    rows[0]["name"] = "Loket Akta 1"
    rows.append({"id": "", "name": "Loket Baru", "location": "Lantai 2"})
    response = client.post(f"/staff/agencies/{aid}/settings",
                           data=settings_form(app, aid, rows))
    assert response.status_code == 302
    after = linked(app, aid)
    assert after["Loket Akta 1"] == before[first_name]
    assert first_name not in after
    with app.app_context():
        renamed = db.session.get(Counter, first_id)
        assert (renamed.name, renamed.agency_id) == ("Loket Akta 1", aid)
        names = [c.name for c in db.session.get(Agency, aid).counters]
    assert "Loket Baru" in names and len(names) == len(counters) + 1
    tent = client.get(f"/kota-contoh/instansi/disdukcapil/loket/{first_id}/tent.pdf")
    assert tent.status_code == 200  # printed links to the counter keep working


def test_removing_a_counter_unlinks_its_services(app, client):
    login(client, EDITOR)
    aid = agency_id(app, "disdukcapil")
    with app.app_context():
        counters = [(c.id, c.name, c.location) for c in db.session.get(Agency, aid).counters]
    rows = [{"id": str(cid), "name": name, "location": location}
            for cid, name, location in counters]
    rows[0]["remove"] = "y"
    assert client.post(f"/staff/agencies/{aid}/settings",
                       data=settings_form(app, aid, rows)).status_code == 302
    with app.app_context():
        assert db.session.get(Counter, counters[0][0]) is None
    assert counters[0][1] not in linked(app, aid)
    assert "Ganti nama loket di sini" in text_of(
        client.get(f"/staff/agencies/{aid}/settings"))
