"""Pages the later generators drew, read from their real OCR boxes (blind6_screens.json,
blind7_screens.json, written by capture_blind67.py): lock-screen notification stacks, a mail
client, a merged-forward chat record, a desktop window and a tablet's split view, a voicemail
list, status bars that spell the part of day or glue their marks. A date, a time, a page title
or a search box is never a sender or a counterpart."""

from __future__ import annotations

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.chrome import is_status_text
from evidence.screens.header import list_title
from evidence.screens.lockscreen import notification_stack
from evidence.screens.merged import merged_record
from evidence.screens.when import is_time_only
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SIX = load_screens("blind6_screens.json")
SEVEN = load_screens("blind7_screens.json")
ALL = {**SIX, **SEVEN}


def _senders(record) -> list[str]:
    return [m.sender for m in record.messages if m.sender]


@pytest.mark.parametrize("name", sorted(ALL))
def test_no_date_title_or_search_box_is_a_sender(name: str) -> None:
    record = parse_boxes(ALL[name])
    for who in [record.counterpart, *_senders(record)]:
        assert not is_time_only(who), who
        assert not who.startswith("搜索"), who
        assert not any(page in who for page in ("聊天记录", "语音信箱", "收件箱")), who


@pytest.mark.parametrize(
    ("name", "senders"),
    [
        ("lock_screen_stack", ["16530918826", "贷后-陈主管", "妈妈"]),
        ("lock_screen_stack_forwarded", ["13344180952", "19908762254", "胡春燕"]),
    ],
)
def test_a_lock_screen_card_is_its_senders_message(name: str, senders: list[str]) -> None:
    record = parse_boxes(SIX[name])
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    assert _senders(record) == senders
    assert all(m.side == "in" and "T" in m.time for m in record.messages)
    assert not any("解锁" in m.text for m in record.messages)


def test_an_inbox_with_its_rows_heads_at_the_left_is_no_lock_screen() -> None:
    data = SIX["sms_list_title_with_button"]
    lines = [OcrLine(t, (x, y, w, h), 90.0) for t, x, y, w, h in data["lines"]]
    assert notification_stack(lines[1:], data["width"], None) is None


def test_a_merged_record_names_each_message_by_the_line_over_it() -> None:
    record = parse_boxes(SIX["merged_chat_record"])
    assert record.kind == "group_chat"
    assert record.counterpart == ""
    assert _senders(record) == ["贷后-陈主管", "邓晓梅", "贷后-陈主管", "贷后-陈主管"]
    assert record.messages[0].time == "2026-11-11T21:15"  # "11-1121:15" as OCR glued it
    assert flat(record.messages[-1].text) == flat("给你弟带句话，再躲下去，我们直接上门。")


def test_a_span_of_days_is_no_name_line() -> None:
    lines = [
        OcrLine("张三和李四的聊天记录", (20, 80, 500, 40), 90.0),
        OcrLine("2026-11-11至2026-11-12", (200, 170, 300, 30), 90.0),
        OcrLine("张 张三 11-11 21:15", (50, 240, 640, 50), 90.0),
        OcrLine("你好", (130, 290, 100, 40), 90.0),
    ]
    said = merged_record(lines, None)
    assert said is not None
    assert [(m.sender, m.text) for m in said] == [("张三", "你好")]


def test_an_opened_mail_is_its_senders_paragraphs() -> None:
    record = parse_boxes(SIX["mail_opened"])
    assert record.kind == "chat_1to1"
    assert record.counterpart == "金橙分期法务中心"
    texts = [flat(m.text) for m in record.messages]
    assert len(texts) == 3
    assert texts[0].startswith(flat("胡春燕女士：受金橙分期委托"))
    assert texts[2].endswith(flat("由此产生的一切后果由您本人承担。"))
    assert all(m.time == "2026-11-20T16:45" for m in record.messages)
    assert not any("律师函（" in m.text or "收件人" in m.text for m in record.messages)


def test_a_mail_inbox_is_a_list_of_senders() -> None:
    record = parse_boxes(SIX["mail_inbox"])
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    assert _senders(record) == ["金橙分期法务中心", "网易邮件中心", "铁路客服"]
    assert not any("通讯录" in m.text for m in record.messages)


