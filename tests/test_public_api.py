"""The public API is small and deliberate: a change to it must change this test too."""
import communique

PUBLIC = {
    "Actor", "ActorRef", "Article", "ArticleRecord", "Dateline", "Document", "Event",
    "Outcome", "Quote", "Reader", "Speaker", "TextSpan", "read",
}


def test_public_names_are_exactly_the_documented_ones():
    assert set(communique.__all__) == PUBLIC


def test_every_public_name_is_importable():
    for name in communique.__all__:
        assert getattr(communique, name) is not None


def test_version_matches_the_package_metadata():
    from importlib.metadata import version

    assert communique.__version__ == version("communique")
