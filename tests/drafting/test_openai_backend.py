"""The openai backend against a real llama.cpp server on 127.0.0.1, and against no server."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import cli
from drafting.compose import draft_document
from drafting.llm import ChatMessage
from drafting.openai_backend import OpenAICompatibleBackend, _sse_content
from errors import LLMUnavailable

from .conftest import CASES_DIR, TODAY, case_named

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_sse_lines_are_parsed():
    assert _sse_content('data: {"choices":[{"delta":{"content":"你好"}}]}') == "你好"
    assert _sse_content('data: {"choices":[{"delta":{"role":"assistant"}}]}') == ""
    assert _sse_content(": keep-alive") == ""
    assert _sse_content("data: [DONE]") is None


def test_unreachable_server_is_a_clear_error_and_the_draft_falls_back():
    backend = OpenAICompatibleBackend(f"http://127.0.0.1:{_free_port()}/v1", timeout_s=3)
    with pytest.raises(LLMUnavailable) as raised:
        list(backend.generate([ChatMessage("user", "你好")]))
    assert "无法连接语言模型服务器" in raised.value.message("zh")
    result = draft_document(case_named("typical"), "platform", backend, today=TODAY)
    assert result.repair == "template_fallback"
    assert "无法连接" in result.error
    assert result.checks.passed


def test_cli_draft_with_unreachable_server_prints_template_json(monkeypatch, capsys):
    monkeypatch.setenv("CS_OPENAI_BASE_URL", f"http://127.0.0.1:{_free_port()}/v1")
    monkeypatch.setenv("CS_OPENAI_TIMEOUT", "3")
    monkeypatch.setattr("drafting.service.retriever_for", lambda settings: None)
    case = str(CASES_DIR / "typical.json")
    code = cli.main(["draft", "--case", case, "--kind", "police", "--backend", "openai", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert document["backend"] == "openai"
    assert document["repair"] == "template_fallback"
    assert document["checks"] == {
        "unsupported": [],
        "unknown_law": [],
        "missing": [],
        "tone": [],
        "scope": [],
    }
    assert "无法连接" in document["error"]


@pytest.fixture(scope="module")
def llama_server(default_settings, tmp_path_factory) -> Iterator[str]:
    port = _free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(default_settings.llm_model_path),
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "2048", "--n_threads", str(default_settings.n_threads),
    ]  # fmt: skip
    # A file, not a pipe: llama.cpp logs enough to fill a pipe and block the server.
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    log = log_path.open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if process.poll() is not None:
                tail = log_path.read_text(errors="replace")[-2000:]
                pytest.fail(f"llama_cpp.server exited: {tail}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(1)
        else:
            pytest.fail("llama_cpp.server did not start within 180 s")
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.mark.model
def test_real_server_streams_and_drafts(llama_server):
    backend = OpenAICompatibleBackend(llama_server, timeout_s=300)
    pieces = list(backend.generate([ChatMessage("user", "用一句中文说“你好”。")], max_tokens=16))
    assert "".join(pieces).strip()
    result = draft_document(
        case_named("few_contacts"), "contacts", backend, max_tokens=64, retries=0, today=TODAY
    )
    assert result.backend == "openai"
    assert result.error == ""
    assert result.pieces > 0
    assert result.checks.passed, result.checks.as_dict()
