from communique.analysis.duplicates import DuplicateSettings, duplicate_groups, shingles

WIRE = (
    "The foreign ministers of both countries met in the capital on Monday and agreed to resume "
    "regular consultations on security, trade and the disputed islands, officials said after the talks. "
    "The ministers also discussed visa rules for residents of the islands and a plan for joint economic "
    "activity that has been stalled for two years, according to a statement released by the ministry."
)
REPRINT = "Updated: " + WIRE.replace("on Monday", "on Monday evening") + " More details to follow."
OTHER = (
    "Heavy rain flooded low-lying districts of the port city overnight, forcing hundreds of families "
    "to leave their homes as rescue teams used boats to reach stranded residents, the mayor said."
)


def test_reprint_and_update_group_together_and_distinct_story_stays_apart():
    groups = duplicate_groups([("a", WIRE), ("b", OTHER), ("c", REPRINT)])
    assert groups == [["a", "c"]]


def test_result_does_not_depend_on_input_order():
    rows = [("a", WIRE), ("b", OTHER), ("c", REPRINT), ("d", WIRE)]
    assert duplicate_groups(rows) == duplicate_groups(list(reversed(rows))) == [["a", "c", "d"]]


def test_empty_texts_and_repeated_ids_are_ignored():
    assert duplicate_groups([("a", ""), ("a", WIRE), ("b", "  ")]) == []


def test_short_text_still_has_a_shingle():
    assert shingles("Talks resumed", 5) == {b"talks resumed"}


def test_strict_threshold_separates_a_heavily_edited_story():
    edited = " ".join(WIRE.split()[:25]) + " " + OTHER
    assert duplicate_groups([("a", WIRE), ("b", edited)], DuplicateSettings(threshold=0.9)) == []
