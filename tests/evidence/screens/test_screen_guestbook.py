"""A guestbook page (QQ 空间's 留言板) read from its real OCR boxes (blind8_screens.json, written
by capture_blind67.py): each entry is its poster's, the page's title is nobody's name, and the
page owner's own entry is the owner's. Chats drawn in one column never pass for one."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.guestbook import guestbook_messages, is_guestbook
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

EIGHT = load_screens("blind8_screens.json")


def _lines(rows: list[tuple[str, int, int, int, int]]) -> list[OcrLine]:
    return [OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows]


def test_each_guestbook_entry_is_the_posters_and_the_title_is_nobodys() -> None:
    record = parse_boxes(EIGHT["guestbook_wall"])
    assert record.kind == "group_chat"
    assert record.counterpart == ""
    senders = [m.sender for m in record.messages]
    assert senders == ["", "易借花-法务李律师", "梁宇", "易借花-法务李律师"]
    assert not any("留言板" in m.sender or "空间" in m.sender for m in record.messages)
    assert record.messages[0].side == "out"  # the page owner's own entry, named by the title
    said = {m.sender: flat(m.text) for m in reversed(record.messages)}
    assert said["易借花-法务李律师"].startswith(flat("你的同学朋友都能看到这条留言"))
    assert "回复" not in "".join(m.text for m in record.messages)
    assert record.messages[1].time == "2026-11-25T09:40"
    assert record.messages[2].time == "2026-11-24T16:02"


def test_a_chat_of_stamped_bubbles_in_one_column_is_no_guestbook() -> None:
    # Incoming bubbles only, each wrapped and stamped under: a wrapped bubble's first line is
    # its fullest, never a name over shorter text.
    lines = _lines([
        ("你好我是易借花的工作人员请你", 160, 300, 700, 50),
        ("今天之内还款", 160, 360, 320, 50),
        ("10:11", 160, 420, 120, 40),
        ("你再不还我们就联系你的家人", 160, 520, 680, 50),
        ("和单位", 160, 580, 160, 50),
        ("10:15", 160, 640, 120, 40),
    ])  # fmt: skip
    assert not is_guestbook(lines, 980)


def test_a_chat_with_bubbles_on_both_sides_is_no_guestbook() -> None:
    lines = _lines([
        ("王经理 回复", 160, 300, 700, 50),
        ("你的借款已经逾期了请尽快处理", 160, 360, 700, 50),
        ("别再打了", 160, 420, 200, 50),
        ("10:11", 160, 480, 120, 40),
        ("我下周还", 600, 560, 200, 50),
        ("李四 回复", 160, 640, 700, 50),
        ("今天必须还清不然后果自负吧", 160, 700, 700, 50),
        ("最后通知", 160, 760, 200, 50),
        ("10:15", 160, 820, 120, 40),
    ])  # fmt: skip
    assert not is_guestbook(lines, 980)


def test_an_entry_by_me_is_the_owners_without_a_heading() -> None:
    lines = _lines([
        ("我", 160, 300, 60, 50),
        ("请不要在这里留言了谢谢大家", 160, 360, 660, 50),
        ("10:11", 160, 420, 120, 40),
        ("张三 回复", 160, 520, 700, 50),
        ("欠钱不还还有脸让人别留言吗", 160, 580, 680, 50),
        ("10:15", 160, 640, 120, 40),
    ])  # fmt: skip
    assert is_guestbook(lines, 980)
    messages = guestbook_messages(lines, 980, None)
    assert [(m.side, m.sender) for m in messages] == [("out", ""), ("in", "张三")]
