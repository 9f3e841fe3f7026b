"""Document -> Article on hand-written articles of varied shapes (our own sentences)."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.records import Article, Document
from communique.structure import build_article

P1 = (
    "The two foreign ministers spent three hours discussing trade, fishing rights and a "
    "planned visit by the prime minister, a spokeswoman for the ministry told reporters."
)
P2 = (
    "\"We have agreed to keep talking, and that in itself is progress,\" the minister said "
    "after the meeting, adding that no date had been set for the next round."
)
P3 = (
    "Relations between the neighbours have been strained since last year, when a dispute "
    "over a fishing zone led to the recall of both ambassadors for several weeks."
)


def read(text: str, **kw) -> Article:
    published = kw.pop("published", None)
    return build_article(Document(id="t", text=text, **kw), published=published)


def spans_point_into_text(article: Article) -> bool:
    parts = [article.section, article.headline, article.standfirst, *article.subheadings, *article.paragraphs]
    ok = all(article.text[p.start:p.end] == p.text for p in parts if p is not None)
    if article.dateline is not None:
        ok = ok and 0 <= article.dateline.start < article.dateline.end <= len(article.text)
    return ok


def test_tass_style_with_every_part():
    text = (
        "World\n\nMinisters agree to keep talking on fishing dispute\n\n"
        "The foreign ministers say the next round will follow in spring\n\n"
        f"HELSINKI, March 4. /TASS/. {P1}\n\n{P2}\n\nFishing zone\n\n{P3}\n"
    )
    article = read(text, published=date(2019, 3, 4))
    assert article.section.text == "World"
    assert article.headline.text == "Ministers agree to keep talking on fishing dispute"
    assert article.standfirst.text == "The foreign ministers say the next round will follow in spring"
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == ("HELSINKI", "TASS", date(2019, 3, 4))
    assert [s.text for s in article.subheadings] == ["Fishing zone"]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert article.text == text and spans_point_into_text(article)


def test_breadcrumb_section():
    text = f"Politics > Europe\n\nMinisters agree to keep talking\n\nBRUSSELS (Reuters) - {P1}\n\n{P2}\n"
    article = read(text)
    assert article.section.text == "Politics > Europe"
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.standfirst is None


def test_without_section():
    text = (
        "Ministers agree to keep talking on fishing dispute\n\n"
        "The next round of talks will follow in spring, officials say.\n\n"
        f"OSLO (Reuters) - {P1}\n\n{P2}\n"
    )
    article = read(text)
    assert article.section is None
    assert article.headline.text.startswith("Ministers agree")
    assert article.standfirst.text.startswith("The next round")
    assert article.dateline.place == "OSLO"
    assert len(article.paragraphs) == 2


def test_short_headline_with_deck_is_not_taken_for_a_section():
    text = f"Lavrov on Japan\n\nThe minister calls for patience in the island talks\n\nMOSCOW (Reuters) - {P1}\n"
    article = read(text)
    assert article.section is None
    assert article.headline.text == "Lavrov on Japan"
    assert article.standfirst.text.startswith("The minister calls")


def test_without_standfirst():
    text = f"All news\n\nMinisters agree to keep talking\n\nHELSINKI, March 4. /TASS/. {P1}\n\n{P2}\n"
    article = read(text)
    assert article.section.text == "All news"
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.standfirst is None


def test_without_dateline():
    text = f"Ministers agree to keep talking\n\nThe next round will follow in spring\n\n{P1}\n\n{P2}\n\n{P3}\n"
    article = read(text)
    assert article.dateline is None
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.standfirst.text == "The next round will follow in spring"
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_single_paragraph_with_dateline_only():
    text = f"SEOUL, Jan. 16 (Yonhap) -- {P1}"
    article = read(text, published=date(2019, 1, 16))
    assert article.headline is None and article.section is None and article.standfirst is None
    assert article.dateline.date == date(2019, 1, 16)
    assert [p.text for p in article.paragraphs] == [P1]
    assert article.paragraphs[0].start == text.index("The two")


def test_single_paragraph_without_anything_else():
    article = read(P1)
    assert article.headline is None and article.dateline is None
    assert [p.text for p in article.paragraphs] == [P1]


def test_headline_and_one_short_sentence():
    article = read("Talks resume\n\nThe ministers met again.")
    assert article.headline.text == "Talks resume"
    assert [p.text for p in article.paragraphs] == ["The ministers met again."]


def test_dateline_alone_on_its_line():
    text = f"Ministers agree to keep talking\n\nHELSINKI, March 4. /TASS/.\n\n{P1}\n"
    article = read(text)
    assert article.dateline.place == "HELSINKI"
    assert [p.text for p in article.paragraphs] == [P1]


def test_crlf_line_endings():
    text = f"World\r\n\r\nMinisters agree to keep talking\r\n\r\nOSLO (Reuters) - {P1}\r\n\r\nFishing zone\r\n\r\n{P2}\r\n"
    article = read(text)
    assert article.section.text == "World"
    assert article.headline.text == "Ministers agree to keep talking"
    assert [s.text for s in article.subheadings] == ["Fishing zone"]
    assert [p.text for p in article.paragraphs] == [P1, P2]
    assert spans_point_into_text(article)


def test_paragraphs_separated_by_single_newlines():
    text = f"Ministers agree to keep talking\nOSLO (Reuters) - {P1}\n{P2}\nFishing zone\n{P3}\n"
    article = read(text)
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.dateline.agency == "Reuters"
    assert [s.text for s in article.subheadings] == ["Fishing zone"]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_byline_and_time_stamp_are_passed_over():
    text = f"Ministers agree to keep talking\nBy Jane Doe\nJanuary 16, 2019 14:30\n\nOSLO (Reuters) - {P1}\n\n{P2}\n"
    article = read(text)
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.standfirst is None


def test_html_hints_locate_headline_deck_and_section():
    text = (
        "Europe\n\nMinisters agree to keep talking\n\n"
        "Both sides said the meeting was useful and that a new round would follow.\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = read(
        text,
        kind="html",
        title="Ministers agree to keep talking | The Daily Example",
        description="Both sides said the meeting was useful and that a new round would follow.",
        section="Europe",
    )
    assert article.section.text == "Europe"
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.standfirst.text.startswith("Both sides said")
    assert [p.text for p in article.paragraphs] == [P1, P2]


def test_html_hint_with_cut_description_and_breadcrumb_section():
    text = (
        "News / World / Europe\n\nMinisters agree to keep talking\n\n"
        "Both sides said the meeting was useful and that a new round of talks would follow in spring.\n\n"
        f"{P1}\n"
    )
    article = read(
        text,
        title="The Daily Example - Ministers agree to keep talking",
        description="Both sides said the meeting was useful and that a new round...",
        section="Europe",
    )
    assert article.section.text == "News / World / Europe"
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.standfirst.text.startswith("Both sides said")
    assert [p.text for p in article.paragraphs] == [P1]


def test_html_hints_absent_from_text_are_ignored():
    article = read(f"{P1}\n\n{P2}\n", title="A title that is not in the text", description="Nor is this.")
    assert article.headline is None and article.standfirst is None
    assert len(article.paragraphs) == 2


def test_subheading_needs_paragraphs_around_it():
    text = f"Headline of the story\n\n{P1}\n\nA closing line\n"
    article = read(text)
    assert article.subheadings == ()
    assert [p.text for p in article.paragraphs] == [P1, "A closing line"]


def test_a_list_of_short_lines_is_not_subheadings():
    text = f"Headline of the story\n\n{P1}\n\nFinland\nNorway\nSweden\n\n{P2}\n"
    article = read(text)
    assert article.subheadings == ()


def test_a_short_question_is_a_paragraph_not_a_subheading():
    text = f"Headline of the story\n\n{P1}\n\nWhat happens next?\n\n{P2}\n"
    article = read(text)
    assert article.subheadings == ()
    assert "What happens next?" in [p.text for p in article.paragraphs]


def test_headings_the_source_marked_up_are_subheadings_whatever_their_shape():
    heading = "‘Unprecedented’ talks in the capital, officials say."
    text = f"Headline of the story\n\n{P1}\n\n{heading}\n\n{P2}\n"
    article = read(text, metadata=(("subheading", heading),))
    assert [s.text for s in article.subheadings] == [heading]
    assert [p.text for p in article.paragraphs] == [P1, P2]


def test_quoted_short_line_is_a_paragraph():
    text = f"Headline of the story\n\n{P1}\n\n\"No comment\"\n\n{P2}\n"
    assert read(text).subheadings == ()


def test_published_argument_wins_then_metadata_then_dated_dateline():
    text = f"PARIS, Jan 16, 2019 (AFP) - {P1}"
    assert read(text).published == date(2019, 1, 16)
    assert read(text, published=date(2019, 1, 17)).published == date(2019, 1, 17)
    doc = Document(id="t", text=text, published=date(2019, 1, 18))
    assert build_article(doc).published == date(2019, 1, 18)
    assert build_article(doc, published=date(2019, 1, 20)).published == date(2019, 1, 20)


def test_undated_dateline_without_publication_date():
    article = read(f"BEIJING, Jan. 16 (Xinhua) -- {P1}")
    assert article.published is None
    assert article.dateline.date is None and article.dateline.date_text == "Jan. 16"


def test_metadata_date_resolves_dateline_year():
    doc = Document(id="t", text=f"BEIJING, Dec. 31 (Xinhua) -- {P1}", published=date(2020, 1, 1))
    assert build_article(doc).dateline.date == date(2019, 12, 31)


def test_empty_text():
    article = read("")
    assert article.paragraphs == () and article.headline is None


def test_seed_structure(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    article = build_article(Document(id="seed", text=text), published=date(2019, 1, 16))
    assert article.section.text == "All news"
    assert article.dateline.agency == "TASS" and article.dateline.date == date(2019, 1, 16)
    assert len(article.subheadings) == 2 and len(article.paragraphs) == 11
    assert spans_point_into_text(article)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.,-—()/\n\r\t\u00a0\"MOSCOW16Jan")), max_size=300))
def test_any_text_gives_spans_into_the_unchanged_text(text):
    article = read(text)
    assert article.text == text
    assert spans_point_into_text(article)
    starts = [p.start for p in article.paragraphs]
    assert starts == sorted(starts)


def test_two_word_headline_over_a_long_deck_is_not_a_section():
    text = f"Island talks\n\nThe two foreign ministers met again on Monday without settling the dispute\n\n{P1}\n\n{P2}\n"
    article = read(text)
    assert article.section is None
    assert article.headline.text == "Island talks"
    assert article.standfirst.text.startswith("The two foreign ministers")


def test_two_word_section_over_a_headline():
    text = f"Emergencies\n\nFloods hit the northern provinces\n\n{P1}\n\n{P2}\n"
    article = read(text)
    assert article.section.text == "Emergencies"
    assert article.headline.text == "Floods hit the northern provinces"


def test_title_hint_deep_in_the_body_is_not_a_headline():
    text = f"{P1}\n\n{P2}\n\nTalks to resume in spring\n\n{P3}\n"
    article = read(text, title="Talks to resume in spring")
    assert article.headline is None
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert [s.text for s in article.subheadings] == ["Talks to resume in spring"]


PIECES = [
    "MOSCOW, January 16. /TASS/. ", "WASHINGTON (AP) — ", "All news", "World", "\n", "\n\n", "\r\n", " ",
    "The talks went on.", "Lavrov said", "\"We will talk again,\" he said.", "(CNN)", "NEW DELHI: ",
    "Kuril Islands issue", "By Jane Doe", "16 Jan 2019", "—", "B", "Politics > Europe",
    "The ministers met for three hours on Monday and agreed to meet again before the summer, officials said.",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from([None, "World", "The talks went on."]))
def test_parts_never_overlap_and_never_include_the_dateline(parts, hint):
    text = "".join(parts)
    article = read(text, title=hint, description=hint, section=hint)
    assert article.text == text and spans_point_into_text(article)
    parts_found = [article.section, article.headline, article.standfirst, *article.subheadings, *article.paragraphs]
    spans = sorted((p.start, p.end) for p in parts_found if p is not None)
    assert all(p.text and p.text == p.text.strip() for p in parts_found if p is not None)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
    if article.dateline is not None:
        assert all(p.start >= article.dateline.end or p.end <= article.dateline.start for p in article.paragraphs)


def test_copied_wire_page_with_time_stamp_byline_and_read_time():
    text = (
        "World News\n"
        "January 22, 2019 / 4:32 PM / Updated 2 hours ago\n"
        "Ministers agree to keep talking on fishing dispute\n"
        "Jane Doe\n"
        "3 Min Read\n"
        f"OSLO (Reuters) - {P1}\n{P2}\n"
    )
    article = read(text)
    assert article.section.text == "World News"
    assert article.headline.text == "Ministers agree to keep talking on fishing dispute"
    assert article.standfirst is None
    assert article.dateline.place == "OSLO"


def test_page_without_dateline_closes_its_header_with_byline_and_stamp():
    text = (
        "World news\n\nMinisters agree to keep talking on fishing dispute\n\n"
        "Both sides said the meeting had been useful and that a new round would follow in spring.\n\n"
        "Jane Doe in Oslo\n\nWed 16 Jan 2019 10.15 GMT\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = read(text)
    assert article.section.text == "World news"
    assert article.headline.text.startswith("Ministers agree")
    assert article.standfirst.text.startswith("Both sides said")
    assert [p.text for p in article.paragraphs] == [P1, P2]


def test_credit_line_at_the_end_does_not_move_the_body():
    text = f"Talks resume\n\n{P1}\n\n{P2}\n\nReporting by Jane Doe\n"
    article = read(text)
    assert [p.text for p in article.paragraphs][:2] == [P1, P2]


def test_place_alone_on_its_line_between_headline_and_body():
    text = f"Ministers agree to keep talking\n\n16.01.2019\n\nANKARA\n\n{P1}\n\n{P2}\n"
    article = read(text, published=date(2019, 1, 16))
    assert article.dateline.place == "ANKARA" and article.dateline.agency is None
    assert article.text[article.dateline.start:article.dateline.end] == "ANKARA"
    assert [p.text for p in article.paragraphs] == [P1, P2]


@pytest.mark.parametrize("label", ["WORLD", "BREAKING", "TOP STORIES"])
def test_capitals_label_above_the_body_is_not_a_place(label):
    article = read(f"Ministers agree to keep talking\n\n{label}\n\n{P1}\n")
    assert article.dateline is None


def test_agency_name_alone_above_a_dateline_is_not_a_place():
    text = f"Ministers agree to keep talking\n\nCNN\n\nWASHINGTON (CNN) — {P1}\n"
    article = read(text)
    assert (article.dateline.place, article.dateline.agency) == ("WASHINGTON", "CNN")


def test_photo_caption_is_not_a_standfirst():
    text = f"Ministers agree to keep talking\n\nThe ministers shake hands in Oslo. (Photo: Jane Doe)\n\nOSLO (Reuters) - {P1}\n"
    article = read(text)
    assert article.headline.text == "Ministers agree to keep talking"
    assert article.standfirst is None


def test_one_word_label_over_a_long_headline_is_a_section():
    text = f"Flooding\n\nRivers burst their banks across the northern provinces after a week of heavy rain\n\n{P1}\n"
    article = read(text)
    assert article.section.text == "Flooding"
    assert article.headline.text.startswith("Rivers burst")


def test_read_also_lines_in_the_body_are_not_subheadings():
    text = f"Headline of the story\n\n{P1}\n\nRead also: Ministers to meet in spring\n\n{P2}\n"
    assert read(text).subheadings == ()
