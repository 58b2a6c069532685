"""The binding on its own: input types, columns, user lexicons, error rows,
pickling, and equality with the CLI on the sample corpus."""

from __future__ import annotations

import pickle

import pyarrow as pa
import pytest

import rolescan
from conftest import REPO, assert_same_rows, run_cli, table_cells

CSV_COLUMNS = [
    "source", "posting_id", "words", "hits", "relevance", "p_project_manager",
    "p_it_project_manager", "p_technical_project_manager", "p_it_manager",
    "top_role", "confidence", "evidence", "error",
]


def test_columns_and_types():
    s = rolescan.Scorer()
    assert s.columns == CSV_COLUMNS
    assert s.roles == ["project_manager", "it_project_manager", "technical_project_manager", "it_manager"]
    schema = s.schema
    assert schema.names == CSV_COLUMNS
    assert schema.field("words").type == pa.int64()
    assert schema.field("relevance").type == pa.float64()
    assert schema.field("evidence").type == pa.large_string()


def test_list_of_strings():
    out = rolescan.Scorer().score(
        [
            "As IT Manager you run the service desk, ITIL processes and our network.",
            "Registered nurse for our night shift; nursing experience required.",
            "",
        ]
    )
    assert isinstance(out, pa.Table) and out.num_rows == 3
    rows = out.to_pylist()
    assert [r["posting_id"] for r in rows] == ["row:1", "row:2", "row:3"]
    assert rows[0]["top_role"] == "it_manager"
    assert rows[1]["top_role"] == "other"
    assert rows[0]["error"] is None
    assert abs(sum(rows[0][f"p_{r}"] for r in rolescan.Scorer().roles) - 1) < 1e-9
    assert rows[2]["words"] == 0 and rows[2]["hits"] == 0


def test_record_batch_table_and_pandas_agree(tmp_path):
    texts = ["IT project manager, PMP, vendor management", "Technical program manager, APIs"]
    batch = pa.record_batch({"id": ["a", "b"], "body": texts})
    s = rolescan.Scorer()
    from_batch = s.score(batch)
    assert isinstance(from_batch, pa.RecordBatch)
    from_table = s.score(pa.Table.from_batches([batch]))
    assert isinstance(from_table, pa.Table)
    from_pandas = s.score(batch.to_pandas())
    assert from_batch.column("posting_id").to_pylist() == ["a", "b"]
    cells = table_cells(from_table, tmp_path)
    assert cells[1][0][:2] == ["-", "a"] and len(cells[1]) == 2
    assert table_cells(pa.Table.from_batches([from_batch]), tmp_path) == cells
    assert table_cells(from_pandas, tmp_path) == cells


def test_missing_text_column_is_a_clear_error():
    with pytest.raises(ValueError, match="no text column"):
        rolescan.Scorer().score(pa.table({"title": ["x"]}))
    with pytest.raises(TypeError):
        rolescan.Scorer().score(42)


def test_sample_corpus_equals_cli(tmp_path, monkeypatch):
    # From the repository root, so `source` holds the same relative paths.
    monkeypatch.chdir(REPO)
    # The CLI's warning, as a RolescanWarning.
    with pytest.warns(rolescan.RolescanWarning, match=r"corpora/sample/export.csv \[exp-009\]: empty posting: no text to score"):
        postings = rolescan.read_postings(["corpora/sample"])
    assert postings.num_rows == 32
    got = table_cells(rolescan.Scorer().score(postings), tmp_path)
    assert_same_rows(run_cli(["corpora/sample"], tmp=tmp_path), got, tmp_path)


def test_error_rows_and_ids_equal_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"description": "IT project manager"}\n\nnot json\n'
        '{"id": 7, "text": "Scrum master"}\n{"title": "no text"}\n'
        '{"id": "=1+1", "description": "-IT manager"}\n',
        encoding="utf-8",
    )
    postings = rolescan.read_postings(["mixed.jsonl"])
    assert postings.column("posting_id").to_pylist() == ["line:1", "line:3", "7", "line:5", "=1+1"]
    scored = rolescan.Scorer().score(postings)
    errors = scored.column("error").to_pylist()
    assert errors[0] is None and "not valid JSON" in errors[1] and "no text field" in errors[3]
    assert scored.column("relevance").to_pylist()[1] is None
    assert_same_rows(run_cli(["mixed.jsonl"], tmp=tmp_path), table_cells(scored, tmp_path), tmp_path)


