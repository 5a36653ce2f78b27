"""The labelled search queries (tests/data/search_queries.csv) and their accuracy."""
from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

LABELS = Path(__file__).parent / "data" / "search_queries.csv"


def labelled_queries() -> list[tuple[str, str]]:
    """(query as people type it, slug of the service that should come first)."""
    with LABELS.open(newline="", encoding="utf-8") as handle:
        return [(row["query"], row["expected"]) for row in csv.DictReader(handle)]


@dataclass(frozen=True)
class Accuracy:
    queries: int
    top1: int
    top3: int
    misses: list[tuple[str, str, list[str]]]  # query, expected, the top three found

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.queries

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.queries


def measure(search: Callable[[str], list[str]]) -> Accuracy:
    """Top-1 and top-3 accuracy of `search` (a query to slugs, best first)."""
    top1 = top3 = 0
    misses = []
    queries = labelled_queries()
    for query, expected in queries:
        found = search(query)[:3]
        top1 += found[:1] == [expected]
        top3 += expected in found
        if found[:1] != [expected]:
            misses.append((query, expected, found))
    return Accuracy(len(queries), top1, top3, misses)
