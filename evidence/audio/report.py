"""What the `transcribe` command prints: one recording at a time, per-file errors on stderr."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from errors import ContactShieldError, UnreadableAudio
from evidence.audio.transcribe import (
    RecordingResult,
    Transcriber,
    build_transcriber,
    transcribe_path,
)
from evidence.images import sha256_of
from settings import Settings

TranscribeItem = RecordingResult | tuple[str, str, ContactShieldError]  # (file, sha256, error)


def transcribe_batch(
    paths: Sequence[Path], settings: Settings, transcriber: Transcriber | None = None
) -> list[TranscribeItem]:
    """Transcribe every path; each bad one gets a zh/en line on stderr, the rest continue.

    Raises the first file's error when no file at all could be transcribed (exit 2). A missing
    or broken model stops the batch at once (it is not the file's fault).
    """
    transcriber = transcriber or build_transcriber(settings)
    items: list[TranscribeItem] = []
    for path in paths:
        try:
            items.append(transcribe_path(path, settings, transcriber))
        except UnreadableAudio as error:
            try:
                digest = sha256_of(path.read_bytes())
            except OSError:
                digest = ""
            items.append((str(path), digest, error))
    failures = [item for item in items if isinstance(item, tuple)]
    fatal = bool(failures) and len(failures) == len(items)
    for _, _, error in failures[1:] if fatal else failures:
        print(error.one_line(), file=sys.stderr)
    if fatal:
        raise failures[0][2]
    return items


def item_json(item: TranscribeItem, lang: str = "zh") -> dict:
    """The SPEC § 3 `transcribe` item, or {"file", "sha256", "error"} for a bad file."""
    if isinstance(item, RecordingResult):
        return item.to_json()
    file, digest, error = item
    return {"file": file, "sha256": digest, "error": error.message(lang)}


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def transcribe_text_report(items: Sequence[TranscribeItem], lang: str = "zh") -> str:
    """Human-readable `transcribe` output (without --json)."""
    zh = lang != "en"
    blocks = []
    for item in items:
        if not isinstance(item, RecordingResult):
            blocks.append(f"✗ {item[0]}: {item[2].message(lang)}")
            continue
        info = item.info
        head = (
            f"{info.file}  时长 {info.duration_s:.1f} 秒  录音时间 {info.captured_at or '未知'}"
            if zh
            else f"{info.file}  {info.duration_s:.1f} s  recorded {info.captured_at or 'unknown'}"
        )
        lines = [head, f"  SHA-256 {info.sha256}"]
        lines += [f"  [{_clock(s.start)}–{_clock(s.end)}] {s.text}" for s in item.segments]
        if item.entities.phones:
            lines.append(("  号码：" if zh else "  phones: ") + "、".join(item.entities.phones))
        if item.entities.threats:
            lines.append(("  威胁：" if zh else "  threats: ") + "、".join(item.entities.threats))
        lines.append("  机器转写，请边听边核对。" if zh else "  Machine transcript: check it.")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
