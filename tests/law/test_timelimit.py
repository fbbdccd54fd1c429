"""The six-month 治安 time limit: last conduct, last day, editions, reports, warnings."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.model import Action, Case, EvidenceItem, Harassment
from law.citations import find_citations, unknown_citations
from law.timelimit import (
    ARTICLE_2012,
    ARTICLE_2025,
    add_months,
    last_conduct_day,
    police_report_recorded,
    time_limit_warning,
    zhian_time_limit,
)


def _case(last_on: str = "", **kwargs: object) -> Case:
    return Case(harassment=Harassment(started_on="2025-01-05", last_on=last_on), **kwargs)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 2, 20), 6, date(2025, 8, 20)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2025, 9, 30), 6, date(2026, 3, 30)),
    ],
)
def test_add_months_keeps_the_day_or_clamps_to_the_month_end(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


def test_within_the_limit_on_its_last_day_and_past_it_the_day_after() -> None:
    case = _case("2025-02-20")
    on_last_day = zhian_time_limit(case, date(2025, 8, 20))
    assert on_last_day.last_conduct == date(2025, 2, 20)
    assert on_last_day.ends_on == date(2025, 8, 20)
    assert not on_last_day.expired
    assert on_last_day.days_left(date(2025, 8, 20)) == 0
    assert zhian_time_limit(case, date(2025, 8, 21)).expired


@pytest.mark.parametrize(
    ("last_on", "article"),
    [("2025-12-31", ARTICLE_2012), ("2026-01-01", ARTICLE_2025), ("2026-03-02", ARTICLE_2025)],
)
def test_the_article_follows_the_edition_in_force_on_the_last_conduct_day(
    last_on: str, article: str
) -> None:
    assert zhian_time_limit(_case(last_on), date(2026, 1, 10)).article == article


def test_the_articles_are_verified_citations() -> None:
    text = f"{ARTICLE_2012}；{ARTICLE_2025}"
    assert len(find_citations(text)) == 2
    assert unknown_citations(text) == []


def test_capture_dates_never_count_as_conduct() -> None:
    shot = EvidenceItem(id="E1", kind="sms", captured_on="2026-04-01", text="")
    case = Case(harassment=Harassment(), evidence=(shot,))
    assert last_conduct_day(case) is None
    limit = zhian_time_limit(case, date(2026, 5, 1))
    assert limit.ends_on is None
    assert not limit.expired
    assert ARTICLE_2012 in limit.article
    assert ARTICLE_2025 in limit.article


def test_a_recorded_police_report_stops_the_limit() -> None:
    reported = _case("2025-02-20", actions_taken=(Action(on="2025-03-01", action="到派出所报案"),))
    limit = zhian_time_limit(reported, date(2026, 5, 1))
    assert limit.reported
    assert not limit.expired
    assert time_limit_warning(limit, date(2026, 5, 1)) == ""
    ticked = _case("2025-02-20", extra={"police_reported": True})
    assert police_report_recorded(ticked)


@pytest.mark.parametrize("words", ["还没有报警", "未报案", "联系平台客服", "没报警，先投诉了"])
def test_actions_that_are_not_a_police_report(words: str) -> None:
    assert not police_report_recorded(_case(actions_taken=(Action(action=words),)))


def test_warning_within_the_limit_gives_the_last_day() -> None:
    today = date(2026, 2, 1)
    text = time_limit_warning(zhian_time_limit(_case("2026-01-20"), today), today)
    assert "2026-07-20" in text
    assert ARTICLE_2025 in text
    assert "届满" not in text


def test_warning_past_the_limit_says_what_still_works() -> None:
    today = date(2026, 5, 1)
    text = time_limit_warning(zhian_time_limit(_case("2025-02-20"), today), today)
    assert "2025-08-20" in text
    assert "届满" in text
    assert ARTICLE_2012 in text
    for route in ("民事诉讼", "投诉", "删除", "报案"):
        assert route in text


def test_warning_without_dates_asks_for_the_last_day() -> None:
    today = date(2026, 5, 1)
    text = time_limit_warning(zhian_time_limit(Case(), today), today)
    assert "最后日期" in text


def test_a_collector_call_dated_only_by_its_screenshot_is_not_the_last_conduct() -> None:
    # A call row without a date of its own is dated by the screenshot (2026-04-01): that day is
    # when the picture was taken, never the end of the conduct.
    log = "17012345678 疑似催收\n10:05 呼入 1分钟"
    shot = EvidenceItem(id="E1", kind="call_log", captured_on="2026-04-01", text=log)
    assert last_conduct_day(Case(evidence=(shot,))) is None
