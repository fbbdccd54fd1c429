"""The screen parser on real PP-OCR output of generated screenshots (chat and call log)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from synthetic_screens import generate_screen

import settings as settings_module
from evidence.intake import ScreenshotResult, build_backend, process_one
from evidence.screens.parse import parse_screen

CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


def _read(tmp_path: Path, kind: str, seed: int) -> tuple[ScreenshotResult, date]:
    data, truth = generate_screen(seed, kind=kind, dark=False)
    settings = settings_module.load_settings({"CS_DATA_DIR": str(tmp_path)})
    item = process_one(f"{kind}.jpg", data, settings, build_backend(settings), None)
    assert isinstance(item, ScreenshotResult)
    return item, date.fromisoformat(truth.extra["today"])


@pytest.mark.parametrize("seed", [11, 12])
def test_real_chat_has_a_counterpart_and_no_status_bar_text(tmp_path: Path, seed: int) -> None:
    item, today = _read(tmp_path, "chat", seed)
    record = parse_screen(item.ocr, today)
    assert record.kind in {"chat_1to1", "sms_thread", "group_chat"}
    assert record.counterpart
    assert not CLOCK.match(record.counterpart)
    assert record.messages
    assert all(not CLOCK.match(m.text) and not CLOCK.match(m.sender) for m in record.messages)


def test_real_call_log_rows(tmp_path: Path) -> None:
    item, today = _read(tmp_path, "call_log", 13)
    record = parse_screen(item.ocr, today)
    assert record.kind == "call_log"
    assert record.calls
    assert any(row.number for row in record.calls)
