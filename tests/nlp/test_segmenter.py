from datetime import date

import spacy

from communique.nlp.extensions import register_extensions
from communique.nlp.segmenter import structural_starts
from communique.records import Article, Dateline


def _doc(text, dateline=None):
    register_extensions()
    doc = spacy.blank("en").make_doc(text)
    doc._.article = Article(id="x", text=text, dateline=dateline)
    return doc


def test_every_line_opens_a_sentence():
    doc = _doc("Headline here\n\nFirst body line. More text\nNext line")
    starts = [doc[i].text for i in structural_starts(doc)]
    assert starts == ["Headline", "First", "Next"]


def test_body_after_dateline_opens_a_sentence():
    text = "MOSCOW, January 16. /TASS/. Moscow and Tokyo agree."
    end = text.index("/TASS/.") + len("/TASS/.")
    doc = _doc(text, Dateline("MOSCOW", "January 16", "TASS", date(2019, 1, 16), 0, end))
    starts = [doc[i].idx for i in structural_starts(doc)]
    assert starts == [0, end + 1]
