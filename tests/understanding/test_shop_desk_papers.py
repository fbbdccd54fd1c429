"""A shop's customer-service agent answering the borrower about the bill is the desk, not a
collector; a paper's photo read as a group chat names no posters."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.roles import number_rows

ASKS = "你们的人天天打我电话，到底还要还多少？"
ANSWERS = (
    "亲，帮您查到当前应还3,260.00元哦",
    "亲，手续费放款时已经扣了呢，逾期费用按合同计算哦",
)
THREATENS = "亲，今天不结清的话我们会通知您的紧急联系人哦"


def _item(record: ScreenRecord, text: str = "", name: str = "E1") -> EvidenceItem:
    return EvidenceItem(
        id=name, kind="chat", file=f"{name}.png", sha256="1" * 64, text=text,
        captured_on="2026-11-11", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def _roles(*items: EvidenceItem) -> dict[str, str]:
    case = Case(borrower=Borrower(name="赵一鸣", phone="13600001111"), evidence=items)
    return {row.sender: row.role for row in number_rows(case)}


def _desk_chat(kind: str, agent_lines: tuple[str, ...]) -> ScreenRecord:
    messages = [Message("out", ASKS, time="2026-11-11T14:50")]
    messages += [
        Message("in", line, sender="小禾", time=f"2026-11-11T14:5{i + 1}")
        for i, line in enumerate(agent_lines)
    ]
    return ScreenRecord(kind, "taobao", counterpart="禾苗速贷官方旗舰店", messages=tuple(messages))


def test_an_agent_answering_in_a_shops_chat_is_the_desk() -> None:
    for kind in ("group_chat", "chat_1to1"):
        roles = _roles(_item(_desk_chat(kind, ANSWERS)))
        assert roles.get("小禾", "platform") == "platform", kind
        assert "collector" not in roles.values(), (kind, roles)


def test_an_agent_threatening_the_borrowers_people_collects() -> None:
    roles = _roles(_item(_desk_chat("group_chat", (*ANSWERS, THREATENS))))
    assert roles["小禾"] == "collector"


def test_an_agent_threatening_to_hand_the_account_to_collectors_collects() -> None:
    handing_on = "亲，先把欠款结清哈，不然你这单我们帮你转给催收部门处理"
    roles = _roles(_item(_desk_chat("chat_1to1", (*ANSWERS, handing_on))))
    assert roles["小禾"] == "collector"


def test_the_same_words_outside_a_desks_chat_still_collect() -> None:
    record = _desk_chat("group_chat", ANSWERS)
    record = ScreenRecord("group_chat", "wechat", counterpart="", messages=record.messages)
    assert _roles(_item(record))["小禾"] == "collector"


LETTER = (
    "催收通知函\n赵一鸣先生：\n你在禾苗速贷的借款已逾期，请于三日内联系我司处理，否则将派员上门。\n"
    "某某资产管理有限公司\n2026年11月2日\n联系电话：0371-66001234"
)


def test_a_papers_photo_read_as_a_group_names_no_posters() -> None:
    record = ScreenRecord(
        "group_chat", "unknown", counterpart="", messages=(
            Message("in", LETTER.splitlines()[2], sender="催收通知函"),
            Message("in", "0371-66001234", sender="联系电话"),
        ),
    )  # fmt: skip
    roles = _roles(_item(record, LETTER))
    assert "催收通知函" not in roles
    assert "联系电话" not in roles
