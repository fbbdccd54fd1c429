"""Recorder files: accept them by suffix, check and decode them to 16 kHz mono, play them back."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from errors import UnreadableAudio
from evidence.audio.names import captured_from_metadata, facts_from_name
from evidence.images import sha256_of

AUDIO_SUFFIXES = ("m4a", "amr", "mp3", "aac", "wav", "ogg", "opus", "3gp", "flac")
SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class AudioInfo:
    """What we know about a recording before transcribing it."""

    file: str
    sha256: str
    duration_s: float
    codec: str
    captured_at: str = ""  # ISO local time, from the file name or the container
    phones: tuple[str, ...] = ()  # from the file name: the other party's number
    contact: str = ""


def _audio_error(filename: str, zh: str, en: str, next_zh: str, next_en: str) -> UnreadableAudio:
    return UnreadableAudio(f"{filename}：{zh}", f"{filename}: {en}", next_zh, next_en)


def _not_audio(filename: str) -> UnreadableAudio:
    return _audio_error(
        filename,
        "不是可识别的录音文件。",
        "is not an audio file we can read.",
        "请上传手机通话录音原文件（m4a、amr、mp3、aac、wav、ogg/opus）。",
        "Upload the phone's original call recording (m4a, amr, mp3, aac, wav, ogg/opus).",
    )


def _unsupported_codec(filename: str, codec: str) -> UnreadableAudio:
    return _audio_error(
        filename,
        f"录音编码（{codec or '未知'}）无法解码。",
        f"its audio codec ({codec or 'unknown'}) cannot be decoded.",
        "请用手机或电脑把它另存为 m4a 或 mp3 后再上传。",
        "Convert it to m4a or mp3 (on the phone or a computer) and upload it again.",
    )


def probe_audio(data: bytes, filename: str, max_minutes: float) -> AudioInfo:
    """Check an upload is a readable, not-too-long recording; read its duration and times."""
    import av

    if not data:
        raise _audio_error(
            filename,
            "文件是空的（0 字节）。",
            "the file is empty (0 bytes).",
            "请从手机重新导出这段录音。",
            "Export the recording from the phone again.",
        )
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            streams = container.streams.audio
            if not streams:
                raise _not_audio(filename)
            stream = streams[0]
            codec = stream.codec_context.name if stream.codec_context else ""
            if container.duration:
                duration = container.duration / av.time_base
            elif stream.duration and stream.time_base:
                duration = float(stream.duration * stream.time_base)
            else:
                duration = _decoded_seconds(container, stream, max_minutes * 60 + 1)
            tags = {**container.metadata, **stream.metadata}
    except UnreadableAudio:
        raise
    except (av.FFmpegError, ValueError, OSError, EOFError) as error:
        if "codec" in str(error).lower() or "decoder" in str(error).lower():
            raise _unsupported_codec(filename, "") from error
        raise _not_audio(filename) from error
    if duration > max_minutes * 60:
        raise _audio_error(
            filename,
            f"录音长 {duration / 60:.0f} 分钟，超过上限 {max_minutes:g} 分钟。",
            f"the recording is {duration / 60:.0f} min, over the {max_minutes:g} min limit.",
            "请把它剪成几段再上传（或调大设置 CS_MAX_AUDIO_MINUTES）。",
            "Split it into parts and upload them (or raise CS_MAX_AUDIO_MINUTES).",
        )
    name = facts_from_name(filename)
    return AudioInfo(
        file=filename,
        sha256=sha256_of(data),
        duration_s=float(duration),
        codec=codec,
        captured_at=name.captured_at or captured_from_metadata(tags),
        phones=name.phones,
        contact=name.contact,
    )


def _decoded_seconds(container: Any, stream: Any, limit: float) -> float:
    """Duration by decoding (AMR and raw AAC carry none); stops once past `limit`."""
    seconds = 0.0
    for frame in container.decode(stream):
        seconds += frame.samples / (frame.sample_rate or 8000)
        if seconds > limit:
            break
    return seconds


def decode_audio(data: bytes, info: AudioInfo) -> np.ndarray:
    """16 kHz mono float32 samples of a probed recording.

    Packets the decoder refuses are skipped, not fatal: FFmpeg's AMR-NB decoder does not
    implement comfort-noise (DTX) frames, which phones write during pauses.
    """
    import av

    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            stream = container.streams.audio[0]
            for packet in container.demux(stream):
                try:
                    frames = packet.decode()
                except (av.FFmpegError, ValueError):
                    continue
                for frame in frames:
                    chunks += [out.to_ndarray().reshape(-1) for out in resampler.resample(frame)]
            chunks += [out.to_ndarray().reshape(-1) for out in resampler.resample(None)]
    except (av.FFmpegError, ValueError, OSError, EOFError, IndexError) as error:
        raise _unsupported_codec(info.file, info.codec) from error
    if not chunks or sum(chunk.size for chunk in chunks) == 0:
        raise _unsupported_codec(info.file, info.codec)
    return np.concatenate(chunks).astype(np.float32) / 32768.0


# --- the real backend ----------------------------------------------------------------------------


# Greedy decoding without conditioning still loops now and then on noisy phone audio
# ("天窝给你,天窝给你,天窝给你,…", "力力力力力…"): a phrase of 2–12 characters 3+ times in a row,
# or one character 5+ times (so 哈哈哈 and 谢谢谢谢 stay).


# What browsers play natively; anything else (AMR above all) is converted to WAV for the player.
BROWSER_TYPES = {
    "m4a": "audio/mp4",
    "aac": "audio/aac",
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "ogg": "audio/ogg",
    "opus": "audio/ogg",
    "flac": "audio/flac",
}


def playable(data: bytes, filename: str) -> tuple[bytes, str]:
    """(bytes, MIME type) a browser's audio player can play; the stored original is untouched."""
    suffix = Path(filename).suffix.lower().lstrip(".")
    if suffix in BROWSER_TYPES:
        return data, BROWSER_TYPES[suffix]
    import wave

    info = AudioInfo(filename, "", 0.0, "")
    samples = decode_audio(data, info)
    sink = io.BytesIO()
    with wave.open(sink, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(SAMPLE_RATE)
        handle.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return sink.getvalue(), "audio/wav"


def is_audio_name(filename: str) -> bool:
    """True for the recorder file types we accept (by suffix, as the uploader does)."""
    return Path(filename).suffix.lower().lstrip(".") in AUDIO_SUFFIXES
