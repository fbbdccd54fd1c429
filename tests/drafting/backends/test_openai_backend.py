"""The openai backend against a real llama.cpp server on 127.0.0.1, a stub that misbehaves, none."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

import cli
from drafting.backends.base import ChatMessage
from drafting.backends.openai_compatible import OpenAICompatibleBackend, _sse_content
from drafting.compose import draft_document
from errors import LLMUnavailable
from settings import load_settings
from tests.drafting.conftest import CASES_DIR, TODAY, case_named

ROOT = Path(__file__).resolve().parents[3]
API_KEY = "office-test-key"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_sse_lines_are_parsed():
    assert _sse_content('data: {"choices":[{"delta":{"content":"你好"}}]}') == "你好"
    assert _sse_content('data: {"choices":[{"delta":{"role":"assistant"}}]}') == ""
    assert _sse_content(": keep-alive") == ""
    assert _sse_content("data: [DONE]") is None
    assert _sse_content("data: <html>") != ""  # garbage is marked, not read as empty


# --- a stub server that misbehaves on purpose ------------------------------------------------

CHUNK = 'data: {"model":"stub","choices":[{"delta":{"content":"您好"}}]}\n\n'


class _StubHandler(BaseHTTPRequestHandler):
    behave: Callable[[BaseHTTPRequestHandler], None]

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).behave(self)

    def do_GET(self):
        type(self).behave(self)

    def log_message(self, *args):
        pass


def _sse_head(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()


def _stalls_mid_stream(handler):
    _sse_head(handler)
    handler.wfile.write(CHUNK.encode())
    handler.wfile.flush()
    time.sleep(8)  # then nothing: a stuck server


def _trickles_keepalives(handler):
    _sse_head(handler)
    for _ in range(80):  # a comment every 0.1 s: never idle long enough for the chunk limit
        handler.wfile.write(b": ping\n\n")
        handler.wfile.flush()
        time.sleep(0.1)


def _sends_html(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.wfile.write(b"<html><body>router login</body></html>\n")


def _models_and_stream(handler):
    if handler.command == "GET":
        body = json.dumps({"object": "list", "data": [{"id": "stub-model.gguf"}]}).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        return
    _sse_head(handler)
    handler.wfile.write((CHUNK + "data: [DONE]\n\n").encode())


@pytest.fixture
def stub_server() -> Iterator[Callable[[Callable], str]]:
    servers = []

    def start(behave: Callable) -> str:
        handler = type("Handler", (_StubHandler,), {"behave": staticmethod(behave)})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_server_that_stalls_mid_stream_hits_the_chunk_limit_and_the_template_is_used(
    stub_server,
):
    backend = OpenAICompatibleBackend(stub_server(_stalls_mid_stream), chunk_timeout_s=1.0)
    started = time.monotonic()
    result = draft_document(case_named("typical"), "platform", backend, today=TODAY)
    assert time.monotonic() - started < 5
    assert result.repair == "template_fallback"
    assert "长时间没有输出" in result.error
    assert result.checks.passed


def test_a_server_that_only_trickles_keepalives_hits_the_total_limit(stub_server):
    backend = OpenAICompatibleBackend(
        stub_server(_trickles_keepalives), timeout_s=1.5, chunk_timeout_s=1.0
    )
    started = time.monotonic()
    with pytest.raises(LLMUnavailable) as raised:
        list(backend.generate([ChatMessage("user", "你好")]))
    assert time.monotonic() - started < 4
    assert "回复太久" in raised.value.message("zh")


def test_a_server_that_answers_html_is_garbage_not_an_empty_draft(stub_server):
    backend = OpenAICompatibleBackend(stub_server(_sends_html))
    with pytest.raises(LLMUnavailable) as raised:
        list(backend.generate([ChatMessage("user", "你好")]))
    assert "无法识别" in raised.value.message("zh")


def test_server_info_and_where_name_the_server_and_its_model(stub_server):
    base_url = stub_server(_models_and_stream)
    backend = OpenAICompatibleBackend(base_url, model="local")
    info = backend.server_info()
    assert info.models == ("stub-model.gguf",)
    assert "".join(backend.generate([ChatMessage("user", "你好")])) == "您好"
    assert backend.where() == f"{base_url} · stub-model.gguf"


def test_settings_carry_key_and_time_limits_to_the_backend():
    settings = load_settings(
        {
            "CS_OPENAI_BASE_URL": "http://192.0.2.1:8080/v1",
            "CS_OPENAI_API_KEY": "k",
            "CS_OPENAI_CONNECT_TIMEOUT": "2",
            "CS_OPENAI_CHUNK_TIMEOUT": "30",
            "CS_OPENAI_TIMEOUT": "90",
        }
    )
    backend = OpenAICompatibleBackend.from_settings(settings)
    assert backend._client.headers["Authorization"] == "Bearer k"
    assert backend._client.timeout.connect == 2
    assert backend._client.timeout.read == 30
    assert backend.timeout_s == 90


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
        "--api_key", API_KEY,
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
                headers = {"Authorization": f"Bearer {API_KEY}"}
                if httpx.get(f"{base_url}/models", timeout=2, headers=headers).status_code == 200:
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
    backend = OpenAICompatibleBackend(
        llama_server, timeout_s=900, chunk_timeout_s=300, api_key=API_KEY
    )
    info = backend.server_info()
    assert info.models, "GET /models lists the model the server serves"
    pieces = list(backend.generate([ChatMessage("user", "用一句中文说“你好”。")], max_tokens=16))
    assert "".join(pieces).strip()
    result = draft_document(
        case_named("few_contacts"), "contacts", backend, max_tokens=64, retries=0, today=TODAY
    )
    assert result.backend == "openai"
    assert result.error == ""
    assert result.pieces > 0
    assert result.checks.passed, result.checks.as_dict()
    assert result.repair in ("none", "retried", "dropped_sentences")
    assert backend.where().startswith(f"{llama_server} · ")


@pytest.mark.model
def test_server_and_in_process_drafts_pass_the_same_checks(llama_server, real_llm):
    case = case_named("typical")
    options = {"max_tokens": 160, "retries": 1, "today": TODAY}
    served = OpenAICompatibleBackend(
        llama_server, timeout_s=900, chunk_timeout_s=300, api_key=API_KEY
    )
    remote = draft_document(case, "platform", served, **options)
    local = draft_document(case, "platform", real_llm, **options)
    assert remote.error == ""
    assert remote.checks.as_dict() == local.checks.as_dict()
    assert remote.checks.passed


@pytest.mark.model
def test_real_server_rejects_a_wrong_key_with_a_clear_message(llama_server):
    backend = OpenAICompatibleBackend(llama_server, timeout_s=60, api_key="wrong-key")
    with pytest.raises(LLMUnavailable) as raised:
        backend.server_info()
    assert "拒绝了访问密钥" in raised.value.message("zh")
    assert "CS_OPENAI_API_KEY" in raised.value.message("zh")
    result = draft_document(case_named("typical"), "platform", backend, today=TODAY)
    assert result.repair == "template_fallback"
    assert "拒绝了访问密钥" in result.error
    assert result.checks.passed
