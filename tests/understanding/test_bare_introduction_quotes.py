"""A collector's message that only greets the borrower and says who sends it ("某某先生，你好，
我是某某法务部王主任。") holds no demand, threat or exposure: it is no quote. The next message,
or an introduction with anything more in it, is."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem, Platform
from evidence.screens.records import Message, ScreenRecord
from understanding.quotes import all_collector_quotes, only_introduces


def _case(counterpart: str, *texts: str) -> Case:
    record = ScreenRecord(
        "chat_1to1",
        app="wechat",
        counterpart=counterpart,
        messages=tuple(Message("in", text) for text in texts),
    )
    item = EvidenceItem(
        id="E1", kind="chat", file="1.png", sha256="1" * 64, text="",
        captured_on="2026-11-22", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    return Case(borrower=Borrower(name="孙立"), platform=Platform(name="快易花"), evidence=(item,))


def test_a_greeting_with_the_senders_name_alone_is_not_quoted() -> None:
    case = _case(
        "快易花贷后-周专员",
        "孙立先生，您好，我是快易花贷后周专员。",
        "你的欠款已经逾期十天，今天不还就联系你单位领导。",
    )
    quotes = [q.text for q in all_collector_quotes(case)]
    assert quotes == ["你的欠款已经逾期十天，今天不还就联系你单位领导。"]


def test_only_a_bare_introduction_is_left_out() -> None:
    assert only_introduces("孙立是吧，我是快易花贷后周专员。")
    assert only_introduces("孙先生您好，我是某某资产法务部王专员，工号KX0211。")
    # A question, a demand, an exposure or a threat is more than a greeting.
    assert not only_introduces("孙女士您好，我是周经理，方便聊一下吗？")
    assert not only_introduces("你好，我是快易花法务部的，你的借款已经严重逾期")
    assert not only_introduces("各位好，我是快易花的律师，孙立恶意拖欠借款。")
    assert not only_introduces("我是谁不重要")
    assert not only_introduces("我是来要账的")
