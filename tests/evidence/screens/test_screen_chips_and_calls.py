"""Chrome people take for words, on real PP-OCR boxes of a second generator's screens.

The fixtures (blind2_screens.json) are the OCR lines of tests/blindgen2 screenshots with what was
drawn on them: role chips beside group nicknames, WeChat Work's «@微信» suffix, a payment app's
safety banner, a DM's "not friends" notice, WeChat voice-call bubbles, an iOS thread's channel
line, iOS recents with year dates and the round "i" button, contact cards.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.messages import chat_parts
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind2_screens.json")
_CHATS = [name for name, s in SCREENS.items() if s["kind"] in ("chat", "group", "sms_thread")]


def _parse(name: str) -> ScreenRecord:
    return parse_boxes(SCREENS[name])


@pytest.mark.parametrize("name", _CHATS)
def test_every_drawn_text_bubble_is_one_whole_message_on_its_side(name: str) -> None:
    data = SCREENS[name]
    record = _parse(name)
    drawn = [
        ("out" if who == "me" else "in", flat(text))
        for who, text, kind in data["drawn"]
        if kind == "text"
    ]
    assert [(m.side, flat(m.text)) for m in record.messages] == drawn


@pytest.mark.parametrize("name", _CHATS)
def test_no_chrome_in_a_message_or_sender(name: str) -> None:
    record = _parse(name)
    said = [m.text for m in record.messages] + [m.sender for m in record.messages]
    chrome = re.compile(
        r"群主|管理员|@微信|为了保护|不是你的好友|通话时长|已取消|^短信$|^\d+人$|发送消息|发消息"
    )
    assert not [text for text in said if chrome.search(text)]


def test_qq_group_role_chip_is_never_a_sender_and_the_nickname_is() -> None:
    # The chip «群主» is its own box left of the nickname, once read a little lower than it.
    record = _parse("qq_group_role_chips")
    assert record.kind == "group_chat"
    drawn = [(who, flat(text)) for who, text, _kind in SCREENS["qq_group_role_chips"]["drawn"]]
    got = [("me" if m.side == "out" else m.sender, flat(m.text)) for m in record.messages]
    assert got == drawn
    assert "23人" in record.chrome  # the member count under the group's name


def test_wecom_external_contact_is_the_name_before_its_chip() -> None:
    record = _parse("wecom_external_chip")
    assert record.counterpart == "刘专员"
    assert any("现在可以开始聊天了" in text for text in record.chrome)


def test_centred_notices_in_small_type_are_chrome() -> None:
    banner = _parse("alipay_safety_banner")
    assert any(text.startswith("为了保护你的资金安全") for text in banner.chrome)
    notice = _parse("douyin_dm_notice")
    assert "对方不是你的好友，请注意隐私安全" in notice.chrome
    assert "发送消息" in notice.chrome  # the DM's input box


@pytest.mark.parametrize(
    ("name", "directions"),
    [
        ("wechat_voice_calls", ["missed", "incoming"]),
        ("wechat_voice_calls_forwarded", ["missed", "missed", "incoming"]),
    ],
)
def test_voice_call_bubbles_are_calls_with_their_time(name: str, directions: list[str]) -> None:
    record = _parse(name)
    assert [c.direction for c in record.calls] == directions
    assert all(c.time[:10] and "T" in c.time for c in record.calls)
    voice = [text for _who, text, kind in SCREENS[name]["drawn"] if kind == "voice"]
    assert len(voice) == len(record.calls)
    assert not [m for m in record.messages if flat(m.text) in {flat(v) for v in voice}]


def test_ios_thread_channel_line_is_not_an_inbox_title() -> None:
    record = _parse("ios_sms_thread_channel_line")
    assert record.kind == "sms_thread"
    assert record.counterpart == "19925867043"
    times = [m.time for m in record.messages]
    assert times[0] == "2026-10-16T21:40"  # "星期五 下午9:40" before the capture on 10-22
    assert times[-1] == "2026-10-22T07:58"


def _drawn_key(shown: str) -> str:
    """A drawn row's caller as the parser keys it: the saved name, or the digits without +86."""
    digits = re.sub(r"\D", "", shown)
    if not digits:
        return shown
    return digits[2:] if shown.startswith("+86") else digits


