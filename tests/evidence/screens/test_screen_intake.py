"""Intake keeps each screenshot's parsed record with the stored evidence, through corrections."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

import settings as settings_module
from casefile.store import CaseStore
from evidence.intake import SCREEN_KEY, add_uploads_to_case, correct_evidence
from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.records import ScreenRecord


class ChatOcr:
    """A test double for OcrBackend: every image reads as one WeChat chat with a status bar."""

    def read(self, image) -> OcrResult:
        lines = (
            OcrLine("16:40 HD 5G", (40, 30, 300, 40), 95.0),
            OcrLine("王经理", (470, 150, 140, 44), 95.0),
            OcrLine("昨天 22:10", (440, 330, 200, 36), 95.0),
            OcrLine("今天不还就打给你妈", (170, 420, 420, 44), 95.0),
            OcrLine("按住 说话", (420, 2220, 240, 44), 95.0),
        )
        return OcrResult("\n".join(x.text for x in lines), lines, 0.01, 1080, 2340, "canned")


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1080, 2340), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_record_is_stored_and_survives_a_correction(isolated_data_dir: Path) -> None:
    store = CaseStore(isolated_data_dir)
    case_id = store.create_case("王经理")
    settings = settings_module.load_settings()
    add_uploads_to_case(
        store, case_id, [("Screenshot_20250220.png", _png())], settings, None, ChatOcr()
    )
    (item,) = store.list_evidence(case_id)
    record = ScreenRecord.from_json(item.entities[SCREEN_KEY])
    assert record.counterpart == "王经理"
    assert [(m.side, m.text, m.time) for m in record.messages] == [
        ("in", "今天不还就打给你妈", "2025-02-19T22:10")
    ]
    corrected = correct_evidence(store, case_id, item.id, item.ocr_text + "\n补充")
    assert ScreenRecord.from_json(corrected.entities[SCREEN_KEY]) == record


class PageOcr:
    """A raw-reading test double: every page holds one line near its own top."""

    reads_raw = True

    def read(self, image) -> OcrResult:
        line = OcrLine("页内第一行", (60, 100, 400, 40), 95.0)
        return OcrResult(line.text, (line,), 0.01, image.width, image.height, "canned")


def test_pages_of_a_long_capture_keep_their_place_down_the_screen() -> None:
    from evidence.intake import _ocr_pages

    pages = [Image.new("RGB", (1080, 2000), "white"), Image.new("RGB", (1080, 1500), "white")]
    result = _ocr_pages(pages, PageOcr())
    assert [line.box[1] for line in result.lines] == [100, 2100]
    assert result.height == 3500
