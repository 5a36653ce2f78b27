"""Forgiving search in the database, for one region or the whole country.

Each service has a search document (its name, other names, category words, agency and the
plain-language aliases of registry/services/synonyms.py), rewritten in the caller's
transaction when the service changes or a version is published. The database finds a
bounded list of candidates by index (SQLite FTS5; PostgreSQL full-text search, with
pg_trgm for typos); Python re-ranks those few dozen.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import joinedload

from registry.extensions import db
from registry.models import Region, Service, VersionStatus
from registry.services.synonyms import CATEGORY_WORDS, CONCEPTS, SPELLINGS, STOPWORDS, stem

MAX_QUERY_CHARS = 200
# The public search form's scope that searches every region (`scope=national`).
NATIONAL = "national"
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


def _key(document: SearchDocument) -> str:
    return hashlib.sha1(f"{document.name}\n{document.body}\n{document.phrases}".encode(),
                        usedforsecurity=False).hexdigest()


def _kind_ids(connection: Connection, documents: dict[str, SearchDocument]) -> dict[str, int]:
    """The id of each distinct document ("kind"), stored once however many regions share
    it: ranking runs over kinds, so a national query ranks a few thousand, not 165,000."""
    keys = sorted(documents)
    found: dict[str, int] = {}
    table = "search_kind" if _dialect(connection) == "postgresql" else "search_kind_key"
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        params = {f"k{i}": k for i, k in enumerate(chunk)}
        found.update((key, kind_id) for kind_id, key in connection.execute(text(
            f"SELECT id, key FROM {table} WHERE key IN "
            f"({', '.join(':' + name for name in params)})"), params))
    missing = [{"key": k, "name": documents[k].name, "body": documents[k].body,
                "phrases": documents[k].phrases} for k in keys if k not in found]
    if not missing:
        return found
    if _dialect(connection) == "postgresql":
        document = PG_DOCUMENT.format(name=":name", body=":body")
        connection.execute(text(
            "INSERT INTO search_kind (key, name_words, body_words, phrases, document) VALUES "
            f"(:key, :name, :body, :phrases, {document}) ON CONFLICT (key) DO NOTHING"),
            missing)
        return _kind_ids(connection, documents)
    for row in missing:
        kind_id = connection.execute(text("INSERT INTO search_kind_key (key) VALUES (:key) "
                                          "RETURNING id"), row).scalar_one()
        found[row["key"]] = kind_id
        row["id"] = kind_id
    connection.execute(text("INSERT INTO search_kind (rowid, name, body, phrases) "
                            "VALUES (:id, :name, :body, :phrases)"), missing)
    return found


def write_documents(connection: Connection, rows: Sequence[IndexRow]) -> None:
    """Point these services at their documents (stored once per distinct document), and
    add the words to the vocabulary typos are corrected to."""
    if not rows:
        return
    documents = {_key(r.document): r.document for r in rows}
    kinds = _kind_ids(connection, documents)
    params = [{"id": r.service_id, "region": r.region_id, "listed": r.listed,
               "kind": kinds[_key(r.document)]} for r in rows]
    vocabulary = sorted({w for d in documents.values() for w in f"{d.name} {d.body}".split()
                         if len(w) >= 3})
    if _dialect(connection) == "postgresql":
        connection.execute(text(
            "INSERT INTO search_service (service_id, region_id, kind_id, listed) VALUES "
            "(:id, :region, :kind, :listed) ON CONFLICT (service_id) DO UPDATE SET "
            "region_id = excluded.region_id, kind_id = excluded.kind_id, "
            "listed = excluded.listed"), params)
        connection.execute(text("INSERT INTO search_term (word) SELECT unnest(CAST(:words AS "
                                "text[])) ON CONFLICT DO NOTHING"), {"words": vocabulary})
        return
    connection.execute(text(
        "INSERT OR REPLACE INTO search_service (service_id, region_id, kind_id, listed) "
        "VALUES (:id, :region, :kind, :listed)"), params)
    connection.execute(text(
        "INSERT INTO search_term (word) SELECT :word WHERE NOT EXISTS (SELECT 1 FROM "
        "search_term WHERE search_term MATCH :quoted AND word = :word)"),
        [{"word": w, "quoted": f'"{w}"'} for w in vocabulary])


def _agency_name(agency_name: str, region_name: str) -> str:
    """The agency's name without the region's ("Dinas Sosial Kota Contoh" -> "Dinas
    Sosial"), so the same service in two regions has one document."""
    return agency_name.replace(region_name, " ").strip()


def index_service(service: Service) -> None:
    """Rewrite one service's search document in the current transaction."""
    if service.id is None:
        db.session.flush()
    row = IndexRow(service.id, service.region_id,
                   any(v.status in PUBLISHED for v in service.versions),
                   build_document(service.name, service.name_en, service.synonyms,
                                  service.category,
                                  _agency_name(service.agency.name, service.region.name),
                                  service.agency.short_name))
    write_documents(db.session.connection(), [row])


def reindex_all(connection: Connection) -> int:
    """Rebuild every service's search document (after the migration that adds search)."""
    result = connection.execute(text(
        "SELECT s.id, s.region_id, s.name, s.name_en, s.synonyms, s.category, a.name, "
        "a.short_name, r.name, EXISTS (SELECT 1 FROM standard_version v "
        "WHERE v.service_id = s.id AND v.status IN ('published', 'superseded')) "
        "FROM service s JOIN agency a ON a.id = s.agency_id JOIN region r ON r.id = s.region_id"))
    rows = [IndexRow(r[0], r[1], bool(r[9]), build_document(
        r[2], r[3], r[4] or "", r[5], _agency_name(r[6], r[8]), r[7] or "")) for r in result]
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
    """Whether any of these words is in some service's search document."""
    wanted = sorted(w for w in candidates if len(w) >= 3)
    if not wanted:
        return False
    params = {f"w{i}": w for i, w in enumerate(wanted)}
    listed = ", ".join(f":{key}" for key in params)
    if _dialect(connection) == "postgresql":
        sql = f"SELECT 1 FROM search_term WHERE word IN ({listed}) LIMIT 1"
    else:
        sql = (f"SELECT 1 FROM search_term WHERE search_term MATCH :q AND word IN ({listed}) "
               "LIMIT 1")
        params["q"] = " OR ".join(f'"{w}"' for w in wanted)
    return connection.execute(text(sql), params).first() is not None


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


def _term(word: str) -> Term:
    return Term(word, frozenset({word, stem(word)}), len(word) >= PREFIX_MIN, frozenset())


def _corrected(connection: Connection, term: Term) -> Term:
    """The term with the vocabulary words it may be a typo of, if it is in no document."""
    if len(term.word) < FUZZY_MIN or _known(connection, term.exact):
        return term
    return Term(term.word, term.exact, term.prefix, _corrections(connection, term.word))


def _fts5_match(terms: Sequence[Term], every: bool) -> str:
    groups = []
    for term in terms:
        options = [f'"{w}"' for w in term.alternatives()]
        if term.prefix:
            options.append(f'"{term.word}"*')
        groups.append(f"({' OR '.join(options)})")
    return f"{{name body}} : ({(' AND ' if every else ' OR ').join(groups)})"


def _tsquery(terms: Sequence[Term], every: bool) -> str:
    groups = []
    for term in terms:
        options = term.alternatives() + ([f"{term.word}:*"] if term.prefix else [])
        groups.append(f"({' | '.join(options)})")
    return (" & " if every else " | ").join(groups)


Candidate = tuple[int, str, str, str]  # kind or service id, name words, other words, phrases


def _candidates(connection: Connection, terms: Sequence[Term], region_id: int | None,
                every: bool) -> list[Candidate]:
    """The best-matching listed services of a region, or (region_id None) the best kinds
    that some listed service has, by the database's own ranking."""
    postgres = _dialect(connection) == "postgresql"
    if postgres:
        kinds = ("to_tsquery('simple', :q) AS q, search_kind k", "k.id", "k.name_words, "
                 "k.body_words, k.phrases", "k.document @@ q", "ts_rank(k.document, q) DESC")
        query = _tsquery(terms, every)
    else:
        kinds = ("search_kind k", "k.rowid", "k.name, k.body, k.phrases",
                 "search_kind MATCH :q", "bm25(search_kind, 5.0, 1.0, 0.0)")
        query = _fts5_match(terms, every)
    source, kind_id, columns, match, rank = kinds
    if region_id is None:
        # Whether a kind still has listed services is asked of the few ranked, not of all.
        sql = f"SELECT {kind_id}, {columns} FROM {source} WHERE {match} " \
            f"ORDER BY {rank}, {kind_id} LIMIT :n"
    else:
        sql = (f"SELECT s.service_id, {columns} FROM {source} JOIN search_service s "
               f"ON s.kind_id = {kind_id} WHERE {match} AND s.region_id = :region AND s.listed "
               f"ORDER BY {rank}, s.service_id LIMIT :n")
    rows = connection.execute(text(sql), {"q": query, "region": region_id, "n": CANDIDATES})
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def _rank(terms: Sequence[Term], rows: list[Candidate], every: bool) -> list[int]:
    """Every word matched counts, in the name twice; a query that is the service's name
    or one of its own other names (or part of one) counts most."""
    phrase = " ".join(t.word for t in terms)
    scored = []
    for row_id, name, body, phrases in rows:
        name_words = set(name.split())
        all_words = name_words | set(body.split())
        scores = [t.score(all_words) for t in terms]
        if (every and min(scores) == 0) or max(scores) == 0:
            continue
        own = phrases.split("|")
        bonus = 2.0 if phrase in own else \
            1.0 if any(f" {phrase} " in f" {p} " for p in own) else 0.0
        total = sum(scores) + sum(t.score(name_words) for t in terms) + bonus
        scored.append((-total, name, row_id))
    scored.sort()
    return [row_id for _, _, row_id in scored]


def _ranked(query: str, region_id: int | None) -> list[int]:
    """Ids of the region's listed services matching a query, or (region_id None) of the
    kinds matching it nationally, best first (at most CANDIDATES).

    Every word must match; if none does, words in no document are read as typos of close
    words; if still nothing has every word, any word will do."""
    connection = db.session.connection()
    terms = [_term(w) for w in query_words(query)]
    if not terms:
        return []

    def attempt(every: bool) -> list[int]:
        return _rank(terms, _candidates(connection, terms, region_id, every), every)

    found = attempt(every=True)
    if not found:
        corrected = [_corrected(connection, t) for t in terms]
        if corrected != terms:
            terms = corrected
            found = attempt(every=True)
    if not found and len(terms) > 1:
        found = attempt(every=False)
    return found


def ranked_ids(query: str, region_id: int | None) -> list[int]:
    """Ids of the listed services matching a query, best first (at most CANDIDATES): in
    one region, or nationally the best kinds of service, each in every region that has it."""
    if region_id is not None:
        return _ranked(query, region_id)
    kinds = _ranked(query, None)
    if not kinds:
        return []
    params = {f"k{i}": kind for i, kind in enumerate(kinds)}
    rows = db.session.connection().execute(text(
        "SELECT kind_id, service_id FROM (SELECT kind_id, service_id, row_number() OVER "
        "(PARTITION BY kind_id ORDER BY region_id, service_id) AS n FROM search_service "
        f"WHERE listed AND kind_id IN ({', '.join(':' + key for key in params)})) AS ranked "
        "WHERE n <= :n"), {**params, "n": CANDIDATES})
    by_kind: dict[int, list[int]] = {}
    for kind_id, service_id in rows:
        by_kind.setdefault(kind_id, []).append(service_id)
    found = [service_id for kind in kinds for service_id in sorted(by_kind.get(kind, []))]
    return found[:CANDIDATES]


def _services(ids: list[int], *load: Any) -> list[Service]:
    if not ids:
        return []
    found = {s.id: s for s in db.session.scalars(
        select(Service).where(Service.id.in_(ids)).options(*load))}
    return [found[i] for i in ids if i in found]


def search_services(region: Region, query: str) -> list[Service]:
    """The region's listed services matching a query, best first."""
    return _services(ranked_ids(query, region.id), joinedload(Service.agency))


def search_national(query: str) -> list[Service]:
    """Listed services of every region matching a query, best first."""
    return _services(ranked_ids(query, None), joinedload(Service.agency),
                     joinedload(Service.region))
