"""Forgiving search in the database, for one region or the whole country.

Each service has a search document (its name, other names, category words, agency and the
plain-language aliases of registry/services/synonyms.py), rewritten in the caller's
transaction when the service changes or a version is published. The database finds a
bounded list of candidates by index (SQLite FTS5; PostgreSQL full-text search, with
pg_trgm for typos); Python re-ranks those few dozen.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import Region, Service, VersionStatus
from registry.services.synonyms import CATEGORY_WORDS, CONCEPTS, SPELLINGS, STOPWORDS, stem

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
# How many candidates the database hands to the re-ranking, per query.
CANDIDATES = 50
# "sim" must not find "simbg": a word counts as a prefix of longer words from this length.
PREFIX_MIN = 4
FUZZY_MIN = 4
FUZZY_MIN_RATIO = 80
# Typo corrections looked at per query word (closest vocabulary words by trigrams).
CORRECTIONS = 20
PUBLISHED = (VersionStatus.PUBLISHED.value, VersionStatus.SUPERSEDED.value)
# Tables (and SQLite FTS5 shadow tables) that hold derived search data, not models.
TABLE_PREFIX = "search_"
# How a PostgreSQL row's tsvector is made of its words: the name weighs most.
PG_DOCUMENT = ("setweight(to_tsvector('simple', {name}), 'A') || "
               "setweight(to_tsvector('simple', {body}), 'B')")


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
    return [SPELLINGS.get(word, word) for word in found]


def with_stems(found: Iterable[str]) -> list[str]:
    """The words and their stems, each once, in order."""
    return list(dict.fromkeys(w for word in found for w in (word, stem(word))))


def is_search_table(name: str | None) -> bool:
    """Derived search tables, which the migrations own and the models do not describe."""
    return bool(name and name.startswith(TABLE_PREFIX))


@dataclass(frozen=True)
class SearchDocument:
    """What a service can be found by: words of its name, all other words, and the
    phrases (name and its own synonyms) a whole query may equal."""

    name: str
    body: str
    phrases: str


def build_document(name: str, name_en: str | None, synonyms: str, category: str,
                   agency_name: str, agency_short_name: str) -> SearchDocument:
    own_phrases = [name, name_en or "", *synonyms.split(",")]
    phrases = [" ".join(words(p)) for p in own_phrases]
    phrases = [p for p in dict.fromkeys(phrases) if p]
    joined = f" {' | '.join(phrases)} "
    aliases = [alias for trigger, found in CONCEPTS if f" {trigger} " in joined
               for alias in found]
    name_words = with_stems(words(f"{name} {name_en or ''}"))
    other = words(f"{synonyms} {' '.join(aliases)} {agency_short_name} {agency_name} "
                  f"{category} {CATEGORY_WORDS.get(category, '')}")
    body_words = [w for w in with_stems(other) if w not in name_words]
    return SearchDocument(" ".join(name_words), " ".join(body_words), "|".join(phrases))


@dataclass(frozen=True)
class IndexRow:
    service_id: int
    region_id: int
    listed: bool  # has a published version: unlisted services are never found
    document: SearchDocument


def _dialect(connection: Connection) -> str:
    return connection.dialect.name


def write_documents(connection: Connection, rows: Sequence[IndexRow]) -> None:
    """Replace the search rows of these services, and add their words to the vocabulary
    typos are corrected to."""
    if not rows:
        return
    params = [{"id": r.service_id, "region": r.region_id, "listed": r.listed,
               "scope": _scope(r.region_id, r.listed), "name": r.document.name,
               "body": r.document.body, "phrases": r.document.phrases} for r in rows]
    vocabulary = sorted({w for r in rows for w in f"{r.document.name} {r.document.body}".split()
                         if len(w) >= 3})
    if _dialect(connection) == "postgresql":
        document = PG_DOCUMENT.format(name=":name", body=":body")
        connection.execute(text(
            "INSERT INTO search_service (service_id, region_id, listed, name_words, body_words,"
            f" phrases, document) VALUES (:id, :region, :listed, :name, :body, :phrases, "
            f"{document}) ON CONFLICT (service_id) DO UPDATE SET region_id = excluded.region_id,"
            " listed = excluded.listed, name_words = excluded.name_words, body_words = "
            "excluded.body_words, phrases = excluded.phrases, document = excluded.document"),
            params)
        connection.execute(text("INSERT INTO search_term (word) SELECT unnest(CAST(:words AS "
                                "text[])) ON CONFLICT DO NOTHING"), {"words": vocabulary})
        return
    connection.execute(text("DELETE FROM search_service WHERE rowid = :id"), params)
    connection.execute(text("INSERT INTO search_service (rowid, scope, name, body, phrases) "
                            "VALUES (:id, :scope, :name, :body, :phrases)"), params)
    connection.execute(text(
        "INSERT INTO search_term (word) SELECT :word WHERE NOT EXISTS (SELECT 1 FROM "
        "search_term WHERE search_term MATCH :quoted AND word = :word)"),
        [{"word": w, "quoted": f'"{w}"'} for w in vocabulary])


def _scope(region_id: int, listed: bool) -> str:
    """SQLite's filter words: the region, and whether the service is listed."""
    return f"r{region_id} listed" if listed else f"r{region_id}"


