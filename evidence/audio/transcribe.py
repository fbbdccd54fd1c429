"""Call recordings as evidence: check, decode and transcribe audio offline.

Bytes in → SHA-256 of the original, duration, capture time (file name, else container metadata),
timed transcript segments in Simplified Chinese, and entities/threats from the transcript.
Transcription goes through the small `Transcriber` protocol; the real backend is faster-whisper
(CTranslate2) loaded from a local folder, CPU int8, greedy decoding.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from errors import ModelBroken, model_missing
from evidence.audio.decode import SAMPLE_RATE, AudioInfo, _audio_error, decode_audio, probe_audio
from evidence.entities import Entities, extract_entities
from settings import Settings

ProgressCallback = Callable[[float], None]  # fraction of the recording transcribed, 0..1

# Decoding choices for phone audio with Whisper base (see docs/BENCHMARKS.md). The defaults
# (no_speech 0.6, log_prob -1.0) blank whole phone-band windows; the bundled VAD drops most
# phone-band speech; conditioning on previous text makes loops spread; an initial prompt in
# Chinese leaks into the output — so none of those.
WHISPER_OPTIONS: dict[str, Any] = {
    "language": "zh",
    "task": "transcribe",
    "beam_size": 1,
    "best_of": 1,
    "temperature": 0.0,
    "vad_filter": False,
    "condition_on_previous_text": False,
    "no_speech_threshold": 0.9,
    "log_prob_threshold": -2.0,
    "compression_ratio_threshold": 2.6,
    "initial_prompt": None,
    "without_timestamps": False,
}


@dataclass(frozen=True)
class Segment:
    """One timed piece of the transcript (seconds from the start of the recording)."""

    start: float
    end: float
    text: str

    def to_json(self) -> dict:
        return {"start": round(self.start, 2), "end": round(self.end, 2), "text": self.text}

    @classmethod
    def from_json(cls, data: dict) -> Segment:
        return cls(float(data.get("start", 0)), float(data.get("end", 0)), str(data["text"]))


@dataclass(frozen=True)
class RecordingResult:
    """One transcribed recording: the SPEC § 3 `transcribe` item."""

    info: AudioInfo
    segments: tuple[Segment, ...]
    entities: Entities
    seconds: float
    engine: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return transcript_text(self.segments)

    def to_json(self) -> dict:
        return {
            "file": self.info.file,
            "sha256": self.info.sha256,
            "duration_s": round(self.info.duration_s, 2),
            "captured_at": self.info.captured_at,
            "text": self.text,
            "segments": [segment.to_json() for segment in self.segments],
            "entities": self.entities.to_json(),
            "seconds": round(self.seconds, 3),
        }


class Transcriber(Protocol):
    """Speech-to-text backend: 16 kHz mono float32 samples in, timed segments out."""

    name: str

    def transcribe(
        self, samples: np.ndarray, progress: ProgressCallback | None = None
    ) -> list[Segment]: ...


# --- checks and decoding -------------------------------------------------------------------------


_LOOP_PHRASE = re.compile(r"(.{2,12}?)(?:[,，、 ]*\1){2,}")
_LOOP_CHAR = re.compile(r"(.)\1{4,}")


def collapse_repeats(text: str) -> str:
    """Keep one copy of a phrase the decoder repeated in a loop."""
    return _LOOP_PHRASE.sub(r"\1", _LOOP_CHAR.sub(r"\1", text))


@cache
def _to_simplified() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert


def simplified(text: str) -> str:
    """Whisper often writes Mandarin in traditional characters; evidence is kept in simplified."""
    return _to_simplified()(text)


class FasterWhisperTranscriber:
    """Whisper (CTranslate2) from a local folder: CPU, int8, greedy, Chinese."""

    name = "faster-whisper"

    def __init__(self, model_dir: Path, threads: int = 2) -> None:
        self.model_dir = Path(model_dir)
        self.threads = threads
        self._model: Any = None
        self._lock = threading.Lock()  # one model shared by every session of the app

    @property
    def model(self) -> Any:
        if self._model is None:
            if not (self.model_dir / "model.bin").is_file():
                raise model_missing(self.model_dir, "语音识别模型", "Speech-to-text model")
            from faster_whisper import WhisperModel

            try:
                self._model = WhisperModel(
                    str(self.model_dir),
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=self.threads,
                    local_files_only=True,
                )
            except (RuntimeError, ValueError, OSError) as error:
                raise ModelBroken(
                    f"语音识别模型无法加载：{error}",
                    f"The speech-to-text model cannot be loaded: {error}",
                    "请重新运行 `make setup` 准备模型。",
                    "Run `make setup` again to rebuild the models.",
                ) from error
        return self._model

    def transcribe(
        self, samples: np.ndarray, progress: ProgressCallback | None = None
    ) -> list[Segment]:
        total = max(len(samples) / SAMPLE_RATE, 1e-6)
        with self._lock:
            pieces, _info = self.model.transcribe(samples, **WHISPER_OPTIONS)
            segments: list[Segment] = []
            for piece in pieces:  # a generator: decoding happens while we iterate
                text = collapse_repeats(simplified(piece.text.strip()))
                if text and not (
                    len(segments) >= 2 and segments[-1].text == segments[-2].text == text
                ):
                    segments.append(Segment(float(piece.start), float(piece.end), text))
                if progress:
                    progress(min(1.0, piece.end / total))
        return segments


def build_transcriber(settings: Settings) -> FasterWhisperTranscriber:
    return FasterWhisperTranscriber(settings.whisper_model_path, settings.asr_threads)


# --- the pipeline --------------------------------------------------------------------------------


def transcript_text(segments: Sequence[Segment]) -> str:
    """The plain text of a transcript: one line per segment."""
    return "\n".join(segment.text for segment in segments if segment.text.strip())


def entities_of(text: str, info: AudioInfo) -> Entities:
    """Entities and threats from the transcript, plus the number in the file name."""
    found = extract_entities(text)
    phones = tuple(dict.fromkeys(info.phones + found.phones))
    dates = found.dates
    if info.captured_at and info.captured_at[:10] not in dates:
        dates = tuple(sorted({*dates, info.captured_at[:10]}))
    return Entities(
        phones=phones,
        dates=dates,
        times=found.times,
        amounts=found.amounts,
        platforms=found.platforms,
        threats=found.threats,
        raw_dates=found.raw_dates,
        durations=found.durations,
    )


def transcribe_bytes(
    filename: str,
    data: bytes,
    settings: Settings,
    transcriber: Transcriber,
    progress: ProgressCallback | None = None,
) -> RecordingResult:
    """Check, decode and transcribe one recording (raises UnreadableAudio for bad input)."""
    started = time.perf_counter()
    info = probe_audio(data, filename, settings.max_audio_minutes)
    samples = decode_audio(data, info)
    segments = tuple(transcriber.transcribe(samples, progress))
    notes = () if segments else ("没有识别到说话内容：请边听边手动输入。",)
    return RecordingResult(
        info=info,
        segments=segments,
        entities=entities_of(transcript_text(segments), info),
        seconds=time.perf_counter() - started,
        engine=getattr(transcriber, "name", type(transcriber).__name__),
        notes=notes,
    )


def transcribe_path(
    path: Path,
    settings: Settings,
    transcriber: Transcriber,
    progress: ProgressCallback | None = None,
) -> RecordingResult:
    """transcribe_bytes for a file on disk; an unreadable path is UnreadableAudio."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _audio_error(
            str(path),
            f"无法读取文件（{error.strerror or error}）。",
            f"cannot read the file ({error}).",
            "请检查路径和权限。",
            "Check the path and permissions.",
        ) from error
    return transcribe_bytes(str(path), data, settings, transcriber, progress)
