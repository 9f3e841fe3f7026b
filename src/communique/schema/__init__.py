"""The JSON Schema of the output contract, shipped with the package.

Users' scripts and our tests validate ``communique read --json`` output against the same
file, so the contract is written down once (shared/DESIGN.md, "Output contract").
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from communique.errors import CommuniqueError

SCHEMA_FILE = "article.schema.json"


class ContractError(CommuniqueError):
    """A record that does not match the output contract."""

    code = "contract"


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The article JSON Schema (draft 2020-12) as a fresh dict."""
    return json.loads(_schema_text())


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def contract_errors(obj: Any) -> list[str]:
    """Every way ``obj`` breaks the contract, one line each ("path: message"); empty if none."""
    lines = []
    for error in sorted(_validator().iter_errors(obj), key=lambda e: list(map(str, e.absolute_path))):
        where = "/".join(str(part) for part in error.absolute_path) or "(record)"
        lines.append(f"{where}: {error.message}")
    return lines


def validate_record(obj: Any) -> None:
    """Raise ``ContractError`` with the first problem when ``obj`` breaks the contract."""
    problems = contract_errors(obj)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ContractError(problems[0] + more)


__all__ = ["ContractError", "SCHEMA_FILE", "contract_errors", "load_schema", "validate_record"]
