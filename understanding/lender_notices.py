"""The lender's own account and its routine notices (pure).

A lender's app, message centre or SMS signs its notices with its own name, often with the kind
of notice or a bare separator after it ("闪电借·", "快易花·还款提醒", "闪电借·账单"): the platform
itself, never a person writing under its name (understanding.guess tells "快易花·阿斌", a short
personal name after the separator, as the lender's staff). A notification centre names the app
that posted a notice before its sender ("好享借·好享借"): the lender's app posting as itself.

A platform's bill notice that the debt is overdue, that a penalty runs and the credit record will
be reported, and asks to repay soon ("您的账单已逾期3天，逾期将产生罚息并上报征信，请尽快还款") is
the lender's normal notice: it demands the bill, but threatens nobody. Only the lender's words
that reach past its own ledger (the borrower's contacts, workplace, a visit, a lawsuit, handing
the case to collectors) are quoted as the lender's pressure (understanding.quotes).
"""

from __future__ import annotations

import re

from evidence.entities import threats_in
from understanding.demands import CONSEQUENCE, LEGAL_THREAT, is_demand, plain_words

_SEPARATOR = "·•・-—_|｜:："
# The kind of one-way notice a lender's account signs after its name: what it sends, never who.
# A desk that answers ("客服", "官方旗舰店") is read by understanding.guess, which tells one that
# threatens from one that answers about the bill.
_NOTICE_KIND = re.compile(r"(?:提醒|通知|账单|公告|消息)$")

# What a lender's routine notice says will happen on its own ledger: the penalty and the credit
# report. They are the platform's terms, not a threat to the person.
_LEDGER = re.compile(r"征信|信用(?:记录|报告)?|上报|罚息|违约金|滞纳金|逾期费|利息|不良记录")
# The case taken to the courts in other words than a suit ("已进入司法审核阶段", "将通过法律途径
# 解决"): a legal step against the borrower, as "起诉" is.
_JUDICIAL = re.compile(r"司法|法律(?:程序|途径|手段)")


def is_lender_account(sender: str, platform: str) -> bool:
    """Whether `sender` is the lender's own account: its name alone, or its name, a separator
    and the kind of notice it sends ("闪电借·", "快易花·还款提醒"); never a person's name after
    it."""
    name = re.sub(r"\s+", "", sender)
    lender = re.sub(r"\s+", "", platform)
    if not lender or not name.startswith(lender):
        return False
    rest = name[len(lender) :]
    if not rest:
        return True
    if rest[0] not in _SEPARATOR:
        return False  # "闪电借钱包" is another name, not the lender's account
    kind = rest.lstrip(_SEPARATOR)
    # A notification centre heads a notice with the app that posted it, then the sender: the
    # lender's app posting as the lender ("好享借·好享借") is the lender's account itself.
    return not kind or kind.startswith(lender) or bool(_NOTICE_KIND.search(kind))


def lender_threatens(text: str) -> bool:
    """Whether the lender's own message threatens beyond its routine notice: a demand whose
    consequence, with the penalty and the credit report set aside, still reaches the borrower or
    their people ("已转入委外催收阶段，将前往您的工作单位走访")."""
    if not is_demand(text):
        return False
    flat = re.sub(r"\s+", "", plain_words(text))
    beyond = _LEDGER.sub("", flat)
    if CONSEQUENCE.search(beyond) or LEGAL_THREAT.search(beyond) or _JUDICIAL.search(beyond):
        return True
    return bool(threats_in(beyond))
