"""Entity extraction on text fixtures (pure; no Tesseract)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.entities import Entities, event_dates, extract_entities, screenshot_date

REF = date(2025, 2, 20)  # a Thursday

PHONES = [
    ("催收电话13800001111请回电", ["13800001111"]),
    ("电话 138 0000 1111", ["13800001111"]),
    ("电话138-0000-1111", ["13800001111"]),
    ("+86 138-0000-1111", ["13800001111"]),
    ("+8613800001111", ["13800001111"]),
    ("86 13800001111", ["13800001111"]),
    ("客服热线400-123-4567", ["4001234567"]),
    ("客服 800 123 4567", ["8001234567"]),
    ("发件人 106903451234", ["106903451234"]),
    ("1069 0345 1234 4/12", ["106903451234"]),
    ("座机010-12345678找你", ["01012345678"]),
    ("0755-8888 1234", ["075588881234"]),
    ("联系电话17\n199488211，你欠的", ["17199488211"]),  # split across a wrapped line
    ("速回电188\n-2147-8896", ["18821478896"]),
    ("电话15\n~”266611077，你欠", ["15266611077"]),  # junk glyph from an avatar edge
    ("１３８００００１１１１", ["13800001111"]),  # full-width digits
    ("电话138O0001111", ["13800001111"]),  # O read for 0 inside digits
    ("订单号 2025021312345678 不是电话", []),
    ("金额12000元", []),
    ("13800001111\n13900002222", ["13800001111", "13900002222"]),
]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_phones(text: str, expected: list[str]) -> None:
    assert sorted(extract_entities(text).phones) == sorted(expected)


DATES = [
    ("2025年2月12日逾期", None, ["2025-02-12"], []),
    ("2025-02-12 未还", None, ["2025-02-12"], []),
    ("2025/2/3", None, ["2025-02-03"], []),
    ("2025.02.12", None, ["2025-02-12"], []),
    ("截至2月12日", REF, ["2025-02-12"], []),
    ("截至2月12日", None, [], ["2月12日"]),  # no year anywhere: kept as written
    ("2/12", REF, ["2025-02-12"], []),
    ("昨天", REF, ["2025-02-19"], []),
    ("今天", REF, ["2025-02-20"], []),
    ("前天", REF, ["2025-02-18"], []),
    ("星期一", REF, ["2025-02-17"], []),
    ("周四", REF, ["2025-02-13"], []),  # same weekday as today = a week ago
    ("昨天 11:56", None, [], ["昨天"]),
    # The screenshot's own date (a line holding just a date) anchors relative dates.
    ("2025年3月5日\n13800001111 昨天", None, ["2025-03-04", "2025-03-05"], []),
    # A year-less December date under a January header belongs to the previous year.
    ("2025年1月10日\n13800001111 12/28", None, ["2024-12-28", "2025-01-10"], []),
    # A bare year header gives its year to the dates below it.
    ("2024年\n3月8日 通话", REF, ["2024-03-08"], []),
    ("你在某贷的借款已于20\n25年1月27日逾期", None, ["2025-01-27"], []),
    ("2025年2月30日", None, [], []),  # invalid day: no date
    ("3/4的人都不知道", None, [], ["3/4"]),
    ("比分 13/40", REF, [], []),
]


@pytest.mark.parametrize(("text", "reference", "dates", "raw"), DATES)
def test_dates(text: str, reference: date | None, dates: list[str], raw: list[str]) -> None:
    entities = extract_entities(text, reference)
    assert list(entities.dates) == dates
    assert list(entities.raw_dates) == raw


TIMES = [
    ("11:56", ["11:56"]),
    ("9:05", ["09:05"]),
    ("１１：５６", ["11:56"]),
    ("下午3:15打来", ["15:15"]),
    ("晚上8点", ["20:00"]),
    ("上午9点半", ["09:30"]),
    ("凌晨2点10分", ["02:10"]),
    ("3月11日凌晨12:20", ["00:20"]),
    ("下午三点", ["15:00"]),
    ("25:61", []),
    ("2025年2月12日 14:03", ["14:03"]),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_times(text: str, expected: list[str]) -> None:
    assert list(extract_entities(text).times) == expected


AMOUNTS = [
    ("欠款¥5,000", [5000]),
    ("欠款￥5000", [5000]),
    ("欠款Y5,000未还", [5000]),  # ¥ misread as Y
    ("欠款y1,200", [1200]),
    ("借款5000元", [5000]),
    ("共5千元", [5000]),
    ("欠1.2万", [12000]),
    ("3.6万元", [36000]),
    ("伍仟元", [5000]),
    ("壹万贰仟元", [12000]),
    ("伍任元", [5000]),  # 仟 misread as 任
    ("二千元", [2000]),
    ("欠款三万五", [35000]),
    ("账单2,500，速回", [2500]),  # ¥ lost entirely
    ("借款2干元已于", [2000]),  # 千 misread as 干
    ("共100块钱", [100]),
    ("第3条", []),
    ("一元", []),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amounts(text: str, expected: list[float]) -> None:
    assert list(extract_entities(text).amounts) == expected


PLATFORMS = [
    ("你在极速贷的借款已逾期", ["极速贷"]),
    ("我是金牛钱包催收专员", ["金牛钱包"]),
    ("快来分期提醒：欠款", ["快来分期"]),
    ("【及时雨借款】您的账单", ["及时雨借款"]),
    ("你在微粒贷的借款", ["微粒贷"]),
    ("你的借款已逾期", []),
]


@pytest.mark.parametrize(("text", "expected"), PLATFORMS)
def test_platforms(text: str, expected: list[str]) -> None:
    assert list(extract_entities(text).platforms) == expected


THREATS = [
    ("再不还就把你的欠款信息发给你通讯录里的所有人", {"爆通讯录"}),
    ("明天就打电话给你父母和亲戚", {"联系亲友"}),
    ("否则我司将联系您的紧急联系人", {"联系亲友"}),
    ("我们已经联系你单位领导了", {"联系单位"}),
    ("我们的人明天上门找你", {"上门"}),
    ("再不还就起诉你，法院传票寄到你家", {"起诉"}),
    ("把你的照片P成通缉令发到朋友圈", {"曝光照片"}),
    ("你这个老赖", {"辱骂"}),
    ("请按时还款，谢谢", set()),
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_threats(text: str, expected: set[str]) -> None:
    assert set(extract_entities(text).threats) == expected


def test_durations() -> None:
    entities = extract_entities("呼入 2分13秒\n呼出 45秒\n通话 1小时2分3秒\n响铃5声")
    assert set(entities.durations) == {133, 45, 3723}


def test_to_json_has_spec_keys_and_int_amounts() -> None:
    data = extract_entities("欠款¥5,000，电话13800001111，2025年2月12日 11:56").to_json()
    for key in ("phones", "dates", "times", "amounts", "platforms", "threats"):
        assert key in data
    assert data["amounts"] == [5000]
    assert isinstance(data["amounts"][0], int)
    assert Entities.from_json(data).to_json() == data


def test_screenshot_date_prefers_visible_date() -> None:
    text = "信息\n2025年3月5日\n你在某贷的借款已于2025年1月2日逾期"
    assert screenshot_date(text) == "2025-03-05"
    assert screenshot_date("没有日期", date(2025, 1, 1)) == "2025-01-01"
    assert screenshot_date("没有日期") == ""


def test_event_dates_skip_dates_quoted_in_messages() -> None:
    text = "2025年3月5日 10:00\n你在某贷的借款已于2025年1月27日逾期\n13800001111 3/1"
    assert event_dates(text) == ["2025-03-01", "2025-03-05"]


@pytest.mark.parametrize(
    ("text", "dates", "amounts"),
    [
        ("2025年5月:日\n13800001111 昨天", ["2025-04-30", "2025-05-01"], []),  # 1 read as ":"
        ("2025年3月2日\n106398223958 3/!", ["2025-03-01", "2025-03-02"], []),
        ("你的账单壹万\n贰仟元截至", [], [12000]),  # capitals wrapped onto the next line
        ("欠款参什元，速回电", [], [3000]),  # 叁仟 read as 参什
    ],
)
def test_ocr_misreadings(text: str, dates: list[str], amounts: list[float]) -> None:
    entities = extract_entities(text)
    assert list(entities.dates) == dates
    assert list(entities.amounts) == amounts


def test_numbers_glued_across_lines_do_not_become_amounts() -> None:
    entities = extract_entities("欠款¥3,000\n13800001111 来电")
    assert list(entities.amounts) == [3000]
    assert list(entities.phones) == ["13800001111"]


@pytest.mark.parametrize(
    ("text", "dates", "times"),
    [
        ("2025年2月20日\n150 9332 1470 2/418:04", ["2025-02-04", "2025-02-20"], ["18:04"]),
        ("2025年2月20日\n150 9332 1470 2/1518:56", ["2025-02-15", "2025-02-20"], ["18:56"]),
        ("2025年2月20日\n150 9332 1470 2/128:04", ["2025-02-12", "2025-02-20"], ["08:04"]),
    ],
)
def test_date_and_time_glued_together(text: str, dates: list[str], times: list[str]) -> None:
    entities = extract_entities(text)
    assert list(entities.dates) == dates
    assert list(entities.times) == times
