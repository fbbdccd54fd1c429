"""Background transcription jobs: a small registry keyed by (case id, SHA-256) and one worker.

One worker thread at a time, because transcription uses every CPU thread it is given; jobs wait
in a queue. A job is any `work(progress)` callable; its progress is a fraction 0..1 and its state
queued → running → done | failed. A failure keeps a user-facing error (Chinese first). Nothing
here imports streamlit: the 证据 page polls `status()` while jobs run.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from errors import ContactShieldError

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
JobKey = tuple[str, str]  # (case id, sha256 of the original recording)
Progress = Callable[[float], None]
Work = Callable[[Progress], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobStatus:
    """A snapshot of one job (never changes; the registry swaps in a new one)."""

    key: JobKey
    state: str
    progress: float = 0.0
    error: ContactShieldError | None = None

    @property
    def pending(self) -> bool:
        return self.state in (QUEUED, RUNNING)


def unexpected_failure(error: BaseException) -> ContactShieldError:
    """What the user sees when transcription fails for a reason we did not foresee."""
    return ContactShieldError(
        f"转写失败（{type(error).__name__}：{error}）。",
        f"Transcription failed ({type(error).__name__}: {error}).",
        "录音原文件已保存在案件中；可以重试，或边听边手动输入文字。",
        "The original recording is kept in the case; try again, or type the words while listening.",
    )


class TranscriptionJobs:
    """Jobs by key, run one at a time by a worker thread that exits when the queue is empty."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._jobs: dict[JobKey, JobStatus] = {}
        self._queue: deque[tuple[JobKey, Work]] = deque()
        self._worker: threading.Thread | None = None

    def submit(self, key: JobKey, work: Work) -> JobStatus:
        """Queue `work` under `key`; a job already queued or running under it is kept instead."""
        with self._changed:
            current = self._jobs.get(key)
            if current is not None and current.pending:
                return current
            status = JobStatus(key, QUEUED)
            self._jobs[key] = status
            self._queue.append((key, work))
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._run, name="transcription-worker", daemon=True
                )
                self._worker.start()
            self._changed.notify_all()
        return status

    def status(self, key: JobKey) -> JobStatus | None:
        with self._changed:
            return self._jobs.get(key)

    def statuses(self, case_id: str) -> dict[str, JobStatus]:
        """sha256 -> status of every job of one case."""
        with self._changed:
            return {key[1]: job for key, job in self._jobs.items() if key[0] == case_id}

    def wait(self, key: JobKey, timeout: float | None = None) -> JobStatus | None:
        """Block until the job under `key` is done or failed (or `timeout` seconds pass)."""
        with self._changed:
            self._changed.wait_for(
                lambda: key not in self._jobs or not self._jobs[key].pending, timeout
            )
            return self._jobs.get(key)

    def _set(self, key: JobKey, **changes: object) -> None:
        with self._changed:
            self._jobs[key] = replace(self._jobs[key], **changes)  # type: ignore[arg-type]
            self._changed.notify_all()

    def _run(self) -> None:
        while True:
            with self._changed:
                if not self._queue:
                    self._worker = None  # under the lock: submit() starts a new worker
                    return
                key, work = self._queue.popleft()
            self._set(key, state=RUNNING, progress=0.0)

            def progress(fraction: float, key: JobKey = key) -> None:
                with self._changed:
                    job = self._jobs[key]
                    shown = max(job.progress, min(max(float(fraction), 0.0), 1.0))
                    self._jobs[key] = replace(job, progress=shown)
                    self._changed.notify_all()

            try:
                work(progress)
            except ContactShieldError as error:
                self._set(key, state=FAILED, error=error)
            except Exception as error:  # a worker must survive any job; the user gets a message
                log.exception("transcription job %s failed", key)
                self._set(key, state=FAILED, error=unexpected_failure(error))
            else:
                self._set(key, state=DONE, progress=1.0)


_SHARED = TranscriptionJobs()


def shared_jobs() -> TranscriptionJobs:
    """The process-wide registry (every browser session sees the same jobs)."""
    return _SHARED
