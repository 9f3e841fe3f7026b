"""Near-duplicate articles (a wire reprinted by other outlets, an updated story).

MinHash signatures over word shingles, candidate pairs from LSH, groups as connected
components. Every member stays stored; counts use the group.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class DuplicateSettings:
    threshold: float = 0.7  # estimated Jaccard similarity of shingle sets
    shingle: int = 5  # words per shingle
    num_perm: int = 128
    seed: int = 1


def shingles(text: str, size: int) -> set[bytes]:
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str, settings: DuplicateSettings = DuplicateSettings()) -> MinHash:
    minhash = MinHash(num_perm=settings.num_perm, seed=settings.seed)
    minhash.update_batch(list(shingles(text, settings.shingle)))
    return minhash


def duplicate_groups(
    articles: Iterable[tuple[str, str]], settings: DuplicateSettings = DuplicateSettings()
) -> list[list[str]]:
    """Groups (of two or more ids) of near-duplicate articles, from ``(id, text)`` pairs.

    Groups are sorted lists; the list of groups is sorted by first member, so the result
    does not depend on input order.
    """
    lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for article_id, text in articles:
        if article_id in parent or not text.strip():
            continue
        parent[article_id] = article_id
        minhash = signature(text, settings)
        for other in lsh.query(minhash):
            a, b = find(article_id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        lsh.insert(article_id, minhash)
    groups: dict[str, list[str]] = {}
    for article_id in parent:
        groups.setdefault(find(article_id), []).append(article_id)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
