"""`cli.py draft --json` carries the time-limit warning in `warnings`."""

from __future__ import annotations

import json

import pytest

import cli


@pytest.fixture(autouse=True)
def _no_index(monkeypatch):
    # Retrieval is tested elsewhere; here it would only load the embedding model.
    monkeypatch.setattr("drafting.service.retriever_for", lambda settings: None)


def _draft_json(tmp_path, monkeypatch, capsys, case: dict, today: str) -> dict:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("CS_TODAY", today)
    code = cli.main(
        ["draft", "--case", str(path), "--kind", "police", "--backend", "template", "--json"]
    )
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_draft_json_warns_of_the_last_day_to_report(tmp_path, monkeypatch, capsys) -> None:
    case = {"version": 1, "harassment": {"started_on": "2026-01-10", "last_on": "2026-02-01"}}
    document = _draft_json(tmp_path, monkeypatch, capsys, case, "2026-03-01")
    assert len(document["warnings"]) == 1
    assert "2026-08-01" in document["warnings"][0]
    assert "届满" not in document["warnings"][0]


def test_draft_json_past_the_limit_and_after_a_report(tmp_path, monkeypatch, capsys) -> None:
    case = {"version": 1, "harassment": {"started_on": "2025-01-10", "last_on": "2025-02-01"}}
    document = _draft_json(tmp_path, monkeypatch, capsys, case, "2026-03-01")
    assert "届满" in document["warnings"][0]
    case["actions_taken"] = [{"on": "2025-02-05", "action": "到派出所报案", "result": "已受案"}]
    assert _draft_json(tmp_path, monkeypatch, capsys, case, "2026-03-01")["warnings"] == []
