"""Numbers and people: contact events, row counts, role guesses, confirmed roles (pure)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casefile.model import Borrower, Case, EvidenceItem, Platform
from evidence.summary import count_calls
from understanding.build import build_case
from understanding.figures import case_figures, figures_from, longest_run
from understanding.roles import date_roles, events_of, guess_role, number_rows

CALL_LOG = """9:41
通话记录
2025年2月20日
17037725006 (12) 2月18日 23:10
疑似催收 湖南长沙 未接
13900002222 (8) 2月19日 09:30
被23人标记为催收 呼入 1分2秒
13811112222 2月19日 12:00
四川成都 呼出 3分5秒
95588 2月19日 13:00
呼入 2分10秒"""

SMS = """20:15
信息
2025年2月20日
106550203656 2/14
【极速贷】您的账单¥5,000已逾期
18677001702 2/15
你在极速贷的借款已逾期，再不还款就联系你家人
13811112222 2/16
妈妈：你最近还好吗"""

WIFE_CHAT = """21:03
老婆
2025年2月16日 21:00
有人一直打电话给我说你欠钱，这是怎么回事？
是催收的人，别理他们。"""

COLLECTOR_CHAT = """13:55
18677001702
2025年2月17日 22:30
你在极速贷的借款5000元已于2025年3月1日到期，我们已经联系你单位领导了。
我的工资2025年3月10日发，到时再说。"""

WORK_GROUP = """10:00
公司项目组工作群
2025年2月18日 10:01
@所有人 有人在群里发张三欠钱不还的消息，大家别信。"""


def _case(*items: tuple[str, str, str], roles: dict[str, str] | None = None) -> Case:
    evidence = tuple(
        EvidenceItem(id=f"E{i}", kind=kind, file=f"{i}.png", sha256=f"{i}" * 64, text=text)
        for i, (kind, text) in enumerate(items, start=1)
    )
    return Case(
        borrower=Borrower(name="张三", phone="13800001111"),
        platform=Platform(name="极速贷"),
        evidence=evidence,
        extra={"contact_roles": roles} if roles else {},
    )


def _rows(case: Case) -> dict[str, object]:
    return {row.sender: row for row in number_rows(case)}


def test_call_log_row_counts_are_summed_and_labels_read() -> None:
    events, seen = events_of(EvidenceItem(id="E1", kind="call_log", text=CALL_LOG))
    calls = {e.sender: e.count for e in events}
    assert calls == {"17037725006": 12, "13900002222": 8, "13811112222": 1, "95588": 1}
    assert seen["17037725006"].labels == ["疑似催收"]
    assert "被23人标记为催收" in seen["13900002222"].labels
    night = [e for e in events if e.night]
    assert [(e.sender, e.day, e.time) for e in night] == [("17037725006", "2025-02-18", "23:10")]
    assert count_calls(CALL_LOG) == 22


def test_roles_are_guessed_from_labels_words_names_and_number_type() -> None:
    rows = _rows(_case(("call_log", CALL_LOG), ("sms", SMS), ("chat", WIFE_CHAT)))
    assert rows["17037725006"].role == "collector"  # the phone's own label
    assert rows["13900002222"].role == "collector"
    assert rows["18677001702"].role == "collector"  # threat + collector words
    assert rows["95588"].role == "platform"  # a bank's 95xxx service number
    assert rows["106550203656"].role == "platform"  # a platform's SMS gateway notice
    assert rows["老婆"].role == "relative"
    assert rows["13811112222"].role == "unknown"  # a plain call and a greeting: no clue
    assert "13800001111" not in rows  # the borrower's own number is not listed
    assert not any(row.confirmed for row in rows.values())


@pytest.mark.parametrize(
    ("sender", "is_number", "context", "role"),
    [
        ("110", True, "", "authority"),
        ("12321", True, "", "authority"),
        ("4001234567", True, "客服", "platform"),
        ("10086", True, "话费余额", "platform"),
        ("同事小刘", False, "你没事吧", "colleague"),
        ("大学室友", False, "你没事吧", "friend"),
        ("表姐", False, "有人说你欠钱", "relative"),
        ("极速贷催收-张经理", False, "你好", "collector"),
        ("某某资产管理公司", False, "", "collector"),
        ("17000001234", True, "再不还就上门", "collector"),
        ("17000001234", True, "明天一起吃饭吗", "unknown"),
        (
            "17000001234",
            True,
            "你在好易花的借款3.6万已于",
            "collector",
        ),  # a lender, from a stranger
    ],
)
def test_guess_role(sender: str, is_number: bool, context: str, role: str) -> None:
    assert guess_role(sender, is_number, context)[0] == role


def test_confirmed_role_wins_and_only_collectors_feed_the_facts() -> None:
    case = _case(
        ("call_log", CALL_LOG),
        ("sms", SMS),
        roles={"13900002222": "friend", "13811112222": "relative"},
    )
    rows = _rows(case)
    assert rows["13900002222"].role == "friend"
    assert rows["13900002222"].confirmed
    assert rows["13900002222"].guess == "collector"
    merged = build_case([], case)
    assert merged.harassment.collector_numbers == ("17037725006", "18677001702")
    assert merged.harassment.calls == 12  # the friend's 8 and the mother's call do not count
    assert merged.harassment.messages == 1
    assert merged.harassment.contacts_affected == 2


def test_mentioned_dates_are_not_contact_events() -> None:
    case = _case(("chat", COLLECTOR_CHAT), ("sms", SMS))
    merged = build_case(list(case.evidence), replace(case, evidence=()))
    # The due date (3月1日) and the payday (3月10日) are only mentioned: the range is the
    # messages' own dates.
    assert (merged.harassment.started_on, merged.harassment.last_on) == (
        "2025-02-15",
        "2025-02-17",
    )
    assert merged.evidence[0].captured_on == "2025-02-17"


def test_everyone_reached_is_counted() -> None:
    case = _case(("chat", WIFE_CHAT), ("chat", WORK_GROUP), ("sms", SMS))
    rows = _rows(case)
    assert rows["公司项目组工作群"].role == "colleague"
    assert case_figures(case).contacts_reached == 2  # the wife and the work group


def test_figures_per_day_night_and_runs() -> None:
    case = _case(("call_log", CALL_LOG), ("sms", SMS), ("chat", COLLECTOR_CHAT))
    figures = case_figures(case)
    assert figures.calls == 20  # 12 + 8 from the two labelled collectors
    assert figures.messages == 2 + 1  # the chat's two sentences, one SMS row
    per_day = {d.day: (d.calls, d.messages) for d in figures.per_day}
    assert per_day == {
        "2025-02-15": (0, 1),
        "2025-02-17": (0, 2),
        "2025-02-18": (12, 0),
        "2025-02-19": (8, 0),
    }
    assert figures.longest_run == 3
    assert figures.night == 12 + 2  # the 23:10 row and the 22:30 chat
    assert figures.exhibits == ("E1", "E2", "E3")


def test_longest_run_and_empty_figures() -> None:
    assert longest_run(["2025-02-01", "2025-02-03", "2025-02-04", "2025-02-05"]) == 3
    assert longest_run([]) == 0
    empty = figures_from([], [])
    assert (empty.calls, empty.night_share, empty.first_day) == (0, None, "")


def test_date_roles_keep_capture_contact_and_mentioned_dates_apart() -> None:
    roles = date_roles(EvidenceItem(id="E1", kind="chat", text=COLLECTOR_CHAT))
    assert roles.captured_on == "2025-02-17"
    assert roles.contact_days == ("2025-02-17",)
    assert roles.mentioned == ("2025-03-01", "2025-03-10")  # the due date and the payday


def test_every_reason_and_role_has_ui_strings() -> None:
    import tomllib
    from pathlib import Path

    from understanding.roles import REASONS, ROLES

    strings = tomllib.loads(
        (Path(__file__).resolve().parents[2] / "strings" / "evidence.toml").read_text("utf-8")
    )
    for code in REASONS:
        assert set(strings[f"evidence.reason.{code}"]) == {"zh", "en"}, code
    for role in ROLES:
        assert set(strings[f"evidence.role.{role}"]) == {"zh", "en"}, role


def test_status_bar_is_never_a_chats_title_on_the_text_path() -> None:
    boss = "16:40 HD 5G\n王经理\n昨天 16:12\n小李，有人打电话到公司说你欠钱，怎么回事？"
    rows = _rows(_case(("chat", boss)))
    assert "王经理" in rows
    assert rows["王经理"].role == "colleague"
    assert not any("HD" in sender or "16:40" in sender for sender in rows)
