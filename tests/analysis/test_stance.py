from datetime import date

from communique.analysis.stance import quote_stances, tone
from communique.records import Actor, Article, ArticleRecord, Quote, Speaker, TextSpan

TEXT = 'Minister A said: "We welcome the constructive dialogue with Ruritania. Borduria\'s aggression is unacceptable."'


def _record():
    q_start = TEXT.index("We welcome")
    q_end = TEXT.rindex('"')
    r = TEXT.index("Ruritania")
    b = TEXT.index("Borduria")
    actors = (
        Actor("a1", "Minister A", "XXXGOV", "XXX", "GOV", mentions=(TextSpan("Minister A", 0, 10),)),
        Actor("a2", "Ruritania", "RUR", "RUR", mentions=(TextSpan("Ruritania", r, r + 9),)),
        Actor("a3", "Borduria", "BOR", "BOR", mentions=(TextSpan("Borduria", b, b + 8),)),
    )
    quote = Quote(
        TEXT[q_start:q_end], q_start, q_end, "direct", "said",
        Speaker(actor="a1", name="Minister A", country="XXX"), about=("a2", "a3"),
    )
    article = Article(id="x", text=TEXT, published=date(2020, 5, 1))
    return ArticleRecord(article, actors, (quote,))


def test_tone_reads_diplomatic_vocabulary():
    assert tone("Their aggression is a provocation and a violation of the charter.") < -0.5
    assert tone("We value our partnership and constructive cooperation.") > 0.5


def test_each_target_gets_the_tone_of_the_sentences_about_it():
    by_target = {s.target_name: s for s in quote_stances(_record())}
    assert by_target["Ruritania"].score > 0.3
    assert by_target["Borduria"].score < -0.3
    assert by_target["Borduria"].speaker_country == "XXX" and by_target["Borduria"].date == "2020-05-01"


def test_speaker_is_not_a_target_of_their_own_quote():
    record = _record()
    quote = record.quotes[0]
    selfish = Quote(quote.text, quote.start, quote.end, "direct", "said", quote.speaker, about=("a1",))
    assert quote_stances(ArticleRecord(record.article, record.actors, (selfish,))) == []
