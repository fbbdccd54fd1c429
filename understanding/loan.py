"""The loan's figures from the evidence (pure): a bill page's fields, else the lender's notices.

Amount, received, deducted (fees taken off up front), demanded and due day. A bill page's
parsed fields win over words in a message; a value the user set or changed is never replaced
(the values last taken from the evidence are kept in `loan.extra["from_evidence"]` to tell).
Traditional characters (賬單詳情, 應還) read as simplified; a sum may be written in Chinese
numerals or with a unit ("叁仟陆佰元", "5千元", "2k"). The notices are an SMS gateway's, or an
official account's (服务号) in a chat, or any message signed with a brand.
"""

from __future__ import annotations

import re
from dataclasses import replace

import cn2an

from casefile.model import Case, EvidenceItem, Loan
from evidence.screens.records import ScreenRecord
from understanding.bill_page import bill_card_fields, bill_fields_of_text
from understanding.events import is_iso
from understanding.hanzi import simplified
from understanding.screen_events import record_of
from understanding.screen_words import rejoined

EVIDENCE_KEY = "from_evidence"
_CN_DIGITS = "零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟"
# A sum: digits with 元 or a unit ("6,200.00元", "5千元", "2k", "3w"), digits after the yuan
# sign ("¥4,500.00"), or Chinese numerals with 元 ("叁仟陆佰元"). A bare number ("借款3天") is no
# sum.
_NUMBER = (
    r"([¥￥]\s*\d[\d,]*(?:\.\d+)?(?:\s*元)?"
    r"|\d[\d,]*(?:\.\d+)?\s*(?:(?:万|千|[kKwW])(?![A-Za-z])\s*元?|元)"
    rf"|[{_CN_DIGITS}]{{2,12}}\s*元)"
)
_SMS_FIELDS = (
    ("amount", re.compile(r"(?:借款|贷款|借款金额|本金)\s*[:：]?\s*" + _NUMBER)),
    ("received", re.compile(r"(?:到账|放款)(?:金额)?\s*[:：]?\s*" + _NUMBER)),
    (
        "demanded",
        re.compile(
            r"(?:需还款|应还(?:款|金额|总额)?|待还(?:金额|总额)?|还款金额|需还)\s*[:：]?\s*"
            + _NUMBER
        ),
    ),
    # Fees taken off before the money arrives ("扣除服务费1200.00元", "扣除担保费及服务费…",
    # "已扣服务费¥1,000.00").
    ("fees", re.compile(r"(?:扣除|预扣|已扣)[\u4e00-\u9fff及和]{0,8}?\s*[:：]?\s*" + _NUMBER)),
)
_SMS_KINDS = ("sms_thread", "sms_list")
# A lender's text signs with its brand ("【闪电花】您的借款…", "…【速借宝】"), in whatever thread
# the parser took it for a chat; an avatar's letter may stand before it ("鑫 【还款提醒】…").
_SIGNED = re.compile(r"^\S?\s*【[^】]{2,12}】|【[^】]{2,12}】$")
# An official account's chat ("鑫易贷服务号", "XX公众号"): its messages are the lender's notices.
_OFFICIAL = re.compile(r"服务号|公众号|服务通知|官方账号|官方客服")
# A bill's headline sum whose leading digits OCR lost under the big font (",860.00" for
# "7,860.00"), and the rows a demanded sum adds to the principal (interest, penalties).
_CUT_SUM = re.compile(r"^[,，.]\d{3}(?:[,，]\d{3})*(?:\.\d{2})?$")
_CHARGE = re.compile(
    r"^(?:利息|罚息|违约金|逾期违约金|滞纳金|逾期费|逾期管理费)[^\d]{0,6}?(\d[\d,]*(?:\.\d+)?)元?$"
)
_UNIT = {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000}


