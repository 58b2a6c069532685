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
