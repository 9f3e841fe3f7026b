"""Quote extraction on hand-written sentences, through the pinned pipeline."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

pytestmark = pytest.mark.model


def quotes_of(nlp, text):
    return nlp(text)._.quotes


def by_kind(quotes, kind):
    return [q for q in quotes if q.kind == kind]


def test_direct_quote_span_is_inside_the_marks_with_its_comma(nlp):
    text = '"The ferry will run again on Monday," harbour master Ingrid Solberg said.'
    (q,) = quotes_of(nlp, text)
    assert q.kind == "direct"
    assert q.text == "The ferry will run again on Monday,"
    assert text[q.start : q.end] == q.text
    assert q.speaker.name.endswith("Solberg")
    assert q.cue == "said"


def test_curly_quote_with_nested_single_quotes(nlp):
    text = "“Nobody in the valley uses the name ‘Old Quay’ any more,” Ingrid Solberg told reporters."
    (q,) = quotes_of(nlp, text)
    assert q.text.startswith("Nobody") and "‘Old Quay’" in q.text
    assert q.speaker.name.endswith("Solberg")


def test_quote_split_by_attribution_is_two_quotes_with_one_speaker(nlp):
    text = '"We tried everything we could," Tomas Varga said, "but the bridge stayed closed for a week."'
    quotes = by_kind(quotes_of(nlp, text), "direct")
    assert [q.text for q in quotes] == ["We tried everything we could,", "but the bridge stayed closed for a week."]
    assert all(q.speaker.name.endswith("Varga") for q in quotes)


def test_multi_sentence_quote_is_one_quote(nlp):
    text = 'Tomas Varga said: "The river rose overnight. Two villages were cut off. We need boats now."'
    (q,) = by_kind(quotes_of(nlp, text), "direct")
    assert q.text == "The river rose overnight. Two villages were cut off. We need boats now."
    assert q.speaker.name.endswith("Varga")


def test_pointed_out_that_introduces_a_direct_quote_not_an_indirect_one(nlp):
    text = 'The finance minister Lena Okafor pointed out that "the fund has never missed a payment in ten years."'
    quotes = quotes_of(nlp, text)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].cue == "pointed out"


def test_quote_running_across_paragraphs_keeps_its_speaker(nlp):
    text = (
        'Lena Okafor opened the session. She said: "The first stage of the plan is finished.\n\n'
        '"The second stage starts in autumn and will take two years."'
    )
    quotes = by_kind(quotes_of(nlp, text), "direct")
    assert len(quotes) == 2
    assert all(q.speaker.name and q.speaker.name.endswith("Okafor") for q in quotes)


def test_unbalanced_mark_recovers_later_quotes(nlp):
    text = (
        'The mayor promised "new buses for the eastern districts by June.\n\n'
        "Councillors said the budget was too tight for that.\n\n"
        '"We will find the money somehow," Mayor Pia Lund said.'
    )
    quotes = quotes_of(nlp, text)
    assert all(q.end - q.start < 120 for q in quotes)
    assert any(q.kind == "direct" and q.text.startswith("We will find") for q in quotes)
    assert any(q.kind == "indirect" and q.text.startswith("the budget") for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        'The ministry used the term "frozen conflict" in its note on the border.',
        'Members of the so-called "Friends of the Lake" met on the shore.',
        'She starred in "The Quiet Harbour" before turning to politics.',
        'The new square has become the "living room" of the town.',
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp, text):
    assert by_kind(quotes_of(nlp, text), "direct") == []


def test_indirect_quote_after_said(nlp):
    text = "Tomas Varga said the bridge would reopen in May."
    (q,) = quotes_of(nlp, text)
    assert (q.kind, q.text) == ("indirect", "the bridge would reopen in May")
    assert q.speaker.name.endswith("Varga")


def test_indirect_quote_drops_that_and_keeps_the_auxiliary_cue(nlp):
    text = "The agency has stated many times that the border crossing stays closed to trucks."
    (q,) = quotes_of(nlp, text)
    assert q.text == "the border crossing stays closed to trucks"
    assert q.cue == "has stated"


def test_fronted_indirect_quote(nlp):
    text = "The two towns still have a long way to go before they agree, Tomas Varga said on Friday."
    (q,) = quotes_of(nlp, text)
    assert q.kind == "indirect"
    assert q.text == "The two towns still have a long way to go before they agree"
    assert q.speaker.name.endswith("Varga")


def test_told_reporters(nlp):
    text = "Pia Lund told reporters the vote on the harbour would be delayed."
    (q,) = quotes_of(nlp, text)
    assert q.text == "the vote on the harbour would be delayed"
    assert q.speaker.name.endswith("Lund")


def test_according_to_names_the_speaker(nlp):
    text = "According to the coast guard, three fishing boats were damaged in the storm."
    (q,) = quotes_of(nlp, text)
    assert q.text == "three fishing boats were damaged in the storm"
    assert q.cue == "according to"
    assert "coast guard" in q.speaker.name


def test_reported_clause_with_quoted_fragment_is_mixed(nlp):
    text = 'Pia Lund said the new tax was "a bad bargain for every family in the city".'
    quotes = quotes_of(nlp, text)
    assert [q.kind for q in quotes] == ["mixed"]
    assert quotes[0].text.startswith("the new tax was")
    assert "bad bargain" in quotes[0].text


def test_standalone_quote_takes_the_previous_speaker(nlp):
    text = (
        '"The harbour is our future," Mayor Pia Lund said.\n\n'
        '"Without it the town would have emptied long ago."'
    )
    quotes = by_kind(quotes_of(nlp, text), "direct")
    assert len(quotes) == 2
    assert quotes[1].speaker.name == quotes[0].speaker.name


def test_pronoun_subject_resolves_to_the_person_named_before(nlp):
    text = 'Lena Okafor arrived in the capital on Monday. "We expect real progress this week," she said.'
    (q,) = by_kind(quotes_of(nlp, text), "direct")
    assert q.speaker.name.endswith("Okafor")
    assert q.speaker.mention.text == "she"


def test_quotes_are_ordered_by_start(nlp):
    text = (
        'Tomas Varga said the river was rising. "We need boats," he said. '
        "According to the police, two roads were closed."
    )
    quotes = quotes_of(nlp, text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert len(quotes) == 3


@pytest.mark.parametrize("text", ["", '"', '""', '" " "', "\n\n\n", 'He said "'])
def test_degenerate_text_never_crashes(nlp, text):
    assert isinstance(quotes_of(nlp, text), list)


def test_adding_gives_a_second_indirect_quote_with_the_same_speaker(nlp):
    text = "Heavy rain slowed the convoy, Tomas Varga said, adding that the trucks would arrive on Sunday."
    quotes = by_kind(quotes_of(nlp, text), "indirect")
    assert [q.text for q in quotes] == ["Heavy rain slowed the convoy", "the trucks would arrive on Sunday"]
    assert all(q.speaker.name.endswith("Varga") for q in quotes)


def test_report_inside_a_report_gives_both(nlp):
    text = "The local paper reported its source said the mill would close in March."
    quotes = by_kind(quotes_of(nlp, text), "indirect")
    assert [q.text for q in quotes] == ["its source said the mill would close in March", "the mill would close in March"]


def test_relative_clause_report(nlp):
    text = "The mayor signed a decree, which she said would let the city hire more nurses."
    (q,) = quotes_of(nlp, text)
    assert q.text == "would let the city hire more nurses"


def test_quoted_words_after_a_verb_with_an_object_make_a_mixed_quote(nlp):
    text = 'Pia Lund spoke for an hour, describing the plan as "the cheapest way out of the crisis".'
    quotes = quotes_of(nlp, text)
    assert [q.kind for q in quotes] == ["mixed"]
    assert "cheapest way" in quotes[0].text


def test_outlet_quoting_with_single_marks(nlp):
    text = "‘The valley’s farmers will be paid in full,’ Tomas Varga said."
    (q,) = quotes_of(nlp, text)
    assert (q.kind, q.text) == ("direct", "The valley’s farmers will be paid in full,")
    assert q.speaker.name.endswith("Varga")


_PIECES = ['"', "“", "”", "‘", "’", "«", "»", " ", "\n\n", "said", "he", "Varga", "according to", ",", ".",
           "that", "the minister", "told reporters", "is good", ":"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_any_mix_of_marks_and_cues_gives_spans_of_the_text(nlp, text):
    for q in quotes_of(nlp, text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text


# ---------------------------------------------------------------- speakers (issue 4, round 2)


def test_two_bodies_coordinated_as_subject_are_one_speaker_naming_both(nlp):
    text = "The Harbour Authority and the Coast Guard said the channel would reopen on Friday."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.speaker.name == "Harbour Authority and Coast Guard"


def test_titles_coordinated_before_a_name_are_not_two_speakers(nlp):
    text = "Study author and chemist Paula Brandt said the samples had been contaminated."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.speaker.name == "Paula Brandt"


def test_plural_description_resolves_to_two_people_named_together(nlp):
    text = (
        "A court in Lyon heard the case of guards Marcel Dufour and Henri Leclerc on Tuesday. "
        "The defendants claimed they had followed orders."
    )
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.speaker.name == "Marcel Dufour and Henri Leclerc"
    assert q.speaker.mention.text == "The defendants"


def test_possessive_description_is_named_through_its_owner(nlp):
    text = (
        'Painter Oskar Lindqvist opened his first show in Malmo in May. "I paint what I fear," he said. '
        "His agent said the show had sold out within a week."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "Oskar Lindqvist's agent"


def test_kinship_word_fixes_gender_so_his_skips_the_daughter(nlp):
    text = (
        "The sculptor Arvid Holm died on Sunday, his daughter Greta Holm confirmed. "
        "His students said he had worked until the last week."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "Arvid Holm's students"


def test_company_description_takes_the_organisation_named_before(nlp):
    text = (
        "Nordvik Shipping announced a new route to Iceland. "
        "The company said the first ferry would sail in June."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "Nordvik Shipping"


def test_acronym_speaker_takes_its_spelled_out_name(nlp):
    text = (
        "The National Weather Bureau (NWB) issued a storm warning on Monday. "
        "The NWB said winds could reach 120 kilometres an hour."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "National Weather Bureau (NWB)"


def test_participle_after_a_reported_clause_belongs_to_the_reporter(nlp):
    text = (
        'Central bank governor Amara Osei said the new currency "saves importers millions," '
        'further saying, "Traders will no longer need dollars for every deal."'
    )
    direct = by_kind(quotes_of(nlp, text), "direct")
    assert direct and direct[-1].text.startswith("Traders")
    assert direct[-1].speaker.name == "Amara Osei"


def test_statement_from_someone_before_a_colon_introduces_the_quote(nlp):
    text = (
        "The ministry issued the following statement from the minister: "
        '"We will rebuild every school the floods destroyed."'
    )
    (q,) = by_kind(quotes_of(nlp, text), "direct")
    assert q.speaker.mention.text == "the minister"
    assert "statement" in q.cue


def test_quote_after_a_sentence_about_a_person_is_that_persons_and_she_skips_a_mr(nlp):
    text = (
        'Singer Marta Ruiz opened the festival. "The crowd tonight was the loudest I have heard." '
        "Then Mr Jonas Berg walked off the stage after an argument with her. "
        'She left the band a month later. "I wanted to write my own songs and nobody listened."'
    )
    direct = by_kind(quotes_of(nlp, text), "direct")
    assert direct[-1].text.startswith("I wanted")
    assert direct[-1].speaker.name == "Marta Ruiz"


def test_quoted_predicate_after_a_writers_subject_is_mixed(nlp):
    text = (
        '"We walked for nine hours," hiker Tove Lund said. '
        'The trail "is steep and badly marked, so bring a map and plenty of water."'
    )
    quotes = quotes_of(nlp, text)
    mixed = by_kind(quotes, "mixed")
    assert [q.text for q in mixed] == ['The trail "is steep and badly marked, so bring a map and plenty of water."']
    assert mixed[0].speaker.name == "Tove Lund"
    assert len(by_kind(quotes, "direct")) == 1


def test_single_quoted_words_after_a_cue_inside_a_quote_are_a_nested_quote(nlp):
    text = (
        '"I walked into the hall and the old conductor turned and said, \'you are late again\', '
        'and everyone laughed," violinist Petra Novak recalled.'
    )
    direct = by_kind(quotes_of(nlp, text), "direct")
    texts = [q.text for q in direct]
    assert "you are late again" in texts
    nested = direct[texts.index("you are late again")]
    assert nested.speaker.name == "the old conductor"
    outer = next(q for q in direct if q.text.startswith("I walked"))
    assert outer.speaker.name == "Petra Novak"


def test_fronted_report_never_reaches_back_across_a_semicolon(nlp):
    text = "Olsen denied taking the money, but later he admitted it; Berg repeatedly claimed the money was a gift."
    quotes = by_kind(quotes_of(nlp, text), "indirect")
    assert all(not q.text.startswith("Olsen") for q in quotes)


def test_the_document_speaks_for_whoever_issued_it_earlier(nlp):
    text = (
        "Velora Motors said in a court filing that it would recall 40,000 vans. "
        "According to the filing, the brakes can fail in cold weather."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.mention.text == "the filing"
    assert indirect[-1].speaker.name == "Velora Motors"


def test_report_opening_with_a_condition_is_still_a_report(nlp):
    text = "The mayor said if the river keeps rising, then the old town will be evacuated by night."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.text.startswith("if the river keeps rising")


def test_report_opening_with_whether_is_not_content(nlp):
    text = "The mayor did not say whether the old town would be evacuated."
    assert by_kind(quotes_of(nlp, text), "indirect") == []


def test_statement_saying_gives_an_indirect_quote_of_the_issuer(nlp):
    text = "The port authority issued a statement saying the harbour would stay closed until March."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.text == "the harbour would stay closed until March"
    assert q.speaker.mention.text == "The port authority"


def test_cue_set_off_by_commas_reports_the_clause_around_it(nlp):
    text = 'Mayor Helen Schmidt spoke after the vote. The plan, she said, will cost the city five million euros.'
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.text == "The plan, she said, will cost the city five million euros"
    assert q.cue == "said"
    assert q.speaker.name == "Helen Schmidt"


def test_company_name_parsed_into_a_date_phrase_is_still_the_speaker(nlp):
    text = "On Friday Norsk Hydro announced the smelter in Sunndal would close for repairs."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.text == "the smelter in Sunndal would close for repairs"
    assert q.speaker.name == "Norsk Hydro"


def test_he_falls_back_to_a_proper_noun_subject_the_tagger_left_unnamed(nlp):
    text = "Kowalczyk denied any wrongdoing at first, but in court he insisted the search had been lawful."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.text == "the search had been lawful"
    assert q.speaker.name == "Kowalczyk"


def test_generic_sources_stay_unnamed_sources_and_never_become_a_she(nlp):
    text = (
        "Finance Minister Eva Lind arrived in Oslo on Monday. Sources said the deal was close. "
        "She said the talks would go on all week."
    )
    first, second = by_kind(quotes_of(nlp, text), "indirect")
    assert first.speaker.name.lower() == "sources" and first.speaker.actor is None
    assert second.speaker.name == "Eva Lind"


def test_nested_quote_after_i_said_is_the_outer_speakers(nlp):
    text = (
        '"People kept asking me about the merger, and I said, \'there is nothing to announce yet\'," '
        "chief executive Hanna Berglund told reporters."
    )
    direct = by_kind(quotes_of(nlp, text), "direct")
    nested = next(q for q in direct if q.text == "there is nothing to announce yet")
    assert nested.speaker.name == "Hanna Berglund"
    assert nested.speaker.mention.text == "I"


def test_a_channel_word_that_is_part_of_the_name_stays(nlp):
    text = "The Jakarta Post reported the search would end on Friday."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.speaker.name.endswith("Jakarta Post")


def test_a_website_named_with_its_owner_speaks_for_the_owner(nlp):
    text = "The Norwegian Tax Administration website advises citizens that the deadline is April 30."
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.speaker.name == "Norwegian Tax Administration"


def test_it_never_stands_for_plural_officials(nlp):
    text = (
        "The Emergency Ministry opened a hotline on Monday. Officials said the roads were icy. "
        "It said drivers should stay at home."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "Emergency Ministry"


def test_her_memoir_speaks_for_her(nlp):
    text = (
        "The Swedish actress Ingrid Dahl died on Sunday at the age of 91. "
        "Her memoir says she never wanted to act in films."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "Ingrid Dahl"
    assert indirect[-1].speaker.mention.text == "Her memoir"


def test_the_media_stays_an_unnamed_source_even_after_two_people(nlp):
    text = (
        "Guards Marcel Dufour and Henri Leclerc were charged on Monday. "
        "The media reported the trial would start in May."
    )
    (q,) = by_kind(quotes_of(nlp, text), "indirect")
    assert q.speaker.name == "The media"


def test_a_resolved_group_carries_on_to_the_next_description(nlp):
    text = (
        "A court in Lyon heard the case of guards Marcel Dufour and Henri Leclerc on Tuesday. "
        "The defendants claimed they had followed orders. "
        "The judge adjourned the hearing until the spring, after a long day of evidence from the prison staff "
        "and from the families of the three prisoners who had been held in the cells that night. "
        "Both guards indicated they would appeal any verdict."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "Marcel Dufour and Henri Leclerc"
    assert indirect[-1].speaker.mention.text == "Both guards"


def test_his_in_a_fronted_phrase_points_ahead_to_the_sentence_subject(nlp):
    text = (
        "Painter Oskar Lindqvist spoke at the opening. Critic Erik Sand praised the show. "
        "According to his agent, Lindqvist sold every painting on the first night."
    )
    indirect = by_kind(quotes_of(nlp, text), "indirect")
    assert indirect[-1].speaker.name == "Oskar Lindqvist's agent"
