"""Imports PETRARCH/Phoenix (TABARI-format) actor dictionaries as a user layer of the KB.

The format, as these dictionaries use it::

    SERGEY_LAVROV_  # comment         a name: words joined by "_", a trailing "_" allowed
    +SERGEI_LAVROV                    an alias of the entry above
        [RUSGOV >040309]              a code, in force from a date
        [RUSELI 750101-040308]        a code for a stretch of time (yymmdd or yyyymmdd)
        [USRARM <900823]              a code until a date
    UN_ [IGOUNO]                      codes may follow the name on its line

An undated code is the entry's default; a bare sector code (``[ELI]``) takes the country of
the entry's other codes. The result is written as ``<stem>.actors.tsv`` in the user layer
directory (columns id, name, aliases, code, start, end, kind; one row per code), which
:func:`communique.kb.loader.load_kb` reads on top of the built-in data.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from communique.kb.loader import ACTORS_COLUMNS, ACTORS_SUFFIX, DATA_DIR, build_kb

CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
CODE = re.compile(r"^(?:[A-Z0-9]{3})+$")
# Two-digit years up to this one are 20yy, later ones 19yy (the dictionaries start in 1900s).
CENTURY_PIVOT = 30


@dataclass(frozen=True, slots=True)
class PhoenixTerm:
    code: str
    start: date | None = None
    end: date | None = None


@dataclass
class PhoenixEntry:
    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    blocks: list[tuple[int, str]] = field(default_factory=list)  # (line, text inside [])


@dataclass
class ImportReport:
    """What one dictionary file gave: entries kept, terms written, and why others were skipped."""

    source: str
    output: str = ""
    entries: int = 0
    terms: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def reasons(self) -> Counter:
        return Counter(reason for _, reason in self.skipped)

    def summary(self) -> str:
        head = f"{self.source}: loaded {self.entries} entries ({self.terms} dated codes), skipped {len(self.skipped)}"
        details = "; ".join(f"{n} {reason}" for reason, n in self.reasons().most_common())
        return head + (f" ({details})" if details else "")


def phoenix_date(text: str) -> date:
    """``yymmdd`` or ``yyyymmdd``; raises ValueError for anything else."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is neither yymmdd nor yyyymmdd")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= CENTURY_PIVOT else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    return date(year, month, day)


def parse_block(text: str) -> PhoenixTerm:
    """``CODE``, ``CODE >date``, ``CODE <date`` or ``CODE date-date``; ValueError if malformed."""
    parts = text.split()
    if not parts:
        raise ValueError("empty code")
    code = parts[0].upper()
    if code.startswith("---"):
        raise ValueError("unknown code ---")
    if not CODE.match(code):
        raise ValueError(f"code {code!r} is not CAMEO-shaped")
    rest = "".join(parts[1:])
    if not rest:
        return PhoenixTerm(code)
    if rest.startswith(">"):
        return PhoenixTerm(code, start=phoenix_date(rest[1:]))
    if rest.startswith("<"):
        return PhoenixTerm(code, end=phoenix_date(rest[1:]))
    if rest.isdigit():
        return PhoenixTerm(code, start=phoenix_date(rest))
    if "-" in rest:
        a, b = rest.split("-", 1)
        start, end = phoenix_date(a), phoenix_date(b)
        if start > end:
            raise ValueError(f"start {start} after end {end}")
        return PhoenixTerm(code, start=start, end=end)
    raise ValueError(f"cannot read the date part {rest!r}")


def display_name(raw: str) -> str:
    """``SERGEY_V._LAVROV_`` -> ``Sergey V. Lavrov``; a short one-word name stays upper-case (``UN``)."""
    words = raw.replace("_", " ").split()
    if len(words) == 1 and len(words[0].replace(".", "")) <= 4:
        return words[0]
    if len(words) == 2 and words[0] == "THE" and len(words[1].replace(".", "")) <= 4:
        return "The " + words[1]
    return " ".join(w.title() if w.isupper() and len(w) > 1 and not re.match(r"^[A-Z]\.$", w) else w for w in words)


