import pytest

from communique.lexicon.cameo import cameo, cameo_table, quad_class_of


def test_every_root_and_about_three_hundred_codes():
    table = cameo_table()
    assert {f"{r:02d}" for r in range(1, 21)} <= set(table)
    assert len(table) > 280


def test_known_facts():
    sanctions = cameo("163")
    assert sanctions.name.lower().startswith("impose embargo")
    assert sanctions.goldstein == -8.0
    assert sanctions.quad_class == 4
    assert sanctions.plover == "COERCE"
    assert cameo("042").plover == "CONSULT" and cameo("042").plover_mode == "visit"
    assert cameo("036").plover == "AGREE"
    assert cameo("020").plover == "REQUEST"
    assert cameo("010").plover is None


@pytest.mark.parametrize("code,quad", [("010", 1), ("057", 1), ("061", 2), ("0841", 2), ("090", 3), ("139", 3), ("141", 4), ("204", 4)])
def test_quad_classes_follow_the_roots(code, quad):
    assert quad_class_of(code) == quad
    assert cameo(code).quad_class == quad


def test_quad_class_of_every_listed_code_matches_its_root():
    for code, entry in cameo_table().items():
        assert entry.quad_class == quad_class_of(code), code


def test_unknown_subcode_falls_back_to_parent_and_garbage_raises():
    assert cameo("0579").code == "057"
    with pytest.raises(KeyError):
        cameo("99")


def test_table_agrees_with_reference_goldstein_scale(shared_dir):
    path = shared_dir / "reference" / "cameo" / "GDELT.CAMEO.goldsteinscale.txt"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    table = cameo_table()
    for code, weight in rows:
        assert table[code].goldstein == float(weight), code
