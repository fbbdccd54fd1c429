"""Round initial badges beside a chat's header and bubbles (Messenger-like, WeChat-like groups):
the glyph is nobody's words, never part of a name, and never cuts a bubble in two."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import without_badges
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_header_badge_after_the_back_glyph_is_no_part_of_the_name() -> None:
    for name, title in [
        ("messenger_badge_on_last_line", "闪电借-阿杰"),
        ("messenger_badge_boss", "王经理"),
        ("messenger_long_capture", "金橙-催收组小吴"),
        ("signal_badge_header", "法務部-陳專員"),
    ]:
        assert parse_boxes(SCREENS[name]).counterpart == title, name


def test_a_badge_glued_to_a_wrapped_bubbles_last_line_keeps_the_bubble_whole() -> None:
    record = parse_boxes(SCREENS["messenger_badge_on_last_line"])
    texts = [flat(m.text) for m in record.messages]
    assert flat("通讯录我这边已经导出来了，你们王经理的号码也在里面，你猜我明天打不打") in texts
    assert not any(t.startswith("闪") for t in texts)
    boss = [flat(m.text) for m in parse_boxes(SCREENS["messenger_badge_boss"]).messages]
    assert flat("尽快处理好，别影响工作。九点半的会准时来") in boss


def test_a_long_capture_reads_every_wrapped_bubble_as_one_and_no_lone_badge() -> None:
    record = parse_boxes(SCREENS["messenger_long_capture"])
    texts = [flat(m.text) for m in record.messages]
    for whole in [
        "周女士您好，我是金橙分期贷后专员小吴，您的分期已逾期一天，麻烦今天处理一下哈",
        "看了吗？已经第二天了，今天再不还会产生额外罚息",
        "下个月？你当我们是做慈善的？不还可以，明天我就打给你爸和你们刘主管",
        "你爸的电话打通了，老人家挺着急的，你自己看着办吧",
        "P好的图已经发你了，满意的话我就群发出去",
    ]:
        assert flat(whole) in texts
    assert "金" not in texts


def test_the_glyph_before_a_line_is_words_when_the_line_above_starts_with_it() -> None:
    # No badge: the line above starts where this one does, so "我 明天还" is the bubble's words.
    lines = [
        _line("你到底什么时候还钱，给个准话", 40, 300, 460, 36),
        _line("我 明天还", 40, 338, 150, 36),
    ]
    out, _badges = without_badges(lines, 780)
    assert [ln.text for ln in out] == ["你到底什么时候还钱，给个准话", "我 明天还"]


def test_a_lone_glyph_left_of_every_bubble_is_a_badge_but_a_one_glyph_reply_is_words() -> None:
    lines = [
        _line("这才刚开始，明天你朋友圈里的人", 110, 1410, 465, 33),
        _line("都会知道你是个老赖", 107, 1446, 262, 38),
        _line("金", 31, 1685, 37, 36),
        _line("好", 108, 1752, 36, 36),
    ]
    out, badges = without_badges(lines, 780)
    assert [ln.text for ln in out] == ["这才刚开始，明天你朋友圈里的人", "都会知道你是个老赖", "好"]
    assert badges == [(1685, 1721, "in")]


def test_a_group_members_name_glued_to_its_badge_names_the_sender_of_the_bubble_under_it() -> None:
    for name, who in [
        ("group_tall_badges_zh", "金橙分期-调解员"),
        ("group_tall_badges_hant", "阿文(速易貸)"),
    ]:
        record = parse_boxes(SCREENS[name])
        senders = {m.sender for m in record.messages if m.sender}
        assert who in senders, name
        # A name over a picture is no message of its own.
        assert who not in [m.text for m in record.messages], name
    hant = parse_boxes(SCREENS["group_tall_badges_hant"])
    assert {m.sender for m in hant.messages if m.sender} == {"阿文(速易貸)", "舅舅", "姐姐"}
