"""A call log whose crowd tags sit level with each number: the row's tag line, never a caller."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

_DAY = date(2026, 3, 12)


def _parse(rows: list[tuple[str, tuple[int, int, int, int]]]) -> object:
    lines = tuple(OcrLine(t, box, 90.0) for t, box in rows)
    text = "\n".join(ln.text for ln in lines)
    return parse_screen(OcrResult(text, lines, 0.0, 780, 1688), _DAY)


def test_english_tags_beside_the_numbers_are_the_rows_details() -> None:
    record = _parse(
        [
            ("23:05", (543, 5, 225, 42)),
            ("通话记录", (17, 72, 183, 55)),
            ("+86 171 2093 4471 (3)", (19, 167, 336, 46)),
            ("海南 虚拟运营商 Debt collection 22:58", (21, 172, 742, 79)),
            ("0754-88216630转802 (2)", (21, 290, 371, 46)),
            ("广东汕头 Spam · 214 reports 14:20", (19, 293, 744, 82)),
            ("阿妈 12:02", (16, 408, 747, 54)),
            ("+86 171 2093 4471 (4)", (21, 501, 341, 46)),
            ("Debt collection 昨天19:47", (345, 506, 416, 57)),
            ("海南 虚拟运营商", (21, 543, 188, 43)),
            ("拨号盘 通话记录 联系人 收藏", (44, 1544, 679, 53)),
        ]
    )
    assert record.kind == "call_log"
    got = [(c.number, c.name, c.count, c.time) for c in record.calls]
    assert got == [
        ("17120934471", "", 3, "2026-03-12T22:58"),
        ("075488216630", "", 2, "2026-03-12T14:20"),
        ("", "阿妈", 1, "2026-03-12T12:02"),
        ("17120934471", "", 4, "2026-03-11T19:47"),
    ]
    assert [c.tag for c in record.calls][:2] == ["Debt collection", "Spam"]


def test_a_service_number_with_an_english_tag_heads_its_row() -> None:
    record = _parse(
        [
            ("23:40 5G 34%", (15, 3, 748, 52)),
            ("通话记录", (17, 76, 183, 54)),
            ("95187230 (4) Harassment 23:31", (17, 167, 746, 67)),
            ("Service number", (19, 215, 193, 40)),
            ("老公 22:10", (17, 288, 746, 55)),
            ("17066182245 (2) Debt collection 19:02", (23, 383, 741, 62)),
            ("广东 虚拟运营商", (21, 424, 188, 42)),
            ("拨号盘 通话记录 联系人 收藏", (44, 1544, 679, 53)),
        ]
    )
    got = [(c.number, c.name, c.count, c.tag) for c in record.calls]
    assert got == [
        ("95187230", "", 4, "Harassment"),
        ("", "老公", 1, ""),
        ("17066182245", "", 2, "Debt collection"),
    ]
