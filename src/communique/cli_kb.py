"""``communique kb ...``: import actor dictionaries and ask the knowledge base who is who.

A thin layer over :mod:`communique.kb`; the CLI owner attaches it with ``main.add_command(kb)``.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from communique.kb.loader import KB_DIR_ENV, KnowledgeBase, clear_cache, default_user_dir, load_kb, norm_name
from communique.kb.model import Entry
from communique.kb.phoenix import import_phoenix


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


@click.group("kb")
@click.option("--kb-dir", type=click.Path(file_okay=False), default=None,
              help=f"User layer directory (default ${KB_DIR_ENV}, else $XDG_DATA_HOME/communique/kb).")
@click.pass_context
def kb(ctx: click.Context, kb_dir: str | None) -> None:
    """The actor knowledge base: built-in data plus a user layer of imported dictionaries."""
    ctx.obj = Path(kb_dir).expanduser() if kb_dir else default_user_dir()


@kb.command("import-phoenix")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.pass_obj
def import_phoenix_command(layer: Path, paths: tuple[str, ...]) -> None:
    """Import PETRARCH/Phoenix actor dictionaries PATH... into the user layer."""
    failed = 0
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            click.echo(f"failed: {raw}: no such file", err=True)
            failed += 1
            continue
        try:
            report = import_phoenix(path, layer)
        except (OSError, UnicodeError) as e:
            click.echo(f"failed: {raw}: {e}", err=True)
            failed += 1
            continue
        click.echo(report.summary())
        click.echo(f"  written to {report.output}")
    clear_cache()
    raise SystemExit(1 if failed else 0)


def describe(kbase: KnowledgeBase, entry: Entry, on: date | None) -> dict:
    """What the KB knows about one entry, as plain data."""
    if entry.kind == "country":
        c = kbase.countries[entry.key]
        return {"kind": "country", "code": c.code, "name": c.name, "matched_as": entry.field, "status": c.kind,
                "aliases": list(c.aliases), "adjectives": list(c.adjectives), "capital": list(c.capitals),
                "seats": list(c.seats), "government_code": f"{c.code}GOV"}
    if entry.kind == "igo":
        g = kbase.igos[entry.key]
        return {"kind": "igo", "code": g.code, "name": g.name, "matched_as": entry.field, "acronyms": list(g.acronyms),
                "parent": g.parent, "type": g.kind}
    if entry.kind == "org":
        o = kbase.groups[entry.key]
        return {"kind": o.kind, "code": o.code, "name": o.name, "matched_as": entry.field, "aliases": list(o.aliases),
                "acronyms": list(o.acronyms), "country": o.country, "sector": o.sector, "actor_kind": o.actor_kind}
    p = kbase.people[entry.key]
    aff = kbase.affiliation(p, on)
    terms = [{"country": t.country, "roles": list(t.roles), "code": t.code,
              "start": t.start.isoformat() if t.start else None, "end": t.end.isoformat() if t.end else None}
             for t in kbase.person_terms(p)]
    return {"kind": p.kind, "id": p.id, "name": p.name, "matched_as": entry.field, "source": p.source,
            "aliases": list(p.aliases), "terms": terms,
            "on": on.isoformat() if on else None, "code": aff.code, "country": aff.country, "sector": aff.sector,
            "role": aff.role}


def role_holders(kbase: KnowledgeBase, text: str, on: date | None) -> list[dict]:
    """'Japanese foreign minister', 'foreign minister of Japan', 'UN secretary-general' -> holders on a date."""
    # acronyms are case-sensitive ("UN"), so places are looked up as written
    words = " ".join(text.split()).replace(" of ", " ").split()
    out = []
    for cut in range(1, len(words)):
        for place, phrase in ((words[:cut], words[cut:]), (words[-cut:], words[:-cut])):
            role = kbase.role_of_phrase(norm_name(" ".join(phrase)))
            places = [e for e in kbase.lookup(" ".join(place)) if e.kind in ("country", "igo")]
            if role is None or not places:
                continue
            code = places[0].key
            for h in kbase.holdings(code, role.key, on):
                out.append({"country": code, "role": role.key, "sector": role.sector, "name": h.person.name,
                            "code": code if code.startswith("IGO") else f"{code}{role.sector}",
                            "id": h.person.id, "start": h.term.start.isoformat() if h.term.start else None,
                            "end": h.term.end.isoformat() if h.term.end else None})
            if out:
                return out
    return out


@kb.command("who")
@click.argument("name")
@click.option("--on", "on", callback=_parse_date, help="Date YYYY-MM-DD to resolve offices on (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def who_command(layer: Path, name: str, on: date | None, as_json: bool) -> None:
    """Show what the KB knows about NAME: entries, codes, terms, and who holds a role on a date."""
    kbase = load_kb(layer)
    day = on or date.today()
    found = [describe(kbase, e, day) for e in kbase.lookup(name)]
    if not found:
        found = [{"kind": "person", "id": p.id, "name": p.name, "matched_as": "surname", "code": kbase.affiliation(p, day).code}
                 for p in kbase.people_with_surname(name.strip())]
    holders = role_holders(kbase, name, day)
    if as_json:
        click.echo(json.dumps({"query": name, "on": day.isoformat(), "entries": found, "holders": holders},
                              ensure_ascii=False, indent=1))
        return
    if not found and not holders:
        click.echo(f"nothing known as {name!r}")
        raise SystemExit(1)
    for item in found:
        click.echo(f"{item['kind']:8} {item.get('code') or '':10} {item['name']}  (matched as {item['matched_as']})")
        if item.get("terms"):
            for t in item["terms"]:
                what = ",".join(t["roles"]) or t["code"]
                click.echo(f"         {t['start'] or '…'} – {t['end'] or 'now'}  {t['country'] or ''} {what}")
            click.echo(f"         on {day}: {item['code']} role={item['role']}")
    for h in holders:
        click.echo(f"holder   {h['code']:13} {h['name']}  {h['role']} since {h['start'] or '…'}"
                   f"{' until ' + h['end'] if h['end'] else ''}")
