"""The `openai` backend: any OpenAI-compatible server (llama.cpp server, vLLM, Ollama) over SSE."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import httpx

from drafting.llm import ChatMessage
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


class OpenAICompatibleBackend:
    """Streams `/chat/completions` from an OpenAI-compatible server; one HTTP client, reused."""

    name = "openai"

    def __init__(
        self, base_url: str, *, model: str = "local", timeout_s: float = 120.0, api_key: str = ""
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout_s = timeout_s
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        # Connect fast (a dead server should fail in seconds), read slowly (CPU models are slow).
        timeout = httpx.Timeout(timeout_s, connect=min(5.0, timeout_s))
        self._client = httpx.Client(timeout=timeout, headers=headers, trust_env=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAICompatibleBackend:
        """The backend configured by CS_OPENAI_* settings."""
        return cls(
            settings.openai_base_url,
            model=settings.openai_model,
            timeout_s=settings.openai_timeout_s,
        )

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
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": True,
        }
        url = f"{self.base_url}/chat/completions"
        try:
            with self._client.stream("POST", url, json=body) as response:
                if response.status_code >= 400:
                    response.read()
                    raise _unavailable(self.base_url, f"HTTP {response.status_code}")
                for line in response.iter_lines():
                    if stop_event is not None and stop_event.is_set():
                        return
                    piece = _sse_content(line)
                    if piece is None:
                        return
                    if piece:
                        yield piece
        except httpx.TimeoutException as error:
            raise _unavailable(self.base_url, "超时 timeout") from error
        except httpx.HTTPError as error:
            raise _unavailable(self.base_url, type(error).__name__) from error


def _sse_content(line: str) -> str | None:
    """The content of one SSE line: "" for keep-alives and role chunks, None at [DONE]."""
    if not line.startswith("data:"):
        return ""
    data = line[5:].strip()
    if data == "[DONE]":
        return None
    try:
        chunk = json.loads(data)
    except json.JSONDecodeError:
        return ""
    choices = chunk.get("choices") or [{}]
    return (choices[0].get("delta") or {}).get("content") or ""
