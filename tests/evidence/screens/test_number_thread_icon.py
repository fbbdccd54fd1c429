"""A forwarded SMS thread with a number: its blank person icon OCR reads as "1" glued to the
first line of the counterpart's bubble (real boxes of a relative's phone, forwarded as a jpg).

The wrapped line under it starting right of the glyph says the glyph is the icon: it goes, and
the bubble stays whole on the counterpart's side.
"""

from __future__ import annotations

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

_THREAD = [
    ("08:40 4G 67%", (16, 7, 551, 33)),
    ("19155207731", (17, 66, 183, 30)),
    ("上午8:10", (252, 128, 82, 33)),
    ("您好，请问是王磊的哥哥吗?王磊", (101, 181, 365, 30)),
    ("在快易花的借款逾期了，麻烦你转", (101, 215, 365, 30)),
    ("告他联系我们。", (99, 248, 162, 36)),
    ("上午8:22", (251, 307, 83, 32)),
    ("他的事我不管，别给我发了 我", (188, 357, 360, 35)),
    ("1 大哥，你不管那我们只能天天找你", (39, 427, 428, 31)),
    ("了，亲兄弟明算账，你帮他还也", (101, 460, 343, 35)),
    ("行。", (97, 493, 47, 38)),
    ("短信/彩信", (22, 563, 106, 36)),
]


def _record(page: list[tuple[str, tuple[int, int, int, int]]]):
    lines = tuple(OcrLine(text, box, 90.0) for text, box in page)
    return parse_screen(OcrResult(text="", lines=lines, width=566, height=620))


def test_the_icon_glued_to_a_bubble_goes_and_the_bubble_stays_whole() -> None:
    record = _record(_THREAD)
    assert record.counterpart == "19155207731"
    said = [(m.side, m.text) for m in record.messages]
    assert said == [
        ("in", "您好，请问是王磊的哥哥吗?王磊在快易花的借款逾期了，麻烦你转告他联系我们。"),
        ("out", "他的事我不管，别给我发了"),
        ("in", "大哥，你不管那我们只能天天找你了，亲兄弟明算账，你帮他还也行。"),
    ]


def test_a_bubble_opening_with_a_digit_in_its_own_column_keeps_it() -> None:
    # "1 号前还清" with its wrapped line in the same column: the digit is the bubble's own.
    page = list(_THREAD)
    page[8] = ("1 号前必须还清，不然我们只能天天找你", (101, 427, 428, 31))
    record = _record(page)
    assert record.messages[-1].text.startswith("1 号前") or record.messages[-1].text.startswith(
        "1号前"
    )
