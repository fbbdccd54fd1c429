"""Real Tesseract on 40 generated screenshots: CER, entity recall, phone recall, kinds, cache."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from synthetic_screens import ScreenTruth, cer

import settings as settings_module
from evidence.intake import ScreenshotResult, process_paths

ENTITY_KEYS = ("phones", "dates", "times", "amounts", "platforms", "threats")


def _found(result: ScreenshotResult, key: str) -> set:
    values = result.entities.to_json()[key]
    return {float(v) for v in values} if key == "amounts" else set(values)


def test_every_screen_is_read(screens: list[ScreenTruth], screen_results: list) -> None:
    assert len(screens) >= 40
    assert all(isinstance(result, ScreenshotResult) for result in screen_results)
    assert {screen.kind for screen in screens} == {"chat", "sms", "call_log", "friend"}
    assert {screen.dark for screen in screens} == {True, False}
    assert min(s.width for s in screens) >= 720
    assert max(s.width for s in screens) <= 1080


def test_character_error_rate(screens: list[ScreenTruth], screen_results: list) -> None:
    rates = [
        cer(result.text, screen.text)
        for screen, result in zip(screens, screen_results, strict=True)
    ]
    mean = sum(rates) / len(rates)
    assert mean <= 0.12, f"mean CER {mean:.3f}; worst {max(rates):.3f}"


def test_entity_and_phone_recall(screens: list[ScreenTruth], screen_results: list) -> None:
    hits = total = phone_hits = phone_total = 0
    misses = []
    for screen, result in zip(screens, screen_results, strict=True):
        for key in ENTITY_KEYS:
            truth = (
                {float(v) for v in getattr(screen, key)}
                if key == "amounts"
                else set(getattr(screen, key))
            )
            missing = truth - _found(result, key)
            hits += len(truth) - len(missing)
            total += len(truth)
            if key == "phones":
                phone_hits += len(truth) - len(missing)
                phone_total += len(truth)
            misses.extend(f"{screen.path.name}:{key}:{m}" for m in missing)
    assert total > 400  # the batch is rich enough for recall to mean something
    assert hits / total >= 0.95, misses[:20]
    assert phone_hits / phone_total >= 0.95, misses[:20]


def test_kinds_are_classified(screens: list[ScreenTruth], screen_results: list) -> None:
    right = sum(
        result.kind == screen.evidence_kind
        for screen, result in zip(screens, screen_results, strict=True)
    )
    assert right / len(screens) >= 0.9


def test_sha256_of_original_bytes(screens: list[ScreenTruth], screen_results: list) -> None:
    import hashlib

    for screen, result in zip(screens[:5], screen_results[:5], strict=True):
        assert result.sha256 == hashlib.sha256(screen.path.read_bytes()).hexdigest()


def test_cache_by_hash_and_progress(screens: list[ScreenTruth], tmp_path: Path) -> None:
    settings = settings_module.load_settings({"CS_DATA_DIR": str(tmp_path)})
    paths = [screens[1].path, screens[2].path]
    seen: list[tuple[int, int, str]] = []
    first = process_paths(paths, settings, progress=lambda d, t, f: seen.append((d, t, f)))
    assert [item.cached for item in first] == [False, False]
    assert seen[0][:2] == (0, 2)
    assert seen[-1][:2] == (2, 2)
    assert {f for _, _, f in seen[1:]} == {str(p) for p in paths}
    again = process_paths(paths, settings)
    assert [item.cached for item in again] == [True, True]
    assert [item.text for item in again] == [item.text for item in first]
    assert list(settings.ocr_cache_dir.rglob("*.json"))


@pytest.mark.parametrize("index", [0, 2])
def test_lines_carry_boxes_and_confidence(screen_results: list, index: int) -> None:
    result = screen_results[index]
    assert result.ocr.lines
    for line in result.ocr.lines:
        _x, _y, w, h = line.box
        assert w > 0
        assert h > 0
        assert 0 <= line.confidence <= 100
    tops = [line.box[1] for line in result.ocr.lines]
    assert tops == sorted(tops) or sum(a > b + 20 for a, b in itertools.pairwise(tops)) == 0
    assert result.ocr.seconds > 0


def test_thread_limit_only_for_tesseract(screen_results: list) -> None:
    import os

    import pytesseract

    assert screen_results
    # Tesseract processes run single-threaded; the app's own environment (llama.cpp) is untouched.
    assert pytesseract.pytesseract.environ["OMP_THREAD_LIMIT"] == "1"
    assert pytesseract.pytesseract.environ is not os.environ
