"""Forgiving search over the demo region."""
import pytest

from registry.services.search import normalize, search_services, words


def slugs(region, query, top=None):
    found = [s.slug for s in search_services(region, query)]
    return found[:top] if top else found


def test_normalize_and_words_join_hyphens_and_spellings():
    assert normalize("KTP-el") == "ktp el"
    assert words("e-KTP akte") == ["e", "ktp", "ktp", "akta"]


@pytest.mark.parametrize("query, first", [
    ("ktp", "ktp-el"), ("KTP", "ktp-el"), ("ktp-el", "ktp-el"), ("e-ktp", "ktp-el"),
    ("akte kelahiran", "akta-kelahiran"), ("Akta Kelahiran", "akta-kelahiran"),
    ("akta kelahiarn", "akta-kelahiran"), ("kartu keluarga", "kartu-keluarga"),
    ("ppdb", "spmb"), ("bphtb", "bphtb"), ("pbb", "pbb-p2"),
])
def test_queries_find_the_service_first(region, query, first):
    assert slugs(region, query, top=1) == [first]


def test_typo_tolerance_has_limits(region):
    assert slugs(region, "qwxyz") == []


def test_stopwords_alone_still_search(region):
    assert "akta-kelahiran" in slugs(region, "cara mengurus akte kelahiran")
