"""Synthetic phone calls with known words: espeak-ng speaks, sox makes it sound like a phone line.

espeak-ng's `cmn-latn-pinyin` voice reads Chinese characters (its `cmn` voice reads latin letters,
such as pinyin tone digits, in English). sox band-limits to 300–3400 Hz at 8 kHz like a phone
line; seeded white noise is added at a chosen SNR. Formats: wav and amr/ogg through sox, m4a
(AAC) through PyAV — the formats phones' call recorders write.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

from evidence.audio.transcribe import Segment

VOICE = "cmn-latn-pinyin"
PHONE_RATE = 8000

# Lines a collector says on the phone (the tests hear these; the benchmark uses BENCH_LINES).
CALL_LINES = (
    "你好，我是催收公司的，你的借款已经逾期了。",
    "今天下午之前必须还钱。",
    "不还钱我们就给你所有的联系人打电话。",
    "我们知道你住在哪里，明天派人上门。",
)
BENCH_LINES = (
    "喂，是李先生吗？你在我们平台的贷款已经逾期十天了。",
    "你再不处理，我们就把你的欠款信息发给你的通讯录。",
    "你的父母和同事我们都会一个一个打电话通知。",
    "别以为换了号码就找不到你，我们有你的地址。",
    "今天晚上八点之前把钱转过来，不然后果自负。",
    "我们已经准备起诉你了，法院的传票很快就到。",
    "你的照片我们会做成通缉令发到朋友圈。",
    "你这种老赖就应该让全世界都知道。",
    "我再给你最后一次机会，马上还款。",
    "我们的工作人员明天会去你公司找你的领导。",
    "你老婆的电话我们也有，要不要我现在打给她？",
    "钱不多，还了大家都省心，你自己想清楚。",
    "这是第三次提醒你了，听到没有？",
    "你借的时候怎么不想想今天？",
    "我们的系统会自动给你的亲戚发短信。",
    "不要再挂我电话了，挂了也没有用。",
)


class CannedTranscriber:
    """Transcriber test double: returns the same segments and records what it heard."""

    name = "canned"

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self.heard: list[int] = []

    def transcribe(self, samples, progress=None):
        self.heard.append(len(samples))
        if progress:
            progress(1.0)
        return list(self.segments)


CANNED = [  # what a collector says, as a transcriber would return it
    Segment(0.0, 2.5, "你好，你的借款已经逾期了。"),
    Segment(2.5, 5.0, "不还钱我们就派人上门，给你所有联系人打电话。"),
]


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * PHONE_RATE)) / PHONE_RATE
    return (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def require_tools() -> None:
    """Fail clearly when the Debian packages the clips need are missing."""
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(
            f"missing {', '.join(missing)}: run `make setup` (apt-get install espeak-ng sox)"
        )


def _run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def _read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as handle:
        frames = handle.readframes(handle.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0


def write_wav(path: Path, samples: np.ndarray, rate: int = PHONE_RATE) -> Path:
    """16-bit mono WAV."""
    clipped = np.clip(samples, -1.0, 1.0)
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes((clipped * 32767).astype("<i2").tobytes())
    return path


def speak_phone(text: str, *, speed: int = 150, pitch: int = 50) -> np.ndarray:
    """One line spoken by espeak-ng, through a phone band (8 kHz, 300–3400 Hz), as samples."""
    require_tools()
    with tempfile.TemporaryDirectory() as tmp:
        raw, band = Path(tmp) / "raw.wav", Path(tmp) / "band.wav"
        _run("espeak-ng", "-v", VOICE, "-s", str(speed), "-p", str(pitch), "-w", str(raw), text)
        _run(
            "sox", str(raw), "-r", str(PHONE_RATE), "-c", "1", "-b", "16", str(band),
            "sinc", "300-3400", "gain", "-n", "-3",
        )  # fmt: skip
        return _read_wav(band)


def make_call(
    lines: tuple[str, ...] | list[str],
    *,
    seed: int = 0,
    snr_db: float = 25.0,
    pause_s: float = 0.6,
) -> tuple[np.ndarray, str]:
    """A call: the lines with pauses and line noise; returns (8 kHz samples, ground-truth text)."""
    rng = random.Random(seed)
    gap = np.zeros(int(pause_s * PHONE_RATE), dtype=np.float32)
    parts = [gap]
    for line in lines:
        parts += [speak_phone(line, speed=rng.randint(140, 165), pitch=rng.randint(35, 60)), gap]
    speech = np.concatenate(parts)
    power = float(np.mean(speech**2)) or 1e-6
    noise_rms = (power / 10 ** (snr_db / 10)) ** 0.5
    noise = np.random.default_rng(seed).normal(0.0, noise_rms, speech.size).astype(np.float32)
    return speech + noise, "".join(lines)


def long_call(seconds: float, *, seed: int = 0, lines: tuple[str, ...] = BENCH_LINES):
    """A call of about `seconds` built from shuffled lines; returns (samples, text)."""
    rng = random.Random(seed)
    chosen: list[str] = []
    spoken = 0.0
    while spoken < seconds:
        line = rng.choice(lines)
        chosen.append(line)
        spoken += len(re.sub(r"\W", "", line)) * 0.3 + 0.6  # ~0.3 s per syllable, plus a pause
    return make_call(chosen, seed=seed)


def save_as(samples: np.ndarray, path: Path) -> Path:
    """Write samples as the format of `path`'s suffix (wav, amr, ogg via sox; m4a/aac via PyAV)."""
    suffix = path.suffix.lower()
    if suffix == ".wav":
        return write_wav(path, samples)
    with tempfile.TemporaryDirectory() as tmp:
        wav = write_wav(Path(tmp) / "in.wav", samples)
        if suffix == ".amr":
            _run("sox", str(wav), "-t", "amr-nb", "-C", "7", str(path))  # 12.2 kbit/s, as phones
        elif suffix == ".ogg":
            _run("sox", str(wav), str(path))
        elif suffix in (".m4a", ".aac", ".mp3"):
            _encode_with_av(wav, path)
        else:
            raise ValueError(f"no encoder for {suffix}")
    return path


def _encode_with_av(wav: Path, path: Path) -> None:
    import av

    codec, container_format = {
        ".m4a": ("aac", "mp4"),
        ".aac": ("aac", "adts"),
        ".mp3": ("libmp3lame", "mp3"),
    }[path.suffix.lower()]
    with av.open(str(wav)) as source, av.open(str(path), "w", format=container_format) as sink:
        stream = sink.add_stream(codec, rate=PHONE_RATE, layout="mono")
        for frame in source.decode(audio=0):
            frame.pts = None
            for packet in stream.encode(frame):
                sink.mux(packet)
        for packet in stream.encode(None):
            sink.mux(packet)


def silence(path: Path, seconds: float) -> Path:
    """A silent recording (line hiss only) of `seconds`."""
    rng = np.random.default_rng(0)
    return save_as(rng.normal(0.0, 0.001, int(seconds * PHONE_RATE)).astype(np.float32), path)


def _comparable(text: str) -> str:
    """Characters only: punctuation, spaces and line breaks do not count as errors."""
    return re.sub(r"[\W_]+", "", text)


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edit distance / reference length (punctuation ignored)."""
    hyp, ref = _comparable(hypothesis), _comparable(reference)
    if not ref:
        return float(bool(hyp))
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / len(ref)
