"""Within-article coreference: surnames, titles, descriptions, counterparts, groups, pronouns."""
from __future__ import annotations

from datetime import date

import pytest
from actor_docs import actor_at, run

from communique.nlp.coref import resolve_pronoun

pytestmark = pytest.mark.model


def test_surname_before_the_full_name_points_forward(nlp):
    doc = run(nlp, "Kono urges calm\n\nJapanese Foreign Minister Taro Kono said the talks would go on.", date(2019, 1, 16))
    assert actor_at(doc, "Kono").name == "Taro Kono"
    assert actor_at(doc, "Kono") is actor_at(doc, "Taro Kono")


def test_unknown_person_keeps_their_surname_mentions(nlp):
    doc = run(nlp, "Chilean senator Rosa Quintero Vidal voted no. Later, Vidal explained her vote.", date(2019, 1, 1))
    full = actor_at(doc, "Chilean senator Rosa Quintero Vidal")
    assert (full.code, full.name) == ("CHLLEG", "Rosa Quintero Vidal")
    assert actor_at(doc, "Vidal", occurrence=2) is full


def test_title_only_mention_takes_the_latest_compatible_person(nlp):
    text = ("German Chancellor Angela Merkel met French President Emmanuel Macron. "
            "The president later flew to Brussels, and the chancellor returned to Berlin.")
    doc = run(nlp, text, date(2019, 3, 1))
    assert actor_at(doc, "The president").name == "Emmanuel Macron"
    assert actor_at(doc, "the chancellor").name == "Angela Merkel"


def test_description_with_country_uses_the_holder_on_the_date(nlp):
    doc = run(nlp, "The Russian foreign minister spoke first.", date(2019, 1, 16))
    assert actor_at(doc, "The Russian foreign minister").name == "Sergey Lavrov"


def test_counterpart_is_the_same_office_elsewhere(nlp):
    doc = run(nlp, "Indian Prime Minister Narendra Modi called his British counterpart on Tuesday.", date(2018, 5, 1))
    assert actor_at(doc, "his British counterpart").name == "Theresa May"


def test_the_ministry_is_the_latest_government(nlp):
    doc = run(nlp, "Tehran rejected the proposal. The ministry said talks were over.", date(2019, 1, 1))
    assert actor_at(doc, "The ministry").code == "IRNGOV"


def test_pronoun_is_the_subject_of_the_previous_sentence(nlp):
    text = ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. "
            "\"The talks were useful,\" he said.")
    doc = run(nlp, text, date(2019, 1, 1))
    he = next(t for t in doc if t.text == "he")
    assert resolve_pronoun(he).name == "Vladimir Putin"


def test_pronoun_with_no_person_around_is_unresolved(nlp):
    doc = run(nlp, "Japan and France signed the declaration. He was not there.", date(2019, 1, 1))
    he = next(t for t in doc if t.text == "He")
    assert resolve_pronoun(he) is None


def test_former_description_is_not_the_current_holder(nlp):
    doc = run(nlp, "The former Japanese foreign minister wrote a book.", date(2019, 1, 16))
    actor = actor_at(doc, "foreign minister")
    assert actor is None or actor.name != "Taro Kono"


def test_possessive_inside_a_description_is_its_own_referent(nlp):
    doc = run(nlp, "Russian Foreign Minister Sergey Lavrov met his Japanese counterpart.", date(2019, 1, 14))
    his = next(t for t in doc if t.text == "his")
    assert resolve_pronoun(his).name == "Sergey Lavrov"
    assert actor_at(doc, "his Japanese counterpart").name == "Taro Kono"


def test_resolve_pronoun_ignores_other_words(nlp):
    doc = run(nlp, "Russian Foreign Minister Sergey Lavrov spoke.", date(2019, 1, 14))
    assert resolve_pronoun(doc[0]) is None


