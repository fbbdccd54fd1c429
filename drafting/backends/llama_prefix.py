"""Evaluate the parts of a prompt that other prompts share once, without changing an output token.

On 2 CPU cores llama.cpp reads a prompt at about 20 tokens/s, so a ~900-token drafting prompt
costs ~45 s before the first word. Most of it is shared: the rules are the same for every draft,
and a case's facts and evidence are the same for every kind of letter. llama-cpp-python can reuse
a cached prefix on its own, but then the reused tokens were computed in whatever batch shape an
earlier prompt had, and the same prompt can give a different greedy reply.

Here a prompt is cut into fixed stages, always evaluated one after the other, each from the end of
the one before:
1. everything before the last message's content (the system message: the rules);
2. the start of the last message that other prompts share (`shared_head`: the case's materials);
3. the rest but its last token.
After each stage its key/value cells are kept. Before a generation the cache is set to the cells of
the deepest stage already kept, the stages after it are evaluated, and llama-cpp-python evaluates
the last token. A draft therefore goes through the same computation whether its stages were just
evaluated or restored, and stays reproducible at temperature 0.

`prepare` can run before the user asks for a draft (the 起草 page starts it in the background), so
that the draft itself only restores cells and evaluates one token.

With a `directory`, the first stage's cells are also kept on disk (a few MB), so the first draft
after the app starts again skips the rules too. Only that stage is written: it holds the rules,
never case data; the file name binds the cells to the model file and the tokens. Stages with
case data stay in memory.
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
# ~28 KB of cells per token for the default 1.5B model: a whole drafting prompt is ~25 MB, so this
# keeps the rules, a case's materials and every kind's prompt of the case being worked on.
MAX_CELL_BYTES = 192 * 1024 * 1024
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
        max_bytes: int = MAX_CELL_BYTES,
        *,
        directory: Path | None = None,
        model_id: str = "",
    ) -> None:
        self.max_bytes = max_bytes
        self.directory = directory
        self.model_id = model_id  # what the stored cells were computed with
        self._cells: OrderedDict[tuple[int, ...], bytes] = OrderedDict()
        self._formatter: Any = None
        self.hits = 0  # prepares that restored a stage
        self.misses = 0  # prepares that evaluated every stage
        self.restored_tokens = 0  # by the last prepare

    def prepare(self, llama: Any, messages: Sequence[dict[str, str]], shared_head: str = "") -> int:
        """Leave `llama` holding every stage of the prompt of `messages`; return their length.

        Returns 0 (and an empty cache) when the prompt has no stage worth keeping or its chat
        template is one this code cannot reproduce; the whole prompt is then evaluated fresh.
        """
        full = self.prompt_tokens(llama, messages) or []
        stages = self.stages(llama, messages, shared_head, full)
        self.restored_tokens = 0
        if not stages:
            llama.reset()
            return 0
        llama._ctx.kv_cache_clear()
        llama.reset()
        done, position = 0, 0
        for depth in range(len(stages) - 1, -1, -1):
            end, lasting = stages[depth]
            key = tuple(full[:end])
            cells = self._cells.get(key) or (self._load(key) if lasting else None)
            if cells is None:
                continue
            if _restore(llama, cells, full[:end]):
                self._keep(key, cells)
                done, position = depth + 1, end
                self.restored_tokens = end
                break
            llama._ctx.kv_cache_clear()  # a refused restore may have left cells behind
            llama.reset()
        if done:
            self.hits += 1
        else:
            self.misses += 1
        for end, lasting in stages[done:]:
            llama.eval(full[position:end])
            key = tuple(full[:end])
            cells = _save(llama)
            self._keep(key, cells)
            if lasting:
                self._store(key, cells)
            position = end
        return position

    def stages(
        self,
        llama: Any,
        messages: Sequence[dict[str, str]],
        shared_head: str = "",
        full: Sequence[int] | None = None,
    ) -> list[tuple[int, bool]]:
        """Where each stage of the prompt ends, and whether its cells may be kept on disk."""
        if full is None:
            full = self.prompt_tokens(llama, messages) or []
        if len(messages) < 2 or not full:
            return []
        last = dict(messages[-1])

        def shared_with(content: str) -> int:
            probe = self.prompt_tokens(llama, [*messages[:-1], {**last, "content": content}])
            return len(common_prefix(full, probe or []))

        ends = [(shared_with(""), True)]
        if shared_head and last["content"].startswith(shared_head):
            ends.append((shared_with(shared_head), False))
        # Keep at least one token to evaluate, so the reply starts from fresh logits.
        ends.append((len(full) - 1, False))
        stages: list[tuple[int, bool]] = []
        for end, lasting in ends:
            after = stages[-1][0] if stages else MIN_PREFIX_TOKENS - 1
            if after < end < len(full):
                stages.append((end, lasting))
        return stages

    def _keep(self, key: tuple[int, ...], cells: bytes) -> None:
        """In memory, most recently used last; the oldest go beyond `max_bytes`."""
        self._cells[key] = cells
        self._cells.move_to_end(key)
        while len(self._cells) > 1 and sum(map(len, self._cells.values())) > self.max_bytes:
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
