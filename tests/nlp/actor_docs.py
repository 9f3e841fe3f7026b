"""Running the real pipeline over a hand-written text, and finding the actor at a phrase."""
from __future__ import annotations

from communique.records import Article, TextSpan


def run(nlp, text, day, **parts):
    """The pipeline over ``text`` dated ``day``; ``parts`` name structure spans (headline=...)."""
    doc = nlp.make_doc(text)
    spans = {k: TextSpan(v, text.index(v), text.index(v) + len(v)) for k, v in parts.items()}
    doc._.article = Article(id="t", text=text, published=day, **spans)
    doc._.ref_date = day
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def actor_at(doc, text, occurrence=1):
    """The actor whose mention overlaps the ``occurrence``-th ``text`` in the Doc."""
    pos = -1
    for _ in range(occurrence):
        pos = doc.text.index(text, pos + 1)
    for a in doc._.actors:
        for m in a.mentions:
            if m.start < pos + len(text) and pos < m.end:
                return a
    return None
