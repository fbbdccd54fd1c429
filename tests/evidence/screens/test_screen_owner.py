"""Whose phone: a forwarded chat says so in its words; a threat about family never does."""

from __future__ import annotations

from datetime import date

import pytest

from corrections import OWNERS, fixed_record
from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.owner import guess_owner
from evidence.screens.parse import parse_screen
from evidence.screens.records import Message


def _in(text: str) -> Message:
    return Message("in", text)


def _out(text: str) -> Message:
    return Message("out", text)


@pytest.mark.parametrize(
    ("messages", "owner"),
    [
        # The counterpart writes to the owner about the borrower, relation and debt in one clause.
        (
            [_in("阿姨您好，您女儿韦丽在金橙分期借款逾期不还，麻烦您转告她今天必须还款。")],
            "relative",
        ),
        ([_in("杨先生，你女儿杨敏借了我们星河易借的钱一直不还，你做父亲的管不管?")], "relative"),
        ([_in("你儿子欠我们平台8000块，你做家长的管不管")], "relative"),
        ([_in("你是李娜的妈妈吧？")], "relative"),
        ([_in("你好，请问是孙浩的同事李娜吗?孙浩在鲸鱼快贷欠款7860元逾期未还")], "colleague"),
        ([_in("你的同事王强在我们平台借款逾期，请你转告他")], "colleague"),
        ([_in("您是张伟的朋友吗？他在我们这里欠款不还")], "friend"),
        # The owner's own words speak of the borrower.
        ([_in("你好"), _out("我儿子欠你们多少钱？我替他还")], "relative"),
        ([_out("我跟他只是同事，请不要再给我发短信。")], "colleague"),
        ([_out("我和她就是普通朋友，她借钱跟我没关系")], "friend"),
    ],
)
def test_forwarded_phone_is_guessed_from_the_words(messages: list[Message], owner: str) -> None:
    assert owner in OWNERS
    assert guess_owner(messages, "sms_thread") == owner
    assert guess_owner(messages, "chat_1to1") == owner


@pytest.mark.parametrize(
    "messages",
    [
        # A collector threatening the borrower about their family: the borrower's own phone.
        [_in("我们会联系你女儿，让她知道你欠钱不还")],
        [_in("再不还钱就打给你妈妈，告诉你老婆你借了网贷")],
        [_in("你老婆孩子的信息我们都查到了，别逼我们用别的办法。")],
        [_in("你爸的电话已经打通了，下一步就是你公司张主管")],
        [_in("你同事都知道你借了网贷，丢不丢人")],
        [_in("你是不是觉得你的妈妈会帮你还吗")],
        [_in("你妈逼欠钱不还还有理了")],  # an insult, not a word to the mother
        # The borrower's own words about family or loans from family.
        [_out("不要骚扰我女儿，欠的钱我会还")],
        [_out("我妈妈借给我的钱我还没还")],
        [_in("孙浩，鲸鱼快贷的钱你打算什么时候还？"), _out("我已经在筹钱了")],
        # Two different relations: no guess rather than a wrong one.
        [_in("你女儿欠钱不还"), _in("你同事欠钱不还")],
    ],
)
def test_the_borrowers_own_phone_gets_no_guess(messages: list[Message]) -> None:
    assert guess_owner(messages, "sms_thread") == ""


def test_a_group_or_a_list_never_guesses() -> None:
    words = [_in("阿姨您好，您女儿韦丽在金橙分期借款逾期不还")]
    assert guess_owner(words, "group_chat") == ""
    assert guess_owner(words, "sms_list") == ""


W, H = 720, 1561  # a screenshot forwarded through WeChat: shrunk to 720 wide


def _screen(*rows: tuple[str, int, int, int, int]) -> OcrResult:
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)
    return OcrResult("\n".join(ln.text for ln in lines), lines, width=W, height=H)


# Real OCR of the blind set's Samsung One UI thread forwarded from a colleague's phone.
COLLEAGUE_SMS = _screen(
    ("19:40 4G+ 52%", 21, 11, 675, 36),
    ("185 3311 7620", 244, 83, 227, 37),
    ("16:12", 325, 184, 70, 36),
    ("你好，请问是孙浩的同事李娜吗?孙浩", 48, 250, 473, 33),
    ("在鲸鱼快贷欠款7860元逾期未还，麻烦", 48, 291, 478, 33),
    ("转告他马上联系我们。", 43, 327, 269, 42),
    ("16:20", 325, 408, 70, 36),
    ("你不转告的话，我们会每天给你打电", 47, 475, 445, 32),
    ("话，直到他还钱为止。", 43, 509, 271, 42),
    ("我跟他只是同事，请不要再给我发短", 183, 598, 452, 38),
    ("信。", 180, 636, 56, 45),
    ("输入消息", 35, 1496, 110, 41),
)
# Real OCR of the blind set's ColorOS thread on the borrower's own phone.
OWN_SMS = OcrResult(
    "",
    tuple(
        OcrLine(t, b, 90.0)
        for t, b in (
            ("22:42 4G 45%", (29, 14, 1019, 62)),
            ("150 8722 3419", (369, 124, 336, 57)),
            ("星期日21:40", (439, 278, 203, 49)),
            ("杨敏，星河易借的7350块你到底还不", (68, 373, 682, 57)),
            ("还？给你脸了是吧。", (68, 434, 359, 57)),
            ("我在想办法，能不能先还2000", (451, 564, 562, 56)),
            ("2000打发要饭的？明天中午前全额还", (70, 693, 678, 49)),
            ("清，不然你爸那边我们天天打。", (70, 752, 560, 49)),
            ("发送短信", (55, 2248, 165, 58)),
        )
    ),
    width=1081,
    height=2343,
)


def test_parse_screen_guesses_a_forwarded_colleagues_phone() -> None:
    record = parse_screen(COLLEAGUE_SMS, date(2026, 11, 17))
    assert record.kind == "sms_thread"
    assert record.owner == "colleague"
    assert [m.side for m in record.messages] == ["in", "in", "out"]


def test_parse_screen_keeps_the_borrowers_own_phone_and_an_owner_given() -> None:
    assert parse_screen(OWN_SMS, date(2026, 9, 24)).owner == "borrower"
    # An owner given to the parser is kept, whatever the words say.
    assert parse_screen(COLLEAGUE_SMS, date(2026, 11, 17), owner="friend").owner == "friend"


def test_a_guess_never_overrides_the_users_fix() -> None:
    record = parse_screen(COLLEAGUE_SMS, date(2026, 11, 17)).to_json()
    assert record["owner"] == "colleague"
    # "这是我自己的手机": the user's fix sits on top of every fresh parse.
    assert fixed_record(record, {"owner": "borrower"})["owner"] == "borrower"
    assert fixed_record(record, {"owner": "relative"})["owner"] == "relative"
    assert fixed_record(record, {})["owner"] == "colleague"
