"""The registration window (SPMB) in the API and in import/export (issue 13 item 5)."""
import datetime as dt

import pytest

from registry.services import cache

WIB = dt.timezone(dt.timedelta(hours=7))


def api_window(app, client, moment):
    app.config["CLOCK"] = lambda: moment
    with app.app_context():
        cache.invalidate()
    return client.get("/api/v1/services/spmb").get_json()["registration_window"]


@pytest.mark.parametrize("moment, expected", [
    (dt.datetime(2026, 12, 1, 9, 0, tzinfo=WIB),
     {"opens": "2027-06-08", "closes": "2027-06-19", "yearly": True,
      "standing": "upcoming", "next_opens": "2027-06-08"}),
    (dt.datetime(2027, 6, 19, 23, 0, tzinfo=WIB),
     {"opens": "2027-06-08", "closes": "2027-06-19", "yearly": True,
      "standing": "open", "next_opens": "2028-06-08"}),
])
def test_the_api_gives_spmb_its_window_as_it_stands(app, client, moment, expected):
    assert api_window(app, client, moment) == expected


def test_a_service_without_a_window_has_null(client):
    assert client.get("/api/v1/services/ktp-el").get_json()["registration_window"] is None
