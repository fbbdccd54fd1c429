"""What a sender's own words do, read as one speech (pure): threaten a step, ask for the debt
and threaten, press the debt through the borrower's people or before a group, speak as the
creditor, pose as an authority asking for the money. understanding.guess weighs these marks
against the sender's name and kind; they never decide a role alone."""

from __future__ import annotations

import re

from evidence.entities import threats_in
from understanding.demands import (
    DEBT,
    LEGAL_THREAT,
    PEOPLE_THREATS,
    demands_in,
    is_collecting,
    shaming_threat,
    tells_your_people,
    visit_threat,
)
from understanding.group_members import about_the_borrower

# Someone posing as the police, a court or a lawyer ("我是…公安局的民警", "【…人民法院】"):
# they never collect a private loan, so one who asks for the money is a collector.
_POSES_AS_AUTHORITY = re.compile(
    r"我是[^，,。！？]{0,16}(?:公安|派出所|警察|民警|警官|法院|法官|书记员|检察|律师|律所|仲裁)"
    r"|【[^】]*(?:法院|公安|检察院|律师事务所|仲裁委)[^】]*】"
)
_ASKS_FOR_MONEY = re.compile(r"还款|还钱|还清|结清|撤案|销案")
# Telling the borrower's contacts ("并通知您的联系人", "告知你通讯录里的人"): their people, as
# "联系亲友" names them; "联系人工客服" is a help line.
# Or the contact list named, then called one by one ("这是他留的紧急联系人，…明天挨个打").
_TELLS_CONTACTS = re.compile(
    r"(?:通知|告知|告诉|联系|打给|发给)[^，。！？,!?]{0,8}(?:联系人(?!工)|通讯录)"
    r"|(?:联系人|通讯录)[^。！？!?]{0,12}(?:挨个|一个个|逐个|挨家挨户)(?:打|通知|联系|发|问)"
)


def threatens(line: str) -> bool:
    """A threat of collection: naming the borrower's people or workplace counts only beside
    the debt ("我是他同事" is a colleague speaking, not a threat)."""
    threats = threats_in(line)
    if not DEBT.search(line):
        threats = [t for t in threats if t not in PEOPLE_THREATS]
    people = bool(_TELLS_CONTACTS.search(line) or tells_your_people(line))
    people = people and bool(DEBT.search(line))
    shames = shaming_threat(line)
    return (
        bool(threats) or people or visit_threat(line) or shames or bool(LEGAL_THREAT.search(line))
    )


def collects_and_threatens(mine: list[str]) -> bool:
    """A sender's own words ask for the debt and threaten more than naming people: "先把鸿运借
    的钱还了再找工作吧", then "你投的每一家公司，我们都会打电话过去" (its messages one speech).

    Only the writer's own promise to call the borrower's people counts here, not a workplace
    named ("不然领导要找你谈话" is a colleague's worry).
    """
    speech = "".join(mine)
    if not (demands_in(mine) or any(is_collecting(line) for line in mine)):
        return False
    lines = [*mine, speech] if DEBT.search(speech) else mine
    strong = [
        line
        for line in lines
        if [t for t in threats_in(line) if t not in PEOPLE_THREATS]
        or visit_threat(line)
        or shaming_threat(line)
        or LEGAL_THREAT.search(line)
        or ((tells_your_people(line) or _TELLS_CONTACTS.search(line)) and DEBT.search(line))
    ]
    return bool(strong)


# Someone else's debt told to the one reading ("他欠钱跑路了", "贵公司员工陈嘉欣在…的借款已严重逾
# 期"), and the reader told to make them pay or call ("让他今晚联系…", "麻烦您督促她今天还款").
_THEIR_DEBT = re.compile(
    r"(?:他|她|其|员工)[^，。！？,!?]{0,12}"
    r"(?:欠(?:钱|款|债|[^，。！？,!?我]{1,8}?(?:钱|款|元|块|账))|借款|贷款|逾期)"
)
_PASS_ON = re.compile(
    r"(?:让|叫|督促|转告|通知|告诉|提醒|催)(?:他|她|其)[^，。！？,!?]{0,12}"
    r"(?:还|联系|处理|结清|回电|打钱|凑钱)"
)


def presses_through_people(mine: list[str]) -> bool:
    """A sender's own words tell a third party (the borrower's cousin, boss) of the borrower's
    debt and tell them to make the borrower pay or call: pressing the debt through the
    borrower's people is a collector's conduct, whoever the name says it is."""
    speech = "".join(mine)
    return bool(_THEIR_DEBT.search(speech)) and any(_PASS_ON.search(line) for line in mine)


def presses_before_the_group(mine: list[str], borrower: str) -> bool:
    """A group member's own words speak to the group of the borrower in the third person (by a
    pronoun or their name), ask for the debt and threaten a step ("再不还，明儿就把他的照片发
    到村里的群里"): a creditor's speech about them, never a relative's, who writes to the
    borrower ("你赶紧还吧") or retells what the collectors said ("他说再不还就上门")."""
    return about_the_borrower("".join(mine), borrower) and collects_and_threatens(mine)


# The writer speaking as the party owed or its agent, in the first person ("联系我们", "我司",
# "本平台"), or laying the consequence on the borrower ("后果由你本人承担"): a relative urging the
# borrower to pay speaks of the collectors as others ("人家", "他们"), never as "we".
_AS_CREDITOR = re.compile(
    r"(?:联系|找|回复|答复|配合)我们|我司|我方|我中心|本(?:平台|中心)"
    r"|后果(?:由你|你)(?:本人|自己)?(?:承担|负责)|后果自负"
)


def speaks_as_creditor(mine: list[str]) -> bool:
    """A sender's own words speak as the creditor's side (understanding: a saved name's)."""
    return any(_AS_CREDITOR.search(line) for line in mine)


def asks_again(mine: list[str]) -> bool:
    """Two or more of a stranger's own messages ask for the money owed ("你欠闪贷宝的钱什么时候
    还", "先把6800还了再卖"): collecting, whatever name it writes under."""
    return sum(is_collecting(line) for line in mine) >= 2


def desk_threatens(lines: list[str]) -> bool:
    """A desk's own words threaten: a line does, or its messages taken as one speech demand
    the debt and threaten ("借款已逾期一天了，请尽快还款", then "先付展期费，不付的话…通知
    您的联系人": the fee is for the overdue debt the first message names)."""
    if any(threatens(line) for line in lines):
        return True
    speech = "".join(lines)
    return bool(demands_in([speech])) and threatens(speech)


def poses_as_authority(line: str) -> bool:
    """A line that claims to be the police, a court or a lawyer and asks for the money."""
    flat = re.sub(r"\s+", "", line)
    return bool(_POSES_AS_AUTHORITY.search(flat) and _ASKS_FOR_MONEY.search(flat))
