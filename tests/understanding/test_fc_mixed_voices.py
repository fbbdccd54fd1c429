"""A collector's words read whatever their script or wording: English mixed into a demand, a
title in a display name outweighed by the writer's own collecting words, a threat to come to
the door in any wording, a channel's message to the borrower's boss."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.demands import is_collecting, is_demand, plain_words, visit_threat
from understanding.guess import guess_role
from understanding.quotes import collector_quotes
from understanding.roles import number_rows


def _item(eid: str, record: ScreenRecord) -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind="chat", file=f"{eid}.jpg", sha256=eid * 32, text="",
        captured_on="2026-04-18", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def _case(*items: EvidenceItem) -> Case:
    return Case(borrower=Borrower(name="于晓燕", phone="13600001111"), evidence=items)


def test_english_debt_words_in_a_mixed_message_read_as_the_chinese_ones() -> None:
    assert "逾期" in plain_words("你的 overdue amount 已经到6.2k了")
    assert "结清" in plain_words("今天下午五点前 settle，否则 case 移交")
    assert "还款" in plain_words("Please repay today")
    assert plain_words("thanks, settlers") == "thanks, settlers"  # inside a word: English
    context = (
        "Hello Ms. Yu，this is the recovery team. 你的 overdue amount 已经到6.2k了。\n"
        "We know everything. 今天下午五点前 settle，否则 case 移交执行局处理。"
    )
    assert guess_role("Recovery.Team.Liu", False, context).role == "collector"
    # Plain English chat about nothing owed stays without a clue.
    assert guess_role("Amy.Lee", False, "See you at the settlement office?").role == "unknown"


def test_a_display_names_title_gives_way_to_its_own_demand_and_threat() -> None:
    job = (
        "招不招人不重要，于晓燕，先把鸿运借的钱还了再找工作吧。\n"
        "你投的每一家公司，我们都会打电话过去「背调」。"
    )
    assert guess_role("潍坊王经理招聘", False, job).role == "collector"
    # A real colleague's worry names the workplace, never a promise to call the borrower's.
    worry = "你尽快把钱还了吧，不然领导那边不好交代。"
    assert guess_role("王经理", False, worry).role == "colleague"
    # A saved contact or a relative keeps the name's role.
    assert guess_role("王经理", False, job, contact="saved").role == "colleague"
    assert guess_role("表姐", False, job).role == "relative"


def test_a_threat_to_come_to_the_door_holds_in_any_wording() -> None:
    for text in (
        "晓得你住哪个小区，莫逼我们来敲门嘛🙃",
        "我们知道你家地址",
        "明天直接去你单位门口等你",
        "We know where you live.",
    ):
        assert visit_threat(text), text
        assert is_demand(text, channel=True), text
    assert not visit_threat("快递已送到你家楼下的驿站")
    assert not visit_threat("包裹寄到你公司了")


def test_a_gateways_door_threat_is_conduct_and_quoted() -> None:
    record = ScreenRecord(
        "sms_thread",
        "ios",
        counterpart="10690 5582 3317",
        messages=(
            Message(
                "in",
                "【催收通知】罗晓燕，你在小花钱包的欠款已逾期，今天不处理就启动上门程序",
                time="2026-05-17T08:40",
            ),
            Message("in", "晓得你住哪个小区，莫逼我们来敲门嘛", time="2026-05-18T09:05"),
        ),
    )
    case = _case(_item("E1", record))
    door = [q for q in collector_quotes(case) if "敲门" in q.text]
    assert door
    assert door[0].category == "上门"


def test_a_channels_message_to_the_borrowers_boss_is_conduct() -> None:
    notice = (
        "【执行通知】罗经理您好，贵单位员工杨思琪涉及借款纠纷案件，请通知其本人于今日联系处理。"
    )
    # Written to the borrower's boss about the borrower: the workplace told of the debt,
    # whichever phone the parser took the screenshot for.
    assert is_collecting(notice, channel=True)
    assert is_collecting(notice)
    # A template to the account's holder naming a tab ("单位") is still a notice.
    assert not is_collecting("【好借花】您的账单已出 服务号 单位", channel=True)
    own = ScreenRecord(
        "sms_thread",
        "ios",
        counterpart="1065 5021 8870 3",
        messages=(
            Message(
                "in",
                "【执行通知】杨思琪：你名下借款已转入执行程序，请于今日17时前联系承办人，逾期后果自负。",
                time="2026-05-21T16:20",
            ),
        ),
    )
    boss = ScreenRecord(
        "sms_thread",
        "palm",
        counterpart="1065 5021 8870 3",
        owner="colleague",
        messages=(Message("in", notice, time="2026-05-21T13:52"),),
    )
    case = _case(_item("E1", own), _item("E2", boss))
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["1065502188703"].role == "collector"
    texts = [q.text for q in collector_quotes(case)]
    assert any("贵单位员工" in t for t in texts)


def test_a_channels_answer_to_the_owners_reply_is_the_collector_talking() -> None:
    record = ScreenRecord(
        "sms_thread",
        "tizen",
        counterpart="4008162275",
        messages=(
            Message("out", "您好，机主暂时不方便接听，请问您有什么事？", time="2026-05-14T10:21"),
            Message(
                "in", "告诉韩秀丽，今天下午三点前不还款就按恶意逃债处理", time="2026-05-14T10:21"
            ),
            Message("out", "好的，我会转告机主。", time="2026-05-14T10:21"),
            Message("in", "别转告了，让她自己麻溜回电话，躲着有用吗", time="2026-05-14T10:22"),
        ),
    )
    case = _case(_item("E1", record))
    texts = [q.text for q in collector_quotes(case, roles={"4008162275": "collector"})]
    assert any("别转告了" in t for t in texts)
    # A channel's plain notice with no reply before it stays a notice.
    plain = ScreenRecord(
        "sms_thread",
        "tizen",
        counterpart="4008162275",
        messages=(
            Message("in", "今天下午三点前不还款就按恶意逃债处理", time="2026-05-14T10:21"),
            Message("in", "您的验证码是1234", time="2026-05-14T10:22"),
        ),
    )
    texts = [
        q.text
        for q in collector_quotes(_case(_item("E2", plain)), roles={"4008162275": "collector"})
    ]
    assert not any("验证码" in t for t in texts)
