"""`cli.py export` of a case file with empty SHA-256 fields: each is computed from its file."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exports.test_dossier import _write_case

ROOT = Path(__file__).resolve().parents[2]


def _export(case_path: Path, fmt: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "cli.py"),
            "export",
            "--case",
            str(case_path),
            "--format",
            fmt,
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=out.parent,  # the files are found beside the case file, not the working folder
    )


@pytest.fixture
def emptied(tmp_path: Path) -> tuple[Path, list[str]]:
    case_path, hashes = _write_case(tmp_path)
    document = json.loads(case_path.read_text(encoding="utf-8"))
    for item in document["evidence"]:
        item["sha256"] = "" if item["id"] != "E5" else item["sha256"]
    case_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return case_path, hashes


def test_markdown_list_prints_each_files_hash(emptied, tmp_path: Path) -> None:
    case_path, hashes = emptied
    out = tmp_path / "out" / "list.md"
    out.parent.mkdir()
    done = _export(case_path, "md", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert all(sha in text for sha in hashes)
    assert "f" * 64 in text  # a stated hash of a missing file is kept as stated
    assert "（无）" not in text


def test_csv_list_has_the_hash_column_filled(emptied, tmp_path: Path) -> None:
    case_path, hashes = emptied
    out = tmp_path / "list.csv"
    done = _export(case_path, "csv", out)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    column = rows[0].index("SHA-256")
    assert [row[column] for row in rows[1:5]] == hashes


def test_a_missing_file_keeps_an_empty_hash_and_export_still_works(tmp_path: Path) -> None:
    case_path, _ = _write_case(tmp_path)
    document = json.loads(case_path.read_text(encoding="utf-8"))
    document["evidence"][-1]["sha256"] = ""  # shots/gone.png does not exist
    case_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "list.csv"
    done = _export(case_path, "csv", out)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