def _number(text: str) -> float | None:
    """A sum as written: "6,200.00元", "5千", "2k", "3w", "叁仟陆佰元"; None when no sum."""
    raw = re.sub(r"\s+", "", text).removesuffix("元").lstrip("¥￥")
    try:
        if raw and raw[-1] in _UNIT:
            return float(raw[:-1].replace(",", "")) * _UNIT[raw[-1]]
        if raw and not raw[0].isdigit():
            return float(cn2an.cn2an(raw.replace("两", "二"), "smart"))
        return float(raw.replace(",", ""))
    except (ValueError, KeyError):
        return None  # numerals that make no number ("千千元")


def _bill_of(item: EvidenceItem, record: ScreenRecord | None) -> dict:
    """A bill page's fields: the record's, with its text's reading where the record lacks one
    or read a date's year as a sum ("应还日期 2026-10-01" → 2026)."""
    parsed = dict(record.fields) if record is not None and record.kind == "bill" else {}
    read = bill_fields_of_text(item.text or "")
    text = item.text or ""
    for key, value in read.items():
        old = parsed.get(key)
        year = (
            isinstance(old, float) and old.is_integer() and re.search(rf"{int(old)}[-/年.]\d", text)
        )
        if old is None or (year and old != value):
            parsed[key] = value
    if parsed and "demanded" not in parsed and (whole := _cut_headline(text, parsed)):
        parsed["demanded"] = whole
    return parsed


def _cut_headline(text: str, parsed: dict) -> float | None:
    """The demanded sum of a bill whose headline lost its leading digits: the principal plus
    the page's interest and penalty rows, when that total ends with the digits read; else None
    (a guess the page's own digits do not confirm is no figure)."""
    lines = [re.sub(r"\s+", "", line) for line in simplified(text).splitlines()]
    cut = next((line for line in lines if _CUT_SUM.match(line)), "")
    amount = parsed.get("amount")
    charges = [float(m.group(1).replace(",", "")) for ln in lines if (m := _CHARGE.match(ln))]
    if not cut or not isinstance(amount, float) or not charges:
        return None
    total = round(amount + sum(charges), 2)
    tail = "," + cut[1:].replace("，", ",")  # the cut mark is the thousands comma
    shown = f"{total:,.2f}" if "." in tail else f"{total:,.0f}"
    return total if shown.endswith(tail) and len(shown) > len(tail) else None


def loan_facts(case: Case) -> dict:
    """{amount, received, deducted, demanded, due} read from bill pages and loan SMS."""
    bill: dict = {}
    sms: dict = {}
    demands: list[tuple[str, int, float]] = []  # (time, order, amount) of each "应还…元"
    for item in case.evidence:
        record = record_of(item)
        page = _bill_of(item, record)
        if page:
            # A bill page, whatever the parser took it for (a chat titled "賬單詳情").
            for key in ("amount", "received", "fees", "demanded", "due"):
                if key in page and key not in bill:
                    bill[key] = page[key]
            continue
        # A lender's bill card set among other things (pinned above an inbox); a paper's rows
        # are the paper's claim, never the lender's account.
        paper = record is not None and record.kind == "document"
        for key, value in ({} if paper else bill_card_fields(item.text or "")).items():
            bill.setdefault(key, value)
        if record is None:
            continue
        if record.kind in (*_SMS_KINDS, "chat_1to1"):
            official = record.kind == "chat_1to1" and bool(_OFFICIAL.search(record.counterpart))
            # A message the parser cut at a wrap ("借款8000.00" + "元已放款…") is read whole.
            for message in rejoined(record.messages):
                if message.side != "in":
                    continue
                text = simplified(message.text)
                if record.kind == "chat_1to1" and not (official or _SIGNED.search(text.strip())):
                    continue  # a chat's words are no lender's notice
                for key, pattern in _SMS_FIELDS:
                    match = pattern.search(text)
                    value = _number(match.group(1)) if match else None
                    if value is not None and key == "demanded":
                        demands.append((message.time, len(demands), value))
                    elif value is not None and key not in sms:
                        sms[key] = value
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
