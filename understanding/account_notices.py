"""An account's one-way notices under a name (pure): a bank's, a payment app's or a lender's.

A bank, a card-payment app or a lender's app writes to the borrower from an account named after
itself, in a template: it addresses the reader as 您, cites the account by its tail ("尾号6621")
or signs with its brand ("【某某银行】"), and says what the ledger says: a card's bill and its
due day, money paid in or out, the amount due this period and where to repay. Such a notice asks
for a payment but is nobody's conduct against the borrower: a bank's bill is another debt, a
payment into the account is the loan paid out, and a lender's routine notice is the platform's.
It collects only once its words reach past the ledger (the borrower's people or workplace, a
visit, a lawsuit, the case handed on, an insult), as understanding.lender_notices reads them.
"""

from __future__ import annotations

import re

from understanding.demands import plain_words
from understanding.lender_notices import lender_threatens

# How a template speaks to the account holder: formally, about the account, or under a brand.
_TEMPLATE = re.compile(r"您|尾号\s*\d{3,4}|^\s*【[^】]{2,12}】")
# A person's voice ("我跟你说", "咱们", "俺"); a company's "我司" is a template's own word.
_PERSONAL = re.compile(r"我(?!司|行)|咱|俺")
# A notice about a bank account or card: the bill of a credit card, money moved in or out.
_BANK_ACCOUNT = re.compile(r"信用卡|储蓄卡|借记卡|银行|入账|转入|支出|消费|扣款|余额")


def is_account_notice(line: str) -> bool:
    """Whether one message is an account's template notice that stays on its ledger: formal,
    impersonal, and threatening nothing past the bill ("您尾号1234的信用卡本期账单已出，请按时
    还款", "【某贷】您本期应还800.00元，还款日06-01")."""
    words = re.sub(r"\s+", "", plain_words(line))
    if not words or not _TEMPLATE.search(words) or _PERSONAL.search(words):
        return False
    return not lender_threatens(words)


def notices_only(lines: list[str]) -> bool:
    """Whether a sender's own messages are all account notices (at least one)."""
    said = [line for line in lines if line.strip()]
    return bool(said) and all(is_account_notice(line) for line in said)


def about_bank_account(lines: list[str]) -> bool:
    """Whether the notices are a bank's or a payment app's: a card, a deposit account, money
    moved, rather than a loan's period due."""
    return any(_BANK_ACCOUNT.search(line) for line in lines)
