"""Which version is in force, and publishing a new one."""
import datetime as dt

import pytest

from registry.extensions import db
from registry.models import FeeLine, Requirement, StandardVersion, VersionStatus
from registry.services.catalogue import service_by_slug
from registry.services.standards import (
    current_version,
    current_versions,
    next_number,
    publish,
    published_history,
)


def draft_for(service, amount):
    version = StandardVersion(
        service=service, number=next_number(service), completion_value=3,
        completion_unit="working_days", product="Izin",
        requirements=[Requirement(position=0, text="KTP")],
        fee_lines=[FeeLine(position=0, kind="fixed", amount=amount, regulation="Perda")],
    )
    db.session.add(version)
    db.session.flush()
    return version


def test_published_version_in_force_today_and_scheduled_one_later(region):
    service = service_by_slug(region, "izin-reklame") or service_by_slug(region, "pbg")
    before = current_version(service, dt.date(2026, 11, 24))
    draft = draft_for(service, 99000)
    publish(draft, dt.date(2026, 12, 1), today=dt.date(2026, 11, 24))
    assert current_version(service, dt.date(2026, 11, 30)) is before
    assert current_version(service, dt.date(2026, 12, 1)) is draft
    assert before.status == VersionStatus.PUBLISHED  # not yet superseded
    assert published_history(service)[0] is draft


def test_publishing_today_supersedes_the_previous_version(region):
    service = service_by_slug(region, "ktp-el")
    before = current_version(service, dt.date(2026, 11, 24))
    draft = draft_for(service, 0)
    publish(draft, dt.date(2026, 11, 24), today=dt.date(2026, 11, 24))
    assert current_version(service, dt.date(2026, 11, 24)) is draft
    assert before.status == VersionStatus.SUPERSEDED


def test_publish_refuses_past_dates_and_non_drafts(region):
    service = service_by_slug(region, "ktp-el")
    draft = draft_for(service, 0)
    with pytest.raises(ValueError):
        publish(draft, dt.date(2026, 11, 1), today=dt.date(2026, 11, 24))
    publish(draft, dt.date(2026, 11, 24), today=dt.date(2026, 11, 24))
    with pytest.raises(ValueError):
        publish(draft, dt.date(2026, 11, 25), today=dt.date(2026, 11, 24))


def test_drafts_are_never_in_force(region):
    service = service_by_slug(region, "ktp-el")
    before = current_version(service, dt.date(2026, 11, 24))
    draft_for(service, 5000)
    assert current_version(service, dt.date(2030, 1, 1)) is before
    assert current_versions([service], dt.date(2030, 1, 1))[service.id] is before


def test_demo_history_has_superseded_versions_in_date_order(region):
    histories = [published_history(s) for s in region.agencies[0].region.agencies
                 for s in s.services]
    with_history = [h for h in histories if len(h) > 1]
    assert len(with_history) >= 4
    for history in with_history:
        dates = [v.effective_from for v in history]
        assert dates == sorted(dates, reverse=True)
        assert [v.status for v in history[1:]] == [VersionStatus.SUPERSEDED] * (len(history) - 1)
