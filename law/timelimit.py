"""The six-month time limit of a public-security (治安) case. Pure functions.

治安管理处罚法 2012 Art 22 / 2025 Art 25: conduct not discovered by the police within six months is
no longer punished; continuing conduct counts from its end. The end is the last dated collector
contact (the confirmed harassment span first, else the collectors' calls and messages), never the
date a screenshot was taken. A police report the user recorded stops the limit from mattering.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from casefile.model import Case
from law.conduct import conduct_dates

NEW_TEXT_IN_FORCE = date(2026, 1, 1)
LIMIT_MONTHS = 6
ARTICLE_2012 = "《治安管理处罚法》（2012）第二十二条"
ARTICLE_2025 = "《治安管理处罚法》（2025）第二十五条"
# The user's record that the police have the case: an action taken ("到派出所报案", or a police
# letter marked sent on the desk: "寄出报案材料"), or the facts page's tick (extra.police_reported).
_REPORTED = re.compile(r"(?<![未没不])(?:报案|报警|立案|受案回执)")
_NOT_REPORTED = re.compile(r"(?:未|没有|没|尚未|还没)(?:去)?(?:报案|报警)")


@dataclass(frozen=True)
class TimeLimit:
    """Where a case stands with the six-month limit of 治安 punishment."""

    last_conduct: date | None  # end of the collectors' continuing conduct
    ends_on: date | None  # last day the police must have discovered it (6 months)
    reported: bool  # a police report is recorded -> the limit no longer runs
    expired: bool
    article: str  # the time-limit article of the edition in force on the last conduct day

    def days_left(self, today: date) -> int | None:
        """Days from `today` to the last day (0 on the day itself), None without a date."""
        return None if self.ends_on is None else (self.ends_on - today).days


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10]) if text and text.strip() else None
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (Aug 31 + 6 → Feb 28/29)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_conduct_day(case: Case) -> date | None:
    """The end of the collectors' conduct: the confirmed last day, else their last dated contact."""
    confirmed = _iso(case.harassment.last_on)
    if confirmed:
        return confirmed
    # The collectors' dated calls and messages; a day that is only the screenshot's is left out.
    found = conduct_dates(case)
    return found[-1] if found else None


def police_report_recorded(case: Case) -> bool:
    """Whether the user recorded a police report (an action taken, or the facts page's tick)."""
    if case.extra.get("police_reported") is True:
        return True
    for action in case.actions_taken:
        words = f"{action.action} {action.result}"
        if _REPORTED.search(words) and not _NOT_REPORTED.search(words):
            return True
    return False


def zhian_time_limit(case: Case, today: date) -> TimeLimit:
    """The case's six-month limit as of `today`."""
    last = last_conduct_day(case)
    reported = police_report_recorded(case)
    if last is None:
        # No dated conduct: name both editions' articles rather than pick one silently.
        article = f"{ARTICLE_2012}／{ARTICLE_2025}"
        return TimeLimit(None, None, reported, False, article)
    article = ARTICLE_2025 if last >= NEW_TEXT_IN_FORCE else ARTICLE_2012
    # The day of the conduct itself is not counted: six months later to the same date.
    ends_on = add_months(last, LIMIT_MONTHS)
    return TimeLimit(last, ends_on, reported, not reported and today > ends_on, article)


AFTER_THE_LIMIT = (
    "仍然可以做的：行为可能构成犯罪的（须符合相应罪名的要件），仍可向公安机关报案，由其审查；"
    "可以向人民法院提起民事诉讼，主张隐私权、个人信息权益受到侵害；可以向金融监管部门、"
    "互联网金融协会等渠道投诉；可以要求平台停止联系亲友、删除通讯录数据。"
)


def time_limit_warning(limit: TimeLimit, today: date) -> str:
    """One Chinese sentence group for the user, empty when a police report is recorded."""
    if limit.reported:
        return ""
    if limit.last_conduct is None or limit.ends_on is None:
        return (
            "还不知道催收人员最后一次联系是在哪一天。治安案件有六个月的时限"
            f"（{limit.article}）：从行为终了之日起六个月内未被公安机关发现的，不再处罚。"
            "请在事实页填写骚扰的最后日期，以便算出报案的最后期限。"
        )
    head = (
        f"催收人员最后一次联系是在{limit.last_conduct.isoformat()}。按{limit.article}，"
        "违反治安管理行为六个月内未被公安机关发现的，不再处罚；连续的行为从终了之日起算。"
    )
    if not limit.expired:
        left = limit.days_left(today)
        return (
            f"{head}如要请公安机关给予治安管理处罚，请在{limit.ends_on.isoformat()}前"
            f"（含当日，还剩{left}天）报案。"
        )
    return (
        f"{head}这一期限已于{limit.ends_on.isoformat()}届满，公安机关一般不再给予治安管理处罚"
        "（如催收仍在继续，期限从最后一次行为起重新计算，请补充最新的证据）。" + AFTER_THE_LIMIT
    )
