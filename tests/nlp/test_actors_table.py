"""Actor resolution over a table of hand-written sentences: who is meant, on the article's date.

Each row: article date, sentence, the mention to look at (first occurrence), the expected
CAMEO-style code and the expected name (None: any name). The actor checked is the one whose
mention covers the given text.
"""
from __future__ import annotations

from datetime import date

import pytest

from communique.records import Article

CASES = [
    # -- a seat of government inside a role phrase names its state
    ("2019-05-01", "The Kremlin spokesman said Moscow would respond.", "The Kremlin spokesman", "RUSGOV", "Dmitry Peskov"),
    ("2019-05-01", "The UN secretary-general said the talks must go on.", "The UN secretary-general", "IGOUNO", "António Guterres"),
    # -- office holders change over time: the same words, different people
    ("2019-06-01", "The U.S. president spoke to reporters on Monday.", "The U.S. president", "USAGOV", "Donald Trump"),
    ("2022-06-01", "The U.S. president spoke to reporters on Monday.", "The U.S. president", "USAGOV", "Joe Biden"),
    ("2015-06-01", "The U.S. president spoke to reporters on Monday.", "The U.S. president", "USAGOV", "Barack Obama"),
    ("2019-01-14", "The Japanese foreign minister arrived for talks.", "The Japanese foreign minister", "JPNGOV", "Taro Kono"),
    ("2020-03-01", "The Japanese foreign minister arrived for talks.", "The Japanese foreign minister", "JPNGOV", "Toshimitsu Motegi"),
    ("2017-06-01", "The British prime minister called an early vote.", "The British prime minister", "GBRGOV", "Theresa May"),
    ("2020-06-01", "The British prime minister called an early vote.", "The British prime minister", "GBRGOV", "Boris Johnson"),
    ("2023-06-01", "The British prime minister called an early vote.", "The British prime minister", "GBRGOV", "Rishi Sunak"),
    ("2010-06-01", "The German chancellor will travel to Paris.", "The German chancellor", "DEUGOV", "Angela Merkel"),
    ("2023-06-01", "The German chancellor will travel to Paris.", "The German chancellor", "DEUGOV", "Olaf Scholz"),
    ("2010-06-01", "The French president hosted the summit.", "The French president", "FRAGOV", "Nicolas Sarkozy"),
    ("2014-06-01", "The French president hosted the summit.", "The French president", "FRAGOV", "François Hollande"),
    ("2019-06-01", "The French president hosted the summit.", "The French president", "FRAGOV", "Emmanuel Macron"),
    ("2010-06-01", "China's foreign minister flew home.", "China's foreign minister", "CHNGOV", "Yang Jiechi"),
    ("2023-05-01", "China's foreign minister flew home.", "China's foreign minister", "CHNGOV", "Qin Gang"),
    ("2024-05-01", "China's foreign minister flew home.", "China's foreign minister", "CHNGOV", "Wang Yi"),
    ("2015-06-01", "Russia's defence minister inspected the fleet.", "Russia's defence minister", "RUSGOV", "Sergei Shoigu"),
    ("2025-02-01", "Russia's defence minister inspected the fleet.", "Russia's defence minister", "RUSGOV", "Andrei Belousov"),
    ("2012-06-01", "The Indian prime minister opened the dam.", "The Indian prime minister", "INDGOV", "Manmohan Singh"),
    ("2016-06-01", "The Indian prime minister opened the dam.", "The Indian prime minister", "INDGOV", "Narendra Modi"),
    ("2016-06-01", "Iran's foreign minister rejected the offer.", "Iran's foreign minister", "IRNGOV", "Mohammad Javad Zarif"),
    ("2022-06-01", "Iran's foreign minister rejected the offer.", "Iran's foreign minister", "IRNGOV", "Hossein Amir-Abdollahian"),
    ("2016-06-01", "The Ukrainian president signed the law.", "The Ukrainian president", "UKRGOV", "Petro Poroshenko"),
    ("2020-06-01", "The Ukrainian president signed the law.", "The Ukrainian president", "UKRGOV", "Volodymyr Zelenskyy"),
    ("2005-06-01", "The UN secretary-general called for calm.", "The UN secretary-general", "IGOUNO", "Kofi Annan"),
    ("2010-06-01", "The UN secretary-general called for calm.", "The UN secretary-general", "IGOUNO", "Ban Ki-moon"),
    ("2020-06-01", "The UN secretary-general called for calm.", "The UN secretary-general", "IGOUNO", "António Guterres"),
    ("2018-06-01", "The NATO secretary general warned of risks.", "The NATO secretary general", "IGOWSTNAT", "Jens Stoltenberg"),
    # -- a surname alone: in office, or former (ELI), on the date
    ("2019-06-01", "Putin said the talks had been useful.", "Putin", "RUSGOV", "Vladimir Putin"),
    ("2018-06-01", "Trump said the tariffs would stay.", "Trump", "USAGOV", "Donald Trump"),
    ("2023-06-01", "Trump said the verdict of the U.S. court was unfair.", "Trump", "USAELI", "Donald Trump"),
    ("2012-06-01", "Erdogan said Ankara would respond.", "Erdogan", "TURGOV", "Recep Tayyip Erdoğan"),
    # -- names with titles and descriptions
    ("2019-01-16", "Russian Foreign Minister Sergey Lavrov met the press.", "Russian Foreign Minister Sergey Lavrov", "RUSGOV", "Sergey Lavrov"),
    ("2019-01-16", "Japanese top diplomat Taro Kono had visited Paris.", "Japanese top diplomat Taro Kono", "JPNGOV", "Taro Kono"),
    ("2019-06-01", "Chinese President Xi Jinping arrived in Osaka.", "Chinese President Xi Jinping", "CHNGOV", "Xi Jinping"),
    ("2022-06-01", "Secretary of State Antony Blinken flew to Kyiv.", "Secretary of State Antony Blinken", "USAGOV", "Antony Blinken"),
    ("2019-06-01", "Germany's Angela Merkel said she would not run again.", "Angela Merkel", "DEUGOV", "Angela Merkel"),
    ("2021-06-01", "World Health Organization chief Tedros Adhanom Ghebreyesus urged caution.", "Tedros Adhanom Ghebreyesus", "IGOUNOHLHWHO", "Tedros Adhanom Ghebreyesus"),
    # -- counterparts: the same office in the other country, on the date
    ("2020-03-01", "Russian Foreign Minister Sergey Lavrov met his Japanese counterpart in Moscow.", "his Japanese counterpart", "JPNGOV", "Toshimitsu Motegi"),
    ("2019-01-14", "Lavrov and his Japanese counterpart held talks on Monday.", "his Japanese counterpart", "JPNGOV", "Taro Kono"),
    ("2022-06-01", "Secretary of State Antony Blinken phoned his Chinese counterpart.", "his Chinese counterpart", "CHNGOV", "Wang Yi"),
    # -- capitals and seats as metonyms for the government
    ("2019-06-01", "Beijing warned against interference.", "Beijing", "CHNGOV", "China"),
    ("2019-06-01", "Washington imposed new sanctions.", "Washington", "USAGOV", "United States"),
    ("2019-06-01", "The Kremlin denied the report.", "Kremlin", "RUSGOV", "Russia"),
    ("2019-06-01", "The White House declined to comment.", "White House", "USAGOV", "United States"),
    ("2022-06-01", "Kyiv asked for more air defence.", "Kyiv", "UKRGOV", "Ukraine"),
    ("2019-06-01", "Tehran rejected the demand.", "Tehran", "IRNGOV", "Iran"),
    ("2019-06-01", "Pyongyang fired two missiles, Seoul said.", "Pyongyang", "PRKGOV", "North Korea"),
    ("2019-06-01", "Downing Street said the deal was close.", "Downing Street", "GBRGOV", "United Kingdom"),
    # -- states, demonyms and adjectives
    ("2019-06-01", "Germany and France signed a treaty.", "Germany", "DEU", "Germany"),
    ("2019-06-01", "North Korea tested a rocket.", "North Korea", "PRK", "North Korea"),
    ("2019-06-01", "South Korea protested.", "South Korea", "KOR", "South Korea"),
    ("2019-06-01", "The talks between Britain and the United States stalled.", "United States", "USA", "United States"),
    ("1985-06-01", "The Soviet Union deployed new missiles.", "Soviet Union", "SUN", None),
    ("2019-06-01", "Russian troops crossed the border.", "Russian troops", "RUSMIL", None),
    ("2019-06-01", "Chinese officials said the visit was postponed.", "Chinese officials", "CHNGOV", None),
    ("2019-06-01", "The Japanese government approved the budget.", "Japanese government", "JPNGOV", None),
    ("2019-06-01", "Turkish forces shelled the area.", "Turkish forces", "TURMIL", None),
    ("2019-06-01", "Russian-Japanese relations have improved.", "Japanese", "JPN", "Japan"),
    # -- IGOs by name and acronym (the KB overrules the statistical NER)
    ("2019-06-01", "The G7 leaders met in Biarritz.", "G7", "IGOGOS", None),
    ("2019-06-01", "NATO held an emergency meeting.", "NATO", "IGOWSTNAT", "NATO"),
    ("2019-06-01", "The EU imposed tariffs on steel.", "EU", "IGOEUREEC", "European Union"),
    ("2019-06-01", "The European Union imposed tariffs on steel.", "European Union", "IGOEUREEC", "European Union"),
    ("2020-03-01", "The WHO declared a pandemic.", "WHO", "IGOUNOHLHWHO", "World Health Organization"),
    ("2019-06-01", "OPEC agreed to cut output.", "OPEC", "IGOOPC", "OPEC"),
    ("2019-06-01", "The IMF approved a loan to Ukraine.", "IMF", "IGOBUSIMF", "International Monetary Fund"),
    ("2019-06-01", "The UN Security Council met on Friday.", "UN Security Council", "IGOUNOSEC", "UN Security Council"),
    ("2019-06-01", "ASEAN ministers gathered in Bangkok.", "ASEAN", "IGOSEAASN", "ASEAN"),
    # -- people the KB does not know: code from their description
    ("2019-03-01", "Iranian lawmaker Ali Motahari criticised the deal.", "Iranian lawmaker Ali Motahari", "IRNLEG", "Ali Motahari"),
    ("2019-03-01", "Venezuelan opposition leader Carla Mendoza called a strike.", "Venezuelan opposition leader Carla Mendoza", "VENOPP", "Carla Mendoza"),
    ("2019-03-01", "Kenyan Foreign Minister Amina Odhiambo Wekesa flew to Addis Ababa.", "Amina Odhiambo Wekesa", "KENGOV", "Amina Odhiambo Wekesa"),
]


def _run(nlp, text: str, day: date):
    doc = nlp.make_doc(text)
    doc._.article = Article(id="case", text=text, published=day)
    doc._.ref_date = day
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.model
@pytest.mark.parametrize("day, text, mention, code, name", CASES, ids=[f"{c[2]}@{c[0]}" for c in CASES])
def test_actor_table(nlp, day, text, mention, code, name):
    doc = _run(nlp, text, date.fromisoformat(day))
    start = text.index(mention)
    end = start + len(mention)
    hits = [a for a in doc._.actors for m in a.mentions if m.start < end and start < m.end]
    assert hits, f"no actor covers {mention!r}: {[(a.name, [m.text for m in a.mentions]) for a in doc._.actors]}"
    actor = hits[0]
    assert actor.code == code, (actor.name, actor.code)
    if name is not None:
        assert actor.name == name
