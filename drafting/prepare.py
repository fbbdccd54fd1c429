"""Read drafts' prompts in the background while the user is still on the 起草 page.

On 2 CPU cores the model needs ~30 s to read a drafting prompt before it writes a word. The page
knows the prompt as soon as it shows the case, the kind and the guidance passages, so it asks for
that prompt to be read at once, and then for the other kinds of the same case (their passages are
retrieved here); when the user clicks 生成, the model restores what it read and starts writing
within a second or two. A prompt read in advance gives exactly the same draft.

One worker thread reads one prompt at a time. Each request replaces whatever still waits (the
user picked another kind or changed the facts: those prompts are no longer wanted), and a prompt
already read or being read is not read again. Nothing here imports streamlit.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from casefile.model import Case
from drafting.backends.llama import ReadingInterrupted
from drafting.compose import PassageSearch, retrieve_passages
from drafting.prompts import PromptPassage, build_messages

WAITING, READING, READ, FAILED = "waiting", "reading", "read", "failed"
MAX_REMEMBERED = 32
INTERRUPTED_PAUSE_S = 0.1  # lets the draft that interrupted a reading take the model first

log = logging.getLogger(__name__)


def can_prepare(backend: object, kind: str) -> bool:
    """Whether drafts of `kind` from `backend` have a prompt to read ahead (the local model's)."""
    if kind == "evidence_list" or getattr(backend, "deterministic", False):
        return False
    return callable(getattr(backend, "prepare", None))


def prompt_key(backend: object, case: Case, kind: str) -> str:
    """Names the prompt of one kind for one version of a case, read by one backend."""
    return _key(backend, _case_digest(case), kind)


def _case_digest(case: Case) -> str:
    # The whole case, OCR text included: hashed once per request, not once per kind.
    return hashlib.sha256(repr(case).encode()).hexdigest()[:24]


def _key(backend: object, case_digest: str, kind: str) -> str:
    return f"{id(backend)}:{case_digest}:{kind}"


@dataclass(frozen=True)
class _Reading:
    key: str
    backend: Any
    case: Case
    kind: str
    passages: tuple[PromptPassage, ...] | None  # None: retrieve them first
    retriever: PassageSearch | None


class PromptPreparer:
    """Reads prompts ahead, one at a time, in a worker thread that exits when idle."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._states: OrderedDict[str, str] = OrderedDict()
        self._queue: deque[_Reading] = deque()
        self._worker: threading.Thread | None = None

    def request(
        self,
        backend: Any,
        case: Case,
        kind: str,
        passages: Sequence[PromptPassage],
        *,
        retriever: PassageSearch | None = None,
        then: Sequence[str] = (),
    ) -> str | None:
        """Have the prompt of this draft read, then those of the kinds in `then`.

        Returns the key of the first (for `state`), or None when `backend` reads no prompts.
        """
        if not can_prepare(backend, kind):
            return None
        digest = _case_digest(case)
        key = _key(backend, digest, kind)
        wanted = [_Reading(key, backend, case, kind, tuple(passages), retriever)]
        # Only the shown kind's passages are known here; the worker retrieves the others'.
        wanted += [
            _Reading(_key(backend, digest, other), backend, case, other, None, retriever)
            for other in then
            if other != kind and can_prepare(backend, other)
        ]
        with self._changed:
            for dropped in self._queue:
                if self._states.get(dropped.key) == WAITING:
                    del self._states[dropped.key]
            self._queue.clear()
            for reading in wanted:
                if self._states.get(reading.key) not in (READING, READ):
                    self._queue.append(reading)
                    self._remember(reading.key, WAITING)
            if self._queue and self._worker is None:
                self._worker = threading.Thread(
                    target=self._run, name="prompt-preparer", daemon=True
                )
                self._worker.start()
        return wanted[0].key

    def state(self, key: str | None) -> str | None:
        with self._changed:
            return self._states.get(key) if key else None

    def wait(self, key: str, timeout: float | None = None) -> str | None:
        """Block until the prompt under `key` is read or failed (or `timeout` seconds pass)."""
        with self._changed:
            self._changed.wait_for(lambda: self._states.get(key) not in (WAITING, READING), timeout)
            return self._states.get(key)

    def _remember(self, key: str, state: str) -> None:
        self._states[key] = state
        self._states.move_to_end(key)
        while len(self._states) > MAX_REMEMBERED:
            self._states.popitem(last=False)
        self._changed.notify_all()

    def _run(self) -> None:
        while True:
            with self._changed:
                if not self._queue:
                    self._worker = None  # under the lock: request() starts a new worker
                    return
                reading = self._queue.popleft()
                self._remember(reading.key, READING)
            try:
                passages = reading.passages
                if passages is None:
                    passages = retrieve_passages(reading.retriever, reading.kind, reading.case)
                messages = build_messages(reading.kind, reading.case, passages)
                reading.backend.prepare(messages, yield_to_drafts=True)
            except ReadingInterrupted:
                # A draft of another prompt took the model: read this one again after it.
                with self._changed:
                    self._queue.appendleft(replace(reading, passages=passages))
                    self._remember(reading.key, WAITING)
                time.sleep(INTERRUPTED_PAUSE_S)
                continue
            except Exception:  # reading ahead only saves time: the draft itself reports errors
                log.warning("reading a drafting prompt ahead failed", exc_info=True)
                state = FAILED
            else:
                state = READ
            with self._changed:
                self._remember(reading.key, state)


_SHARED = PromptPreparer()


def shared_preparer() -> PromptPreparer:
    """The process-wide preparer (it serves the one shared local model)."""
    return _SHARED