def test_ios_recents_year_dates_and_info_button() -> None:
    data = SCREENS["ios_recents_year_dates"]
    record = _parse("ios_recents_year_dates")
    assert record.kind == "call_log"
    got = [(c.name or c.number, c.count, c.time[:10]) for c in record.calls]
    assert got == [(_drawn_key(who), n, day) for who, n, day, _way in data["rings"]]
    assert ("outgoing", "黄姐") in [(c.direction, c.name) for c in record.calls]


@pytest.mark.parametrize(
    ("name", "note"), [("ios_contact_card", None), ("flyme_contact_card_note", "公司直属领导")]
)
def test_contact_card_by_its_layout(name: str, note: str | None) -> None:
    data = SCREENS[name]
    record = _parse(name)
    assert record.kind == "contact_card"
    assert not record.messages
    assert record.fields["name"] == data["title"]
    drawn_number = dict(data["fields"])["number"]
    assert re.sub(r"\D", "", record.fields["number"]) == re.sub(r"\D", "", drawn_number)
    assert record.fields.get("note") == note


W, H = 1080, 2340


def _line(text: str, x: int, y: int, w: int, h: int = 44) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 95.0)


def _screen(*lines: OcrLine) -> ScreenRecord:
    return parse_screen(OcrResult("", lines, 0.0, W, H), date(2026, 10, 22))


def test_a_chip_in_its_own_box_beside_the_title_is_chrome() -> None:
    record = _screen(
        _line("12:20 4G 80%", 40, 20, 900),
        _line("刘专员", 400, 150, 160, 60),
        _line("@微信", 570, 155, 110, 50),
        _line("9月12日 10:02", 420, 400, 230, 40),
        _line("陶先生您好，您的账单已逾期10天。", 180, 500, 620),
    )
    assert record.counterpart == "刘专员"
    assert [m.text for m in record.messages] == ["陶先生您好，您的账单已逾期10天。"]


def test_a_group_nickname_read_with_its_chip_and_wechat_suffix_is_the_name() -> None:
    record = _screen(
        _line("10:40 4G 62%", 40, 20, 900),
        _line("还款群(12)", 420, 150, 240, 60),
        _line("管理员 王专员@微信", 150, 300, 330, 36),
        _line("今天不还就曝光你。", 190, 350, 420),
        _line("李娜", 150, 460, 90, 36),
        _line("这是什么群？", 190, 510, 280),
    )
    assert record.kind == "group_chat"
    assert [(m.sender, m.text) for m in record.messages] == [
        ("王专员", "今天不还就曝光你。"),
        ("李娜", "这是什么群？"),
    ]


def test_dotted_and_slashed_year_dates_in_separators_and_list_rows() -> None:
    chat = _screen(
        _line("08:20 5G", 40, 20, 300),
        _line("闪贷宝客服", 420, 150, 240, 60),
        _line("2026.10.14 22:10", 420, 300, 260, 40),
        _line("今天之内联系我处理，否则后果自负。", 180, 400, 640),
    )
    assert [m.time for m in chat.messages] == ["2026-10-14T22:10"]
    log = _screen(
        _line("08:30 5G", 40, 20, 300),
        _line("最近通话", 40, 300, 300, 100),
        _line("400-836-1290 (2) 2026/10/14", 36, 500, 1000, 90),
        _line("未接 中国", 36, 580, 200, 60),
        _line("黄姐 2026.10.13", 36, 700, 1000, 90),
        _line("呼出 手机", 36, 780, 200, 60),
    )
    assert [(c.number or c.name, c.count, c.time) for c in log.calls] == [
        ("4008361290", 2, "2026-10-14"),
        ("黄姐", 1, "2026-10-13"),
    ]


