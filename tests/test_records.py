"""Every record type survives record -> JSON text -> record unchanged."""
from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import communique.records as records
from record_strategies import BY_TYPE


def _record_types() -> list[type]:
    return [
        obj
        for name in records.__all__
        if isinstance(obj := getattr(records, name), type) and dataclasses.is_dataclass(obj)
    ]


def test_every_record_type_with_a_json_form_has_a_strategy():
    with_json = {cls for cls in _record_types() if hasattr(cls, "to_json")}
    assert with_json == set(BY_TYPE)


def test_document_is_the_only_record_without_a_json_form():
    # Document is the input side (what a source read); the contract starts at Article.
    assert [cls.__name__ for cls in _record_types() if not hasattr(cls, "to_json")] == ["Document"]


@pytest.mark.parametrize("cls", list(BY_TYPE), ids=lambda cls: cls.__name__)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_json_round_trip(cls, data):
    record = data.draw(BY_TYPE[cls])
    text = json.dumps(record.to_json(), ensure_ascii=False)
    assert cls.from_json(json.loads(text)) == record


@settings(max_examples=60, deadline=None)
@given(record=BY_TYPE[records.ArticleRecord])
def test_article_record_json_is_plain_json(record):
    """Only JSON types: a strict encoder that knows no dates or tuples accepts it."""
    out = record.to_json()
    assert json.loads(json.dumps(out, allow_nan=False)) == out
