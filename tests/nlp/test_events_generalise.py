"""Constructions added for news in general: hand-tagged actors, so the event coder alone is tested."""
from __future__ import annotations

import pytest

from tests.nlp.test_events import STATES, code, triples  # noqa: F401  (the fixture is used by name)


@pytest.mark.model
def test_unknown_official_takes_the_only_country_the_text_names(code):
    actors = {"President Tamba": ("---GOV", None, "person"), "Ghana": ("GHA", "GHA", "state")}
    found = triples(code("Opposition groups in Ghana demanded that President Tamba resign.", actors))
    assert ("GHA", "GHA", "10") in found


@pytest.mark.model
def test_unknown_official_stays_without_country_when_two_are_named(code):
    actors = {"President Tamba": ("---GOV", None, "person"), "Ghana": ("GHA", "GHA", "state"), "Togo": ("TGO", "TGO", "state")}
    events = code("President Tamba criticised Togo in a speech in Ghana.", actors)
    assert events and all(e.source.country is None for e in events)


@pytest.mark.model
def test_domestic_act_is_aimed_at_the_party_its_clause_names(code):
    actors = {"Kenyan rebels": ("KENREB", "KEN", "group"), "Kenyan government": ("KENGOV", "KEN", "state")}
    found = triples(code("Kenyan rebels rejected the peace plan despite pressure from the Kenyan government.", actors))
    assert ("KEN", "KEN", "12") in found


@pytest.mark.model
def test_a_teller_is_no_target(code):
    actors = {"Iraqi Kurds": ("IRQCVL", "IRQ", "group"), "Iraqi police": ("IRQCOP", "IRQ", "organisation")}
    events = code("Thousands of Iraqi Kurds demonstrated on Sunday, Iraqi police said.", actors)
    assert events and all(e.target is None for e in events)


@pytest.mark.model
def test_content_of_a_report_is_not_asserted(code):
    found = triples(code("Egypt dismissed reports that Sudan had attacked Chad.", STATES | {"Chad": ("TCD", "TCD", "state")}))
    assert not any(root == "19" for _, _, root in found)


@pytest.mark.model
def test_negated_consent_is_a_refusal(code):
    events = code("Peru will never accept the demands of Chile.", STATES)
    assert [(e.cameo, e.source.country, e.target.country if e.target else None, e.negated) for e in events] == [("120", "PER", "CHL", False)]


@pytest.mark.model
def test_purpose_of_a_coded_act_is_not_a_second_act(code):
    found = triples(code("Brazil opened its border to allow deliveries to Peru.", STATES))
    assert found == {("BRA", "PER", "08")}


@pytest.mark.model
def test_gerund_subject_is_an_event_noun(code):
    actors = {"Armenian": ("ARM", "ARM", "state"), "Azerbaijani forces": ("AZEMIL", "AZE", "organisation")}
    found = triples(code("Fighting between Armenian and Azerbaijani forces erupted on Sunday.", actors))
    assert ("ARM", "AZE", "19") in found or ("AZE", "ARM", "19") in found


@pytest.mark.model
def test_one_untargeted_act_per_kind(code):
    actors = {"Egyptian police": ("EGYCOP", "EGY", "organisation")}
    events = code("Egyptian police opened fire on Monday, killing one person and wounding five.", actors)
    kinds = [(e.source.code, e.plover) for e in events if e.target is None]
    assert len(kinds) == len(set(kinds))


@pytest.mark.model
def test_led_forces_act_for_their_leader(code):
    actors = {"Saudi": ("SAU", "SAU", "state"), "Yemen": ("YEM", "YEM", "state")}
    found = triples(code("Saudi-led airstrikes on Yemen killed dozens of civilians.", actors))
    assert ("SAU", "YEM", "19") in found


@pytest.mark.model
def test_agentless_arrest_is_the_place_authorities_act(code):
    actors = {"Kenya": ("KEN", "KEN", "state"), "Ugandan": ("UGA", "UGA", "state")}
    found = triples(code("Two Ugandan journalists were arrested in Kenya on Monday.", actors))
    assert ("KEN", "UGA", "17") in found
    assert triples(code("Two Ugandan journalists were attacked in Kenya on Monday.", actors)) == set()