def test_a_list_title_with_its_button_says_list() -> None:
    record = parse_boxes(SIX["sms_list_title_with_button"])
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    assert _senders(record)[:2] == ["10690288317", "19908762254"]
    assert not any("骚扰拦截" in m.text for m in record.messages)
    assert not list_title([OcrLine("信息 12:30", (20, 100, 300, 60), 90.0)], 1080, 2340)


def test_a_group_members_bubbles_stay_at_the_left_under_a_glued_badge() -> None:
    record = parse_boxes(SIX["group_dark_badges_glued_to_names"])
    assert record.kind == "group_chat"
    theirs = [m for m in record.messages if "违法？" in m.text or "各位好" in m.text]
    assert theirs
    assert all(m.side == "in" for m in theirs)
    assert [m.text for m in record.messages if m.side == "out"] == ["你们这样拉群是违法的"]


def test_a_numbers_home_under_it_is_the_headers_subtitle() -> None:
    record = parse_boxes(SIX["sms_dark_home_under_number"])
    assert record.counterpart == "18247716630"
    assert [m.side for m in record.messages] == ["in", "in", "out", "in"]
    assert "内蒙古包头" in record.chrome


def test_a_badge_glued_to_a_tall_first_line_keeps_the_bubble_whole() -> None:
    record = parse_boxes(SIX["dm_dark_badge_glued_tall_box"])
    texts = [flat(m.text) for m in record.messages if m.side == "in"]
    assert flat("个人的事?他拿单位当担保填的。再不处理，我们就把催款函发到贵单位") in "|".join(
        texts
    )
    assert len(texts) == 3


@pytest.mark.parametrize("name", ["pc_wechat_window", "pc_wechat_window_misread_names"])
def test_a_desktop_window_reads_its_open_chat_alone(name: str) -> None:
    record = parse_boxes(SEVEN[name])
    assert record.kind == "chat_1to1"
    assert record.counterpart == "贷后-周经理"
    ins = [m for m in record.messages if m.side == "in"]
    assert ins
    assert all("贷后-周经理" not in m.text and "搜索" not in m.text for m in ins)
    assert not any("文件传输助手" in m.text or "发送(S)" in m.text for m in record.messages)


def test_a_tablets_list_under_its_search_box_is_no_message() -> None:
    record = parse_boxes(SEVEN["pad_split_list_under_search"])
    assert record.kind == "sms_thread"
    assert record.counterpart == "15056713390"
    assert len(record.messages) == 4
    assert flat(record.messages[0].text).startswith(flat("王浩然，易周转贷后部提醒"))


def test_a_voicemail_list_is_each_numbers_message() -> None:
    record = parse_boxes(SEVEN["voicemail_list"])
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    assert _senders(record) == ["19142267705", "13226659018"]
    assert [m.time[-5:] for m in record.messages] == ["07:31", "23:02"]
    assert not any("留言" in m.text for m in record.messages)


@pytest.mark.parametrize("name", ["sms_twelve_hour_status_bar", "sms_status_bar_glued_marks"])
def test_a_status_bar_is_never_the_threads_title(name: str) -> None:
    record = parse_boxes(SEVEN[name])
    assert record.kind == "sms_thread"
    assert record.counterpart == SEVEN[name]["lines"][1][0][-11:]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("晚上7:30 5G47%", True),
        ("20:05 4GIII52%", True),
        ("10:30前先还50%", False),
        ("10:30 5G出发", False),
    ],
)
def test_status_bar_words(text: str, status: bool) -> None:
    assert is_status_text(text) is status


def test_a_group_members_name_glued_to_a_tall_badge_is_the_sender_never_words() -> None:
    # "米 米米花结清专员", "陈 陈总": the badge's letter opens the name, in a box the circle makes
    # taller than the bubble under it. The name says who; the bubble's last line is no name.
    record = parse_boxes(SIX["group_dark_badges_glued_to_names"])
    senders = [(m.side, m.sender) for m in record.messages]
    assert senders == [
        ("in", "米米花结清专员"),
        ("out", ""),
        ("in", "米米花结清专员"),
        ("in", "陈总"),
        ("in", "米米花结清专员"),
    ]
    assert not any(m.text.startswith("米米花结清专员") for m in record.messages)
    assert flat("我们只能去贵公司前台等她了") in flat(record.messages[-1].text)
