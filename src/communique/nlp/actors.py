"""The actors component. Placeholder wiring until issue 3 (actors) lands: sets an empty list."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from communique.nlp.extensions import register_extensions

register_extensions()


@Language.component("communique_actors", assigns=["doc._.actors"])
def communique_actors(doc: Doc) -> Doc:
    doc._.actors = []
    return doc
