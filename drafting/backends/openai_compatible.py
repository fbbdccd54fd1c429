"""The `openai` backend: any OpenAI-compatible server (llama.cpp server, vLLM, Ollama) over SSE.

An office server can be down, slow or broken; none of that may hang a draft. Three time limits
apply: connecting, each streamed piece (httpx's read timeout, measured between network reads)
and the whole reply (checked at every network read, so a server trickling bytes cannot stall us).
"""

from __future__ import annotations

import codecs
import json
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from drafting.backends.base import ChatMessage, as_chat
from errors import LLMUnavailable

if TYPE_CHECKING:
    from settings import Settings


def _unavailable(base_url: str, why: str) -> LLMUnavailable:
    return LLMUnavailable(
        f"无法连接语言模型服务器 {base_url}（{why}）。",
        f"Cannot reach the language-model server at {base_url} ({why}).",
        "请确认服务器已启动、地址（CS_OPENAI_BASE_URL）正确；也可以改用本机模型（llama）或模板（template）。",
        "Check that the server runs and CS_OPENAI_BASE_URL is right, or use the llama or "
        "template backend.",
    )


def _rejected_key(base_url: str, status: int) -> LLMUnavailable:
    return LLMUnavailable(
        f"语言模型服务器 {base_url} 拒绝了访问密钥（HTTP {status}）。",
        f"The language-model server at {base_url} rejected the API key (HTTP {status}).",
        "请向管理服务器的同事要正确的密钥，设置 CS_OPENAI_API_KEY 后重启应用。",
        "Ask whoever runs the server for the key, set CS_OPENAI_API_KEY and restart the app.",
    )


def _slow(base_url: str, what_zh: str, what_en: str, seconds: float) -> LLMUnavailable:
    return LLMUnavailable(
        f"语言模型服务器 {base_url} {what_zh}（超过 {seconds:g} 秒），已改用模板起草。",
        f"The language-model server at {base_url} {what_en} (over {seconds:g} s); "
        "the template draft is used instead.",
        "服务器可能正忙或已卡住；稍后再试，或调大 CS_OPENAI_CHUNK_TIMEOUT / CS_OPENAI_TIMEOUT。",
        "The server may be busy or stuck; try again later, or raise CS_OPENAI_CHUNK_TIMEOUT / "
        "CS_OPENAI_TIMEOUT.",
    )


def _garbage(base_url: str, why: str) -> LLMUnavailable:
    return LLMUnavailable(
        f"语言模型服务器 {base_url} 的回复无法识别（{why}）。",
        f"The language-model server at {base_url} sent a reply we cannot read ({why}).",
        "请确认 CS_OPENAI_BASE_URL 指向 OpenAI 兼容接口（通常以 /v1 结尾）。",
        "Check that CS_OPENAI_BASE_URL points at an OpenAI-compatible API (usually ending in /v1).",
    )


@dataclass(frozen=True)
class ServerInfo:
    """What `GET /models` says: which server answered and which models it serves."""

    base_url: str
    models: tuple[str, ...]
    seconds: float


