"""The shipped JSON Schema is the contract: real output validates, broken output does not."""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator

import communique
from communique.records import Actor, ActorRef, Article, ArticleRecord, Dateline, Event, Quote, Speaker, TextSpan
from communique.schema import ContractError, contract_errors, load_schema, validate_record
from record_strategies import article_records

TEXT = (
    "Talks on river water resume\n\n"
    "GENEVA, March 3 (Wire) - The foreign ministers of Kenya and Uganda met in Geneva on Tuesday "
    "to discuss the shared river.\n\n"
    "\"We will not accept any delay,\" the Kenyan minister told reporters after the meeting.\n\n"
    "Uganda's government said it would send a delegation to Nairobi next month.\n"
)


def _span(text: str) -> TextSpan:
    start = TEXT.index(text)
    return TextSpan(text, start, start + len(text))


def hand_built_record() -> ArticleRecord:
    """A record with every part filled, built by hand over TEXT."""
    kenya = Actor("a1", "Kenya", "KEN", "KEN", None, kind="state", mentions=(_span("Kenya"),))
    uganda = Actor("a2", "Uganda", "UGAGOV", "UGA", "GOV", kind="state", mentions=(_span("Uganda's government"),))
    minister = Actor("a3", "Kenyan minister", "KENGOV", "KEN", "GOV", role="Foreign Minister", mentions=(_span("the Kenyan minister"),))
    quote_span = _span("We will not accept any delay")
    quote = Quote(
        quote_span.text, quote_span.start, quote_span.end, "direct", "told",
        Speaker("a3", "Kenyan minister", "KENGOV", "KEN", "GOV", _span("the Kenyan minister")),
    )
    meet = _span("met in Geneva on Tuesday")
    send = _span("would send a delegation to Nairobi")
    events = (
        Event(kenya.ref(), uganda.ref(), "040", "CONSULT", 1.0, 1, meet.text, meet.start, meet.end, date="2020-03-03"),
        Event(uganda.ref(), kenya.ref(), "036", "CONSULT", 4.0, 1, send.text, send.start, send.end, date="2020-04", modality="intent"),
        Event(ActorRef("a3", "Kenyan minister", "KENGOV", "KEN", "GOV"), None, "125", "REJECT", -5.0, 3,
              quote.text, quote.start, quote.end, negated=True, reported_by=0),
    )
    paragraphs = tuple(_span(p) for p in TEXT.split("\n\n")[1:])
    article = Article(
        id="hand-1", text=TEXT, published=date(2020, 3, 3),
        headline=_span("Talks on river water resume"),
        dateline=Dateline("GENEVA", "March 3", "Wire", date(2020, 3, 3), TEXT.index("GENEVA"), TEXT.index("The foreign")),
        paragraphs=paragraphs,
    )
    return ArticleRecord(article, (kenya, uganda, minister), (quote,), events)


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
