"""The date a screenshot shows for itself: never a field's date, a weekday line when undated."""

from __future__ import annotations

from datetime import date

from evidence.entities import screenshot_date
from evidence.entities.dates import weekday_dated_line
from evidence.intake import analyse_text

# An inbox under a lender's bill card (real OCR lines of a drawn screen): the loan's dates are
# the card's fields, the rows' bare clocks and "前天" are the capture's day.
_INBOX_UNDER_BILL = "\n".join(
    [
        "15:34",
        "信息",
        "服 服务号 通知信息",
        "速易借·还款提醒",
        "借款金额 伍仟元(5,000.00)",
        "借款日期 2026-10-12",
        "到期还款日 2026-11-12",
        "18328461507 15:05",
        "最后通知，6480今天到账，不然明天安排人上门…",
        "18328461508 前天",
    ]
)


def test_a_fields_date_is_not_the_screens_own() -> None:
    captured = date(2026, 12, 3)
    assert screenshot_date(_INBOX_UNDER_BILL, captured) == "2026-12-03"
    assert analyse_text(_INBOX_UNDER_BILL, captured)[2] == "2026-12-03"
    assert screenshot_date("借款日 2026-09-28\n还款日 2026-10-28", captured) == "2026-12-03"


def test_a_date_alone_or_with_its_weekday_still_dates_the_screen() -> None:
    assert screenshot_date("信息\n2025年3月5日 星期三\n你在某贷的借款已逾期") == "2025-03-05"
    assert screenshot_date("2026-11-24 周二 20:30\n呼入") == "2026-11-24"
    assert screenshot_date("2026/11/24 星期\n呼入") == "2026-11-24"  # the weekday cut
    assert screenshot_date("2026年11月24日 晚上\n你好") == "2026-11-24"  # its clock cut off


def test_a_weekday_line_dates_a_screen_nothing_else_dates() -> None:
    lock = "07:30\n12月5日 星期六\n信息 刚刚\n106908123456\n【某借】请于今日12点前结清。"
    assert weekday_dated_line(lock, date(2026, 12, 7)) == date(2026, 12, 5)
    # A number page's day headers: the latest of them.
    page = "通话记录\n12月4日 周五\n15:20 未接来电\n11月26日 周四\n21:05 呼入3分18秒"
    assert weekday_dated_line(page, date(2026, 12, 7)) == date(2026, 12, 4)
    # A capture day from the file's name wins over it; a day in a sentence is no line of its own.
    assert screenshot_date(lock, date(2026, 12, 6)) == "2026-12-06"
    assert weekday_dated_line("他说12月5日 星期六来找你", date(2026, 12, 7)) is None
