"""Event coder on hand-written sentences: each construction the coder must read.

The actor layer is not run: each test tags its own actors (``tag``), so these tests say
what the event coder does with given actors, whatever the actor layer's progress.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.tokens import Doc

from communique.nlp.events import code_events
from communique.nlp.extensions import register_extensions
from communique.records import Actor, Quote, Speaker, TextSpan

REF = date(2019, 1, 16)
OUR_COMPONENTS = ("communique_actors", "communique_quotes", "communique_events")


def tag(doc: Doc, actors: dict[str, tuple[str, str | None, str]]) -> Doc:
    """Mark every occurrence of each phrase as a mention of an actor (code, country, kind)."""
    by_code: dict[str, Actor] = {}
    token_actor: dict[int, str] = {}
    for phrase, (code, country, kind) in actors.items():
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            actor = by_code.setdefault(code, Actor(id=f"a{len(by_code) + 1}", name=phrase, code=code,
                                                   country=country, kind=kind,
                                                   sector="GOV" if code.endswith("GOV") else None,
                                                   mentions=(TextSpan(phrase, m.start(), m.end()),)))
            for token in span:
                token_actor[token.i] = actor.id
    doc._.actors = list(by_code.values())
    doc._.token_actor = token_actor
    return doc


@pytest.fixture
def code(nlp):
    register_extensions()

    def run(text, actors, quotes=(), ref=REF):
        with nlp.select_pipes(disable=[c for c in OUR_COMPONENTS if c in nlp.pipe_names]):
            doc = nlp(text)
        tag(doc, actors)
        doc._.ref_date = ref
        doc._.quotes = list(quotes)
        return code_events(doc)

    return run


def triples(events, with_negated=False):
    return {(e.source.country or e.source.code, e.target.country if e.target else None, e.cameo[:2])
            for e in events if with_negated or not e.negated}


STATES = {name: (iso, iso, "state") for name, iso in [
    ("Canada", "CAN"), ("Brazil", "BRA"), ("Chile", "CHL"), ("Norway", "NOR"), ("Germany", "DEU"), ("Iran", "IRN"),
    ("Peru", "PER"), ("Spain", "ESP"), ("Morocco", "MAR"), ("Egypt", "EGY"), ("Sudan", "SDN"), ("Ghana", "GHA"),
    ("Togo", "TGO"), ("Argentina", "ARG"), ("Cuba", "CUB"), ("Denmark", "DNK"), ("France", "FRA"), ("Japan", "JPN"),
    ("Laos", "LAO"), ("Kenya", "KEN"), ("Uganda", "UGA"),
]}


@pytest.mark.model
def test_subject_verb_object(code):
    events = code("Canada sharply criticised Brazil over the new dam.", STATES)
    assert triples(events) == {("CAN", "BRA", "11")}
    event = events[0]
    assert event.cameo == "111" and event.plover == "ACCUSE" and event.quad_class == 3
    assert event.goldstein < 0 and event.date == "2019-01-16" and not event.negated
    assert event.text.startswith("Canada sharply criticised")


@pytest.mark.model
def test_passive_with_by_agent(code):
    events = code("New sanctions were imposed on Norway by Chile last week.", STATES)
    assert triples(events) == {("CHL", "NOR", "16")}


@pytest.mark.model
def test_passive_without_agent_has_no_source_so_no_event(code):
    assert code("New sanctions were imposed on Norway.", STATES) == []


@pytest.mark.model
def test_coordinated_subjects_meet_each_other(code):
    actors = {"Kenyan minister": ("KENGOV", "KEN", "person"), "Ugandan counterpart": ("UGAGOV", "UGA", "person"),
              "Nairobi": ("KENGOV", "KEN", "state")}
    events = code("The Kenyan minister and his Ugandan counterpart held talks in Nairobi on Monday.", actors)
    assert triples(events) == {("KEN", "UGA", "04"), ("UGA", "KEN", "04")}
    assert {e.date for e in events} == {"2019-01-14"}
    assert all(e.location and e.location.place == "Nairobi" and e.location.country == "KEN" for e in events)


@pytest.mark.model
def test_light_verb_with_event_noun(code):
    events = code("Germany joined the sanctions against Iran in March.", STATES)
    assert triples(events) == {("DEU", "IRN", "16")}


@pytest.mark.model
def test_anaphoric_object_of_a_light_verb(code):
    events = code("Chile did not join some sanctions against Peru, but it did join several of them.", STATES)
    assert ("CHL", "PER", "16") in triples(events)
    assert any(e.negated for e in events) and any(not e.negated for e in events)


@pytest.mark.model
def test_possessive_nominal_with_clause_target(code):
    events = code("Peru's demand that Chile return the fishing boats surprised observers.", STATES)
    assert ("PER", "CHL", "10") in triples(events)
    assert ("CHL", None, "08") not in triples(events)  # what is demanded has not happened


@pytest.mark.model
def test_relative_clause_subject(code):
    text = "The envoy attended a meeting of the foreign ministers of Spain and Morocco, who later adopted a declaration."
    found = triples(code(text, STATES))
    assert {("ESP", "MAR", "05"), ("MAR", "ESP", "05")} <= found
    assert {("ESP", "MAR", "04"), ("MAR", "ESP", "04")} <= found


@pytest.mark.model
def test_negation_is_kept_but_marked(code):
    events = code("Egypt did not condemn Sudan.", STATES)
    assert triples(events) == set()
    assert triples(events, with_negated=True) == {("EGY", "SDN", "11")}


@pytest.mark.model
def test_future_visit_is_an_intention_to_meet(code):
    [event] = code("Ghana will visit Togo next month.", STATES)
    assert event.cameo == "036" and event.plover == "AGREE" and event.modality == "future"


@pytest.mark.model
def test_plans_to_is_intent(code):
    [event] = code("Ghana plans to host Togo in the spring.", STATES)
    assert event.cameo == "036" and event.modality == "intent"


@pytest.mark.model
def test_pledge_to_cooperate_is_mutual_intent(code):
    events = code("France and Japan pledged to coordinate their policies.", STATES)
    assert triples(events) == {("FRA", "JPN", "03"), ("JPN", "FRA", "03")}


@pytest.mark.model
def test_questions_and_conditionals_are_not_events(code):
    assert code("Will Peru sanction Chile?", STATES) == []
    events = code("If Peru attacks Chile, the region will suffer.", STATES)
    assert ("PER", "CHL", "19") not in triples(events)


@pytest.mark.model
def test_events_in_a_quote_are_reported_by_it_and_we_is_the_speakers_government(code):
    text = '"Norway votes against us every time," the Danish minister said.'
    actors = {"Norway": ("NOR", "NOR", "state"), "Danish minister": ("DNKGOV", "DNK", "person")}
    quote = Quote(text='Norway votes against us every time,', start=1, end=36, kind="direct",
                  speaker=Speaker(actor="a2", name="Danish minister", code="DNKGOV", country="DNK"))
    events = code(text, actors, quotes=[quote])
    assert triples(events) == {("NOR", "DNK", "12")}
    assert events[0].reported_by == 0


@pytest.mark.model
def test_we_in_a_quote_as_source(code):
    text = '"We call on Norway to respect the ruling," the Danish minister said.'
    actors = {"Norway": ("NOR", "NOR", "state"), "Danish minister": ("DNKGOV", "DNK", "person")}
    quote = Quote(text=text[1:41], start=1, end=41, kind="direct",
                  speaker=Speaker(actor="a2", name="Danish minister", code="DNKGOV", country="DNK"))
    events = code(text, actors, quotes=[quote])
    assert triples(events) == {("DNK", "NOR", "02")}


@pytest.mark.model
def test_explicit_dates_and_historical_events(code):
    events = code("On March 3, Brazil and Argentina signed a trade agreement.", STATES)
    assert {e.date for e in events} == {"2018-03-03"}
    assert not any(e.historical for e in events)
    events = code("In 1962, Cuba and Brazil signed a treaty.", STATES)
    assert {e.date for e in events} == {"1962"} and all(e.historical for e in events)


@pytest.mark.model
def test_the_two_countries_is_the_pair_named_together(code):
    text = "Chile and Peru quarrelled for decades. Brazil watched. In 1990, the two countries signed a treaty."
    found = triples(code(text, STATES))
    assert {("CHL", "PER", "05"), ("PER", "CHL", "05")} <= found


@pytest.mark.model
def test_same_fact_twice_is_one_event_with_two_evidence_spans(code):
    text = "Canada condemned Brazil on Monday. Officials confirmed that Canada condemned Brazil on Monday."
    events = code(text, STATES)
    assert len(events) == 1 and len(events[0].evidence) == 2
    assert events[0].evidence[0].start < events[0].evidence[1].start


@pytest.mark.model
def test_reported_obligation_is_a_demand(code):
    events = code("Canada said on Tuesday that Brazil must release the detained sailors.", STATES)
    assert triples(events) == {("CAN", "BRA", "10")}


@pytest.mark.model
def test_visit_a_capital_targets_its_country(code):
    actors = {"Kenya": ("KEN", "KEN", "state"), "Paris": ("FRAGOV", "FRA", "state")}
    events = code("Kenya's foreign minister visited Paris before travelling to Uganda.", {**actors, "Uganda": ("UGA", "UGA", "state")})
    assert triples(events) == {("KEN", "FRA", "04"), ("KEN", "UGA", "04")}


def test_hand_built_doc_without_the_model():
    """The coder needs only a parse and actors: a Doc built by hand is enough."""
    import spacy

    register_extensions()
    nlp = spacy.blank("en")
    words = ["Peru", "attacked", "Chile", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, False],
              pos=["PROPN", "VERB", "PROPN", "PUNCT"], tags=["NNP", "VBD", "NNP", "."],
              deps=["nsubj", "ROOT", "dobj", "punct"], heads=[1, 1, 1, 1],
              lemmas=["Peru", "attack", "Chile", "."], sent_starts=[True, False, False, False])
    tag(doc, STATES)
    doc._.ref_date = REF
    doc._.quotes = []
    [event] = code_events(doc)
    assert (event.source.code, event.target.code, event.cameo, event.plover) == ("PER", "CHL", "190", "ASSAULT")
    assert event.quad_class == 4 and event.date == "2019-01-16"


@pytest.mark.model
def test_alternatives_and_one_sided_reciprocals_are_not_events(code):
    assert code("Canada should talk to Brazil instead of blaming Brazil.", STATES) == []
    assert code("We want dialogue, not to keep blaming each other, Canada said.", STATES) == []
    found = triples(code("Canada and Brazil blamed each other for the collapse.", STATES))
    assert found == {("CAN", "BRA", "11"), ("BRA", "CAN", "11")}


@pytest.mark.model
def test_a_threats_condition_names_its_target(code):
    found = triples(code("Ghana threatened to cut off aid unless Togo released the prisoners.", STATES))
    assert ("GHA", "TGO", "13") in found


@pytest.mark.model
def test_target_may_be_whose_thing_is_hit(code):
    actors = {"Peruvian troops": ("PERMIL", "PER", "group"), "Chilean": ("CHL", "CHL", "state")}
    assert triples(code("Peruvian troops shelled Chilean positions near the border.", actors)) == {("PER", "CHL", "19")}


@pytest.mark.model
def test_purpose_noun_takes_the_verbs_subject(code):
    actors = {"Kenyan": ("KEN", "KEN", "state"), "Ugandan negotiators": ("UGAGOV", "UGA", "group")}
    found = triples(code("Kenyan and Ugandan negotiators returned to Geneva for talks on the border.", actors))
    assert found == {("KEN", "UGA", "04"), ("UGA", "KEN", "04")}


@pytest.mark.model
def test_readying_force_is_a_show_of_force_and_announced_force_a_threat(code):
    actors = {"Chilean army": ("CHLMIL", "CHL", "group"), "Peru": ("PER", "PER", "state")}
    [event] = code("The Chilean army prepared to attack Peru.", actors)
    assert event.cameo == "150" and event.plover == "MOBILIZE" and event.modality == "intent"
    [event] = code("The Chilean army said it would attack Peru.", {**actors, "it": ("CHLMIL", "CHL", "group")})
    assert event.cameo[:2] == "13" and event.plover == "THREATEN" and event.target.country == "PER"


@pytest.mark.model
def test_acts_that_need_a_recipient_and_sources_nobody_knows(code):
    assert code("Canada praised the decision.", STATES) == []
    assert code("Canada urged calm.", STATES) == []
    nobody = {"John Smith": ("---", None, "person"), "Brazil": ("BRA", "BRA", "state")}
    assert code("John Smith attacked Brazil.", nobody) == []


@pytest.mark.model
def test_an_official_without_a_known_country_takes_the_one_his_phrase_names(code):
    actors = {"Kenyan": ("KEN", "KEN", "state"), "John Doe": ("---GOV", None, "person"), "Uganda": ("UGA", "UGA", "state")}
    [event] = code("Kenyan envoy John Doe condemned Uganda.", actors)
    assert event.source.country == "KEN" and event.source.code == "KENGOV"


@pytest.mark.model
def test_coordinated_subjects_of_a_one_sided_act_do_not_act_on_each_other(code):
    found = triples(code("Chile, Peru and Brazil pledged funds for the dam.", STATES))
    assert found == {("CHL", None, "03"), ("PER", None, "03"), ("BRA", None, "03")}


@pytest.mark.model
def test_a_politician_attacking_a_politician_attacks_in_words(code):
    actors = {"Senator Jones": ("USALEG", "USA", "person"), "Governor Smith": ("USAGOV", "USA", "person"),
              "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state")}
    [event] = code("Senator Jones attacked Governor Smith over the budget.", actors)
    assert event.cameo == "111" and event.plover == "ACCUSE"
    [event] = code("Peru attacked Chile at dawn.", actors)
    assert event.cameo == "190"


@pytest.mark.model
def test_what_is_recommended_has_not_happened(code):
    assert triples(code("Canada recommended that Brazil withdraw its troops from Peru.", STATES)) == set()


@pytest.mark.model
def test_a_failing_sentence_costs_only_itself(code, monkeypatch):
    from communique.nlp import events as coder

    real = coder._sentence_events

    def flaky(sent, *args):
        if sent.text.startswith("Peru"):
            raise RuntimeError("odd parse")
        return real(sent, *args)

    monkeypatch.setattr(coder, "_sentence_events", flaky)
    found = triples(code("Peru attacked Chile. Canada condemned Brazil.", STATES))
    assert found == {("CAN", "BRA", "11")}


@pytest.mark.model
def test_without_a_reference_date_only_dates_naming_a_year_resolve(code):
    events = code("In 1962, Cuba and Brazil signed a treaty.", STATES, ref=None)
    assert {e.date for e in events} == {"1962"}
    events = code("On Monday, Cuba and Brazil signed a treaty.", STATES, ref=None)
    assert {e.date for e in events} == {None} and not any(e.historical for e in events)


@pytest.mark.model
def test_the_reporting_clause_dates_an_undated_event(code):
    [event] = code("Canada said on Monday that Brazil had attacked Peru.", STATES)
    assert event.date == "2019-01-14" and (event.source.country, event.target.country) == ("BRA", "PER")


@pytest.mark.model
def test_what_the_object_did_is_not_the_subjects_act(code):
    actors = {"Kenyan court": ("KENJUD", "KEN", "organisation"), "Ugandan rebels": ("UGAREB", "UGA", "group")}
    found = triples(code("The Kenyan court sentenced Ugandan rebels for torturing villagers.", actors))
    assert ("KEN", None, "18") not in found and ("KEN", "UGA", "11") in found
    assert triples(code("Peru banned Chile from attacking the island.", STATES)) & {("PER", None, "19"), ("PER", "CHL", "19")} == set()


@pytest.mark.model
def test_noun_sense_follows_its_preposition(code):
    actors = {"Israel": ("ISR", "ISR", "state"), "Gaza": ("PSE", "PSE", "state"), "French workers": ("FRALAB", "FRA", "group")}
    [event] = code("Israel launched strikes on Gaza.", actors)
    assert event.cameo == "195" and event.target.country == "PSE"
    [event] = code("French workers went on a strike against the reform.", actors)
    assert event.cameo == "143" and event.target is None


@pytest.mark.model
def test_talks_between_two_parties(code):
    assert triples(code("The talks between Peru and Chile resumed.", STATES)) == {("PER", "CHL", "04"), ("CHL", "PER", "04")}


@pytest.mark.model
def test_a_participle_on_an_object_is_not_always_the_subjects_act(code):
    found = triples(code("Peru vetoed a statement criticising Chile.", STATES))
    assert ("PER", "CHL", "11") not in found
    found = triples(code("Peru issued a declaration demanding that Chile withdraw its ships.", STATES))
    assert ("PER", "CHL", "10") in found


@pytest.mark.model
def test_a_consequence_of_a_supposition_is_not_an_event(code):
    assert triples(code("Peru attacks Chile if the talks fail.", STATES)) == set()
    found = triples(code("Peru will withdraw its ambassador from Chile unless the talks resume.", STATES))
    assert ("PER", "CHL", "13") in found


@pytest.mark.model
def test_an_announced_visit_is_dated_forward(code):
    [event] = code("Ghana will visit Togo on Monday.", STATES)
    assert event.date == "2019-01-21" and event.modality == "future"


@pytest.mark.model
def test_a_protests_demand_is_its_aim_not_another_event(code):
    actors = {"Kenyan students": ("KENEDU", "KEN", "group"), "Kenyan government": ("KENGOV", "KEN", "organisation")}
    events = code("Kenyan students marched in Nairobi to demand reforms from the Kenyan government.", actors)
    assert [(e.cameo[:2], e.target.code if e.target else None) for e in events] == [("14", "KENGOV")]


@pytest.mark.model
def test_a_possessive_pronoun_goes_to_the_subject_not_its_apposition(code):
    actors = {"Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "Brazil": ("BRA", "BRA", "state")}
    found = triples(code("Peru, a close Chilean ally, condemned Brazil and its leaders.", actors))
    assert ("PER", "BRA", "11") in found and ("PER", "CHL", "11") not in found


@pytest.mark.model
def test_people_are_released_not_the_owners_of_documents(code):
    actors = {"Peru": ("PER", "PER", "state"), "Chilean": ("CHL", "CHL", "state")}
    assert code("Peru released a summary of the Chilean report.", actors) == []
    [event] = code("Peru released two Chilean fishermen.", {**actors, "Chilean fishermen": ("CHLCVL", "CHL", "group")})
    assert event.cameo == "0841" and event.target.country == "CHL"
