"""A notification centre grouped by app: the sender is the name after the app's middle dot on
each card's head, the app only the channel; the centre's title and foot are its own words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.page_notice_groups import grouped_cards
from evidence.screens.page_notices import notice_history

WIDTH = 1080


def _line(text: str, y: int, x: int = 60, w: int = 900, h: int = 60) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 99.0)


LINES = [
    _line("通知", 120, x=96, w=135),
    _line("钉钉·小周 今天上午8:31", 285),
    _line("雨桐，有人在部门群里发你的事", 356),
    _line("信息·16507364482 今天上午8:20", 497),
    _line("刘雨桐，你单位地址我们已经查到了，今天下午过去", 573),
    _line("拜访你领导", 624, w=218),
    _line("QQ·湘A法务处理中心 昨天上午11:02", 768),
    _line("你在QQ上也装看不见？…", 843),
    _line("好享借・好享借 今天上午8:00", 982),
    _line("您的借款已逾期2天，请尽快还款以免影响信用", 1055),
    _line("通知中心 全部清除 管理", 2288),
]


def test_the_sender_is_the_name_after_the_app() -> None:
    said, own = grouped_cards(LINES, WIDTH, date(2026, 3, 12))
    assert [m.sender for m in said] == ["小周", "16507364482", "湘A法务处理中心", "好享借"]
    assert said[1].text == "刘雨桐，你单位地址我们已经查到了，今天下午过去拜访你领导"
    assert said[1].time == "2026-03-12T08:20"
    assert said[2].time == "2026-03-11T11:02"
    # The channels and the page's title and buttons are nobody's words; an app writing its own
    # notice keeps its name as the sender.
    assert {"通知", "钉钉", "信息", "QQ", "通知中心 全部清除 管理"} <= set(own)
    assert "好享借" not in own


def test_the_notice_centre_reads_grouped_cards() -> None:
    said, _own = notice_history(LINES, WIDTH, date(2026, 3, 12))
    assert said[2].sender == "湘A法务处理中心"


def test_a_chat_with_one_dotted_name_is_no_grouped_centre() -> None:
    lines = [
        _line("张三·销售 10:20", 200),
        _line("你好，明天见。", 270),
        _line("好的", 340, x=700, w=200),
    ]
    assert grouped_cards(lines, WIDTH, date(2026, 3, 12)) is None
