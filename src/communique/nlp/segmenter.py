"""Sentence boundaries from the article's structure, set before the parser runs.

A sentence never crosses a line break or the end of the dateline: headlines,
subheadings and paragraphs are separate units whatever the parser would guess.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from communique.nlp.extensions import register_extensions

register_extensions()


def structural_starts(doc: Doc) -> list[int]:
    """Token indices that must open a sentence."""
    text = doc.text
    cuts: set[int] = set()
    article = doc._.article
    if article is not None and article.dateline is not None:
        end = article.dateline.end
        while end < len(text) and text[end].isspace():
            end += 1
        cuts.add(end)
    starts: list[int] = []
    after_break = True
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break or (token.idx and text[token.idx - 1] == "\n") or token.idx in cuts:
            starts.append(token.i)
        after_break = False
    return starts


@Language.component("communique_segmenter", assigns=["token.is_sent_start"])
def communique_segmenter(doc: Doc) -> Doc:
    for i in structural_starts(doc):
        doc[i].is_sent_start = True
    return doc
