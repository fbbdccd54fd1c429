"""A saved name is a hint of the borrower's own person, not proof: one that speaks as the
creditor collects; a header's number under a saved name is that name's number."""

from __future__ import annotations

from evidence.screens.records import Message, ScreenRecord
from understanding.guess import guess_role
from understanding.saved_number import number_under_name

CREDITOR = "\n".join(
    [
        "刘晓丽，这是给你的最后机会，今天不联系我们，后果由你本人承担。",
        "你弟弟的电话我们已经查到了，你想让他知道你借钱的事吗？",
        "明天中午前处理伍仟元，否则就给你通讯录里的人发催收短信。",
    ]
)
# A friend saved by a plain name urging the borrower to pay: the collectors are "人家".
URGING = "\n".join(
    [
        "晓丽，你快把欠的钱还了吧，人家都打电话到我这里了。",
        "再不还人家说要起诉你了，你别拖了。",
    ]
)


def test_saved_name_speaking_as_the_creditor_collects() -> None:
    guess = guess_role("账单助手", False, CREDITOR, contact="saved")
    assert guess.role == "collector"


def test_saved_friend_urging_to_pay_stays_a_contact() -> None:
    guess = guess_role("小雨", False, URGING, contact="saved")
    assert guess.role == "friend"


def test_saved_relative_is_never_the_creditor() -> None:
    assert guess_role("大姐", False, CREDITOR, contact="saved").role == "relative"


def _thread(chrome: tuple[str, ...], counterpart: str = "账单助手") -> ScreenRecord:
    said = (Message("in", CREDITOR.splitlines()[0]),)
    return ScreenRecord("sms_thread", "unknown", "borrower", counterpart, said, chrome=chrome)


def test_number_under_a_saved_name_is_the_headers_number() -> None:
    record = _thread(("22:47 5G 76%", "返回", "短信/彩信 发送", "13912345678"))
    assert number_under_name(record) == "13912345678"


def test_no_number_under_the_name_leaves_the_header_a_name() -> None:
    assert number_under_name(_thread(("08:30 5G 76%", "返回", "辽宁锦州"))) == ""
    # A header that is a number already, or two numbers in the chrome: nothing to join.
    assert number_under_name(_thread(("13912345678",), "13912345678")) == ""
    assert number_under_name(_thread(("13912345678", "13812345678"))) == ""
