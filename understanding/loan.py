"""The loan's figures from the evidence (pure): a bill page's fields, else the lender's SMS.

Amount, received, deducted (fees taken off up front), demanded and due day. A bill page's
parsed fields win over words in a message; a value the user set or changed is never replaced
(the values last taken from the evidence are kept in `loan.extra["from_evidence"]` to tell).
"""

from __future__ import annotations

import re
from dataclasses import replace

from casefile.model import Case, Loan
from understanding.events import is_iso
from understanding.screen_events import record_of
from understanding.screen_words import rejoined

EVIDENCE_KEY = "from_evidence"
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)\s*元"
_SMS_FIELDS = (
    ("amount", re.compile(r"(?:借款|贷款|借款金额|本金)\s*[:：]?\s*" + _NUMBER)),
    ("received", re.compile(r"(?:到账|放款)\s*[:：]?\s*" + _NUMBER)),
    ("demanded", re.compile(r"(?:需还款|应还款?|待还|还款金额|需还)\s*[:：]?\s*" + _NUMBER)),
    # Fees taken off before the money arrives ("扣除服务费1200.00元", "扣除担保费及服务费…").
    ("fees", re.compile(r"(?:扣除|预扣)[\u4e00-\u9fff及和]{0,8}?\s*[:：]?\s*" + _NUMBER)),
)
_SMS_KINDS = ("sms_thread", "sms_list")
# A lender's text signs with its brand ("【闪电花】您的借款…", "…【速借宝】"), in whatever thread
# the parser took it for a chat.
_SIGNED = re.compile(r"^【[^】]{2,12}】|【[^】]{2,12}】$")


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def loan_facts(case: Case) -> dict:
    """{amount, received, deducted, demanded, due} read from bill pages and loan SMS."""
    bill: dict = {}
    sms: dict = {}
    demands: list[tuple[str, int, float]] = []  # (time, order, amount) of each "应还…元"
    for item in case.evidence:
        record = record_of(item)
        if record is None:
            continue
        if record.kind == "bill":
            for key in ("amount", "received", "fees", "demanded", "due"):
                if key in record.fields and key not in bill:
                    bill[key] = record.fields[key]
        elif record.kind in (*_SMS_KINDS, "chat_1to1"):
            # A message the parser cut at a wrap ("借款8000.00" + "元已放款…") is read whole.
            for message in rejoined(record.messages):
                if message.side != "in":
                    continue
                if record.kind == "chat_1to1" and not _SIGNED.search(message.text.strip()):
                    continue  # a chat's words are no lender's notice
                for key, pattern in _SMS_FIELDS:
                    match = pattern.search(message.text)
                    if match and key == "demanded":
                        demands.append((message.time, len(demands), _number(match.group(1))))
                    elif match and key not in sms:
                        sms[key] = _number(match.group(1))
    if demands:
        # What is demanded now is the latest demand: the due-day reminder's sum has grown since.
        sms["demanded"] = max(demands, key=lambda d: (d[0] if is_iso(d[0][:10]) else "", d[1]))[2]
    facts = {**sms, **bill}
    if "fees" in facts:
        facts["deducted"] = facts.pop("fees")
    amount, received = facts.get("amount"), facts.get("received")
    if "deducted" not in facts and amount and received and amount > received:
        facts["deducted"] = round(amount - received, 2)
    if "received" not in facts and amount and facts.get("deducted"):
        facts["received"] = round(amount - facts["deducted"], 2)
    if facts.get("due") and not is_iso(str(facts["due"])):
        facts.pop("due")
    return facts


def _user_or(old: object, previous: object, computed: object) -> object:
    """The user's own value when they set or changed it, else the one from the evidence."""
    if old in (None, "") or old == previous:
        return computed if computed not in (None, "") else old
    return old


def loan_with_evidence(case: Case) -> Loan:
    """The case's loan with the evidence's figures where the user has not set them."""
    facts = loan_facts(case)
    loan = case.loan
    if not facts:
        return loan
    kept = loan.extra.get(EVIDENCE_KEY)
    previous = kept if isinstance(kept, dict) else {}
    extra = dict(loan.extra)
    for key in ("received", "demanded"):
        value = _user_or(extra.get(key), previous.get(key), facts.get(key))
        if value not in (None, ""):
            extra[key] = value
    extra[EVIDENCE_KEY] = facts
    return replace(
        loan,
        amount=_user_or(loan.amount, previous.get("amount"), facts.get("amount")),
        deducted=_user_or(loan.deducted, previous.get("deducted"), facts.get("deducted")),
        due_on=_user_or(loan.due_on, previous.get("due"), facts.get("due", "")),
        extra=extra,
    )
