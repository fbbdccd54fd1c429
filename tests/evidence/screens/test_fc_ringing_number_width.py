"""Real OCR boxes of drawn ringing screens (blind set 23): OCR boxed the caller's landline little
taller than the lines under it, but its digits are drawn far wider than their glyphs there; the
screen is a ringing screen keeping the number and its tag, never a chat of one bubble."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

_SCREENS = {
    (828, 1792): [
        ("0517-83369012", 237, 373, 353, 56),
        ("江苏淮安", 355, 463, 118, 39),
        ("疑似催收", 353, 547, 122, 39),
        ("来电秀", 366, 633, 96, 41),
        ("拒接 接听", 174, 1596, 480, 43),
    ],
    (1080, 2400): [
        ("0514-87362215", 306, 490, 463, 68),
        ("江苏扬州", 463, 605, 154, 53),
        ("疑似催收", 460, 715, 160, 53),
        ("来电秀", 477, 825, 126, 53),
        ("拒接 接听", 229, 2142, 624, 58),
    ],
}


def test_a_landline_in_wide_digits_over_its_tag_rings() -> None:
    for (width, height), rows in _SCREENS.items():
        lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)
        result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, width, height)
        record = parse_screen(result, date(2026, 4, 5))
        assert record.kind == "other", rows[0][0]
        assert record.messages == ()
        assert record.fields["number"] == rows[0][0]
        assert "疑似催收" in record.fields["label"]
