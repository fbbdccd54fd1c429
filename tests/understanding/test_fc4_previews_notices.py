"""Round-4 rules: cut inbox previews under any screen kind, lender notices, public shaming."""

from __future__ import annotations

from dataclasses import replace

from casefile.model import Borrower, Case, EvidenceItem, Platform
from evidence.screens.records import Message, ScreenRecord
from understanding.guess import guess_role
from understanding.quotes import collector_quotes
from understanding.roles import number_rows


def item(eid: str, record: ScreenRecord, text: str = "") -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind="sms", file=f"{eid}.jpg", sha256=eid * 32, text=text,
        captured_on="2026-03-12", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def case_of(*items: EvidenceItem) -> Case:
    return Case(
        borrower=Borrower(name="赵晓峰", phone="13600001111"),
        evidence=items,
        extra={"contact_roles": {"17083926615": "collector"}},
    )


# An inbox the parser read as a group chat: each row's preview cut with one "…".
INBOX_AS_GROUP = ScreenRecord(
    "group_chat",
    messages=(
        Message("in", "【新乡市中级人民法院】你的…", sender="10690573318", time="2026-03-12T07:58"),
        Message("in", "赵晓峰你别装死，今天不把钱…", sender="17083926615", time="2026-03-11T23:05"),
        Message("in", "峰峰，有人给我打电话说你欠…", sender="妈妈", time="2026-03-11T22:45"),
    ),
)
THREAD = ScreenRecord(
    "sms_thread",
    counterpart="17083926615",
    messages=(
        Message("in", "赵晓峰你别装死，今天不把钱打过来我们就找你全家", time="2026-03-11T23:05"),
        Message("in", "你等着…", time="2026-03-11T23:07"),
    ),
)


def test_cut_previews_are_never_quoted_whatever_the_screen_kind_but_still_count() -> None:
    case = case_of(item("E1", INBOX_AS_GROUP))
    assert not [q for q in collector_quotes(case) if q.text.endswith("…")]
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["17083926615"].messages >= 1  # the row is still a contact event


def test_the_whole_message_is_quoted_from_its_thread_and_a_trailing_off_bubble_stays() -> None:
    case = case_of(item("E1", INBOX_AS_GROUP), item("E2", THREAD))
    texts = [q.text for q in collector_quotes(case)]
    assert "赵晓峰你别装死，今天不把钱打过来我们就找你全家" in texts
    assert "你等着…" in texts  # one bubble that trails off in a chat is the writer's
    assert "赵晓峰你别装死，今天不把钱…" not in texts


def test_the_lenders_app_posting_as_itself_is_its_account_and_its_notice_no_quote() -> None:
    notice = "您的借款已逾期2天，请尽快还款以免影响信用"
    for sender in ("好享借·好享借", "好享借"):
        assert guess_role(sender, False, notice, platform="好享借").role == "platform"
    centre = ScreenRecord(
        "sms_list",
        messages=(Message("in", notice, sender="好享借·好享借", time="2026-03-12T08:00"),),
    )
    case = replace(case_of(item("E1", centre)), platform=Platform(name="好享借"))
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["好享借·好享借"].role == "platform"
    assert notice not in [q.text for q in collector_quotes(case)]


SHAMING = "发帖的这位陈建华欠钱不还，借了越享花四千多装死，大家认准这张脸"


def test_a_comment_that_tells_the_public_of_a_persons_unpaid_debt_collects() -> None:
    guess = guess_role("还钱吧陈建华", False, SHAMING, poster=True)
    assert guess.role == "collector"
    by_name = "陈建华欠我们8000元，各位街坊扩散一下"
    assert guess_role("路人甲", False, by_name, borrower="陈建华").role == "collector"


def test_the_debt_alone_or_the_public_alone_or_a_retelling_is_no_shaming() -> None:
    for line in (
        "大家好，今天樱花开了",  # an audience, no debt
        "这位朋友欠钱不还，我也很无奈",  # a debt, no audience
        "有人在群里说他欠钱不还，大家别信",  # what others said, retold
    ):
        assert guess_role("柯桥小吃货", False, line, poster=True).role != "collector"
