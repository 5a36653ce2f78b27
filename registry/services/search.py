"""Forgiving search: case, hyphens, common spellings ("akte", "e-KTP") and small typos."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from registry.models import Region, Service
from registry.services.catalogue import region_services
from registry.services.i18n import category_label

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
# Spellings people use for the same word.
ALIASES = {"akte": "akta", "ektp": "ktp", "ktpel": "ktp", "ppdb": "spmb"}
# Words that carry no meaning in a service search.
STOPWORDS = {
    "dan", "di", "ke", "untuk", "yang", "cara", "buat", "membuat", "bikin", "urus",
    "mengurus", "pembuatan", "pengurusan", "layanan", "the", "a", "an", "of", "for", "how",
    "to", "get", "my",
}
FUZZY_MIN_RATIO = 80


def normalize(text: str) -> str:
    """Lowercase, accents dropped, punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


def words(text: str) -> list[str]:
    """Normalized words, with hyphen-joined forms ("ktp-el" gives ktp, el, ktpel)."""
    found: list[str] = []
    for chunk in text.split():
        parts = normalize(chunk).split()
        found.extend(parts)
        if len(parts) > 1:
            found.append("".join(parts))
    return [ALIASES.get(word, word) for word in found]


def word_score(query_word: str, document: set[str]) -> float:
    if query_word in document:
        return 1.0
    if len(query_word) >= 2 and any(word.startswith(query_word) for word in document):
        return 0.9
    if len(query_word) >= 4:
        best = max((fuzz.ratio(query_word, word) for word in document), default=0)
        if best >= FUZZY_MIN_RATIO:
            return best / 100 * 0.8
    return 0.0


@dataclass
class SearchIndex:
    """A region's services with the words each can be found by."""

    entries: list[tuple[Service, set[str], set[str]]]

    @classmethod
    def build(cls, services: list[Service]) -> SearchIndex:
        entries = []
        for service in services:
            name_words = set(words(f"{service.name} {service.name_en or ''}"))
            other = f"{service.synonyms} {service.agency.short_name} {service.agency.name} " \
                f"{service.category} {category_label(service.category)}"
            entries.append((service, name_words, name_words | set(words(other))))
        return cls(entries)

    def search(self, query: str) -> list[Service]:
        query_words = words(query[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS * 2]
        meaningful = [w for w in query_words if w not in STOPWORDS] or query_words
        if not meaningful:
            return []
        scored = []
        for service, name_words, all_words in self.entries:
            scores = [word_score(w, all_words) for w in meaningful[:MAX_QUERY_WORDS]]
            if min(scores) == 0:
                continue
            in_name = sum(word_score(w, name_words) for w in meaningful)
            scored.append((sum(scores) + in_name, service.name, service))
        scored.sort(key=lambda row: (-row[0], row[1]))
        return [service for _, _, service in scored]


def search_services(region: Region, query: str) -> list[Service]:
    return SearchIndex.build(region_services(region)).search(query)
