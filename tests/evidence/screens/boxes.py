"""Real OCR boxes of drawn screenshots, kept as JSON fixtures beside the screen tests.

Each fixture maps a screen's name to its OCR lines ([text, x, y, w, h]), its size, its capture
day and what was drawn on it; the tests parse the lines as the app would and compare.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord

_HERE = Path(__file__).parent
_PUNCT = re.compile(r"[\s，。！？,.!?、：:；;“”\"'…()（）]")


def load_screens(fixture: str) -> dict[str, dict]:
    """The screens of one fixture file ("blind3_screens.json"), by name."""
    return json.loads((_HERE / fixture).read_text(encoding="utf-8"))


def flat(text: str) -> str:
    """Text without blanks and punctuation: OCR writes "?" for "？" now and then."""
    return _PUNCT.sub("", text)


def ocr_result(data: dict) -> OcrResult:
    """One fixture screen's lines as the OCR engine gives them."""
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in data["lines"])
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, data["width"], data["height"])


def parse_boxes(data: dict, captured: date | None = None) -> ScreenRecord:
    """The screen record of one fixture screen, read on its own capture day unless given one."""
    day = captured or date.fromisoformat(data["captured"])
    return parse_screen(ocr_result(data), day)
