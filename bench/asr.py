"""Speech-to-text benchmark: raw faster-whisper defaults vs our path, same synthetic phone calls.

    .venv/bin/python bench/asr.py [--lengths 20 60 120] [--seed 21] [--threads 2]

Calls are made by tests/audio_clips.py from BENCH_LINES (lines the tests never hear): espeak-ng
`cmn-latn-pinyin`, 300–3400 Hz at 8 kHz, line noise at 25 dB SNR, saved as m4a (AAC).
"raw" is `WhisperModel(...).transcribe(path, language="zh")` with the library's defaults (beam 5,
temperature fallback, default no-speech/log-prob thresholds, conditioning on previous text) and
no traditional→simplified conversion; "ours" is `evidence.audio.transcribe.transcribe_path`
(probe, greedy, tuned thresholds, OpenCC t2s). Prints real-time factor (wall / audio seconds)
and CER of both.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audio_clips import cer, long_call, save_as  # noqa: E402

import settings as settings_module  # noqa: E402
from evidence.audio.transcribe import FasterWhisperTranscriber, transcribe_path  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lengths", type=float, nargs="+", default=[20, 60, 120])
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-raw", action="store_true", help="only our path")
    parser.add_argument("--keep", type=Path, help="also save the clips (m4a) in this folder")
    args = parser.parse_args()
    settings = settings_module.load_settings({"CS_ASR_THREADS": str(args.threads)})
    ours = FasterWhisperTranscriber(settings.whisper_model_path, args.threads)
    started = time.perf_counter()
    model = ours.model  # one loaded model for both paths: the difference is how it is called
    load_seconds = time.perf_counter() - started
    print(
        f"model load {load_seconds:.1f} s, {args.threads} threads, "
        f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs"
    )
    print(f"{'clip':>6} {'audio s':>8} | {'raw RTF':>7} {'raw CER':>7} | ", end="")
    print(f"{'our RTF':>7} {'our CER':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for index, length in enumerate(args.lengths):
            samples, truth = long_call(length, seed=args.seed + index)
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            path = save_as(samples, folder / f"call{index}_{int(length)}s_20250302153012.m4a")
            raw_rtf = raw_cer = float("nan")
            if not args.skip_raw:
                started = time.perf_counter()
                pieces, _ = model.transcribe(str(path), language="zh")
                raw_text = "\n".join(piece.text for piece in pieces)
                raw_seconds = time.perf_counter() - started
            started = time.perf_counter()
            result = transcribe_path(path, settings, ours)
            our_seconds = time.perf_counter() - started
            audio = result.info.duration_s
            if not args.skip_raw:
                raw_rtf, raw_cer = raw_seconds / audio, cer(raw_text, truth)
            print(
                f"{index:>6} {audio:8.1f} | {raw_rtf:7.3f} {raw_cer:7.3f} | "
                f"{our_seconds / audio:7.3f} {cer(result.text, truth):7.3f}"
            )
            print(f"       ours: {result.text[:80].replace(chr(10), ' / ')}")
            print(f"       truth: {truth[:80]}")
    print(f"load average after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
