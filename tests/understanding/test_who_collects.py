"""Who collects, by the elements: a gateway's notice, a group's or a page's title, a date read as
a title, a forwarded chat record's card, a search box's word before a name."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem, Platform
from evidence.screens.records import Message, ScreenRecord
from understanding.demands import is_collecting, is_demand
from understanding.events import ContactEvent, Seen
from understanding.guess import guess_role
from understanding.quotes import all_collector_quotes
from understanding.roles import number_rows
from understanding.screen_events import is_screen_label, sender_of
from understanding.screen_words import name_shown, read_right
from understanding.seen_twice import drop_undated_twins


def _rows(*texts: str) -> dict[str, object]:
    evidence = tuple(
        EvidenceItem(id=f"E{i}", kind="chat", file=f"{i}.png", sha256=f"{i}" * 64, text=text)
        for i, text in enumerate(texts, start=1)
    )
    case = Case(
        borrower=Borrower(name="张三", phone="13800001111"),
        platform=Platform(name="极速贷"),
        evidence=evidence,
    )
    return {row.sender: row for row in number_rows(case)}


def test_a_gateways_disbursement_notice_is_the_platforms_whatever_tab_is_read_into_it() -> None:
    # An inbox's folder tabs ("服务号 垃圾箱") read into the preview: no insult, no demand.
    notice = "【好借花】您的借款5000.00元已放款，实际…全部信息 服务号 垃圾箱"
    assert not is_demand(notice, channel=True)
    assert not is_collecting(notice, channel=True)
    assert guess_role("1069022188", True, notice).role == "platform"


def test_a_gateway_that_demands_with_pressure_still_collects() -> None:
    demand = "【好借花】您已逾期5天，今日18点前未结清将移交外访部门"
    assert is_demand(demand, channel=True)
    assert guess_role("1069022188", True, demand).role == "collector"
    # A person's own insult beside the debt is still a demand (no channel).
    assert is_demand("你这个老赖，借钱不还")


def test_a_groups_title_never_collects() -> None:
    group = (
        "15:30 5G 48%\n张三欠款处理群(5)\n11-30 15:02\n各位好，张三在极速贷借款逾期不还，"
        "请各位亲友督促他还款。\n你们这样拉群是违法的"
    )
    rows = _rows(group)
    assert all(row.role != "collector" for sender, row in rows.items() if "群" in sender)
    assert guess_role("张三欠款处理群(5)", False, "张三借款逾期不还，明天起诉").role == "unknown"
    assert guess_role("公司项目组工作群", False, "").role == "colleague"


def test_a_date_or_timestamp_line_is_never_a_chats_title() -> None:
    lock = (
        "23:48 5G 41%\n23:48\n11月12日星期四\n信息 23:41\n16530918826\n"
        "张三，电话不接是吧，我们现在就给你单位打过去，逾期不还就起诉。"
    )
    scrolled = "20:10 5G 52%\n周二09:20\n你的账单已逾期14天，请今日内结清6980元，以免影响个人征信。"
    rows = _rows(lock, scrolled)
    assert not any("星期" in sender or "周二" in sender for sender in rows)


def test_a_page_of_rows_headed_by_numbers_has_no_writer_in_its_title() -> None:
    voicemail = (
        "上午8:10 5G 76%\n语音信箱\n19142267705\n上午7:31·00:21\n再不回电话，你那些欠款截图"
        "就挂到网上去。\n13226659018\n昨天晚上11:02·00:38\n明天上午十点我们到你家楼下，"
        "你最好在家。\n全部留言 未听留言 设置"
    )
    rows = _rows(voicemail)
    assert "语音信箱" not in rows


def test_a_forwarded_chat_records_card_names_the_chat_with_the_second_name() -> None:
    assert name_shown("邓晓梅和贷后-陈主管的聊天记录") == "贷后-陈主管"
    assert sender_of("王建国和易融宝-小刘的聊天记录") == ("易融宝-小刘", False)
    assert guess_role(name_shown("邓晓梅和贷后-陈主管的聊天记录"), False, "").role == "collector"


def test_a_search_boxs_word_is_not_part_of_the_title() -> None:
    assert name_shown("搜索 金橙-法务李律师") == "金橙-法务李律师"
    assert name_shown("搜索") == "搜索"  # the box alone stays a screen label


def _chat(title: str, *bubbles: tuple[str, str]) -> ScreenRecord:
    messages = tuple(Message(side, text, time="2026-11-23T12:10") for side, text in bubbles)
    return ScreenRecord("chat_1to1", app="wechat", counterpart=title, messages=messages)


def test_a_shops_chat_is_with_the_agent_its_bubbles_are_labelled_with() -> None:
    record = read_right(
        _chat(
            "金橙优品售后-小陈",
            ("in", "售后-小陈苏女士您好，您丈夫在我司有一笔借款逾期未还，请督促他尽快处理。"),
            ("out", "你怎么知道我的淘宝号"),
            ("in", "售后-小陈三天内不处理，我们会联系您单位。"),
        )
    )
    assert record.counterpart == "售后-小陈"
    assert [m.text[:4] for m in record.messages] == ["苏女士您", "你怎么知", "三天内不"]


def test_a_label_read_as_a_bubble_of_its_own_is_no_message() -> None:
    record = read_right(
        _chat(
            "催收-阿杰",
            ("in", "催收-阿杰"),
            ("in", "你是他的朋友吧？帮忙带句话，他再躲着我们就去你们小区。"),
            ("out", "我跟他不熟"),
        )
    )
    assert record.counterpart == "催收-阿杰"
    assert record.messages[0].text.startswith("你是他的朋友吧")
    assert len(record.messages) == 2


def test_a_title_whose_end_merely_opens_one_message_is_left_whole() -> None:
    record = read_right(_chat("王经理", ("in", "王经理让你明天来一趟公司。")))
    assert record.counterpart == "王经理"
    assert record.messages[0].text == "王经理让你明天来一趟公司。"


def test_a_voicemail_page_is_no_caller() -> None:
    assert is_screen_label("语音信箱")


def _call(exhibit: str, day: str, clock: str, count: int) -> ContactEvent:
    when = f"{day}T{clock}" if clock else day
    key = f"borrower|call|13226659018|{when}|{count}"
    return ContactEvent("13226659018", "call", day, clock, count, exhibit, key)


def test_a_call_dated_by_its_day_and_seen_again_with_its_clock_counts_once() -> None:
    events = [
        _call("E2", "2026-11-19", "", 1),
        _call("E2", "2026-11-18", "", 1),
        _call("E4", "2026-11-19", "11:40", 1),
        _call("E4", "2026-11-18", "09:00", 2),  # another count: other calls, kept
    ]
    entry = Seen("13226659018", True, events=list(events))
    kept, merged = drop_undated_twins(events, {"13226659018": entry})
    assert sum(e.count for e in kept) == 4
    assert [e.time for e in merged["13226659018"].events if e.day == "2026-11-19"] == ["11:40"]


def test_the_lenders_own_account_is_the_platform_not_a_collector() -> None:
    notices = "【金橙分期】您的账单已逾期5天，应还3,450.00元，请立即处理。\n立即还款 协商还款"
    own = guess_role("金橙分期", False, notices, platform="金橙分期")
    assert (own.role, own.code) == ("platform", "platform_account")
    # Its collection department under a name of its own still collects.
    assert guess_role("金橙分期法务中心", False, notices, platform="金橙分期").role == "collector"


def test_the_lenders_own_demands_are_quoted_its_notices_and_buttons_are_not() -> None:
    record = ScreenRecord(
        "chat_1to1",
        app="app",
        counterpart="金橙分期",
        messages=(
            Message("in", "【金橙分期】您申请的借款3,000.00元已审核通过，请于11月01日前按时还款。"),
            Message("in", "立即还款 协商还款"),
            Message("in", "【金橙分期】您的案件已转入委外催收阶段，近日将前往您的工作单位走访。"),
        ),
    )
    item = EvidenceItem(
        id="E1", kind="chat", file="1.png", sha256="1" * 64, text="",
        captured_on="2026-11-20", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    case = Case(
        borrower=Borrower(name="胡春燕"), platform=Platform(name="金橙分期"), evidence=(item,)
    )
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["金橙分期"].role == "platform"
    assert [q.text[:12] for q in all_collector_quotes(case)] == ["【金橙分期】您的案件已转"]


def test_a_contacts_reply_naming_people_keeps_its_side() -> None:
    """A bubble is moved to the collector's side only when it demands money, not for naming
    a colleague: the contact's own reply stays the contact's."""
    from understanding.screen_words import speaks_as_collector

    assert not speaks_as_collector("我只是他同事，你们找他本人去")
    assert speaks_as_collector("你今天不还钱，我们就打给你同事")
