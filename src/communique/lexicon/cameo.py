"""The CAMEO event code table: names, Goldstein weights, quad classes and PLOVER 2021 types.

Facts from the CAMEO codebook, the GDELT Goldstein scale and the CAMEO->PLOVER 2021 map,
kept as data (``data/cameo.tsv``) so coders and exporters read one table.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["CameoCode", "cameo_table", "cameo", "quad_class_of", "QUAD_CLASS_NAMES"]

QUAD_CLASS_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def quad_class_of(code: str) -> int:
    """Quad class from the root: 01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict, 14-20 material conflict."""
    root = int(code[:2])
    if not 1 <= root <= 20:
        raise ValueError(f"not a CAMEO code: {code!r}")
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code, keyed by its digit string ("01", "010", "0211", ...)."""
    text = resources.files("communique.lexicon").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    table: dict[str, CameoCode] = {}
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        code, name, goldstein, quad, plover, mode = (line.split("\t") + [""] * 6)[:6]
        table[code] = CameoCode(code, name, float(goldstein), int(quad), plover or None, mode or None)
    return table


def cameo(code: str) -> CameoCode:
    """The entry for ``code``; unknown sub-codes fall back to their nearest listed parent."""
    table = cameo_table()
    key = code
    while key and key not in table:
        key = key[:-1]
    if len(key) < 2:
        raise KeyError(f"unknown CAMEO code: {code!r}")
    return table[key]
