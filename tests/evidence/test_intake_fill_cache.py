"""A cached reading is re-read from its image for fills at most once, even when none is found."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

import evidence.intake as intake
import settings as settings_module
from evidence.ocr.base import OcrCache, OcrLine, OcrResult
from evidence.ocr.fill import with_fills


class _NoReading:
    """A backend that must not be asked: every reading here comes from the cache."""

    def read(self, image: object) -> OcrResult:
        raise AssertionError("the cache should have answered")


def _plain_list_png() -> bytes:
    # A call log: rows on the page's own background, no bubble colour anywhere.
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (250, 250, 250)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_with_fills_marks_the_result_sampled_even_without_a_fill() -> None:
    image = Image.new("RGB", (400, 300), (250, 250, 250))
    ocr = OcrResult("张三 (3)", (OcrLine("张三 (3)", (20, 20, 120, 30), 95.0),), 0.0, 400, 300)
    filled = with_fills(ocr, [image])
    assert filled.fills_sampled
    assert filled.lines[0].fill is None
    assert OcrResult.from_json(filled.to_json()).fills_sampled
    # Results cached before the mark existed load as not sampled.
    assert not OcrResult.from_json({"text": "", "lines": []}).fills_sampled


def test_a_cached_reading_without_fills_reads_its_image_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_module.load_settings({"CS_DATA_DIR": str(tmp_path)})
    cache = OcrCache(tmp_path / "ocr", "test")
    data = _plain_list_png()
    digest = intake.sha256_of(data)
    line = OcrLine("张三 (3)", (20, 20, 120, 30), 95.0)
    cache.put(digest, OcrResult("张三 (3)", (line,), 0.1, 400, 300, "test"))

    calls: list[str] = []
    real = intake._filled_from

    def counting(*args: object, **kwargs: object) -> OcrResult:
        calls.append("read")
        return real(*args, **kwargs)

    monkeypatch.setattr(intake, "_filled_from", counting)
    for _ in range(3):
        item = intake.process_one("calls.png", data, settings, _NoReading(), cache)
        assert isinstance(item, intake.ScreenshotResult)
        assert item.cached
    assert calls == ["read"]
    assert cache.get(digest).fills_sampled
