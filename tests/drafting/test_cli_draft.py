"""`cli.py draft`: SPEC § 3 JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cli

from .conftest import CASES_DIR

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_index(monkeypatch):
    # Retrieval is tested elsewhere; here it would only load the embedding model.
    monkeypatch.setattr("drafting.service.retriever_for", lambda settings: None)


@pytest.mark.parametrize("kind", cli.DRAFT_KINDS)
def test_template_draft_json(kind, capsys):
    case = str(CASES_DIR / "many_numbers.json")
    code = cli.main(["draft", "--case", case, "--kind", kind, "--backend", "template", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert document["kind"] == kind
    assert document["backend"] == "template"
    assert document["citations"] == []
    assert not any(document["checks"].values())
    assert isinstance(document["seconds"], float)
    assert "17100005678" in document["text"] or kind in ("contacts", "deletion", "evidence_list")


def test_bad_case_file_is_exit_2_with_one_line(tmp_path):
    bad = tmp_path / "case.json"
    bad.write_text("{not json", encoding="utf-8")
    command = [sys.executable, "cli.py", "draft", "--case", str(bad), "--kind", "platform"]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "案件文件不是有效的 JSON" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_plain_output_is_the_text(capsys):
    case = str(CASES_DIR / "settled_loan.json")
    assert cli.main(["draft", "--case", case, "--kind", "contacts", "--backend", "template"]) == 0
    assert capsys.readouterr().out.startswith("各位亲友：")


def test_draft_json_lists_the_issues_with_why_and_statutes(capsys):
    case = str(Path(__file__).resolve().parent / "heldout" / "fake_court.json")
    code = cli.main(
        ["draft", "--case", case, "--kind", "police", "--backend", "template", "--json"]
    )
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    issues = {issue["id"]: issue for issue in document["issues"]}
    assert set(issues) == {"repeated", "documents"}
    assert issues["documents"]["why"].startswith("证据E1（发送方未识别）：“【人民法院】")
    # Papers the user has not checked: no 刑法 280, the police are asked to look into them.
    assert issues["documents"]["statutes"] == []
    assert "请公安机关核查上述文书的来源和真实性" in document["text"]
    assert set(document) >= {"kind", "backend", "text", "citations", "issues", "checks", "seconds"}
