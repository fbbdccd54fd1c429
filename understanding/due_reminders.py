"""A lender's reminder that the debt falls due today or soon (pure).

A reminder of the due day ("您的借款今日到期，应还3960元，请按时还款") asks for the payment: it
is part of collecting once its sender collects (understanding.roles decides what a row counts).
It may recount the loan it reminds of ("您10月20日借款3000元（实际到账2460元）今日到期"), and
that recount must not make it the notice of a loan paid out (understanding.demands reads
"实际到账" as one): a loan is paid out weeks before it falls due, so a notice of the payout never
names the due day as today or the next days. A date written out ("到期日2026-11-15", "3月15日到期
应还9600元") is the loan's term told on the day it is paid out, not a reminder.
"""

from __future__ import annotations

import re
from datetime import date

from understanding.demands import plain_words

# The due day named relative to the message's own day: today, tomorrow, the day after, or
# "soon" ("今日到期", "已于今日到期", "將於今日到期", "明日到期", "后天就到期啦", "即将到期").
_DUE_SOON = re.compile(
    r"(?:今日|今天|当日|当天|明日|明天|后天)(?:已|就|即将|将)?到期"
    r"|(?:将|已)于(?:今日|今天|明日|明天|后天)到期"
    r"|即将到期"
)


def reminds_of_due_day(text: str) -> bool:
    """Whether `text` reminds that the debt falls due today or in the next days."""
    return bool(_DUE_SOON.search(re.sub(r"\s+", "", plain_words(text))))


# The due day written out as a date ("将于2026年11月21日到期", "11月26日到期", "到期日期：
# 2026-02-25"): the day the debt falls due, read as the message's own year when none is written.
_DUE_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号](?:前|之前)?(?:已|将)?到期"
    r"|(?:到期日期?|还款日期?)[:：]?(?:(?P<y2>(?:19|20)\d{2})[年\-/.])?(?P<m2>\d{1,2})[月\-/.]"
    r"(?P<d2>\d{1,2})"
)


def due_day_ahead(text: str, day: str) -> bool:
    """Whether `text`, sent on ISO `day`, names its debt's due day as a date after that day.

    A message sent before the debt falls due ("您的借款将于11月21日到期，请按时还款", sent on
    20 November) tells the term of a loan not yet owed: a notice, never collecting conduct.
    """
    if len(day) < 10 or not day[:4].isdigit():
        return False
    flat = re.sub(r"\s+", "", plain_words(text))
    for match in _DUE_DATE.finditer(flat):
        year = match.group("y") or match.group("y2") or day[:4]
        month = match.group("m") or match.group("m2")
        dom = match.group("d") or match.group("d2")
        try:
            due = date(int(year), int(month), int(dom))
        except ValueError:
            continue
        if due.isoformat() > day[:10]:
            return True
    return False


# The due day written out as a date still ahead ("您的借款6000元将于2026年11月21日到期，请按时
# 还款"): the loan's term, told before it falls due.
_TERM_AHEAD = re.compile(r"将于(?:\d{4}年)?\d{1,2}月\d{1,2}日到期")


def tells_the_term_ahead(text: str) -> bool:
    """Whether `text` names the due day ahead as a date, with no word of being overdue."""
    flat = re.sub(r"\s+", "", plain_words(text))
    return bool(_TERM_AHEAD.search(flat)) and "逾期" not in flat and not reminds_of_due_day(flat)