def test_user_lexicon_equals_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    lex = "tests/data/user.lex"
    s = rolescan.Scorer(lex, evidence=3)
    assert s.roles == ["data_engineer", "data_scientist"]
    got = table_cells(s.score(rolescan.read_postings(["corpora/sample"])), tmp_path)
    assert_same_rows(run_cli(["corpora/sample"], "--lexicon", lex, "--evidence", "3", tmp=tmp_path), got, tmp_path)


def test_bad_lexicon_raises():
    with pytest.raises(ValueError, match="bad.lex"):
        rolescan.Scorer(REPO / "tests/data/bad.lex")


def test_pickle_ships_settings_and_reuses_the_cached_scorer():
    s = rolescan.scorer(evidence=2)
    assert rolescan.scorer(evidence=2) is s
    again = pickle.loads(pickle.dumps(s))
    assert again is s
    assert len(pickle.dumps(s)) < 200, "the automaton is not pickled"


# --- Bad input: a clear error naming the argument, or the CLI's behaviour ---


def test_keep_of_a_result_column_is_refused():
    table = pa.table({"text": ["IT manager"], "words": [5], "n": [1]})
    with pytest.raises(ValueError, match=r"keep: 'words' is already a result column"):
        rolescan.Scorer().score(table, keep=["words"])
    out = rolescan.Scorer().score(table, keep=["n"])
    assert out.column_names == CSV_COLUMNS + ["n"]
    assert out.column_names.count("words") == 1
    with pytest.raises(ValueError, match="keep names 'n' twice"):
        rolescan.Scorer().score(table, keep=["n", "n"])
    with pytest.raises(TypeError, match=r"keep must be a list of column names, not str"):
        rolescan.Scorer().score(table, keep="n")


def test_integer_text_column_is_a_type_error():
    with pytest.raises(TypeError, match=r"text_column 'text' is int64, not text"):
        rolescan.Scorer().score(pa.table({"text": [1, 2]}))
    pd = pytest.importorskip("pandas")
    with pytest.raises(TypeError, match=r"text_column 'description' is int64, not text"):
        rolescan.Scorer().score(pd.DataFrame({"description": [3, 4]}))
    # Text and numbers mixed in one pandas column: named, not a bare ArrowTypeError.
    with pytest.raises(TypeError, match=r"text_column 'description': its values are not all of one type"):
        rolescan.Scorer().score(pd.DataFrame({"description": ["IT manager", 3]}))


def test_int_in_a_list_of_texts_is_a_type_error():
    with pytest.raises(TypeError, match=r"data\[1\] is int, not str"):
        rolescan.Scorer().score(["IT manager", 3])
    with pytest.raises(ValueError, match="a list of texts has none"):
        rolescan.Scorer().score(["IT manager"], keep=["n"])
    # None is an error row, as a null text is.
    out = rolescan.Scorer().score(["IT manager", None])
    assert out.column("error").to_pylist() == [None, "no text (the text column is null)"]


def test_other_bad_arguments_name_themselves():
    s = rolescan.Scorer()
    table = pa.table({"text": ["x"]})
    with pytest.raises(TypeError, match="text_column must be a column name"):
        s.score(table, text_column=3)
    with pytest.raises(ValueError, match="id_column: no column 'ref'"):
        s.score(table, id_column="ref")
    with pytest.raises(TypeError, match=r"id_column 'id' is double, not text \(string\) or integers"):
        s.score(pa.table({"id": [1.0], "text": ["x"]}))
    with pytest.raises(TypeError, match="source_column 'origin' is int64"):
        s.score(pa.table({"origin": [1], "text": ["x"]}), source_column="origin")
    with pytest.raises(ValueError, match='encoding="klingon": unknown encoding'):
        s.score(pa.table({"text": pa.array([b"x"], pa.binary())}), encoding="klingon")