def test_family_from_the_screens_own_chrome_never_from_what_people_write() -> None:
    # "HD" is on any Android status bar; a message naming WeChat is not WeChat's screen; and a
    # family, right or wrong, never turns a thread under a number into another kind.
    record = _screen(
        _line("16:40 HD 5G", 40, 20, 900),
        _line("171 0000 3388", 380, 150, 320, 50),
        _line("昨天21:02", 450, 280, 170, 40),
        _line("加你微信和QQ都不回，明天去你公司。", 60, 380, 700),
        _line("输入短信", 400, 2200, 200, 50),
    )
    assert record.app == "unknown"
    assert record.kind == "sms_thread"
    assert record.counterpart == "17100003388"


def test_words_that_start_with_a_role_are_still_words() -> None:
    record = _screen(
        _line("10:40 4G 62%", 40, 20, 900),
        _line("还款群(12)", 420, 150, 240, 60),
        _line("李娜", 150, 300, 90, 36),
        _line("管理员在吗", 190, 350, 230),
        _line("群主 你说句话，这群是干嘛的？", 190, 500, 560),
    )
    assert next((m.sender, m.text) for m in record.messages) == ("李娜", "管理员在吗")
    assert "群主 你说句话，这群是干嘛的？" in [m.text for m in record.messages]


def test_a_full_width_bubble_on_the_counterparts_column_is_never_a_notice() -> None:
    # Centred by chance (one full line) and read a little small: it starts where the other
    # bubbles of the counterpart start, so it is theirs.
    record = _screen(
        _line("10:40 4G 62%", 40, 20, 900),
        _line("贷后-吴经理", 420, 150, 240, 60),
        _line("11月1日 10:40", 420, 300, 230, 40),
        _line("今天不处理就同步征信，你自己看着办", 190, 400, 500, 50),
        _line("一分钱都不能少", 190, 520, 700, 38),
        _line("别以为躲得掉。", 190, 640, 300, 50),
        _line("说点什么", 160, 2200, 180, 50),
    )
    assert "一分钱都不能少" in [m.text for m in record.messages]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("通话时长 01:12", "incoming"),
        ("C 通话时长 1:02:33", "incoming"),
        ("语音通话 00:35", "incoming"),
        ("视频通话 已取消", "missed"),
        ("对方已取消", "missed"),
        ("对方无应答", "missed"),
        ("你已取消了吗", None),  # words, not a call
        ("通话时长", None),
    ],
)
def test_call_bubble_words(text: str, direction: str | None) -> None:
    messages, calls = chat_parts(
        [_line("昨天 22:31", 450, 300, 170, 40), _line(text, 190, 400, 400, 50)],
        W,
        date(2026, 8, 21),
        group=False,
    )
    assert [c.direction for c in calls] == ([direction] if direction else [])
    assert [c.time for c in calls] == (["2026-08-20T22:31"] if direction else [])
    assert [m.text for m in messages] == ([] if direction else [text])


def test_an_inbox_rows_chevron_is_not_part_of_its_head() -> None:
    record = _screen(
        _line("08:25 5G", 40, 20, 300),
        _line("编辑", 30, 150, 120, 80),
        _line("信息", 30, 300, 200, 120),
        _line("妈妈 昨天 >", 190, 500, 880, 90),
        _line("婷婷，有人打电话给我说你欠钱，怎么回事…", 190, 590, 700, 45),
        _line("鹭岛银行 星期二〉", 190, 710, 880, 90),
        _line("【鹭岛银行】您尾号0718的储蓄卡10月20…", 190, 800, 700, 45),
    )
    assert record.kind == "sms_list"
    assert [(m.sender, m.time) for m in record.messages] == [
        ("妈妈", "2026-10-21"),
        ("鹭岛银行", "2026-10-20"),
    ]
