"""read_postings and iter_postings: the CLI's reading options (encoding,
delimiter, sheet, max_posting_bytes) give the CLI's rows; bad option values are
clear errors naming the argument; iter_postings streams the same rows."""

from __future__ import annotations

import pyarrow as pa
import pytest

import rolescan
from conftest import BROKEN_JSONL, REPO, assert_same_rows, run_cli, table_cells


def test_encoding_option_equals_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "id;description\nr1;Responsable informatique, gestion de projet, équipe IT manager\n"
    (tmp_path / "legacy.csv").write_bytes(text.encode("windows-1252"))
    postings = rolescan.read_postings(["legacy.csv"], encoding="windows-1252")
    assert "équipe" in postings.column("text")[0].as_py()
    got = table_cells(rolescan.Scorer().score(postings), tmp_path)
    assert_same_rows(run_cli(["legacy.csv"], "--encoding", "windows-1252", tmp=tmp_path), got, tmp_path)
    # auto guesses Windows-1252 here, with the CLI's warning.
    with pytest.warns(rolescan.RolescanWarning, match=r"legacy.csv \[r1\]: .*read as Windows-1252"):
        rolescan.read_postings(["legacy.csv"])


def test_delimiter_option_equals_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # Commas in the text and pipes between fields: only --delimiter tells.
    (tmp_path / "ads.csv").write_text(
        "id|description\np1|IT project manager, PMP, vendors, budgets\np2|Nurse, nights, ward\n",
        encoding="utf-8",
    )
    for delimiter in ("|", "pipe"):
        postings = rolescan.read_postings(["ads.csv"], delimiter=delimiter)
        assert postings.column("posting_id").to_pylist() == ["p1", "p2"]
    got = table_cells(rolescan.Scorer().score(postings), tmp_path)
    assert_same_rows(run_cli(["ads.csv"], "--delimiter", "|", tmp=tmp_path), got, tmp_path)


def test_max_posting_bytes_option_equals_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    long_ad = "IT project manager " * 20
    (tmp_path / "ads.jsonl").write_text(
        f'{{"id": "short", "description": "IT manager"}}\n{{"id": "long", "description": "{long_ad}"}}\n',
        encoding="utf-8",
    )
    postings = rolescan.read_postings(["ads.jsonl"], max_posting_bytes=200)
    errors = postings.column("error").to_pylist()
    assert errors[0] is None and "over --max-posting-bytes (200)" in errors[1]
    got = table_cells(rolescan.Scorer().score(postings), tmp_path)
    assert_same_rows(run_cli(["ads.jsonl"], "--max-posting-bytes", "200", tmp=tmp_path), got, tmp_path)


def test_bad_reading_options_name_the_argument(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"description": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match='encoding="ebcdic-klingon": unknown encoding'):
        rolescan.read_postings([path], encoding="ebcdic-klingon")
    with pytest.raises(ValueError, match='delimiter="ab": give one ASCII character'):
        rolescan.read_postings([path], delimiter="ab")
    with pytest.raises(ValueError, match="delimiter=.*a quote or a line end"):
        rolescan.read_postings([path], delimiter='"')
    with pytest.raises(ValueError, match="max_posting_bytes=0: must be at least 1"):
        rolescan.read_postings([path], max_posting_bytes=0)
    with pytest.raises(TypeError, match=r"max_posting_bytes must be an int \(bytes\), not str"):
        rolescan.read_postings([path], max_posting_bytes="32M")
    with pytest.raises(ValueError, match='input_format="rtf"'):
        rolescan.read_postings([path], input_format="rtf")
    with pytest.raises(TypeError, match=r"inputs\[1\] is int, not a path"):
        rolescan.read_postings([path, 3])
    with pytest.raises(TypeError, match="batch_size must be an int"):
        rolescan.iter_postings([path], batch_size=None)


def test_iter_postings_streams_the_same_rows(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    whole = rolescan.read_postings(["corpora/sample"])
    with pytest.warns(rolescan.RolescanWarning, match=r"export.csv \[exp-009\]: empty posting"):
        batches = list(rolescan.iter_postings(["corpora/sample"], batch_size=5))
    assert [b.num_rows for b in batches] == [5] * 6 + [2]
    assert pa.Table.from_batches(batches).equals(whole)


def test_broken_line_and_error_rows_equal_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.jsonl").write_text(BROKEN_JSONL, encoding="utf-8")
    postings = rolescan.read_postings("broken.jsonl")
    assert postings.column("posting_id").to_pylist() == ["a", "line:3", "line:4", "line:5", "7"]
    assert postings.column("source").to_pylist() == ["broken.jsonl"] * 5
    assert postings.column("error")[2].as_py().startswith("line 4 is not valid JSON")
    got = table_cells(rolescan.Scorer().score(postings), tmp_path)
    assert_same_rows(run_cli(["broken.jsonl"], tmp=tmp_path), got, tmp_path)
    assert rolescan.error_count(rolescan.Scorer().score(postings)) == 2


def test_office_documents_and_workbooks_read_as_the_cli_reads_them(tmp_path, monkeypatch):
    office = REPO / "tests" / "data" / "office"
    postings = rolescan.read_postings([str(office / "tpm.docx"), str(office / "postings.xlsx")])
    assert postings.column("posting_id").to_pylist() == ["tpm", "1001", "1002"]
    assert "technical project manager" in postings.column("text")[0].as_py().lower()
    # A .docx named otherwise, read with input_format.
    (tmp_path / "ad.bin").write_bytes((office / "tpm.docx").read_bytes())
    forced = rolescan.read_postings([str(tmp_path / "ad.bin")], input_format="docx")
    assert forced.column("text")[0].as_py() == postings.column("text")[0].as_py()


def test_sheet_option_reads_the_named_sheet_as_the_cli_does(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    workbook = str(REPO / "tests" / "data" / "office" / "postings.xlsx")
    first = rolescan.read_postings([workbook])
    archive = rolescan.read_postings([workbook], sheet="Archive")
    assert first.column("posting_id").to_pylist() == ["1001", "1002"]
    assert archive.column("posting_id").to_pylist() == ["A-7"]
    streamed = pa.Table.from_batches(list(rolescan.iter_postings(workbook, sheet="Archive")))
    assert streamed.equals(archive)
    got = table_cells(rolescan.Scorer().score(archive), tmp_path)
    assert_same_rows(run_cli([workbook], "--sheet", "Archive", tmp=tmp_path), got, tmp_path)
    # A sheet the workbook lacks is an error row naming the sheets, as in the CLI.
    missing = rolescan.read_postings([workbook], sheet="Nope")
    assert "no sheet 'Nope' (the workbook has Postings, Archive)" in missing.column("error")[0].as_py()
    with pytest.raises(TypeError, match="sheet must be a str, not int"):
        rolescan.read_postings([workbook], sheet=2)
