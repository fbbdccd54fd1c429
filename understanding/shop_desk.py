"""A shop's or lender's customer-service agent answering in the desk's chat (pure).

A chat titled as a shop or a service desk ("禾苗速贷官方旗舰店", "某某借官方店") is the
borrower asking the lender's counter about the bill; the agent named over its replies ("客服小禾",
"阿禾") speaks for that counter. Its replies name the debt ("亲，帮您查到当前应还3,260.00元哦",
"逾期费用按合同计算") because the borrower asked about it, so words about the debt alone never
make it a collector: it is the platform answering, unless its own words threaten a step against
the borrower (a lawsuit, a visit, telling their people, shaming them in public).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.entities import threats_in
from evidence.screens.records import ScreenRecord
from understanding.demands import (
    LEGAL_THREAT,
    own_lines,
    plain_words,
    shaming_threat,
    tells_your_people,
    visit_threat,
)
from understanding.guess_reasons import Guess, make_guess

# A shop's or service desk's title: what the chat is, the counter of a store or an account.
_DESK_TITLE = re.compile(
    r"(?:旗舰店|专营店|专卖店|官方店|官方号|官方账号|服务号|客服|客服中心|小店)$"
)
_CHATS = ("chat_1to1", "group_chat")
# The counter threatening to hand the borrower's account on to collectors ("不然你这单我们帮你转给
# 催收部门处理"): no longer answering about the bill but pressing it.
_HANDED_ON = re.compile(
    r"(?:转给|转交|移交|交给|转到|委托)[^，。！？,!?]{0,6}(?:催收|法务|律师|律所|第三方|外访)"
)


def is_desk_title(title: str) -> bool:
    """Whether a chat's title names a shop or a service desk ("…官方旗舰店", "…官方店")."""
    return bool(_DESK_TITLE.search(re.sub(r"\s+", "", title)))


def desk_chat(record: ScreenRecord) -> bool:
    """Whether a parsed screen is a chat with a shop's or service desk's counter."""
    return record.kind in _CHATS and is_desk_title(record.counterpart or "")


def _threatens(line: str) -> bool:
    """A step against the borrower beyond answering about the bill."""
    return bool(
        threats_in(line)
        or LEGAL_THREAT.search(line)
        or visit_threat(line)
        or shaming_threat(line)
        or tells_your_people(line)
        or _HANDED_ON.search(line)
    )


def desk_reply_guess(
    sender: str, is_number: bool, context: str, exhibits: Iterable[str], desk_exhibits: set[str]
) -> Guess | None:
    """The platform guess for an agent who wrote only in desk chats and never threatened
    (its replies, however much they name the amount due, answer the borrower); None otherwise.
    """
    shown = list(exhibits)
    if is_number or not shown or not set(shown) <= desk_exhibits:
        return None
    lines = own_lines(plain_words(context))
    if not lines or any(_threatens(line) for line in lines):
        return None
    speech = "".join(lines)
    if _threatens(speech):  # one speech over several bubbles ("不付的话…" / "通知您的联系人")
        return None
    return make_guess("platform", "platform_desk", sender)
