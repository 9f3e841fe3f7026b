from communique.analysis.corpus_events import EventRow, merge_events


def row(article, day, cameo="040", src="RUSGOV", tgt="JPNGOV", **kw):
    return EventRow(article_id=article, cameo=cameo, date=day, source_code=src, target_code=tgt, **kw)


def test_same_event_from_three_articles_of_two_outlets_merges_with_gdelt_counts():
    rows = [
        row("a1", "2019-01-14", outlet="tass.com", mentions=2),
        row("a2", "2019-01-14", outlet="kyodonews.net"),
        row("a3", "2019-01-14", outlet="tass.com"),
    ]
    (event,) = merge_events(rows)
    assert (event.num_articles, event.num_sources, event.num_mentions) == (3, 2, 4)
    assert event.article_ids == ("a1", "a2", "a3") and event.root == "04"


def test_near_duplicate_articles_count_as_one_story():
    rows = [row("a1", "2019-01-14", group_id="g1", outlet="x"), row("a2", "2019-01-14", group_id="g1", outlet="y")]
    (event,) = merge_events(rows)
    assert event.num_articles == 1 and event.num_sources == 2


def test_window_joins_close_dates_and_splits_distant_ones():
    rows = [row("a1", "2019-01-14"), row("a2", "2019-01-15"), row("a3", "2019-01-30")]
    assert [e.num_articles for e in merge_events(rows)] == [1, 1, 1]
    merged = merge_events(rows, window_days=2)
    assert [(e.date, e.last_date, e.num_articles) for e in merged] == [
        ("2019-01-14", "2019-01-15", 2),
        ("2019-01-30", "2019-01-30", 1),
    ]


def test_different_code_direction_or_partial_date_stay_separate():
    rows = [
        row("a1", "2019-01-14"),
        row("a2", "2019-01-14", cameo="042"),
        row("a3", "2019-01-14", src="JPNGOV", tgt="RUSGOV"),
        row("a4", "2019-01"),
        row("a5", "2019-01"),
    ]
    merged = merge_events(rows)
    assert len(merged) == 4
    assert next(e for e in merged if e.date == "2019-01").num_articles == 2


def test_negated_events_are_not_facts():
    assert merge_events([row("a1", "2019-01-14", negated=True)]) == []