def test_invalid_utf8_bytes_are_replaced_and_warned_as_the_cli_does(tmp_path, monkeypatch):
    # The same bytes as a CSV file for the CLI and as a binary column here.
    cells = [
        b"IT project manager \xc3\xa9 with a broken byte \xff here",  # UTF-8, one bad byte
        b"IT manager caf\xe9 culture",  # no UTF-8 beyond ASCII: Windows-1252
        b"plain IT manager",
    ]
    monkeypatch.chdir(tmp_path)
    csv_bytes = b"id,description\n" + b"".join(b"r%d,%s\n" % (i + 1, c) for i, c in enumerate(cells))
    (tmp_path / "bytes.csv").write_bytes(csv_bytes)
    table = pa.table({"id": ["r1", "r2", "r3"], "description": pa.array(cells, pa.binary())})
    for encoding, flags in (("auto", []), ("utf-8", ["--encoding", "utf-8"])):
        with pytest.warns(rolescan.RolescanWarning, match="2 postings decoded from bytes with a warning") as caught:
            out = rolescan.Scorer().score(table, source="bytes.csv", encoding=encoding)
        message = str(caught[0].message)
        assert "[r1]: invalid UTF-8 at byte 41; bad bytes were replaced with U+FFFD" in message
        if encoding == "auto":
            assert "[r2]: not UTF-8 (byte 14 is not); read as Windows-1252 (use encoding= to choose)" in message
        assert out.column("error").null_count == 3
        expected = run_cli(["bytes.csv"], *flags, tmp=tmp_path)
        assert_same_rows(expected, table_cells(out, tmp_path), tmp_path)


def test_binary_data_in_a_bytes_column_is_an_error_row():
    cells = pa.array([bytes(range(1, 40)), b"IT manager"], pa.large_binary())
    out = rolescan.Scorer().score(pa.table({"text": cells}))
    errors = out.column("error").to_pylist()
    assert errors[0].startswith("binary data (") and errors[0].endswith("skipped")
    assert errors[1] is None and out.column("top_role").to_pylist()[1] == "it_manager"


def test_pandas_result_keeps_the_index():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {"description": ["IT manager, ITIL", "Registered nurse", "Scrum master"]},
        index=pd.Index(["k7", "k3", "k9"], name="key"),
    )
    out = rolescan.Scorer().score(df)
    assert list(out.index) == ["k7", "k3", "k9"] and out.index.name == "key"
    assert list(out["posting_id"]) == ["row:1", "row:2", "row:3"]
    joined = df.join(out[["top_role"]])
    assert list(joined["top_role"]) == ["it_manager", "other", "other"]


def test_null_ids_are_numbered_as_the_cli_numbers_records_without_one():
    table = pa.table({"id": ["x", None, "z"], "text": ["a", "b", "c"]})
    assert rolescan.Scorer().score(table).column("posting_id").to_pylist() == ["x", "row:2", "z"]
    ids = rolescan.Scorer().score(["a", "b"], row_offset=10).column("posting_id").to_pylist()
    assert ids == ["row:11", "row:12"]


# --- Threads ---


def test_threads_are_capped_with_a_clear_error():
    cap = rolescan.max_threads()
    assert 4 <= cap <= 256
    for threads in (cap + 1, 10_000, 100_000):
        with pytest.raises(ValueError, match=rf"threads={threads}: at most {cap} here"):
            rolescan.Scorer(threads=threads)
    assert rolescan.Scorer(threads=cap).threads == cap
    assert rolescan.Scorer(threads=0).threads >= 1
    with pytest.raises(ValueError, match="threads=-1: must be 0 or more"):
        rolescan.Scorer(threads=-1)
    with pytest.raises(TypeError, match="threads must be an int, not str"):
        rolescan.Scorer(threads="4")
    with pytest.raises(ValueError, match="evidence=-2: must be 0 or more"):
        rolescan.scorer(evidence=-2)


def test_several_threads_give_the_same_rows(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    postings = rolescan.read_postings(["corpora/sample"])
    one = table_cells(rolescan.Scorer(threads=1).score(postings), tmp_path)
    assert table_cells(rolescan.Scorer(threads=rolescan.max_threads()).score(postings), tmp_path) == one


def test_a_column_with_no_values_is_null_text_whatever_its_type():
    pd = pytest.importorskip("pandas")
    # pandas types a column of missing values float64; there is no number in it.
    out = rolescan.Scorer().score(pd.DataFrame({"description": [float("nan")] * 2}))
    assert list(out["error"]) == ["no text (the text column is null)"] * 2
    with pytest.raises(TypeError, match="text_column 'description' is double, not text"):
        rolescan.Scorer().score(pd.DataFrame({"description": [1.5, float("nan")]}))


def test_spark_corrupt_records_are_error_rows():
    table = pa.table(
        {"_corrupt_record": [None, '{"id": "b", "text": broken'], "description": ["IT manager", None], "id": ["a", None]}
    )
    out = rolescan.Scorer().score(table)
    assert out.column("error").to_pylist() == [
        None,
        "not valid JSON (Spark's reader kept the line in _corrupt_record)",
    ]
    assert out.column("top_role").to_pylist() == ["it_manager", None]
