"""Named groups (kb/data/groups.tsv) in hand-written sentences: code, home state, sector, kind.

Each row: sentence, the mention to look at (first occurrence), expected code, country (None for
transnational groups), sector and Actor.kind. The actor checked is the first whose mention
overlaps the given text. The table also holds cases that must NOT change: seats stay the
state's government, and a lower-case phrase is not a group's name.
"""
from __future__ import annotations

from datetime import date

import pytest

from communique.records import Article

DAY = date(2024, 6, 1)

CASES = [
    # -- armed groups, militias and militant movements
    ("Hamas fired rockets into southern Israel.", "Hamas", "PSEREBHMS", "PSE", "REB", "group"),
    ("Houthi rebels attacked a cargo ship off the coast.", "Houthi rebels", "YEMREBHTI", "YEM", "REB", "group"),
    ("Hezbollah fighters shelled an army post near the border.", "Hezbollah", "LBNREBHEZ", "LBN", "REB", "group"),
    ("The Taliban closed girls' schools across the country.", "Taliban", "AFGREBTAL", "AFG", "REB", "group"),
    ("Islamic State claimed the bombing in a statement.", "Islamic State", "IMGMUSISI", None, "REB", "group"),
    ("ISIS militants seized the town after a week of fighting.", "ISIS", "IMGMUSISI", None, "REB", "group"),
    ("The attack bore the hallmarks of al-Qaeda, officials said.", "al-Qaeda", "IMGMUSALQ", None, "REB", "group"),
    ("Al-Shabaab gunmen stormed a hotel in Mogadishu.", "Al-Shabaab", "SOMREBSHB", "SOM", "REB", "group"),
    ("Boko Haram abducted dozens of pupils from a school.", "Boko Haram", "NGAREBBKH", "NGA", "REB", "group"),
    ("The PKK has waged an insurgency for four decades.", "PKK", "TURREBPKK", "TUR", "REB", "group"),
    ("The Syrian Democratic Forces detained suspected jihadists.", "Syrian Democratic Forces", "SYRREBSDF", "SYR", "REB", "group"),
    ("FARC guerrillas handed in their weapons to monitors.", "FARC", "COLREBFRC", "COL", "REB", "group"),
    ("The ELN kidnapped two soldiers near the border.", "ELN", "COLREBELN", "COL", "REB", "group"),
    ("The Muslim Brotherhood called for protests in Cairo.", "Muslim Brotherhood", "EGYOPPMBR", "EGY", "OPP", "group"),
    ("Wagner Group mercenaries were sent to the Sahel.", "Wagner Group", "RUSUAFWAG", "RUS", "UAF", "group"),
    ("M23 rebels advanced on Goma overnight.", "M23", "CODREBM23", "COD", "REB", "group"),
    ("Sudan's Rapid Support Forces shelled the city again.", "Rapid Support Forces", "SDNUAFRSF", "SDN", "UAF", "group"),
    ("A senior al-Shabaab commander was killed in the raid.", "al-Shabaab", "SOMREBSHB", "SOM", "REB", "person"),
    ("A Hamas official told reporters the talks had stalled.", "Hamas official", "PSEREBHMS", "PSE", "REB", "person"),
    ("Gazprom's chief executive Alexei Miller said exports would rise.", "Alexei Miller", "RUSBUSGZP", "RUS", "BUS", "person"),
    # -- state agencies
    ("The CIA director flew to Cairo for talks.", "CIA", "USASPYCIA", "USA", "SPY", "group"),
    ("The FBI arrested a suspect in Ohio.", "FBI", "USACOPFBI", "USA", "COP", "group"),
    ("Russia's FSB said it had foiled a plot.", "FSB", "RUSSPYFSB", "RUS", "SPY", "group"),
    ("Israel's Mossad was blamed for the killing.", "Mossad", "ISRSPYMSD", "ISR", "SPY", "group"),
    ("Iran's Revolutionary Guards seized a tanker in the Gulf.", "Revolutionary Guards", "IRNMILIRG", "IRN", "MIL", "group"),
    ("The IRGC launched drones at the base.", "IRGC", "IRNMILIRG", "IRN", "MIL", "group"),
    ("Pakistan's ISI denied any role in the affair.", "ISI", "PAKSPYISI", "PAK", "SPY", "group"),
    ("The State Department approved the arms sale.", "State Department", "USAGOVSTA", "USA", "GOV", "group"),
    # -- political parties
    ("United Russia won a majority in the Duma.", "United Russia", "RUSPTYUNR", "RUS", "PTY", "group"),
    ("The Chinese Communist Party marked its anniversary.", "Chinese Communist Party", "CHNPTYCCP", "CHN", "PTY", "group"),
    ("Republicans blocked the bill in the Senate.", "Republicans", "USAPTYREP", "USA", "PTY", "group"),
    ("The Labour Party won the general election.", "Labour Party", "GBRPTYLAB", "GBR", "PTY", "group"),
    ("The BJP swept the state polls.", "BJP", "INDPTYBJP", "IND", "PTY", "group"),
    ("Fatah and its rivals signed a reconciliation deal.", "Fatah", "PSEPTYFTH", "PSE", "PTY", "group"),
    ("The ANC lost its majority for the first time.", "ANC", "ZAFPTYANC", "ZAF", "PTY", "group"),
    # -- media
    ("Reuters reported the deal on Tuesday.", "Reuters", "GBRMEDREU", "GBR", "MED", "organisation"),
    ("Xinhua said the talks had been constructive.", "Xinhua", "CHNMEDXIN", "CHN", "MED", "organisation"),
    ("Al Jazeera broadcast the footage.", "Al Jazeera", "QATMEDJAZ", "QAT", "MED", "organisation"),
    ("KCNA said the launch was a success.", "KCNA", "PRKMEDKCN", "PRK", "MED", "organisation"),
    ("AP and AFP both reported the blast.", "AFP", "FRAMEDAFP", "FRA", "MED", "organisation"),
    # -- NGOs
    ("Amnesty International accused the police of torture.", "Amnesty International", "NGOHRIAMN", None, "NGO", "organisation"),
    ("Human Rights Watch documented the abuses.", "Human Rights Watch", "NGOHRIHRW", None, "NGO", "organisation"),
    ("Doctors Without Borders evacuated its staff.", "Doctors Without Borders", "NGOHLHMSF", None, "NGO", "organisation"),
    ("Greenpeace activists boarded the rig.", "Greenpeace", "NGOENVGPC", None, "NGO", "organisation"),
    # -- companies
    ("Gazprom cut gas supplies to the plant.", "Gazprom", "RUSBUSGZP", "RUS", "BUS", "organisation"),
    ("Huawei denied spying for anyone.", "Huawei", "CHNBUSHWI", "CHN", "BUS", "organisation"),
    ("Saudi Aramco raised its prices for Asia.", "Saudi Aramco", "SAUBUSARM", "SAU", "BUS", "organisation"),
    # -- unchanged: seats and ordinary words
    ("The Kremlin said the meeting had been useful.", "Kremlin", "RUSGOV", "RUS", "GOV", "state"),
    ("The deputy minister visited Russia today.", "Russia", "RUS", "RUS", None, "state"),
]


