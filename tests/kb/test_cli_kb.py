"""``communique kb`` commands through click's CliRunner (the group is attached to main elsewhere)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from communique.cli_kb import kb

DICTIONARY = """\
ELSBERG_VONHALT_
+VONHALT_
\t[RURGOV >150301]
BROKEN_ [RURGOV 1234]
"""


def test_import_phoenix_reports_and_writes_layer(tmp_path):
    source = tmp_path / "Tiny.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    layer = tmp_path / "layer"
    result = CliRunner().invoke(kb, ["--kb-dir", str(layer), "import-phoenix", str(source)])
    assert result.exit_code == 0, result.output
    assert "loaded 1 entries" in result.output and "skipped" in result.output and "bad date" in result.output
    assert list(layer.glob("*.actors.tsv"))


def test_import_of_a_missing_file_is_one_line(tmp_path):
    result = CliRunner().invoke(kb, ["--kb-dir", str(tmp_path), "import-phoenix", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.output and "Traceback" not in result.output


def test_who_shows_terms_and_code_on_a_date(tmp_path):
    result = CliRunner().invoke(kb, ["--kb-dir", str(tmp_path), "who", "Sergey Lavrov", "--on", "2019-01-16", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    person = data["entries"][0]
    assert person["code"] == "RUSGOV" and person["role"] == "foreign_minister" and person["terms"]


def test_who_answers_role_questions(tmp_path):
    result = CliRunner().invoke(kb, ["--kb-dir", str(tmp_path), "who", "Japanese foreign minister", "--on", "2019-01-14"])
    assert result.exit_code == 0, result.output
    assert "Taro Kono" in result.output


def test_who_unknown_name(tmp_path):
    result = CliRunner().invoke(kb, ["--kb-dir", str(tmp_path), "who", "Nobody Atall"])
    assert result.exit_code == 1 and "nothing known" in result.output


def test_bad_date_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(kb, ["--kb-dir", str(tmp_path), "who", "Japan", "--on", "16/01/2019"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_who_answers_igo_offices_named_by_acronym(tmp_path):
    result = CliRunner().invoke(kb, ["--kb-dir", str(tmp_path), "who", "UN secretary-general", "--on", "2019-01-01"])
    assert result.exit_code == 0, result.output
    assert "António Guterres" in result.output and "IGOUNO " in result.output
