"""Classification and merging screenshots into case facts (pure; text fixtures)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from casefile.model import Borrower, Case, EvidenceItem, Harassment, case_from_dict, case_to_dict
from evidence.classify import classify_text
from evidence.summary import count_calls, count_messages
from understanding.build import THREAT_SENTENCES, build_case

CALL_LOG = """9:41
通话记录
2025年2月20日
13800001111 2月18日 20:53
湖南长沙 呼入 3分54秒
170-3772-5006 2/19 22:51
河南郑州 未接 响铃5声
+86 188-7768-5851 昨天 11:27
四川成都 呼出 1分2秒"""

SMS = """20:15
信息
2025年2月20日
106550203656 2/14
【极速贷】您的账单¥5,000已逾期
13900002222 2/15
你在极速贷的借款已逾期，再不还款
13800001111 星期三
极速贷提醒：请回电400-123-4567"""

CHAT = """13:55
13800001111
2025年2月12日 15:11
你在极速贷的借款5000元已于2025年1月27日逾期，再不还款就发给你通讯录里的所有人。
我们的人明天上门找你。
我会按时处理的"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (CALL_LOG, "call_log"),
        (SMS, "sms"),
        (CHAT, "chat"),
        ("发件人：催收部 <cs@example.com>\n主题：逾期通知\n收件人：我", "email"),
        ("朋友圈\n张三\n欠钱不还的老赖，大家转发\n点赞 评论", "social"),
        ("QQ\n在线\n你欠的钱什么时候还？", "im"),
        ("", "other"),
        ("abc", "other"),
    ],
)
def test_classify(text: str, kind: str) -> None:
    assert classify_text(text) == kind


def test_counts() -> None:
    assert count_calls(CALL_LOG) == 3
    assert count_messages("sms", SMS) == 3
    assert count_messages("chat", CHAT) == 2


@dataclass(frozen=True)
class Shot:
    file: str
    sha256: str
    kind: str
    text: str


SHOTS = [
    Shot("calls.png", "a" * 64, "call_log", CALL_LOG),
    Shot("sms.png", "b" * 64, "sms", SMS),
    Shot("chat.png", "c" * 64, "chat", CHAT),
]


def test_build_case_from_screens() -> None:
    case = build_case(SHOTS)
    harassment = case.harassment
    assert harassment.started_on == "2025-02-12"
    # Only contact events of collectors count: 13800001111 threatens in the chat, 13900002222
    # writes about the overdue loan; the two other callers have no clue yet (role unknown).
    assert harassment.last_on == "2025-02-19"  # the SMS row dated 星期三
    assert harassment.calls == 1
    assert harassment.messages == 4
    assert set(harassment.channels) == {"电话", "短信", "微信"}
    assert harassment.collector_numbers == ("13800001111", "13900002222")
    assert "4001234567" not in harassment.collector_numbers
    assert case.platform.service_phone == "4001234567"
    assert case.platform.name == "极速贷"
    assert THREAT_SENTENCES["爆通讯录"] in harassment.threats
    assert THREAT_SENTENCES["上门"] in harassment.threats
    assert [item.id for item in case.evidence] == ["E1", "E2", "E3"]
    assert case.evidence[0].sha256 == "a" * 64
    assert case.evidence[0].summary.startswith("通话记录")
    assert case.evidence[2].captured_on == "2025-02-12"
    per_day = harassment.extra["per_day"]
    assert per_day["2025-02-18"]["calls"] == 1
    # The result is a valid case.json document.
    assert case_from_dict(case_to_dict(case)) == case


def test_merge_keeps_base_facts_and_dedupes_evidence() -> None:
    base = Case(
        borrower=Borrower(name="李某", phone="13800001111"),
        harassment=Harassment(started_on="2025-01-30", calls=50, threats=("称要上门",)),
        evidence=(EvidenceItem(id="E1", kind="sms", file="sms.png", sha256="b" * 64, text=SMS),),
        extra={"note": "kept"},
    )
    case = build_case(SHOTS, base)
    assert case.borrower.name == "李某"
    assert case.extra == {"note": "kept"}
    # The borrower's own number is never a collector number.
    assert "13800001111" not in case.harassment.collector_numbers
    assert case.harassment.started_on == "2025-01-30"
    assert case.harassment.calls == 50  # the user's larger count stays
    assert "称要上门" in case.harassment.threats
    assert [item.sha256[0] for item in case.evidence] == ["b", "a", "c"]
    assert [item.id for item in case.evidence] == ["E1", "E2", "E3"]


def test_build_case_of_nothing() -> None:
    case = build_case([])
    assert case.evidence == ()
    assert case.harassment.started_on == ""
