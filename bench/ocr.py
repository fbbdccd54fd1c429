"""OCR benchmark: our pipeline vs a raw `tesseract IMG stdout -l chi_sim+eng` loop, same images.

    .venv/bin/python bench/ocr.py [--n 40] [--seed 11]

Prints CER, entity recall and phone recall of both (entities extracted from each text by the same
`extract_entities`, so the difference is the OCR), wall time of both and our/raw time ratio.
The pipeline runs cold (empty OCR cache) with its default parallelism.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from synthetic_screens import ScreenTruth, cer, generate_screens  # noqa: E402

import settings as settings_module  # noqa: E402
from evidence.entities import extract_entities  # noqa: E402
from evidence.intake import process_paths  # noqa: E402

KEYS = ("phones", "dates", "times", "amounts", "platforms", "threats")


def raw_tesseract(paths: list[Path]) -> list[str]:
    """The naive baseline: one default tesseract process per image, one after another."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}  # tool defaults
    return [
        subprocess.run(
            ["tesseract", str(path), "stdout", "-l", "chi_sim+eng"],
            capture_output=True, text=True, check=True, env=env,
        ).stdout
        for path in paths
    ]  # fmt: skip


def recall(screens: list[ScreenTruth], texts: list[str]) -> tuple[float, float]:
    hits = total = phone_hits = phone_total = 0
    for screen, text in zip(screens, texts, strict=True):
        found = extract_entities(text).to_json()
        for key in KEYS:
            truth = set(getattr(screen, key))
            got = {float(v) for v in found[key]} if key == "amounts" else set(found[key])
            hit = len(truth & got)
            hits, total = hits + hit, total + len(truth)
            if key == "phones":
                phone_hits, phone_total = phone_hits + hit, phone_total + len(truth)
    return hits / max(1, total), phone_hits / max(1, phone_total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        screens = generate_screens(args.n, args.seed, Path(tmp) / "screens")
        paths = [screen.path for screen in screens]
        settings = settings_module.load_settings({"CS_DATA_DIR": str(Path(tmp) / "data")})

        started = time.perf_counter()
        raw_texts = raw_tesseract(paths)
        raw_seconds = time.perf_counter() - started

        started = time.perf_counter()
        results = process_paths(paths, settings)
        our_seconds = time.perf_counter() - started
        our_texts = [result.text for result in results]

    rows = []
    for name, texts, seconds in (("raw tesseract chi_sim+eng", raw_texts, raw_seconds),
                                 ("ContactShield pipeline", our_texts, our_seconds)):  # fmt: skip
        rates = [cer(text, screen.text) for text, screen in zip(texts, screens, strict=True)]
        entity_recall, phone_recall = recall(screens, texts)
        rows.append((name, sum(rates) / len(rates), entity_recall, phone_recall, seconds))
    print(f"{args.n} screenshots (seed {args.seed}), {settings.ocr_workers} OCR workers, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"{'':28} {'CER':>6} {'entity rec.':>11} {'phone rec.':>10} {'wall s':>7}")
    for name, rate, entity_recall, phone_recall, seconds in rows:
        print(f"{name:28} {rate:6.3f} {entity_recall:11.3f} {phone_recall:10.3f} {seconds:7.1f}")
    print(f"time ratio ours/raw: {rows[1][4] / rows[0][4]:.2f}")
    kinds = {}
    for screen, text in zip(screens, our_texts, strict=True):
        kinds.setdefault(screen.kind, []).append(cer(text, screen.text))
    print("our CER by kind: " + ", ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in kinds.items()))


if __name__ == "__main__":
    main()