def _run(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.article = Article(id="case", text=text, published=DAY)
    doc._.ref_date = DAY
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_table_is_large_enough():
    assert len(CASES) >= 30


@pytest.mark.model
@pytest.mark.parametrize("text, mention, code, country, sector, kind", CASES, ids=[c[1] for c in CASES])
def test_group_table(nlp, text, mention, code, country, sector, kind):
    doc = _run(nlp, text)
    start = text.index(mention)
    end = start + len(mention)
    hits = [a for a in doc._.actors for m in a.mentions if m.start < end and start < m.end]
    assert hits, f"no actor covers {mention!r}: {[(a.name, [m.text for m in a.mentions]) for a in doc._.actors]}"
    actor = hits[0]
    assert (actor.code, actor.country, actor.sector, actor.kind) == (code, country, sector, kind), actor.name


@pytest.mark.model
def test_home_state_and_collective_noun_join_the_mention(nlp):
    text = "Lebanon's Hezbollah and Houthi rebels were named."
    names = {m.text for a in _run(nlp, text)._.actors for m in a.mentions}
    assert {"Lebanon's Hezbollah", "Houthi rebels"} <= names


@pytest.mark.model
def test_acronyms_are_not_read_in_capitals(nlp):
    text = "WHAT IS NEXT FOR THE REGION AFTER THE VOTE"
    assert not [a for a in _run(nlp, text)._.actors if a.code == "IMGMUSISI"]


@pytest.mark.model
def test_a_known_group_is_never_a_person(nlp):
    doc = _run(nlp, "Ismail Haniyeh met Hamas officials and Hezbollah envoys.")
    kinds = {a.code: a.kind for a in doc._.actors}
    assert kinds.get("PSEREBHMS") == "group"
    assert all(a.kind != "person" or "Hamas" not in a.name for a in doc._.actors)


@pytest.mark.model
@pytest.mark.parametrize("text, code", [
    ("Sudan's army said the RSF had shelled a market.", "SDNUAFRSF"),
    ("Reporters Without Borders said the jailing was unjust. RSF called for his release.", "NGOHRIRWB"),
    ("The PTI said its rally in Lahore would go ahead in Pakistan.", "PAKPTYPTI"),
])
def test_a_shared_acronym_goes_to_the_group_the_article_points_at(nlp, text, code):
    acronym = "RSF" if "RSF" in text else "PTI"
    start = text.index(acronym)
    hits = [a for a in _run(nlp, text)._.actors for m in a.mentions if m.start == start]
    assert [a.code for a in hits] == [code]


@pytest.mark.model
def test_a_shared_acronym_with_no_clue_is_left_alone(nlp):
    assert not [a for a in _run(nlp, "The RSF statement came late on Friday.")._.actors if a.code in (
        "SDNUAFRSF", "NGOHRIRWB")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Christian Democratic Party won two seats.",
    "Japan's Democratic Party lost the vote.",
])
def test_tails_of_other_names_are_not_groups(nlp, text):
    assert not [a for a in _run(nlp, text)._.actors if a.code == "USAPTYDEM"]


