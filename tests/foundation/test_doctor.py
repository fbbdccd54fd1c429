"""`cli.py doctor`: real checks, SPEC § 3 JSON, Chinese by default.

The run with the network cut is tests/security/test_sec_offline_cli.py (doctor among every step).
"""

from __future__ import annotations

import json
import os
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
    llm = next(c for c in report["checks"] if c["name"] == "llm")
    # Which backend, and whether llama.cpp can offload layers to a GPU (and how many it does).
    assert llm["detail"].startswith("backend llama: ")
    assert "GPU 加速：" in llm["detail"]
    assert "GPU 层数：" in llm["detail"]


def test_doctor_text_is_chinese_by_default_and_english_on_request():
    chinese = run_cli("doctor")
    assert chinese.returncode == 0, chinese.stderr
    assert "一切正常" in chinese.stdout
    english = run_cli("doctor", "--lang", "en")
    assert "All good." in english.stdout


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


def test_doctor_llm_names_the_template_backend(settings):
    from dataclasses import replace

    from doctor import check_llm

    assert "template" in check_llm(replace(settings, llm_backend="template"), "en")


def test_doctor_llm_names_the_server_and_the_model_it_serves(settings):
    import json as json_module
    import threading
    from dataclasses import replace
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from doctor import check_llm

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = json_module.dumps({"data": [{"id": "office-model.gguf"}]}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            chunk = {"model": "office-model.gguf", "choices": [{"delta": {"content": "你好"}}]}
            self.wfile.write(f"data: {json_module.dumps(chunk)}\n\ndata: [DONE]\n\n".encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        office = replace(settings, llm_backend="openai", openai_base_url=base_url)
        detail = check_llm(office, "en")
    finally:
        server.shutdown()
        server.server_close()
    assert detail.startswith(f"backend openai: {base_url} serves office-model.gguf")
