from datetime import datetime, timezone

from communique.analysis.corpus_events import EventRow, merge_events
from communique.export.gdelt import COLUMNS, gdelt_lines, gdelt_row

# The GDELT 2.0 event table's documented column order (first, last and a few landmarks).
LANDMARKS = {
    0: "GLOBALEVENTID", 1: "SQLDATE", 5: "Actor1Code", 7: "Actor1CountryCode", 12: "Actor1Type1Code",
    15: "Actor2Code", 25: "IsRootEvent", 26: "EventCode", 28: "EventRootCode", 29: "QuadClass",
    30: "GoldsteinScale", 31: "NumMentions", 32: "NumSources", 33: "NumArticles", 34: "AvgTone",
    35: "Actor1Geo_Type", 51: "ActionGeo_Type", 52: "ActionGeo_FullName", 59: "DATEADDED", 60: "SOURCEURL",
}


def _event():
    rows = [
        EventRow("a1", "036", "2019-01-14", "RUSGOV", "JPNGOV", "Sergey Lavrov", "Taro Kono", "RUS", "JPN",
                 goldstein=4.0, quad_class=1, outlet="tass.com", url="https://example.org/a1", location="Moscow"),
        EventRow("a2", "036", "2019-01-14", "RUSGOV", "JPNGOV", outlet="kyodonews.net"),
    ]
    return merge_events(rows)[0]


def test_sixty_one_columns_in_gdelt_order():
    assert len(COLUMNS) == 61 and len(set(COLUMNS)) == 61
    for index, name in LANDMARKS.items():
        assert COLUMNS[index] == name


def test_row_fills_what_communique_computes_and_leaves_the_rest_empty():
    cells = dict(zip(COLUMNS, gdelt_row(_event(), datetime(2019, 1, 16, 12, 0, tzinfo=timezone.utc))))
    assert cells["SQLDATE"] == "20190114" and cells["MonthYear"] == "201901" and cells["Year"] == "2019"
    assert cells["Actor1Code"] == "RUSGOV" and cells["Actor1CountryCode"] == "RUS" and cells["Actor1Type1Code"] == "GOV"
    assert cells["Actor2Name"] == "TARO KONO"
    assert (cells["EventCode"], cells["EventBaseCode"], cells["EventRootCode"]) == ("036", "036", "03")
    assert (cells["NumMentions"], cells["NumSources"], cells["NumArticles"]) == ("2", "2", "2")
    assert cells["ActionGeo_FullName"] == "Moscow" and cells["ActionGeo_Lat"] == ""
    assert cells["DATEADDED"] == "20190116120000" and cells["SOURCEURL"] == "https://example.org/a1"
    assert cells["GLOBALEVENTID"].isdigit()


def test_igo_actor_goes_to_known_group_and_partial_dates_fill_day_one():
    row = EventRow("a1", "112", "2019-03", "IGOUNO", None, "United Nations")
    cells = dict(zip(COLUMNS, gdelt_row(merge_events([row])[0])))
    assert cells["Actor1KnownGroupCode"] == "UNO" and cells["Actor1CountryCode"] == ""
    assert cells["SQLDATE"] == "20190301" and cells["Actor2Code"] == ""


def test_lines_are_tab_separated_with_optional_header():
    lines = list(gdelt_lines([_event()], header=True))
    assert lines[0].rstrip("\n").split("\t") == list(COLUMNS)
    assert all(len(line.rstrip("\n").split("\t")) == 61 for line in lines)


def test_unknown_country_is_left_empty_not_dashes():
    row = EventRow("a1", "045", "1905", "---GOV", "JPN", "Theodore Roosevelt", "Japan", None, "JPN")
    cells = dict(zip(COLUMNS, gdelt_row(merge_events([row])[0])))
    assert cells["Actor1Code"] == "---GOV" and cells["Actor1CountryCode"] == "" and cells["Actor1Type1Code"] == "GOV"