def read_entries(path: Path) -> tuple[list[PhoenixEntry], list[tuple[int, str]]]:
    """Entries of a dictionary file, and lines that could not be read."""
    entries: list[PhoenixEntry] = []
    bad: list[tuple[int, str]] = []
    current: PhoenixEntry | None = None
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            blocks = CODE_BLOCK.findall(line)
            words = CODE_BLOCK.sub(" ", line).strip()
            if line.lstrip().startswith("[") or (not words and blocks):
                if current is None:
                    bad.append((number, "code before any name"))
                    continue
                current.blocks.extend((number, b) for b in blocks)
                continue
            if words.startswith("+"):
                if current is None:
                    bad.append((number, "alias before any name"))
                    continue
                alias = display_name(words[1:])
                if alias:
                    current.aliases.append(alias)
                current.blocks.extend((number, b) for b in blocks)
                continue
            if words.startswith(("{", "~", "-", "<", ">")):
                bad.append((number, "unsupported line type"))
                continue
            current = PhoenixEntry(name=display_name(words), line=number)
            current.blocks.extend((number, b) for b in blocks)
            entries.append(current)
    return entries, bad


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "entry"


def convert(entries: list[PhoenixEntry], countries: set[str], report: ImportReport) -> list[dict[str, str]]:
    """Rows of the ``*.actors.tsv`` layer; skipped entries and codes go to the report."""
    rows: list[dict[str, str]] = []
    seen: Counter = Counter()
    for e in entries:
        terms: list[PhoenixTerm] = []
        for line, block in e.blocks:
            try:
                terms.append(parse_block(block))
            except ValueError as err:
                report.skipped.append((line, _reason(err)))
        if not e.name:
            report.skipped.append((e.line, "empty name"))
            continue
        if not terms:
            report.skipped.append((e.line, "no usable code"))
            continue
        base = next((t.code[:3] for t in terms if t.code[:3] in countries or t.code.startswith("IGO")), None)
        fixed: list[PhoenixTerm] = []
        for t in terms:
            if len(t.code) == 3 and t.code not in countries and t.code != "IGO":
                if base is None:
                    report.skipped.append((e.line, "sector code without a country"))
                    continue
                t = PhoenixTerm(base + t.code, t.start, t.end)
            fixed.append(t)
        if not fixed:
            report.skipped.append((e.line, "no usable code"))
            continue
        dated = any(t.start or t.end for t in fixed)
        if not dated and all(len(t.code) == 3 and t.code in countries for t in fixed):
            kind = "state"
        elif not dated and all(t.code.startswith("IGO") for t in fixed):
            kind = "igo"
        else:
            kind = "person"
        slug = _slug(e.name)
        seen[slug] += 1
        pid = f"phoenix-{slug}" + (f"-{seen[slug]}" if seen[slug] > 1 else "")
        aliases = "|".join(dict.fromkeys(a for a in e.aliases if a and a != e.name))
        for t in fixed:
            rows.append({"id": pid, "name": e.name, "aliases": aliases, "code": t.code,
                         "start": t.start.isoformat() if t.start else "", "end": t.end.isoformat() if t.end else "",
                         "kind": kind})
            report.terms += 1
        report.entries += 1
    return rows


def _reason(err: Exception) -> str:
    text = str(err)
    if "neither yymmdd" in text:
        return "bad date"
    if "after end" in text:
        return "start after end"
    if "unknown code" in text:
        return "unknown code ---"
    if "CAMEO-shaped" in text:
        return "code not CAMEO-shaped"
    return text


def import_phoenix(path: Path, out_dir: Path) -> ImportReport:
    """Convert one dictionary file into ``out_dir/<stem>.actors.tsv``."""
    report = ImportReport(source=str(path))
    entries, bad = read_entries(path)
    report.skipped.extend(bad)
    countries = set(build_kb(DATA_DIR).countries)
    countries |= {b.split()[0] for e in entries for _, b in e.blocks if len(b.split()[0]) == 3 and b.split()[0].isalpha()
                  and b.split()[0].isupper() and e.blocks and len(b.split()) == 1 and b.split()[0] != "IGO"
                  and _looks_like_country_entry(e)}
    rows = convert(entries, countries, report)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{_slug(path.stem)}{ACTORS_SUFFIX}"
    with target.open("w", encoding="utf-8") as handle:
        handle.write(f"# Imported from {path.name} by communique kb import-phoenix.\n")
        handle.write("\t".join(ACTORS_COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(row[c].replace("\t", " ") for c in ACTORS_COLUMNS) + "\n")
    report.output = str(target)
    return report


def _looks_like_country_entry(entry: PhoenixEntry) -> bool:
    """A top-level country line ("AFGHANISTAN_ [AFG]"): one bare 3-letter code on the name line."""
    return len(entry.blocks) >= 1 and entry.blocks[0][0] == entry.line