@pytest.mark.model
def test_postponed_or_cancelled_meetings_are_no_meetings(code):
    assert code("Talks between Chile and Peru were postponed.", STATES) == []
    assert code("Chile called off its talks with Peru.", STATES) == []
    assert triples(code("Talks between Chile and Peru were held on Monday.", STATES)) >= {("CHL", "PER", "04")}


@pytest.mark.model
def test_talks_named_as_the_setting_of_a_later_act(code):
    actors = {"Kenyan president": ("KENGOV", "KEN", "person"), "Uganda": ("UGA", "UGA", "state")}
    found = triples(code("After talks with Uganda, the Kenyan president pledged aid to Uganda.", actors))
    assert {("KEN", "UGA", "04"), ("KEN", "UGA", "03")} <= found


@pytest.mark.model
def test_visit_by_an_agent_to_a_place(code):
    actors = {"Indian prime minister": ("INDGOV", "IND", "person"), "Nepal": ("NPL", "NPL", "state")}
    assert ("IND", "NPL", "04") in triples(code("The visit by the Indian prime minister to Nepal strengthened ties.", actors))


@pytest.mark.model
def test_placing_under_arrest_or_siege(code):
    actors = {"Chile": ("CHL", "CHL", "state"), "Peruvian ambassador": ("PERGOV", "PER", "person")}
    assert ("CHL", "PER", "17") in triples(code("Chile placed the Peruvian ambassador under house arrest.", actors))


@pytest.mark.model
def test_troops_pulled_out_of_a_country(code):
    assert ("CHL", "PER", "08") in triples(code("Chile pulled its troops out of Peru.", STATES))


@pytest.mark.model
def test_the_government_of_a_text_naming_one_state(code):
    actors = {"Angolan rebels": ("AGOREB", "AGO", "group")}
    found = triples(code("Angolan rebels shot down a government transport plane.", actors))
    assert ("AGO", "AGO", "19") in found
    two = {"Angolan rebels": ("AGOREB", "AGO", "group"), "Zambia": ("ZMB", "ZMB", "state")}
    assert all(t is None for _, t, _ in triples(code("Angolan rebels attacked the army near Zambia.", two)) - {("AGO", "ZMB", "19")})


@pytest.mark.model
def test_kidnapped_person_keeps_his_nationality(code):
    actors = {"Colombian guerrillas": ("COLREB", "COL", "group"), "Venezuelan": ("VEN", "VEN", "state")}
    assert ("COL", "VEN", "18") in triples(code("Colombian guerrillas kidnapped a Venezuelan rancher.", actors))


@pytest.mark.model
def test_hopes_and_schedules_are_intentions(code):
    [event] = code("Chile hopes to meet Peru soon.", STATES)
    assert event.cameo == "036" and (event.source.country, event.target.country) == ("CHL", "PER")
    actors = {"Peruvian president": ("PERGOV", "PER", "person"), "Chile": ("CHL", "CHL", "state")}
    [event] = code("The Peruvian president is scheduled to visit Chile in March.", actors)
    assert event.cameo == "036" and (event.source.country, event.target.country) == ("PER", "CHL")


@pytest.mark.model
def test_boosting_ties_is_mutual_cooperation(code):
    assert triples(code("Chile and Peru boosted trade ties.", STATES)) == {("CHL", "PER", "05"), ("PER", "CHL", "05")}


@pytest.mark.model
def test_expected_visit_is_a_plan_but_an_expectation_of_others_is_not(code):
    actors = {"Peruvian president": ("PERGOV", "PER", "person"), "Chile": ("CHL", "CHL", "state")}
    assert [e.cameo for e in code("The Peruvian president is expected to visit Chile in March.", actors)] == ["036"]
    assert code("Chile expects Peru to return the islands.", STATES) == []
