import pytest

from communique.lexicon.cameo import cameo
from communique.lexicon.events import event_lexicon, parse_lexicon


def test_every_cameo_root_has_several_triggers():
    lexicon = event_lexicon()
    entries = [e for table in (lexicon.verbs, lexicon.nouns) for es in table.values() for e in es]
    assert len(entries) >= 300
    by_root: dict[str, int] = {}
    for e in entries:
        by_root[e.root] = by_root.get(e.root, 0) + 1
    for root in (f"{r:02d}" for r in range(1, 21)):
        assert by_root.get(root, 0) >= 5, root


def test_every_code_is_a_cameo_code():
    lexicon = event_lexicon()
    for table in (lexicon.verbs, lexicon.nouns):
        for entries in table.values():
            for e in entries:
                assert cameo(e.cameo).code[:2] == e.cameo[:2]


@pytest.mark.parametrize(
    "lemma,pos,code",
    [("meet", "verb", "040"), ("visit", "verb", "042"), ("accuse", "verb", "112"), ("condemn", "verb", "111"),
     ("expel", "verb", "166"), ("veto", "verb", "129"), ("praise", "verb", "051"), ("demand", "noun", "100"),
     ("talk", "noun", "040"), ("sanction", "noun", "163")],
)
def test_common_triggers(lemma, pos, code):
    codes = {e.cameo for e in event_lexicon().entries(lemma, pos)}
    assert code in codes


def test_multiword_triggers_and_argument_patterns():
    lexicon = event_lexicon()
    call_on = [e for e in lexicon.entries("call", "verb") if e.extra == ("on",)]
    assert call_on and call_on[0].targets[0] == "on"
    impose = [e for e in lexicon.entries("impose", "verb") if e.extra == ("sanction",)]
    assert impose and impose[0].cameo == "163" and "on" in impose[0].targets
    hunger = [e for e in lexicon.entries("strike", "noun") if e.extra == ("hunger",)]
    assert hunger and hunger[0].cameo == "142"
    assert any(e.symmetric for e in lexicon.entries("meet", "verb"))
    assert "hold" in lexicon.light_verbs and "join" in lexicon.light_verbs
    assert "plan" in lexicon.modal_verbs and "say" in lexicon.say_verbs
    assert lexicon.intent_code("042") == "036"
    assert "official" in lexicon.agent_nouns


def test_malformed_lines_name_their_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_lexicon("meet\tverb\t040\n\tbogus\n")
    with pytest.raises(ValueError, match="unknown CAMEO code"):
        parse_lexicon("meet\tverb\t999\n")


def test_unknown_flags_and_plover_types_are_refused():
    with pytest.raises(ValueError, match="unknown flag"):
        parse_lexicon("attack\tverb\t190\tobj\tverbally\n")
    with pytest.raises(ValueError, match="unknown PLOVER type"):
        parse_lexicon("resign\tverb\t0831\t\t\tQUIT\n")
    lexicon = parse_lexicon("resign\tverb\t0831\t\t\tRETREAT\nattack\tverb\t190\tobj\tverbal_by_person\n")
    assert lexicon.entries("resign", "verb")[0].plover == "RETREAT"
    assert lexicon.entries("attack", "verb")[0].verbal_by_person
