"""`cli.py doctor`: real checks, SPEC § 3 JSON, Chinese by default, passes with the network cut."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPECTED_CHECKS = {
    "tesseract",
    "ocr_engine",
    "embedding",
    "llm",
    "whisper",
    "index",
    "data_dir",
    "offline",
}

pytestmark = pytest.mark.model


def run_cli(*args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()):
    return subprocess.run(
        [*prefix, sys.executable, str(ROOT / "cli.py"), *args],
        capture_output=True, text=True, cwd=ROOT, env=env or os.environ.copy(), timeout=600,
    )  # fmt: skip


def test_doctor_json_passes_with_every_check():
    result = run_cli("doctor", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert {check["name"] for check in report["checks"]} == EXPECTED_CHECKS
    for check in report["checks"]:
        assert set(check) == {"name", "ok", "detail"}
        assert check["ok"], check


def test_doctor_text_is_chinese_by_default_and_english_on_request():
    chinese = run_cli("doctor")
    assert chinese.returncode == 0, chinese.stderr
    assert "一切正常" in chinese.stdout
    english = run_cli("doctor", "--lang", "en")
    assert "All good." in english.stdout


def _can_cut_network() -> bool:
    unshare = shutil.which("unshare")
    if not unshare:
        return False
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.network_cut
@pytest.mark.skipif(not _can_cut_network(), reason="unshare -n needs root / user namespaces")
def test_doctor_passes_with_the_network_cut():
    result = run_cli("doctor", "--json", prefix=("unshare", "-n"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True


def test_doctor_reports_a_missing_model_without_crashing(tmp_path: Path):
    env = os.environ.copy()
    env["CS_LLM_MODEL"] = str(tmp_path / "absent.gguf")
    result = run_cli("doctor", "--json", env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    llm = next(c for c in report["checks"] if c["name"] == "llm")
    assert llm["ok"] is False
    assert "make setup" in llm["detail"]


def test_bad_setting_is_exit_2_with_one_line(tmp_path: Path):
    env = os.environ.copy()
    env["CS_N_THREADS"] = "many"
    result = run_cli("doctor", env=env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
