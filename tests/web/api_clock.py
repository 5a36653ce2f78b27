"""Pin the API's idea of "this year" (the accepted `submitted` years) to 2026, so tests
that compute 2026 due dates through the API keep passing in later years."""
import datetime as dt

import pytest

from registry.api import params


@pytest.fixture(autouse=True)
def api_year_2026(monkeypatch):
    monkeypatch.setattr(params, "utc_today", lambda: dt.date(2026, 12, 1))
