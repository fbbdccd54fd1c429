"""Chat bubbles from OCR boxes: side, group sender, whole text, chrome — every family, two skins.

The fixtures (chat_screens.json) are real OCR output of drawn screenshots with what was drawn:
each family's chat or SMS thread in a light and a dark skin, plus screens of the blind set.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chrome import is_chrome, is_input_box, is_subtitle
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("chat_screens.json")
FAMILIES = ("wechat", "dingtalk", "qq", "miui", "harmonyos", "coloros", "originos", "ios")


def _parse(name: str) -> ScreenRecord:
    return parse_boxes(SCREENS[name], date(2026, 3, 12))


def test_every_family_has_a_light_and_a_dark_skin() -> None:
    skins = {(s["family"], s["skin"]) for s in SCREENS.values()}
    assert {(family, skin) for family in FAMILIES for skin in ("light", "dark")} <= skins


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_bubbles_side_sender_and_whole_text(name: str) -> None:
    data = SCREENS[name]
    record = _parse(name)
    assert record.kind == ("group_chat" if data["group"] else record.kind)
    got = [(m.side, m.sender, flat(m.text)) for m in record.messages]
    drawn = [
        (
            "out" if who == "me" else "in",
            who if data["group"] and who != "me" else "",
            flat(text.removeprefix("[图片]")),
        )
        for who, text in data["drawn"]
    ]
    assert got == drawn


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_chrome_is_never_a_message_or_sender(name: str) -> None:
    data = SCREENS[name]
    record = _parse(name)
    status, last = data["lines"][0][0], data["lines"][-1][0]
    assert status in record.chrome  # the status bar
    assert last in record.chrome  # the input box under the last bubble
    said = [m.text for m in record.messages] + [m.sender for m in record.messages]
    assert not any(text in said for text in record.chrome)
    assert not any(re.search(r"在线|短信/彩信|按住|iMessage|发送|输入", text) for text in said)


def test_wechat_dark_group_nicknames_belong_to_the_bubble_under_them() -> None:
    # jinan IMG_4104: each nickname used to be glued to the bubble above it.
    messages = _parse("jinan_group").messages
    by_sender = {m.sender: m.text for m in messages if m.sender}
    assert by_sender["法务-周律师"].startswith("本人是鲸鱼快贷法务")
    assert "冻结孙浩名下银行卡" in by_sender["法务-周律师"]
    assert not any("李娜" in m.text or "法务-周律师" in m.text for m in messages)
    said_by = {m.text[:6]: m.sender for m in messages}
    assert said_by["这是什么群？"] == "李娜"
    assert said_by["孙浩你看到了"] == "表哥"
    # The borrower's own green bubble, wrapped to nearly the full width, is outgoing.
    assert [m.text for m in messages if m.side == "out"] == [
        "你们把我同事家人拉进来是侵犯隐私，我会报警。"
    ]


def test_dark_mode_full_width_bubbles_take_the_side_of_their_column() -> None:
    dad = _parse("kunming_dad_chat").messages
    assert [m.side for m in dad] == ["in", "in", "out", "in"]
    # An incoming bubble right after an outgoing one is not the owner's.
    liu = _parse("kunming_liu_chat").messages
    assert [m.side for m in liu] == ["in", "in", "out", "in"]
    assert liu[-1].text.startswith("下班？你躲得了初一")


def test_separator_times_reach_the_bubbles_under_them() -> None:
    messages = _parse("qq_dark").messages
    assert [m.time for m in messages] == ["2026-03-11T21:02"] * 4 + ["2026-03-12T09:15"]


W = 1080


def _line(text: str, x: int, y: int, w: int, h: int = 44) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 95.0)


@pytest.mark.parametrize(
    "text",
    [
        "QQ在线",
        "QQ 在线",
        "手机在线",
        "5G在线",
        "iPhone在线",
        "对方正在输入...",
        "号码归属地：广西南宁",
    ],
)
def test_title_subtitles_are_chrome(text: str) -> None:
    assert is_subtitle(_line(text, 420, 160, 240), W)
    assert is_chrome(_line(text, 420, 160, 240), W, 2340)


def test_a_carrier_line_is_chrome_only_in_the_header() -> None:
    assert is_subtitle(_line("广西南宁 移动", 400, 170, 280), W)
    assert not is_subtitle(_line("广西南宁 移动", 170, 900, 280), W)
    assert not is_subtitle(_line("你在线吗？", 170, 400, 200), W)


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("发送短信", True),
        ("⊕ 输入信息 ☺", True),
        ("输入消息", True),
        ("iMessage信息", True),
        ("短信 / 彩信", True),
        ("发消息…+", True),
        ("按住 说话", True),
        ("发送", True),
        ("发短信。", False),  # the end of someone's message
        ("信。", False),
        ("我发送了", False),
    ],
)
def test_input_placeholders_and_send_buttons(text: str, chrome: bool) -> None:
    assert is_input_box(text) is chrome


@pytest.mark.parametrize(
    "text",
    [
        "以上是打招呼的内容",
        "你已添加了催收小王，现在可以开始聊天了。",
        "消息已发出，但被对方拒收了。",
        "小王撤回了一条消息",
        "你还不是他（她）朋友。请先发送朋友验证请求，对方验证通过后，才能聊天。",
        "张三与群里其他人都不是朋友关系，请注意隐私安全",
    ],
)
def test_system_lines_are_never_messages(text: str) -> None:
    record = parse_screen(
        OcrResult(
            "",
            (
                _line("16:40 HD 5G", 40, 30, 300, 40),
                _line("王经理", 470, 150, 140),
                _line(text, 200, 330, 680, 36),
                _line("还钱，不然曝光你", 170, 420, 380),
                _line("按住 说话", 420, 2220, 240),
            ),
            width=W,
            height=2340,
        ),
        date(2026, 3, 12),
    )
    assert [m.text for m in record.messages] == ["还钱，不然曝光你"]
    assert text in record.chrome


@pytest.mark.parametrize("name", ["wechat_group_light", "jinan_group", "dingtalk_dark"])
def test_a_group_is_known_by_its_nicknames_when_its_name_says_nothing(name: str) -> None:
    # A family group called "相亲相爱一家人": no "群", no member count, only the layout.
    data = SCREENS[name]
    renamed = [list(line) for line in data["lines"]]
    title = next(line for line in renamed[1:] if line[2] < 0.1 * data["height"])
    title[0] = "相亲相爱一家人"
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in renamed)
    record = parse_screen(
        OcrResult("", lines, 0.0, data["width"], data["height"]), date(2026, 3, 12)
    )
    assert record.kind == "group_chat"
    assert record.counterpart == "相亲相爱一家人"
    assert [m.sender for m in record.messages] == [m.sender for m in _parse(name).messages]


@pytest.mark.parametrize("name", [n for n in sorted(SCREENS) if not SCREENS[n]["group"]])
def test_a_one_to_one_chat_never_turns_into_a_group(name: str) -> None:
    assert _parse(name).kind != "group_chat"
