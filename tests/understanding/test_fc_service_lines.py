"""A 95 or 400 line is the platform's by its prefix only until its own words threaten the
borrower's people, workplace or home about the debt: then it collects."""

from __future__ import annotations

from understanding.guess import guess_role
from understanding.service_lines import threats_to_people

_CALL = (
    "喂，郭志强是吧？我这边是速融分期的，你那笔三千四百二十的账你打算怎么处理？\n"
    "月底不行，你们领导姓孙对吧，电话我这里有，你要是今天不处理我现在就打给他。\n"
    "还有你老婆，你不想让她知道你在外面借钱吧？"
)


def test_a_service_line_whose_own_call_threatens_the_workplace_collects() -> None:
    for number in ("95040331", "4008672251"):
        guess = guess_role(number, True, _CALL, calls=1, platform="速融分期")
        assert (guess.role, guess.code) == ("collector", "collector_words")


def test_a_service_lines_notices_stay_the_platforms() -> None:
    notice = "您的借款已到账，请按时还款。如有疑问请联系客服。"
    assert guess_role("4008672251", True, notice).role == "platform"
    bill = "您本月账单已出，应还1,200元，请于11月20日前还款。"
    assert guess_role("95040331", True, bill).role == "platform"
    # A bank's own line naming a workplace in its template never collects.
    bank = "【工商银行】您尾号4410的卡11月18日入账3,000元，摘要：单位代发工资。"
    assert guess_role("95588", True, bank).role == "platform"


def test_threats_need_the_debt_and_the_speakers_own_voice() -> None:
    assert threats_to_people(_CALL) == ["联系单位"]
    assert threats_to_people("我是你们单位的同事，明天开会") == []
    assert threats_to_people("有人打电话到你单位，说你欠钱不还") == []
    assert threats_to_people("三天内不还款，我们通知你通讯录所有人") == ["爆通讯录", "联系亲友"]
