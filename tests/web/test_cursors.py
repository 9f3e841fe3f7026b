import pytest

from communique.web.cursors import BadCursor, decode, encode


def test_round_trip_is_opaque_and_exact():
    key = ["2019-01-16", "tass1", 3, -1.25e-6]
    cursor = encode(key)
    assert "tass1" not in cursor and "=" not in cursor
    assert decode(cursor, 4) == key


@pytest.mark.parametrize("cursor", ["zzz", encode(["a"]), encode([None, "x"]), encode([True, 1]), "%%%", encode({"a": 1})])
def test_foreign_cursors_are_refused(cursor):
    with pytest.raises(BadCursor):
        decode(cursor, 2)
