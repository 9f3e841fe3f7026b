import pytest

from communique.structure import shapes


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On French-Japanese meeting", True),
        ("Kuril Islands issue", True),
        ("Sanctions and the G20", True),
        ("The ministers met on Monday.", False),  # punctuated
        ('"We disagree"', False),  # a quotation
        ("the ministers met", False),  # lower case
        ("What happens next?", False),  # a question is a paragraph
        ("My plan is to help the residents to", False),  # a cut sentence
        ("(Reporting by Jane Doe)", False),
        ("A heading that goes on and on with many more words than any heading has", False),
    ],
)
def test_is_subheading_like(text, expected):
    assert shapes.is_subheading_like(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All news", True),
        ("World", True),
        ("Politics > Europe", True),
        ("News / World / Asia", True),
        ("Russian Politics & Diplomacy", True),
        ("Lavrov on Japan", False),  # a headline of three words, no section word
        ("World leaders meet in Davos to discuss the economy", False),
        ("World.", False),
    ],
)
def test_is_section_like(text, expected):
    assert shapes.is_section_like(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Jane Doe", True),
        ("Published: 16 January 2019", True),
        ("16 Jan 2019, 14:30", True),
        ("Friday, January 4, 2019", True),
        ("2019-01-16", True),
        ("January 22, 2019 / 4:32 PM / Updated 2 hours ago", True),
        ("Wed 16 Jan 2019 10.15 GMT", True),
        ("Source: Xinhua| 2019-01-16 10:23:45|Editor: Li Xia", True),
        ("Farmers protest in the capital. (Credits: PTI)", True),
        ("The two ministers shake hands before the talks. (AP Photo/Jane Doe)", True),
        ("Share", True),
        ("Main Content", True),
        ("Share prices tumble as talks collapse", False),
        ("Putin to visit Japan in January 2019", False),
        ("The talks (held in private) ended late.", False),
        ("By Tuesday, the ministry had reported more than a thousand cases in the capital and the provinces.", False),
        ("Lavrov comments on Russian-Japanese relations", False),
    ],
)
def test_is_noise(text, expected):
    assert shapes.is_noise(text) is expected


def test_headline_shape():
    assert shapes.is_headline_like("Is a deal within reach?")
    assert not shapes.is_headline_like("The ministers met on Monday.")
    assert not shapes.is_headline_like("\u2588\u2588 Syrian Arab Republic")  # a map legend


def test_paragraph_shape():
    assert shapes.is_paragraph_like("The ministers met on Monday and agreed to meet again before the summer, officials said.")
    assert not shapes.is_paragraph_like("The top diplomat calls to improve the two countries' ties")
    assert not shapes.is_paragraph_like("Talks resumed.")