def index_service(service: Service) -> None:
    """Rewrite one service's search document in the current transaction."""
    if service.id is None:
        db.session.flush()
    row = IndexRow(service.id, service.region_id,
                   any(v.status in PUBLISHED for v in service.versions),
                   build_document(service.name, service.name_en, service.synonyms,
                                  service.category, service.agency.name,
                                  service.agency.short_name))
    write_documents(db.session.connection(), [row])


def reindex_all(connection: Connection) -> int:
    """Rebuild every service's search document (after the migration that adds search)."""
    result = connection.execute(text(
        "SELECT s.id, s.region_id, s.name, s.name_en, s.synonyms, s.category, a.name, "
        "a.short_name, EXISTS (SELECT 1 FROM standard_version v WHERE v.service_id = s.id "
        "AND v.status IN ('published', 'superseded')) FROM service s "
        "JOIN agency a ON a.id = s.agency_id"))
    rows = [IndexRow(r[0], r[1], bool(r[8]), build_document(r[2], r[3], r[4] or "", r[5],
                                                            r[6], r[7] or ""))
            for r in result]
    write_documents(connection, rows)
    return len(rows)


# --- Querying


@dataclass(frozen=True)
class Term:
    """One word of a query and what it may match: itself or its stem exactly, longer
    words it begins, and close vocabulary words when it looks misspelt."""

    word: str
    exact: frozenset[str]
    prefix: bool
    corrections: frozenset[str]

    def alternatives(self) -> list[str]:
        return sorted(self.exact | self.corrections)

    def score(self, document: set[str]) -> float:
        if self.exact & document:
            return 1.0
        if self.prefix and any(w.startswith(self.word) for w in document):
            return 0.9
        matched = self.corrections & document
        if matched:
            return max(fuzz.ratio(self.word, w) for w in matched) / 100 * 0.8
        return 0.0


def query_words(query: str) -> list[str]:
    """The words of a query that say which service: no filler, no single letters."""
    found = list(dict.fromkeys(words(query[:MAX_QUERY_CHARS])))
    meaningful = [w for w in found if w not in STOPWORDS and len(w) > 1]
    return (meaningful or [w for w in found if len(w) > 1] or found)[:MAX_QUERY_WORDS]


def _known(connection: Connection, candidates: Iterable[str]) -> bool:
    for word in candidates:
        if len(word) < 3:
            continue
        if _dialect(connection) == "postgresql":
            found = connection.execute(text("SELECT 1 FROM search_term WHERE word = :w"),
                                       {"w": word}).first()
        else:
            found = connection.execute(text(
                "SELECT 1 FROM search_term WHERE search_term MATCH :q AND word = :w"),
                {"q": f'"{word}"', "w": word}).first()
        if found is not None:
            return True
    return False


def _corrections(connection: Connection, word: str) -> frozenset[str]:
    """Vocabulary words close to a word that is in no document (by trigram index)."""
    if _dialect(connection) == "postgresql":
        rows = connection.execute(text(
            "SELECT word FROM search_term WHERE word % :w ORDER BY word <-> :w LIMIT :n"),
            {"w": word, "n": CORRECTIONS})
    else:
        grams = {word[i:i + 3] for i in range(len(word) - 2)}
        rows = connection.execute(text(
            "SELECT word FROM search_term WHERE search_term MATCH :q ORDER BY rank LIMIT :n"),
            {"q": " OR ".join(f'"{g}"' for g in sorted(grams)), "n": CORRECTIONS})
    return frozenset(w for (w,) in rows if fuzz.ratio(word, w) >= FUZZY_MIN_RATIO)


