"""Evaluate a prompt's fixed system part once, without changing a single output token.

On 2 CPU cores llama.cpp reads a prompt at about 20 tokens/s, so the ~400 tokens of rules and task
that every draft of a kind shares would cost ~20 s each time. llama-cpp-python can reuse a cached
prefix on its own, but then the reused tokens were computed in whatever batch shape an earlier
prompt had, and the same prompt can give a different greedy reply.

Here the reusable prefix (everything before the last message's content) is always evaluated alone,
from an empty cache, and its key/value cells are kept per prefix. Before each generation the cache
is set to exactly those cells, and llama-cpp-python evaluates the rest of the prompt from there.
A draft therefore goes through the same computation whether its prefix was just evaluated or
restored, and stays reproducible at temperature 0.

With a `directory`, the cells are also kept on disk (a few MB per kind), so the first draft of a
kind after the app starts again skips the system prompt too. They hold only the rules and the
task of a kind, never case data; the file name binds them to the model file and the tokens.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import tempfile
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MIN_PREFIX_TOKENS = 32  # below this, restoring costs about as much as evaluating
MAX_PREFIXES = 8  # one per kind, plus the strict retry's; a few MB of KV cells each
SEQUENCE = 0  # llama-cpp-python's high-level API uses sequence 0 only


def common_prefix(first: Sequence[int], second: Sequence[int]) -> list[int]:
    """The tokens both sequences start with."""
    shared = []
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        shared.append(a)
    return shared


class PrefixCache:
    """KV cells of evaluated prompt prefixes for one llama_cpp.Llama (use under its lock)."""

    def __init__(
        self,
        max_prefixes: int = MAX_PREFIXES,
        *,
        directory: Path | None = None,
        model_id: str = "",
    ) -> None:
        self.max_prefixes = max_prefixes
        self.directory = directory
        self.model_id = model_id  # what the stored cells were computed with
        self._cells: OrderedDict[tuple[int, ...], bytes] = OrderedDict()
        self._formatter: Any = None
        self.hits = 0
        self.misses = 0

    def prepare(self, llama: Any, messages: Sequence[dict[str, str]]) -> int:
        """Leave `llama` holding exactly the reusable prefix of `messages`; return its length.

        Returns 0 (and an empty cache) when the prompt has no prefix worth reusing or its chat
        template is one this code cannot reproduce; the whole prompt is then evaluated fresh.
        """
        prefix = self.reusable_prefix(llama, messages)
        if len(prefix) < MIN_PREFIX_TOKENS:
            llama.reset()
            return 0
        llama._ctx.kv_cache_clear()
        llama.reset()
        key = tuple(prefix)
        cells = self._cells.get(key) or self._load(key)
        if cells is not None:
            if _restore(llama, cells, prefix):
                self._keep(key, cells)
                self.hits += 1
                return len(prefix)
            llama._ctx.kv_cache_clear()  # a refused restore may have left cells behind
        self.misses += 1
        llama.eval(prefix)
        cells = _save(llama)
        self._keep(key, cells)
        self._store(key, cells)
        return len(prefix)

    def _keep(self, key: tuple[int, ...], cells: bytes) -> None:
        """In memory, most recently used last; the oldest go beyond `max_prefixes`."""
        self._cells[key] = cells
        self._cells.move_to_end(key)
        while len(self._cells) > self.max_prefixes:
            self._cells.popitem(last=False)

    def _file(self, key: tuple[int, ...]) -> Path | None:
        if self.directory is None:
            return None
        digest = hashlib.sha256(repr((self.model_id, key)).encode()).hexdigest()[:32]
        return self.directory / f"{digest}.kv"

    def _load(self, key: tuple[int, ...]) -> bytes | None:
        path = self._file(key)
        try:
            return path.read_bytes() if path is not None and path.is_file() else None
        except OSError:
            return None  # unreadable: evaluate the prefix instead

    def _store(self, key: tuple[int, ...], cells: bytes) -> None:
        """Best effort: a full or read-only disk only costs the next start some seconds."""
        path = self._file(key)
        if path is None:
            return
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(cells)
            os.replace(temp, path)
        except OSError:
            return

    def reusable_prefix(self, llama: Any, messages: Sequence[dict[str, str]]) -> list[int]:
        """Prompt tokens before the last message's content (the same for any such content)."""
        if len(messages) < 2:
            return []
        full = self.prompt_tokens(llama, messages)
        if full is None:
            return []
        last = dict(messages[-1])
        probe = [*messages[:-1], {**last, "content": ""}]
        prefix = common_prefix(full, self.prompt_tokens(llama, probe) or [])
        # Keep at least one token to evaluate, so the reply starts from fresh logits.
        return prefix[: len(full) - 1]

    def prompt_tokens(self, llama: Any, messages: Sequence[dict[str, str]]) -> list[int] | None:
        """The prompt tokens llama-cpp-python's chat completion would evaluate, or None."""
        formatter = self._chat_formatter(llama)
        if formatter is None:
            return None
        result = formatter(messages=list(messages))
        return llama.tokenize(
            result.prompt.encode("utf-8"), add_bos=not result.added_special, special=True
        )

    def _chat_formatter(self, llama: Any) -> Any:
        # The GGUF's own template, built the way Llama.__init__ builds it; any other chat format
        # (a handler chosen by name) is not reproduced here, and then nothing is reused.
        if self._formatter is None:
            template = getattr(llama, "metadata", {}).get("tokenizer.chat_template")
            chat_format = getattr(llama, "chat_format", None)
            own_template = chat_format == "chat_template.default" and bool(template)
            if getattr(llama, "chat_handler", None) is not None or not own_template:
                self._formatter = False
            else:
                from llama_cpp.llama_chat_format import Jinja2ChatFormatter

                eos, bos = llama.token_eos(), llama.token_bos()
                self._formatter = Jinja2ChatFormatter(
                    template=template,
                    eos_token=_token_text(llama, eos),
                    bos_token=_token_text(llama, bos),
                    stop_token_ids=[eos],
                )
        return self._formatter or None


def _token_text(llama: Any, token: int) -> str:
    return llama.detokenize([token], special=True).decode("utf-8", "replace") if token != -1 else ""


def _save(llama: Any) -> bytes:
    import llama_cpp

    ctx = llama._ctx.ctx
    size = llama_cpp.llama_state_seq_get_size(ctx, SEQUENCE)
    buffer = (ctypes.c_uint8 * size)()
    written = llama_cpp.llama_state_seq_get_data(ctx, buffer, size, SEQUENCE)
    return bytes(buffer)[:written]


def _restore(llama: Any, cells: bytes, prefix: list[int]) -> bool:
    import llama_cpp

    buffer = (ctypes.c_uint8 * len(cells)).from_buffer_copy(cells)
    if llama_cpp.llama_state_seq_set_data(llama._ctx.ctx, buffer, len(cells), SEQUENCE) == 0:
        return False  # llama.cpp refused the cells (e.g. the context changed): evaluate instead
    llama.input_ids[: len(prefix)] = prefix
    llama.n_tokens = len(prefix)
    return True
