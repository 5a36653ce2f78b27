"""The compliance self-check: checks per service and agency, the score, the fixes."""
import datetime as dt

from registry.extensions import db
from registry.services import compliance, posters
from registry.services.catalogue import agency_by_slug, service_by_slug
from registry.services.standards import current_version

DAY = dt.date(2026, 12, 1)


def failed(check):
    return [(service.slug if service else None, c.key) for service, c in check.to_fix]


def test_demo_disdukcapil_lacks_only_printed_posters(region):
    dukcapil = agency_by_slug(region, "disdukcapil")
    check = compliance.self_check(dukcapil, DAY)
    assert (check.passed, check.total, check.score) == (110, 122, 90)
    assert {key for _slug, key in failed(check)} == {"posters"}
    service, first = check.to_fix[0]
    assert (first.fix.endpoint, first.fix.values) == (
        "posters.service_poster",
        {"region_slug": "kota-contoh", "slug": service.slug, "size": "a4"})
    assert str(first.fix.label) == "Cetak poster A4"


def test_a_printed_poster_of_the_version_in_force_counts(region):
    ktp = service_by_slug(region, "ktp-el")
    posters.poster_record(ktp, current_version(ktp, DAY), "a4", "id")
    check = compliance.self_check(ktp.agency, DAY)
    assert ("ktp-el", "posters") not in failed(check)
    assert check.passed == 111


def test_missing_parts_are_listed_with_the_page_that_fixes_them(region, editor):
    from registry.services.standards import new_draft_from

    dukcapil = agency_by_slug(region, "disdukcapil")
    dukcapil.maklumat = ""
    kia = service_by_slug(region, "kia")
    version = current_version(kia, DAY)
    version.facilities = None
    version.fee_lines[0].regulation = ""
    version.verified_on = dt.date(2025, 11, 30)
    draft = new_draft_from(kia, editor, DAY)
    db.session.flush()
    check = compliance.self_check(dukcapil, DAY)
    fixes = {(slug, key): c.fix for (service, c), (slug, key) in
             zip(check.to_fix, failed(check), strict=True)}
    assert fixes[None, "maklumat"].endpoint == "staff.agency_settings"
    assert fixes["kia", "facilities"].endpoint == "staff.edit_draft"
    assert fixes["kia", "facilities"].values == {"version_id": draft.id}
    assert fixes["kia", "fee_basis"].endpoint == "staff.edit_draft"
    assert fixes["kia", "verified"].endpoint == "staff.service"
    assert (check.passed, check.total, check.score) == (106, 122, 87)


def test_a_service_without_a_published_standard_fails_one_check(region, editor):
    from registry.services.catalogue import create_service

    dukcapil = agency_by_slug(region, "disdukcapil")
    service, draft = create_service(dukcapil, {"name": "Layanan Baru", "category":
                                               "kependudukan"}, editor)
    check = compliance.self_check(dukcapil, DAY)
    new = next(s for s in check.services if s.service is service)
    assert [(c.key, c.passed, c.fix.endpoint) for c in new.checks] == [
        ("published", False, "staff.edit_draft")]
