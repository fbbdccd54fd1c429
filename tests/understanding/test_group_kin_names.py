"""A collector joins the borrower's family or work group under a name that sounds like kin or a
classmate ("王姐", "晓峰表哥") and speaks to the group about the borrower in the third person: the
debt, pass it on, a threat. The name is what they typed: its kin word is a hint, their speech says
who they are. A relative relaying or quoting the collector stays a relative; a card of the
borrower's particulars posted to the group, its title read as a name, is nobody collecting; a
member who renames himself is judged on what he posted under both names.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.group_members import renames
from understanding.guess import guess_role
from understanding.quotes import collector_quotes
from understanding.roles import number_rows

KIN_NAMED = (
    "各位刘家的亲戚好，刘建国在网上借钱逾期两个月了，麻烦大家转告他。\n"
    "他欠了八千二，躲着不还，亲戚们都劝劝他。\n"
    "再不还，后天我们就把他的照片发到你们村的群里。"
)


def test_a_kin_named_member_speaking_as_the_creditor_collects() -> None:
    for name in ("刘姐", "建国表弟", "二舅"):
        assert guess_role(name, False, KIN_NAMED, poster=True).role == "collector", name


def test_relatives_relaying_or_urging_stay_relatives() -> None:
    for words in (
        "建国，他说再不还就上门，你赶紧还吧。",
        "你欠人家的钱今天必须还，不还明天人家就去你单位。",
        "他欠了网贷逾期了，人家说今天不还就上门，大家叫他赶紧还钱。",
        "他们说明天要把他的照片发到群里，他欠的钱大家帮着凑凑吧。",
    ):
        assert guess_role("大姑", False, words, poster=True).role == "relative", words
    # A saved relative's name is the borrower's own person, whatever they post.
    assert guess_role("刘姐", False, KIN_NAMED, poster=True, contact="saved").role == "relative"


def test_calling_the_listed_contacts_one_by_one_is_a_threat() -> None:
    words = "各位好，他借钱不还人跑了。\n这是他留的紧急联系人，今天不还钱，明天挨个打。"
    assert guess_role("建国老同学", False, words, poster=True).role == "collector"


def test_a_member_suspecting_a_stranger_of_fraud_defends_the_borrower() -> None:
    words = "建国这娃实诚，咋能欠人钱，怕不是骗子。"
    assert guess_role("王师傅", False, words, poster=True).role != "collector"


def test_a_card_of_particulars_titled_with_a_name_is_nobody_collecting() -> None:
    card = "身份证号3304******2715通讯录共186人妈138****6617孟伟159****2785"
    assert guess_role("刘建国", False, card, poster=True).role == "unknown"


def test_a_rename_line_names_the_old_and_the_new_name() -> None:
    assert renames(["建国表弟修改群昵称为清河调解中心-周", "11/13 15:04"]) == [
        ("建国表弟", "清河调解中心-周")
    ]
    assert renames(["“建国表弟”修改群昵称为“清河调解中心-周”"]) == [("建国表弟", "清河调解中心-周")]


def test_the_renamed_member_collects_under_both_names_and_the_colleagues_do_not() -> None:
    posts = (
        ("建国表弟", "各位同事好，我是刘建国的表弟，他最近联系不上，谁见着他让他回个电话。"),
        ("", "建国表弟修改群昵称为清河调解中心-周"),
        ("清河调解中心-周", "实话说吧，刘建国欠款两万，逾期不还，同事们劝劝他。"),
        ("孟伟", "这人说建国欠了两万，谁是管理员赶紧踢了。"),
        ("清河调解中心-周", "今天不处理，明天就把他的借款合同发到你们公司大群。"),
    )
    messages = tuple(
        Message("in", text, sender=who, time=f"2026-11-14T11:0{i}")
        for i, (who, text) in enumerate(posts)
    )
    record = ScreenRecord("group_chat", "wechat", counterpart="清河物流-调度群", messages=messages)
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="1" * 64, text="",
        captured_on="2026-11-14", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    case = Case(borrower=Borrower(name="", phone="13600001111"), evidence=(item,))
    roles = {row.sender: row.role for row in number_rows(case)}
    assert roles["建国表弟"] == roles["清河调解中心-周"] == "collector"
    assert roles["孟伟"] != "collector"
    quoted = [quote.text for quote in collector_quotes(case)]
    assert posts[0][1] in quoted