def _with_dateline(nlp, text, day, place):
    from communique.records import Article, Dateline

    start = text.index(place)
    article = Article(id="t", text=text, published=day,
                      dateline=Dateline(place=place, date_text="", agency=None, date=day, start=start,
                                        end=start + len(place) + 1))
    doc = nlp.make_doc(text)
    doc._.article = article
    doc._.ref_date = day
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_dateline_country_fills_in_officials_of_no_stated_country(nlp):
    text = ("ANKARA, March 2. Turkey will keep the border open, the foreign minister said. "
            "Presidential aide Kemal Yilmazer Ozturan said talks went well. The ministry gave no details.")
    doc = _with_dateline(nlp, text, date(2019, 3, 2), "ANKARA")
    assert actor_at(doc, "the foreign minister").country == "TUR"
    assert actor_at(doc, "Presidential aide Kemal Yilmazer Ozturan").code == "TURGOV"
    assert actor_at(doc, "The ministry").code == "TURGOV"


def test_dateline_of_a_story_about_others_is_no_home(nlp):
    text = ("SINGAPORE, March 2. Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe. "
            "Presidential aide Kemal Yilmazer Ozturan said talks went well.")
    doc = _with_dateline(nlp, text, date(2019, 3, 2), "SINGAPORE")
    assert actor_at(doc, "Presidential aide Kemal Yilmazer Ozturan").country is None


def test_counterpart_followed_by_a_name(nlp):
    doc = run(nlp, "Lavrov met his German counterpart Heiko Maas in Berlin.", date(2020, 2, 10))
    assert actor_at(doc, "his German counterpart Heiko Maas").name == "Heiko Maas"


def test_known_surname_inside_another_name_is_left_alone(nlp):
    doc = run(nlp, "Harris County officials met on Monday.", date(2022, 1, 10))
    actor = actor_at(doc, "Harris")
    assert actor is None or actor.name != "Kamala Harris"


def test_pronoun_skips_people_of_the_other_gender_when_the_text_tells(nlp):
    text = ("Mr. Oskar Brandt met the foreign ministry spokeswoman Anna Petrova Lind on Monday. "
            "\"We agreed on a schedule,\" she said.")
    doc = run(nlp, text, date(2019, 1, 1))
    she = next(t for t in doc if t.text == "she")
    assert resolve_pronoun(she).name == "Anna Petrova Lind"


def test_generic_leader_is_the_named_head_of_state_or_government(nlp):
    doc = run(nlp, "Putin and Abe discuss treaty\n\nThe Russian leader said talks would go on.", date(2019, 1, 22))
    assert actor_at(doc, "The Russian leader").name == "Vladimir Putin"
    doc = run(nlp, "The North Korean leader watched the launch.", date(2019, 1, 22))
    assert actor_at(doc, "The North Korean leader").name == "Kim Jong-un"


def test_the_ministry_far_from_other_governments_is_the_home_one(nlp):
    text = ("MOSCOW, March 2. Russia and Japan held talks. Tokyo proposed a new round. "
            "Russia said it would consider it. Talks will resume in April. The ministry gave no details.")
    doc = _with_dateline(nlp, text, date(2019, 3, 2), "MOSCOW")
    assert actor_at(doc, "The ministry").code == "RUSGOV"


def test_an_indefinite_description_is_someone_new_not_the_office_holder(nlp):
    doc = run(nlp, "A Russian spokesman said Moscow would respond. The spokesman added that talks were over.",
              date(2019, 5, 1))
    first = actor_at(doc, "A Russian spokesman")
    assert first is not None and first.kb_id is None and (first.code, first.country) == ("RUSGOV", "RUS")
    assert actor_at(doc, "The spokesman") == first


def test_an_indefinite_official_beside_a_named_one_stays_apart(nlp):
    doc = run(nlp, "Russian Foreign Minister Sergey Lavrov met a Russian diplomat in Tokyo.", date(2019, 5, 1))
    assert actor_at(doc, "Sergey Lavrov").name == "Sergey Lavrov"
    assert actor_at(doc, "a Russian diplomat").name != "Sergey Lavrov"
