"""Hypothesis profiles: a bounded run in every `make test`, a deeper one in `make fuzz`.

HYPOTHESIS_PROFILE=deep (what `make fuzz` sets) runs FUZZ_DEEP examples per property;
the default profile runs FUZZ_CI, so the whole suite stays quick on both databases.
"""
import os

import pytest
from hypothesis import HealthCheck, settings

from tests.conftest import make_app

FUZZ_CI = 12
FUZZ_DEEP = 300
# One database per property, shared by its examples; pages and PDFs take their time.
COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture,
                                                      HealthCheck.too_slow,
                                                      HealthCheck.data_too_large],
          "derandomize": False, "print_blob": True}
settings.register_profile("ci", max_examples=FUZZ_CI, **COMMON)
settings.register_profile("deep", max_examples=FUZZ_DEEP, **COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def app(databases):
    """The demo database; every example logs in, so the login limit is lifted."""
    yield from make_app(databases, "demo", LOGIN_RATE_LIMIT="100000 per minute")