@pytest.mark.model
@pytest.mark.parametrize("text, mention, code", [
    ("Japan's Democratic Party lost the vote.", "Japan's Democratic Party", "JPNPTY"),
    ("Belarusian KGB officers arrested three men.", "Belarusian KGB", "BLRSPY"),
])
def test_another_states_party_or_agency_is_that_states_body(nlp, text, mention, code):
    start = text.index(mention)
    hits = [a for a in _run(nlp, text)._.actors for m in a.mentions if m.start == start]
    assert [a.code for a in hits] == [code]


@pytest.mark.model
@pytest.mark.parametrize("text, mention, code", [
    ("Zimbabwe's president was ousted, CNN reported. The army moved against him.", "The army", "ZWEMIL"),
    ("The US State Department advised the family to leave. The embassy declined to comment.", "The embassy", "USAGOV"),
])
def test_bare_bodies_point_at_states_and_their_agencies_not_at_outlets(nlp, text, mention, code):
    start = text.index(mention)
    hits = [a for a in _run(nlp, text)._.actors for m in a.mentions if m.start == start]
    assert [a.code for a in hits] == [code]


def test_capitals_must_be_written_as_in_some_spelling():
    import spacy

    from communique.nlp.actor_matcher import _capitalised_as_written, _shouting

    nlp = spacy.blank("en")
    spellings = [(True, True)]  # "Russia Today"
    assert _capitalised_as_written(nlp.make_doc("Russia Today")[:], spellings)
    assert not _capitalised_as_written(nlp.make_doc("Russia today")[:], spellings)
    qaeda = [(False, False, True)]  # "al-Qaeda"
    assert _capitalised_as_written(nlp.make_doc("Al-Qaeda")[:], qaeda)
    assert _shouting(nlp.make_doc("WHAT IS NEXT FOR THE REGION")[:])
    assert not _shouting(nlp.make_doc("IS fighters seized the town")[:])


@pytest.mark.model
def test_the_rebels_point_back_to_a_named_armed_group(nlp):
    text = "Al-Shabaab claimed the attack. The militants said ten soldiers died."
    doc = _run(nlp, text)
    start = text.index("The militants")
    assert [a.code for a in doc._.actors for m in a.mentions if m.start == start] == ["SOMREBSHB"]
    assert not _run(nlp, "The militants attacked a checkpoint.")._.actors


@pytest.mark.model
def test_a_non_state_group_does_not_own_the_army(nlp):
    doc = _run(nlp, "Hamas fired rockets. The army responded with air strikes.")
    assert not [a for a in doc._.actors if a.code == "PSEMIL"]


@pytest.mark.model
def test_a_one_word_group_name_yields_to_a_persons_surname(nlp):
    assert not [a for a in _run(nlp, "Richard Wagner's operas were staged in Bayreuth.")._.actors
                if a.code == "RUSUAFWAG"]
    doc = _run(nlp, "Wagner fighters marched towards the capital.")
    assert [a.code for a in doc._.actors] == ["RUSUAFWAG"]
