"""Demo staff accounts, for calling services directly."""
import pytest

from registry.services.accounts import user_by_email


@pytest.fixture
def admin(region):
    return user_by_email("admin@contoh.go.id")


@pytest.fixture
def editor(region):
    return user_by_email("editor.dukcapil@contoh.go.id")


@pytest.fixture
def approver(region):
    return user_by_email("approver.dukcapil@contoh.go.id")
