"""Actor selectors used by corpus queries: "RUS" (a country), "RUSGOV" (country + sector),
"IGOUNO" (an organisation and its organs)."""
from __future__ import annotations

import re
from dataclasses import dataclass

SPEC = re.compile(r"^(?:IGO[A-Z0-9]*|[A-Z]{3}(?:[A-Z]{3})?)$")
# CAMEO actor type (sector) codes.
SECTORS = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF "
    "MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT NGM NGO SET REL".split()
)


@dataclass(frozen=True, slots=True)
class ActorSpec:
    country: str | None = None
    sector: str | None = None
    igo: str | None = None  # code prefix, e.g. IGOUNO

    @classmethod
    def parse(cls, text: str) -> "ActorSpec":
        value = text.strip().upper()
        if not SPEC.match(value) or (len(value) == 6 and not value.startswith("IGO") and value[3:] not in SECTORS):
            raise ValueError(
                f"{text!r} is not an actor selector: use a country code (RUS), country+sector (RUSGOV) or an IGO code (IGOUNO)"
            )
        if value.startswith("IGO"):
            return cls(igo=value)
        return cls(country=value[:3], sector=value[3:] or None)

    def sql(self, prefix: str) -> tuple[str, list[str]]:
        """A WHERE fragment over ``{prefix}_country/_sector/_code`` columns, and its parameters."""
        if self.igo:
            return f"{prefix}_code LIKE ?", [self.igo + "%"]
        if self.sector:
            return f"({prefix}_country = ? AND {prefix}_sector = ?)", [self.country, self.sector]
        return f"{prefix}_country = ?", [self.country]

    def about_sql(self, quote: str = "q") -> tuple[str, list[str]]:
        """An EXISTS fragment: the quote aliased ``quote`` is about an actor this selector matches."""
        clause, params = self.sql("t")
        return (
            f"EXISTS (SELECT 1 FROM json_each({quote}.about) j JOIN (SELECT article_id, actor_id, code AS t_code,"
            " country AS t_country, sector AS t_sector FROM actors) t"
            f" ON t.article_id = {quote}.article_id AND t.actor_id = j.value WHERE {clause})",
            params,
        )

    def __str__(self) -> str:
        return self.igo or f"{self.country}{self.sector or ''}"