def _term(connection: Connection, word: str) -> Term:
    exact = frozenset({word, stem(word)})
    corrections: frozenset[str] = frozenset()
    if len(word) >= FUZZY_MIN and not _known(connection, exact):
        corrections = _corrections(connection, word)
    return Term(word, exact, len(word) >= PREFIX_MIN, corrections)


def _fts5_match(terms: Sequence[Term], region_id: int | None, every: bool) -> str:
    groups = []
    for term in terms:
        options = [f'"{w}"' for w in term.alternatives()]
        if term.prefix:
            options.append(f'"{term.word}"*')
        groups.append(f"{{name body}} : ({' OR '.join(options)})")
    scope = f"scope : r{region_id} AND scope : listed" if region_id is not None \
        else "scope : listed"
    return f"{scope} AND ({(' AND ' if every else ' OR ').join(groups)})"


def _tsquery(terms: Sequence[Term], every: bool) -> str:
    groups = []
    for term in terms:
        options = term.alternatives() + ([f"{term.word}:*"] if term.prefix else [])
        groups.append(f"({' | '.join(options)})")
    return (" & " if every else " | ").join(groups)


def _candidates(connection: Connection, terms: Sequence[Term], region_id: int | None,
                every: bool) -> list[tuple[int, str, str, str]]:
    if _dialect(connection) == "postgresql":
        region = "AND region_id = :region " if region_id is not None else ""
        rows = connection.execute(text(
            "SELECT service_id, name_words, body_words, phrases FROM search_service, "
            "to_tsquery('simple', :q) AS q WHERE listed " + region + "AND document @@ q "
            "ORDER BY ts_rank(document, q) DESC, service_id LIMIT :n"),
            {"q": _tsquery(terms, every), "region": region_id, "n": CANDIDATES})
    else:
        rows = connection.execute(text(
            "SELECT rowid, name, body, phrases FROM search_service WHERE search_service "
            "MATCH :q ORDER BY bm25(search_service, 0.0, 5.0, 1.0, 0.0), rowid LIMIT :n"),
            {"q": _fts5_match(terms, region_id, every), "n": CANDIDATES})
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def _rank(terms: Sequence[Term], rows: list[tuple[int, str, str, str]],
          every: bool) -> list[int]:
    """Every word matched counts, in the name twice; a query that is the service's name
    or one of its own other names (or part of one) counts most."""
    phrase = " ".join(t.word for t in terms)
    scored = []
    for service_id, name, body, phrases in rows:
        name_words = set(name.split())
        all_words = name_words | set(body.split())
        scores = [t.score(all_words) for t in terms]
        if (every and min(scores) == 0) or max(scores) == 0:
            continue
        own = phrases.split("|")
        bonus = 2.0 if phrase in own else \
            1.0 if any(f" {phrase} " in f" {p} " for p in own) else 0.0
        total = sum(scores) + sum(t.score(name_words) for t in terms) + bonus
        scored.append((-total, name, service_id))
    scored.sort()
    return [service_id for _, _, service_id in scored]


def ranked_ids(query: str, region_id: int | None) -> list[int]:
    """Ids of the listed services matching a query, best first (at most CANDIDATES):
    every word must match; if no service matches every word, any word will do."""
    connection = db.session.connection()
    terms = [_term(connection, w) for w in query_words(query)]
    if not terms:
        return []
    for every in ((True, False) if len(terms) > 1 else (True,)):
        found = _rank(terms, _candidates(connection, terms, region_id, every), every)
        if found:
            return found
    return []


def _services(ids: list[int], *load: Any) -> list[Service]:
    if not ids:
        return []
    found = {s.id: s for s in db.session.scalars(
        select(Service).where(Service.id.in_(ids)).options(*load))}
    return [found[i] for i in ids if i in found]


def search_services(region: Region, query: str) -> list[Service]:
    """The region's listed services matching a query, best first."""
    return _services(ranked_ids(query, region.id), selectinload(Service.agency))


def search_national(query: str) -> list[Service]:
    """Listed services of every region matching a query, best first."""
    return _services(ranked_ids(query, None), selectinload(Service.agency),
                     selectinload(Service.region))
