"""OCR benchmark, side by side in one run over the same images, all cold (no OCR cache):

  raw tesseract   `tesseract IMG stdout -l chi_sim+eng`, one process per image, tool defaults
  raw RapidOCR    `RapidOCR()(IMG)` — its default call, its text in its own order
  cli ppocr       `python cli.py ocr --json IMG…` with CS_OCR_ENGINE=ppocr (the whole command)
  cli tesseract   the same with CS_OCR_ENGINE=tesseract

    .venv/bin/python bench/ocr.py [--set html|pillow|both] [--n 14] [--seed 5] [--parse-only]

In the same run, the screen parser's share: per screenshot, the app's own OCR (the engine
CS_OCR_ENGINE picks, in this process) and then `evidence.screens.parse_screen` on its lines, each
timed; the parse must add at most 20% to the OCR time.

Sets: `html` is rendered by chromium from HTML/CSS (tests/html_screens.py) and was never used
for tuning; `pillow` is the Pillow generator (tests/synthetic_screens.py) the Tesseract
preprocessing was tuned on. Entities come from every text through the same `extract_entities`
with the same capture date (from the file name), so differences are the OCR's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from synthetic_screens import ScreenTruth, cer, generate_screens  # noqa: E402

from evidence.capture import date_from_filename  # noqa: E402
from evidence.entities import extract_entities  # noqa: E402

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


def raw_rapidocr(paths: list[Path]) -> list[str]:
    """RapidOCR's default call, engine built inside the timing."""
    from rapidocr import RapidOCR

    engine = RapidOCR()
    texts = []
    for path in paths:
        output = engine(str(path))
        texts.append("\n".join(output.txts or ()) if getattr(output, "txts", None) else "")
    return texts


def cli_ocr(engine: str, data_dir: Path) -> Callable[[list[Path]], list[str]]:
    def run(paths: list[Path]) -> list[str]:
        env = {**os.environ, "CS_OCR_ENGINE": engine, "CS_DATA_DIR": str(data_dir / engine)}
        done = subprocess.run(
            [sys.executable, str(ROOT / "cli.py"), "ocr", "--json", *map(str, paths)],
            capture_output=True, text=True, check=True, env=env, cwd=ROOT,
        )  # fmt: skip
        items = json.loads(done.stdout)
        engines = {item.get("engine", "").split(":")[0] for item in items}
        if engines != {engine}:
            raise SystemExit(f"asked for {engine}, the CLI used {engines}: {done.stderr[-400:]}")
        return [item.get("text", "") for item in items]

    return run


def recall(screens: list[ScreenTruth], texts: list[str]) -> tuple[float, float, list[str]]:
    hits = total = phone_hits = phone_total = 0
    misses = []
    for screen, text in zip(screens, texts, strict=True):
        found = extract_entities(text, date_from_filename(screen.path.name)).to_json()
        for key in KEYS:
            truth = set(getattr(screen, key))
            got = {float(v) for v in found[key]} if key == "amounts" else set(found[key])
            hit = len(truth & got)
            hits, total = hits + hit, total + len(truth)
            misses += [f"{screen.path.name[:24]}:{key}:{value}" for value in truth - got]
            if key == "phones":
                phone_hits, phone_total = phone_hits + hit, phone_total + len(truth)
    return hits / max(1, total), phone_hits / max(1, phone_total), misses


def screens_for(name: str, n: int | None, seed: int, out: Path) -> list[ScreenTruth]:
    if name == "pillow":
        return generate_screens(n or 40, seed, out)
    from html_screens import render_screens

    return render_screens(out, seed=seed, n=n)


def bench_set(name: str, screens: list[ScreenTruth], data_dir: Path, show_misses: bool) -> None:
    paths = [screen.path for screen in screens]
    runs = (
        ("raw tesseract chi_sim+eng", raw_tesseract),
        ("raw RapidOCR default", raw_rapidocr),
        ("cli.py ocr, ppocr", cli_ocr("ppocr", data_dir)),
        ("cli.py ocr, tesseract", cli_ocr("tesseract", data_dir)),
    )
    rows = []
    for label, run in runs:
        started = time.perf_counter()
        texts = run(paths)
        seconds = time.perf_counter() - started
        rates = [cer(text, screen.text) for text, screen in zip(texts, screens, strict=True)]
        entity_recall, phone_recall, misses = recall(screens, texts)
        rows.append((label, sum(rates) / len(rates), entity_recall, phone_recall, seconds))
        kinds: dict[str, list[float]] = {}
        for screen, rate in zip(screens, rates, strict=True):
            kinds.setdefault(screen.kind, []).append(rate)
        by_kind = ", ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in kinds.items())
        print(f"  {label}: CER by kind: {by_kind}", flush=True)
        if show_misses and label.startswith("cli"):
            print(f"    misses: {misses[:30]}")
    print(f"\n{name}: {len(screens)} screenshots, load average {os.getloadavg()[0]:.1f}")
    print(f"| {'run':28} | {'CER':>6} | {'entity rec.':>11} | {'phone rec.':>10} | {'wall s':>7} |")
    print(f"|{'-' * 30}|{'-' * 8}|{'-' * 13}|{'-' * 12}|{'-' * 9}|")
    for label, rate, entity_recall, phone_recall, seconds in rows:
        print(
            f"| {label:28} | {rate:6.3f} | {entity_recall:11.3f} | {phone_recall:10.3f} "
            f"| {seconds:7.1f} |"
        )
    print(f"cli.py ocr (ppocr) / raw tesseract wall time: {rows[2][4] / rows[0][4]:.2f}\n")


def parse_overhead(name: str, screens: list[ScreenTruth]) -> float:
    """OCR then parse each screenshot in this process; print and return parse/OCR time."""
    from evidence.images import load_image
    from evidence.intake import _ocr_pages, build_backend
    from evidence.screens.parse import parse_screen
    from settings import load_settings

    settings = load_settings()
    backend = build_backend(settings)
    engine = getattr(backend, "cache_key", None) or type(backend).__name__
    limits = {"max_pixels": settings.max_image_pixels, "max_bytes": 1 << 30}
    ocr_s = parse_s = 0.0
    for screen in screens:
        pages = load_image(screen.path.read_bytes(), screen.path.name, **limits).pages
        started = time.perf_counter()
        result = _ocr_pages(pages, backend)
        ocr_s += time.perf_counter() - started
        started = time.perf_counter()
        parse_screen(result, date_from_filename(screen.path.name))
        parse_s += time.perf_counter() - started
    share = parse_s / ocr_s if ocr_s else 0.0
    print(
        f"{name}: parse_screen {parse_s * 1000 / len(screens):.1f} ms per screenshot, "
        f"OCR {ocr_s / len(screens):.2f} s ({engine}): "
        f"parsing adds {share:.2%} to the OCR time (limit 20%)",
        flush=True,
    )
    return share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=("html", "pillow", "both"), default="both")
    parser.add_argument("--n", type=int, default=None, help="screens per set")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--misses", action="store_true", help="list missed entities")
    parser.add_argument("--parse-only", action="store_true", help="only the parser's share")
    args = parser.parse_args()
    names = ("html", "pillow") if args.set == "both" else (args.set,)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            seed = args.seed if args.seed is not None else {"html": 5, "pillow": 11}[name]
            screens = screens_for(name, args.n, seed, Path(tmp) / name)
            print(f"{name} set, seed {seed}", flush=True)
            if not args.parse_only:
                bench_set(name, screens, Path(tmp) / f"data-{name}", args.misses)
            parse_overhead(name, screens)


if __name__ == "__main__":
    main()
