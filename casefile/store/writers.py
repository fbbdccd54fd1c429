"""Who is writing to a data dir now, so that locking it (or changing its passphrase) loses nothing.

Two kinds of writer, both within this process:
- a store write (one transaction, milliseconds): a switch waits until the running ones end, and
  new ones wait until the switch is over; a store opened before the switch then finds the data
  dir changed and refuses typed (StoreBase checks before every write), never writing into the
  old file or plaintext into the locked dir;
- a long job that read the store and will write later (a recording's transcription, minutes):
  the switch is refused while one is pending, with a Chinese message saying what to wait for.
  Refusing, not waiting: the user chose to lock and gets an answer at once; the job keeps the
  only key it was given and its result lands whole; no key is ever handed to a thread that was
  not given one by an unlocked session.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from errors import StoreLocked

SWITCH_WAIT_S = 60.0  # a store write takes milliseconds; this only guards against a stuck one


@dataclass
class _DirState:
    changed: threading.Condition = field(default_factory=threading.Condition)
    writes: int = 0
    switching: bool = False
    jobs: dict[int, str] = field(default_factory=dict)  # hold id -> what the job is (Chinese)
    next_id: int = 0


_GUARD = threading.Lock()
_DIRS: dict[str, _DirState] = {}
_DEPTH = threading.local()  # this thread's nested store writes per data dir


def _state(data_dir: Path) -> _DirState:
    name = str(Path(data_dir).resolve())
    with _GUARD:
        return _DIRS.setdefault(name, _DirState())


@contextlib.contextmanager
def writing(data_dir: Path) -> Iterator[None]:
    """One store write: waits while the data dir switches; a switch waits for it to end."""
    state = _state(data_dir)
    depths: dict[int, int] = _DEPTH.__dict__.setdefault("depths", {})
    mine = id(state)
    if depths.get(mine):  # nested in this thread's own write: already counted
        depths[mine] += 1
        try:
            yield
        finally:
            depths[mine] -= 1
        return
    with state.changed:
        state.changed.wait_for(lambda: not state.switching)
        state.writes += 1
    depths[mine] = 1
    try:
        yield
    finally:
        depths[mine] = 0
        with state.changed:
            state.writes -= 1
            state.changed.notify_all()


class JobHold:
    """A long job's claim on a data dir; `release` (idempotent) when the job has ended."""

    def __init__(self, state: _DirState, hold_id: int) -> None:
        self._state = state
        self._id = hold_id

    def release(self) -> None:
        with self._state.changed:
            self._state.jobs.pop(self._id, None)
            self._state.changed.notify_all()


def hold_job(data_dir: Path, what: str) -> JobHold:
    """Claim the data dir for a job that will write later; `what` names it for the user."""
    state = _state(data_dir)
    with state.changed:
        state.next_id += 1
        state.jobs[state.next_id] = what
        return JobHold(state, state.next_id)


def pending_jobs(data_dir: Path) -> list[str]:
    """What the jobs holding the data dir are, oldest first."""
    state = _state(data_dir)
    with state.changed:
        return [state.jobs[key] for key in sorted(state.jobs)]


@contextlib.contextmanager
def switching(data_dir: Path, wait_s: float = SWITCH_WAIT_S) -> Iterator[None]:
    """The data dir alone for a switch: refused while a job is pending or another switch runs."""
    state = _state(data_dir)
    with state.changed:
        if state.jobs:
            raise _jobs_pending(sorted(state.jobs.values()))
        if state.switching:
            raise _busy()
        state.switching = True
        if not state.changed.wait_for(lambda: state.writes == 0, wait_s):
            state.switching = False
            state.changed.notify_all()
            raise _busy()
    try:
        yield
    finally:
        with state.changed:
            state.switching = False
            state.changed.notify_all()


# --- background jobs ---------------------------------------------------------------------------


class _Status(Protocol):
    @property
    def pending(self) -> bool: ...


class _Jobs(Protocol):
    def submit(self, key: Any, work: Callable[[Any], None]) -> Any: ...
    def status(self, key: Any) -> Any: ...


_SUBMIT = threading.Lock()


class HeldJobs:
    """A job registry whose every job holds the data dir from submit until it ends.

    Duck-types evidence.audio.jobs.TranscriptionJobs' `submit`/`status` (the store sits below
    evidence and never imports it). A key already pending is not submitted again (and takes no
    hold); the check and the submit are one step for every caller going through this class.
    """

    def __init__(self, jobs: _Jobs, data_dir: Path, what: str) -> None:
        self.jobs = jobs
        self.data_dir = Path(data_dir)
        self.what = what

    def status(self, key: Any) -> Any:
        return self.jobs.status(key)

    def submit(self, key: Any, work: Callable[[Any], None]) -> Any:
        with _SUBMIT:
            current = self.jobs.status(key)
            if current is not None and current.pending:
                return current
            hold = hold_job(self.data_dir, self.what)

            def held(progress: Any) -> None:
                try:
                    work(progress)
                finally:
                    hold.release()

            try:
                return self.jobs.submit(key, held)
            except BaseException:
                hold.release()
                raise


def _jobs_pending(jobs: list[str]) -> StoreLocked:
    what = "、".join(dict.fromkeys(jobs))
    return StoreLocked(
        f"有{len(jobs)}项后台任务（{what}）还没有完成，现在加密或更换口令会让它的结果丢失，"
        "所以这次没有做任何改动。",
        f"{len(jobs)} background job(s) ({what}) still running; locking now would lose their "
        "result, so nothing was changed.",
        "请等证据页上的转写进度走完后再试一次；已上传的录音原件都已保存。",
        "Wait until the transcription progress on the evidence page ends, then try again; the "
        "uploaded recordings are all kept.",
    )


def _busy() -> StoreLocked:
    return StoreLocked(
        "本机数据正在加密或更换口令，这次没有做任何改动。",
        "The data dir is being locked or re-keyed; nothing was changed.",
        "请等一会儿再试。",
        "Wait a moment and try again.",
    )
