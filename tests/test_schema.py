"""The shipped JSON Schema is the contract: real output validates, broken output does not."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator

import communique
from communique.schema import ContractError, contract_errors, load_schema, validate_record
from record_strategies import article_records
from sample_records import TEXT, hand_built_record


def test_schema_is_a_valid_draft_2020_12_schema():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_requires_every_contract_field():
    assert set(load_schema()["required"]) == {
        "id", "text", "published", "language", "section", "headline", "standfirst", "dateline",
        "subheadings", "paragraphs", "actors", "quotes", "events",
    }


def test_hand_built_record_with_actors_quotes_events_validates():
    record = hand_built_record()
    assert len(record.events) == 3 and record.quotes and record.actors
    validate_record(json.loads(json.dumps(record.to_json())))


@settings(max_examples=60, deadline=None)
@given(record=article_records)
def test_any_well_formed_record_validates(record):
    assert contract_errors(record.to_json()) == []


def test_extra_fields_are_allowed():
    out = hand_built_record().to_json()
    out["something_new"] = {"any": "thing"}
    out["events"][0]["confidence"] = 0.9
    validate_record(out)


@pytest.mark.parametrize(
    "breakage, where",
    [
        (lambda o: o.pop("events"), "(record)"),
        (lambda o: o.update(published="3 March 2020"), "published"),
        (lambda o: o["events"][0].update(quad_class=5), "events/0/quad_class"),
        (lambda o: o["events"][0].update(cameo=40), "events/0/cameo"),
        (lambda o: o["quotes"][0].update(kind="paraphrase"), "quotes/0/kind"),
        (lambda o: o["actors"][0].update(country="KE"), "actors/0/country"),
        (lambda o: o["actors"][0]["mentions"][0].update(start=-1), "actors/0/mentions/0/start"),
    ],
)
def test_broken_records_are_rejected_with_where(breakage, where):
    out = hand_built_record().to_json()
    breakage(out)
    problems = contract_errors(out)
    assert problems and problems[0].startswith(where + ":")
    with pytest.raises(ContractError):
        validate_record(out)


@pytest.mark.model
def test_model_output_validates(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    records = communique.read(str(path), published="2020-03-03")
    assert len(records) == 1 and records[0].article.text == TEXT
    validate_record(json.loads(json.dumps(records[0].to_json())))


@pytest.mark.model
def test_cli_json_output_validates(tmp_path):
    from click.testing import CliRunner

    from communique.cli import main

    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text(json.dumps({"id": "r1", "text": TEXT, "published": "2020-03-03"}) + "\n", encoding="utf-8")
    for args in (["read", "--json", str(path)], ["read", "--json", "--jsonl", str(jsonl)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert len(lines) == 1
        validate_record(json.loads(lines[0]))


@pytest.mark.model
def test_every_bundled_example_reads_into_valid_records():
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples"
    if not examples.is_dir():
        pytest.skip("examples/ not present")
    records = communique.read(str(examples))
    assert records
    for record in records:
        assert contract_errors(json.loads(json.dumps(record.to_json()))) == [], record.id
