"""A spam folder's rows under its centred title, and other page kinds read by their structure."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen


def _result(rows: list[tuple[str, int, int, int, int]], width: int, height: int) -> OcrResult:
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, width, height)


def test_a_spam_folders_number_headed_rows_are_an_inbox_not_a_chat_with_its_title():
    # Real OCR boxes: the folder's centred title is no counterpart, each row its number's text.
    page = _result(
        [
            ("07:44", 29, 17, 113, 51),
            ("垃圾短信", 398, 261, 282, 82),
            ("已拦截3条信息", 434, 350, 207, 41),
            ("165 2190 7735 53分钟前", 164, 490, 863, 46),
            ("孔令辉家属您好，孔令辉在我司借款已严重逾期，经多次联…", 164, 552, 820, 39),
            ("106 5510 2274 昨天", 166, 659, 866, 45),
            ("【速易花】您本期账单¥11,200已逾期3天，请及时还款，以…", 181, 721, 807, 41),
            ("170 8593 1146 昨天", 166, 827, 863, 49),
            ("你不接电话是吧，好，明天我们直接去你单位泰山区财源街…", 166, 893, 818, 38),
            ("全部删除 恢复", 198, 2145, 655, 55),
        ],
        1080,
        2316,
    )
    record = parse_screen(page, date(2026, 3, 9))
    assert (record.kind, record.counterpart) == ("sms_list", "")
    assert [m.sender for m in record.messages] == ["16521907735", "10655102274", "17085931146"]
    assert record.messages[2].text.startswith("你不接电话是吧")
