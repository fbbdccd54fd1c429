"""A service number's or SMS gateway's role (pure): the platform's unless the case says it collects.

A service number (400/800, 95xxx, a carrier's 100xx) is the platform's unless the case says it
collects: it called and the phone tags it as collection or a demand gives it as the number to
call, it rang again and again (a 95/96 line that is no bank's, insurer's or carrier's: under a
harassment tag or at night), or its own messages demand this debt (a bank's or carrier's notice
about another account never does).

An SMS gateway (106…) is a platform's one-way channel. Its routine bill notice ("账单已逾期，请
尽快还款，以免影响信用记录") names only the lender's own ledger: the amount, the due day, the
penalty and the credit record. It collects once one of its messages reaches past that ledger:
the borrower's people or workplace, a visit, a lawsuit, handing the case on, an insult.
understanding.guess asks these before reading a sender's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.entities import KNOWN_PLATFORMS
from evidence.entities.phones import phone_digits
from understanding.demands import CARRIERS, demand_words, is_demand, own_lines
from understanding.guess_reasons import Guess, make_guess
from understanding.lender_notices import lender_threatens

# A phone's tag naming another trade ("快递送餐", "出租车"): a caller with a reason of its own.
OTHER_TRADE = re.compile(r"快递|外卖|送餐|出租|网约车|房产|中介|推销|广告|保险|银行")
# The phone's own tags that name collection ("疑似催收", "被12人标记为催收"): a service number's
# "骚扰" or "推销" tag is as often a bank's or shop's marketing call.
_COLLECTION_TAG = re.compile(r"催收|讨债|追债")
# A number the phone has not saved that called again and again (missed or answered).
REPEAT_CALLS = 2

# A notice's brand ("【金盈贷】"); a bank's, carrier's or insurer's is about another account.
_BRAND = re.compile(r"【([^】]{2,12})】")
_NOT_LENDER_BRAND = re.compile(r"银行|移动|联通|电信|广电|保险|证券|邮政")


def service_guess(sender: str, service_phone: str) -> Guess | None:
    """The platform guess for a service number (400/800, 95xxx, a carrier), None for others."""
    if sender == phone_digits(service_phone) or sender.startswith(("400", "800")):
        return make_guess("platform", "service_number")
    if (sender.startswith("95") and len(sender) <= 8) or sender in CARRIERS:
        return make_guess("platform", "bank_or_carrier")
    return None


def _names_the_debt(line: str, platform: str) -> bool:
    """Whether a demand is about this case's loan: it names the lender, or comes under a brand
    that is no bank's or carrier's (a bank's "信用卡已逾期" is another debt)."""
    if (platform and platform in line) or any(name in line for name in KNOWN_PLATFORMS):
        return True
    brands = _BRAND.findall(line)
    return bool(brands) and not any(_NOT_LENDER_BRAND.search(brand) for brand in brands)


def service_demands(context: str, platform: str) -> Guess | None:
    """A service number whose own messages demand this debt ("【金盈贷】您已逾期13天，应还…，
    我司将依法采取进一步措施") collects, whatever its kind of number; None when none does."""
    demands = [
        line
        for line in own_lines(context)
        if is_demand(line, channel=True) and _names_the_debt(line, platform)
    ]
    if not demands:
        return None
    shown = "、".join(dict.fromkeys(demand_words(demands)))
    return make_guess("collector", "collector_words", shown)


def bank_line(sender: str, context: str) -> bool:
    """A bank's, insurer's or carrier's own line: a national 955xx hotline, a carrier's 100xx,
    or one whose messages come under a bank's or carrier's brand ("【工商银行】…")."""
    national = len(sender) == len("95588") and sender.startswith("955")
    brands = _BRAND.findall(context)
    return national or sender in CARRIERS or any(_NOT_LENDER_BRAND.search(b) for b in brands)


def service_caller(
    sender: str,
    labels: list[str],
    calls: int,
    named_in: Iterable[str],
    context: str = "",
    night: int = 0,
) -> Guess | None:
    """A service number that called, when the case says it collects; None when it does not.

    The phone tags it as collection ("疑似催收"), or a demand of the case gives it as the
    number to call back (a 催收函's "联系电话", a fake summons' "调解专线"). A service number
    that only sends notices, or is named without ever calling, stays the platform's; a 400/800
    line that calls again and again (REPEAT_CALLS) collects, unless tagged with another trade
    (a bank's 95 line calls to sell as often as to collect). A 95/96 line that is no bank's,
    insurer's or carrier's (bank_line) and rings again and again, tagged as harassment by the
    phone or calling at night, collects too: nobody's service calls at night or draws the tag.
    """
    tags = [label for label in labels if _COLLECTION_TAG.search(label)]
    if tags:
        return make_guess("collector", "phone_label", "、".join(dict.fromkeys(tags)))
    demands = [text for text in named_in if is_demand(text)]
    if calls and demands:
        return make_guess("collector", "collector_words", "、".join(demand_words(demands)))
    other_trade = any(OTHER_TRADE.search(label) for label in labels)
    hotline = sender.startswith(("400", "800"))
    if hotline and calls >= REPEAT_CALLS and not other_trade:
        # A service line that rings the borrower again and again, tagged with no other trade:
        # in a case about an overdue loan, the lender's calls to collect (notices are texts).
        return make_guess("collector", "repeat_stranger", str(calls))
    harassing = night > 0 or any("骚扰" in label for label in labels)
    short_line = sender.startswith(("95", "96")) and not bank_line(sender, context)
    if short_line and calls >= REPEAT_CALLS and harassing and not other_trade:
        return make_guess("collector", "repeat_stranger", str(calls))
    return None


def reaches_past_ledger(line: str) -> bool:
    """Whether a gateway's message collects: it demands the debt and names a step beyond the
    lender's own ledger (a visit, the borrower's people, a lawsuit, the case handed on, an
    insult). "以免影响信用记录", "逾期将产生罚息" or "请尽快还款" is the routine bill notice."""
    return is_demand(line, channel=True) and lender_threatens(line)


def gateway_guess(context: str, flat: str) -> Guess | None:
    """An SMS gateway's role from its messages (`context`, one per line; `flat`, the sender's own
    words run together), or None when they say nothing of a lender.

    One message that reaches past the ledger makes the gateway a collector, however plain its
    earlier notices ("放款成功" before "已移交法务部，48小时内…"). A gateway that only sends
    routine notices under a brand, or whose only demands stay on the ledger, is the platform's.
    """
    lines = context.splitlines()
    collecting = [line for line in lines if reaches_past_ledger(line)]
    if collecting:
        shown = "、".join(dict.fromkeys(demand_words(collecting)))
        return make_guess("collector", "collector_words", shown)
    branded = any(name in flat for name in KNOWN_PLATFORMS) or "【" in flat
    ledger_notice = any(is_demand(line, channel=True) for line in lines)
    if branded or ledger_notice:
        return make_guess("platform", "sms_gateway")
    return None
