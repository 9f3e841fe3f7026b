"""The quotes component. Placeholder wiring until issue 4 (quotes) lands: sets an empty list."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from communique.nlp.extensions import register_extensions

register_extensions()


@Language.component("communique_quotes", assigns=["doc._.quotes"])
def communique_quotes(doc: Doc) -> Doc:
    doc._.quotes = []
    return doc