class OpenAICompatibleBackend:
    """Streams `/chat/completions` from an OpenAI-compatible server; one HTTP client, reused."""

    name = "openai"

    def __init__(
        self,
        base_url: str,
        *,
        model: str = "local",
        timeout_s: float = 600.0,
        api_key: str = "",
        connect_timeout_s: float = 5.0,
        chunk_timeout_s: float = 120.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout_s = timeout_s
        self.connect_timeout_s = min(connect_timeout_s, timeout_s)
        self.chunk_timeout_s = min(chunk_timeout_s, timeout_s)
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        # Connect fast (a dead server should fail in seconds), read slowly (CPU models are slow).
        timeout = httpx.Timeout(self.chunk_timeout_s, connect=self.connect_timeout_s)
        self._client = httpx.Client(timeout=timeout, headers=headers, trust_env=False)
        self._served: str | None = None  # the model id the server reported, once asked

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAICompatibleBackend:
        """The backend configured by CS_OPENAI_* settings."""
        return cls(
            settings.openai_base_url,
            model=settings.openai_model,
            timeout_s=settings.openai_timeout_s,
            api_key=settings.openai_api_key,
            connect_timeout_s=settings.openai_connect_timeout_s,
            chunk_timeout_s=settings.openai_chunk_timeout_s,
        )

    def server_info(self) -> ServerInfo:
        """Ask the server which models it serves (raises LLMUnavailable, never hangs)."""
        started = time.perf_counter()
        try:
            response = self._client.get(f"{self.base_url}/models")
        except httpx.HTTPError as error:
            raise self._transport_error(error, "没有回应", "did not answer") from error
        self._raise_for_status(response.status_code)
        try:
            models = tuple(str(item["id"]) for item in response.json()["data"])
        except (ValueError, KeyError, TypeError) as error:
            raise _garbage(self.base_url, "GET /models") from error
        self._served = models[0] if models else None
        return ServerInfo(self.base_url, models, time.perf_counter() - started)

    def where(self) -> str:
        """Where the text is generated, for the 起草 page: server URL and model."""
        return f"{self.base_url} · {self._served or self.model}"

    def _transport_error(
        self, error: httpx.HTTPError, silent_zh: str, silent_en: str
    ) -> LLMUnavailable:
        """The user's error for a failed request: silent past the chunk limit, or unreachable."""
        if isinstance(error, httpx.TimeoutException):
            return _slow(self.base_url, silent_zh, silent_en, self.chunk_timeout_s)
        return _unavailable(self.base_url, type(error).__name__)

    def _raise_for_status(self, status: int) -> None:
        if status in (401, 403):
            raise _rejected_key(self.base_url, status)
        if status >= 400:
            raise _unavailable(self.base_url, f"HTTP {status}")

    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        stop_event: threading.Event | None = None,
    ) -> Iterator[str]:
        """Stream the reply's content pieces; raises LLMUnavailable if the server cannot answer."""
        body = {
            "model": self.model,
            "messages": as_chat(messages),
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": True,
        }
        url = f"{self.base_url}/chat/completions"
        deadline = time.monotonic() + self.timeout_s
        try:
            with self._client.stream("POST", url, json=body) as response:
                if response.status_code >= 400:
                    response.read()
                    self._raise_for_status(response.status_code)
                done = False
                for line in _lines(response.iter_bytes(), deadline):
                    if line is None:
                        raise _slow(self.base_url, "回复太久", "took too long", self.timeout_s)
                    if stop_event is not None and stop_event.is_set():
                        return
                    piece = _sse_content(line)
                    if piece is None:
                        done = True
                        break
                    if piece == _BAD:
                        raise _garbage(self.base_url, line[:60])
                    if self._served is None and line.startswith("data:"):
                        self._served = _model_of(line)
                    if piece:
                        yield piece
                if not done:
                    raise _garbage(self.base_url, "stream ended without [DONE]")
        except httpx.ConnectTimeout as error:
            raise _unavailable(self.base_url, "连接超时 connect timeout") from error
        except httpx.HTTPError as error:
            raise self._transport_error(error, "长时间没有输出", "sent nothing") from error


_BAD = "\x00bad"  # marker: a data line that is not the JSON an OpenAI server sends


def _lines(chunks: Iterator[bytes], deadline: float) -> Iterator[str | None]:
    """Decoded lines of a byte stream; None once `deadline` (monotonic) has passed."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    buffer = ""
    for chunk in chunks:
        if time.monotonic() > deadline:
            yield None
            return
        buffer += decoder.decode(chunk)
        *complete, buffer = buffer.split("\n")
        for line in complete:
            yield line.rstrip("\r")
    buffer += decoder.decode(b"", final=True)
    if buffer:
        yield buffer


def _model_of(line: str) -> str | None:
    """The model id an OpenAI stream chunk names (servers report what actually answered)."""
    try:
        model = json.loads(line[5:]).get("model")
    except (json.JSONDecodeError, AttributeError):
        return None
    return str(model) if model else None


def _sse_content(line: str) -> str | None:
    """The content of one SSE line: "" for keep-alives and role chunks, None at [DONE]."""
    if not line.startswith("data:"):
        return ""
    data = line[5:].strip()
    if data == "[DONE]":
        return None
    try:
        chunk = json.loads(data)
        choices = chunk.get("choices") or [{}]
        return (choices[0].get("delta") or {}).get("content") or ""
    except (json.JSONDecodeError, AttributeError, IndexError, TypeError):
        return _BAD
