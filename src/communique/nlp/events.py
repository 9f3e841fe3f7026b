"""The events component. Placeholder wiring until issue 5 (events) lands: sets an empty list."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from communique.nlp.extensions import register_extensions

register_extensions()


@Language.component("communique_events", assigns=["doc._.events"])
def communique_events(doc: Doc) -> Doc:
    doc._.events = []
    return doc
