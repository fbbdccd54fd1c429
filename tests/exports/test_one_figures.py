"""Every surface (dashboard, dossier cover and statistics, evidence list) shows the same figures."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from casefile.model import Case, case_from_dict, load_case
from exports.dossier import build_dossier, with_file_hashes
from exports.dossier_docx import render_dossier_docx
from exports.dossier_pdf import render_dossier_pdf
from exports.evidence_list import export_case
from tests.case_seed import EVIDENCE, FACTS
from tests.exports.test_dossier import POPPLER, _text, _write_case
from tests.exports.test_evidence_list import docx_text
from understanding.dashboard import dashboard_data
from understanding.headline import headline

ROOT = Path(__file__).resolve().parents[2]


def _case(**stated) -> Case:
    evidence = [
        {"id": f"E{i}", "kind": kind, "file": name, "text": text, "captured_on": on}
        for i, (name, _data, kind, text, _entities, on) in enumerate(EVIDENCE, start=1)
    ]
    case = case_from_dict({**FACTS, "evidence": evidence})
    return replace(case, harassment=replace(case.harassment, **stated))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("stated", [{}, {"calls": 42, "messages": 9}])
def test_every_surface_reads_one_set_of_figures(stated, tmp_path: Path) -> None:
    case = _case(**stated)
    shown = headline(case)
    metrics = dashboard_data(case, {}).metrics
    assert metrics["contacts_affected"] == metrics["contacts_reached"] == shown.contacts == 12
    assert (metrics["calls"], metrics["messages"]) == (shown.calls, shown.messages)
    if stated:
        assert shown.calls == 42
    dossier = build_dossier(case, {}, None, made_on="2025-03-01")
    cover = dict(dossier.facts)
    assert cover["受骚扰的联系人"] == f"{shown.contacts} 人"
    assert cover["电话次数"] == f"{shown.calls} 次"
    assert cover["骚扰期间"] == shown.period == "2025-02-10 至 2025-02-20"
    stats = "\n".join(dossier.figure_lines)
    assert f"催收电话：{shown.calls} 次" in stats
    assert f"受骚扰的联系人：{shown.contacts} 人" in stats
    for text in (
        _flat(docx_text(render_dossier_docx(dossier))),
        _flat(export_case(case, [], "md", redact=False).decode()),
        _flat(docx_text(export_case(case, [], "docx", redact=False))),
    ):
        assert f"{shown.calls}次" in text
        assert f"{shown.contacts}人" in text
        assert "2025-02-10至2025-02-20" in text
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(render_dossier_pdf(dossier))
    if POPPLER:  # the cover and the statistics page of the PDF, as printed
        text = _flat(_text(pdf))
        assert text.count(f"{shown.calls}次") >= 2
        assert text.count(f"{shown.contacts}人") >= 2


def test_empty_sha256_is_computed_from_the_file(tmp_path: Path) -> None:
    case_path, hashes = _write_case(tmp_path)
    document = json.loads(case_path.read_text(encoding="utf-8"))
    for item in document["evidence"][:4]:
        item["sha256"] = ""
    case_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    filled = with_file_hashes(load_case(case_path), case_path)
    assert [e.sha256 for e in filled.evidence[:4]] == hashes
    assert filled.evidence[4].sha256 == "f" * 64  # a stated hash is never replaced
    if not POPPLER:
        pytest.skip("poppler-utils missing")
    out = tmp_path / "dossier.pdf"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "cli.py"),
            "export",
            "--case",
            str(case_path),
            "--format",
            "dossier",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "SHA-256：（无）" not in text
    assert all(sha in text for sha in hashes)
