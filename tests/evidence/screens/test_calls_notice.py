"""A carrier's missed-call notice («来电提醒», «漏话提醒») tells calls no log shows: the number,
the minute and the count are read from its sentence, on a text thread or a list of cards; a
second-number app's log writes each row's count in words («共7通»)."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.calls_notice import notice_calls
from evidence.screens.parse import parse_screen
from evidence.screens.records import CallRow


def _result(rows: list[tuple[str, int, int]], width: int = 720, height: int = 1560) -> OcrResult:
    lines = tuple(OcrLine(text, (x, y, width - 2 * x, 34), 90.0) for text, x, y in rows)
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, width, height)


def test_a_notice_sentence_tells_its_callers_calls() -> None:
    lines = list(
        _result(
            [
                ("【来电提醒】您好，185 3134 2208于11月29日21:14来电3次，对方未留言。", 40, 300),
                ("【来电提醒】您好，138 0000 1111 于11月30日 07:05 呼叫过您，共2次。", 40, 400),
            ]
        ).lines
    )
    calls, opening = notice_calls(lines, date(2026, 12, 1))
    assert calls == (
        CallRow("18531342208", "", 3, "missed", "2026-11-29T21:14"),
        CallRow("13800001111", "", 2, "missed", "2026-11-30T07:05"),
    )
    assert opening == {0, 1}


def test_a_sentence_without_a_minute_is_no_notice() -> None:
    lines = list(_result([("他说138 0000 1111 在上周来电3次找你", 40, 300)]).lines)
    assert notice_calls(lines, date(2026, 12, 1))[0] == ()


def test_a_card_list_of_notices_counts_the_callers_not_the_service() -> None:
    result = _result(
        [
            ("漏话提醒", 300, 57),
            ("漏话提醒 06:51", 42, 143),
            ("您好，乌兰151 4761 0029 于 8月2日 06:50 来电1 次，请", 42, 183),
            ("及时回电。", 42, 217),
            ("漏话提醒 昨天22:20", 42, 455),
            ("您好，176 4705 3318于8月1日22:14来电3次，请及时", 42, 495),
            ("回电。", 42, 528),
        ]
    )
    record = parse_screen(result, date(2026, 8, 2))
    numbers = {(c.number, c.count, c.time) for c in record.calls}
    assert numbers == {
        ("15147610029", 1, "2026-08-02T06:50"),
        ("17647053318", 3, "2026-08-01T22:14"),
    }
    assert not any(c.name.startswith("漏话提醒") for c in record.calls)


def test_a_log_that_writes_its_counts_in_words() -> None:
    rows = [
        ("我的小号", 51, 61),
        ("小号 170 3551 2290", 51, 96),
        ("二姐 12:02", 80, 145),
        ("共1通 山西长治", 79, 183),
        ("173 3556 0912 10:20", 81, 235),
        ("共7通 山西长治", 79, 272),
        ("173 3556 0912 昨天20:00", 83, 327),
        ("共2通 山西长治", 79, 361),
        ("0355-2198630 昨天11:02", 81, 415),
        ("共3通 山西长治 固话", 79, 449),
    ]
    lines = tuple(
        OcrLine(text, (x, y, 650 if ":" in text else 150, 34), 90.0) for text, x, y in rows
    )
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 750, 1334)
    record = parse_screen(result, date(2026, 3, 1))
    assert record.kind == "call_log"
    assert [(c.number or c.name, c.count) for c in record.calls] == [
        ("二姐", 1),
        ("17335560912", 7),
        ("17335560912", 2),
        ("03552198630", 3),
    ]
