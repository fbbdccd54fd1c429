"""Quotes are whole collector sentences, never screen text or wrap fragments, listed once; threat
categories enter a letter only when a quote or the user's own account backs them."""

from __future__ import annotations

import dataclasses

import pytest

from casefile.model import Case, EvidenceItem, Quote
from drafting.backends.template import TemplateBackend
from drafting.compose import draft_document
from drafting.quotes import backed_threats, is_chrome, is_fragment, letter_quotes

from .conftest import TODAY

SCREEN = (
    "9:41 中国移动 5G 87%\n"
    "个人收藏 最近通话 通讯录 拨号键盘 语音留言\n"
    "张经理\n"
    "我已经打电话给你们单位的人事，你再装死试试看。\n"
    "你们单位的电话我都打过\n"
    "了，你领导知道了吗？\n"
    "明天我们上门找你。\n"
)
WORKPLACE = "称要联系我的工作单位、领导或同事"


def _case(typical: Case, *, quotes: tuple[str, ...], threats: tuple[str, ...] = ()) -> Case:
    h = dataclasses.replace(
        typical.harassment,
        quotes=tuple(Quote(text=q, exhibit="E3") for q in quotes),
        threats=threats,
    )
    evidence = (*typical.evidence, EvidenceItem(id="E3", kind="sms", text=SCREEN))
    return dataclasses.replace(typical, harassment=h, evidence=evidence)


@pytest.mark.parametrize(
    "text",
    ["个人收藏 最近通话 通讯录 拨号键盘 语音留言", "9:41 中国移动 5G 87%", "返回 编辑"],
)
def test_screen_text_is_chrome(text: str) -> None:
    assert is_chrome(text)


def test_a_collector_sentence_is_not_chrome() -> None:
    assert not is_chrome("明天我们上门找你")


def test_wrap_fragments_are_not_quotes(typical) -> None:
    case = _case(typical, quotes=())
    assert is_fragment("了，你领导知道了吗", case)
    assert is_fragment("你领导知道了吗", case)  # its message began on the line above
    assert is_fragment("你再装死试试看", case)  # the middle of a line
    assert is_fragment("我已经打电话给你们单位的人事", case)  # ends mid-sentence
    assert not is_fragment("明天我们上门找你", case)
    assert not is_fragment("我已经打电话给你们单位的人事，你再装死试试看", case)
    assert is_fragment("你们单位的电话我都打过", case)  # the message goes on below
    assert not is_fragment("你不还钱就等着", case)  # typed by the user, in no exhibit text


def test_every_letter_quotes_once_and_never_screen_text(typical) -> None:
    stored = (
        "个人收藏 最近通话 通讯录 拨号键盘 语音留言",
        "了，你领导知道了吗",
        "明天我们上门找你",
    )
    case = _case(typical, quotes=stored, threats=("称要上门", "明天我们上门找你"))
    assert [q.text for q in letter_quotes(case)] == ["明天我们上门找你"]
    for kind in ("platform", "police", "regulator", "deletion"):
        text = draft_document(case, kind, TemplateBackend(), today=TODAY).text
        assert "拨号键盘" not in text
        assert "了，你领导" not in text
        assert text.count("明天我们上门找你") == 1, kind
        assert ("对方原话：" in text) + ("对方的原话包括" in text) == 1, kind


def test_a_threat_category_needs_a_quote_or_the_users_words(typical) -> None:
    case = _case(typical, quotes=("明天我们上门找你",), threats=("称要上门", WORKPLACE))
    assert backed_threats(case) == ("称要上门",)
    for kind in ("platform", "police", "regulator", "deletion", "contacts"):
        text = draft_document(case, kind, TemplateBackend(), today=TODAY).text
        # (the law section may still name the workplace issue: law/ finds issues from categories)
        assert "称要联系我的工作单位" not in text, kind
    told = dataclasses.replace(
        case,
        harassment=dataclasses.replace(case.harassment, account="他们说要打电话到我们公司。"),
    )
    assert backed_threats(told) == ("称要上门", WORKPLACE)
    text = draft_document(told, "police", TemplateBackend(), today=TODAY).text
    assert WORKPLACE in text
