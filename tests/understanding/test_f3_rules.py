"""A lender's shop or service desk, a flash SMS's heading, a counterpart on someone else's phone.

- A lender's shop or service desk ("金橙分期官方旗舰店") answering about the bill is the platform
  and its answers are no collector's quotes; a desk whose own lines threaten collects.
- "闪信"/"彩信" heading a number is the screen's title, never the name the phone saved it as.
- On someone else's phone a named counterpart who demands the debt and threatens collects,
  whatever title its name carries; one who only asks about the debt is not accused.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.guess import guess_role
from understanding.quotes import collector_quotes
from understanding.roles import number_rows
from understanding.screen_events import saved_name, sender_of

BILL = "您好，您本期账单应还1280元，还款日为9月20日\n可以在App里申请延期还款"
THREAT = "你的账单已逾期，今天不还\n明天我们就去你单位找你领导"
DEMAND_AND_THREAT = (
    "你同事陶思远欠我们公司的钱一直不还，你让他马上联系我\n三天内不还，我们就去你们公司找你们领导"
)


def item(eid: str, record: ScreenRecord) -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind="chat", file=f"{eid}.jpg", sha256=eid * 32, text="",
        captured_on="2026-09-15", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def case_of(*items: EvidenceItem) -> Case:
    return Case(borrower=Borrower(name="陶思远", phone="13600001111"), evidence=items)


def chat(counterpart: str, lines: str, owner: str = "borrower") -> ScreenRecord:
    messages = tuple(
        Message("in", line, time=f"2026-09-14T1{i}:05") for i, line in enumerate(lines.split("\n"))
    )
    return ScreenRecord(
        "chat_1to1", "taobao", owner=owner, counterpart=counterpart, messages=messages
    )


# (a) the lender's shop or service desk


def test_a_lenders_shop_or_desk_answering_the_bill_is_the_platform() -> None:
    for name in ("金橙分期官方旗舰店", "金橙分期客服", "安心借 官方店"):
        guess = guess_role(name, False, BILL, platform="金橙分期")
        assert (guess.role, guess.code) == ("platform", "platform_desk"), name


def test_a_desks_bill_answers_are_never_quoted() -> None:
    case = case_of(item("E1", chat("金橙分期官方旗舰店", BILL)))
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["金橙分期官方旗舰店"].role == "platform"
    assert not collector_quotes(case)


def test_a_desk_that_threatens_collects() -> None:
    assert guess_role("金橙分期官方旗舰店", False, THREAT).role == "collector"
    case = case_of(item("E1", chat("金橙分期官方旗舰店", THREAT)))
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["金橙分期官方旗舰店"].role == "collector"
    assert collector_quotes(case)


def test_a_desk_of_a_collecting_trade_is_no_lenders_desk() -> None:
    # "逾期" and "法务" name collecting, not lending: such a desk is never the platform.
    for name in ("金橙分期逾期客服", "金橙分期法务客服"):
        assert guess_role(name, False, BILL).role == "collector", name
    # A shop with no lender's word is nobody's platform.
    assert guess_role("优品数码旗舰店", False, BILL).role != "platform"


# (b) a flash SMS's heading


def test_a_flash_or_multimedia_heading_is_no_saved_name() -> None:
    for heading in ("闪信 138 0551 2297", "彩信 138 0551 2297"):
        assert saved_name(heading) == "", heading
        assert sender_of(heading) == ("13805512297", True)


def test_a_saved_name_in_a_normal_header_still_counts() -> None:
    assert saved_name("妈妈 139 7712 3456") == "妈妈"
    assert sender_of("妈妈 139 7712 3456") == ("13977123456", True)


# (c) a counterpart on someone else's phone


def test_a_named_counterpart_on_a_colleagues_phone_who_demands_and_threatens_collects() -> None:
    guess = guess_role("鑫宝科技·张主管", False, DEMAND_AND_THREAT, foreign=True)
    assert (guess.role, guess.code) == ("collector", "collector_words")
    record = chat("鑫宝科技·张主管", DEMAND_AND_THREAT, owner="colleague")
    rows = {row.sender: row for row in number_rows(case_of(item("E1", record)))}
    assert rows["鑫宝科技·张主管"].role == "collector"


def test_on_the_borrowers_own_phone_the_title_still_decides() -> None:
    # The "foreign" rule is for someone else's phone only: the borrower's own chat with a
    # colleague-like title goes by the usual rules, where a demand that only names people
    # leaves the title to decide...
    demand = DEMAND_AND_THREAT.splitlines()[0]
    assert guess_role("鑫宝科技·张主管", False, demand).role == "colleague"
    # ...and the writer's own threat to come to the workplace outweighs the title.
    assert guess_role("鑫宝科技·张主管", False, DEMAND_AND_THREAT).role == "collector"


def test_a_contact_on_a_relatives_phone_who_only_asks_about_the_debt_is_not_accused() -> None:
    ask = "你儿子是不是欠了网贷的钱？\n还了没有，要不要家里帮忙"
    assert guess_role("王阿姨", False, ask, foreign=True).role != "collector"
    record = chat("王阿姨", ask, owner="relative")
    rows = {row.sender: row for row in number_rows(case_of(item("E1", record)))}
    assert rows["王阿姨"].role != "collector"
    # Demanding without a threat is not enough either.
    only_demand = "你儿子欠的钱今天必须还"
    assert guess_role("王阿姨", False, only_demand, foreign=True).role != "collector"


def test_a_dm_to_a_colleague_demanding_in_one_message_and_pressing_in_the_next_collects() -> None:
    # A recruiting app's DM on the colleague's phone: a job card headed with the sender's name,
    # then the debt overdue in one message and what follows in the next (one speech).
    lines = (
        "销售经理1万-1.5万某某科技·李经理\n"
        "你好，你同事王磊欠我们公司钱一直不还，麻烦你转告他\n"
        "他填的紧急联系人是你，你不转告我们就每天打你电话"
    )
    guess = guess_role("某某科技·李经理", False, lines, foreign=True)
    assert guess.role == "collector"
    case = case_of(item("E1", chat("某某科技·李经理", lines, owner="colleague")))
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["某某科技·李经理"].role == "collector"
    quoted = [quote.text for quote in collector_quotes(case)]
    assert quoted == lines.split("\n")[1:]  # the card heading the DM is nobody's words


def test_a_collectors_self_introduction_by_name_is_still_quoted() -> None:
    # Ending with the sender's own name makes no card of it; an introduction that only names
    # the sender holds no harassing words (understanding.quotes.only_introduces), one with a
    # demand in it does.
    lines = "我是某某科技·李经理\n你同事王磊欠款已逾期，今天不还我们就去你们公司找他领导"
    case = case_of(item("E1", chat("某某科技·李经理", lines, owner="colleague")))
    quoted = [quote.text for quote in collector_quotes(case)]
    assert quoted == lines.split("\n")[1:]
    lines = "今天不还我们就去你们公司，我是某某科技·李经理\n你同事王磊欠款已逾期"
    case = case_of(item("E1", chat("某某科技·李经理", lines, owner="colleague")))
    assert [quote.text for quote in collector_quotes(case)][:1] == lines.split("\n")[:1]


def test_lines_apart_without_a_threat_are_no_collectors() -> None:
    # The debt overdue in one line, a relation in the next, no threat: a worried relative.
    lines = "你儿子欠了网贷的钱一直没还？\n他的紧急联系人是不是填的你"
    assert guess_role("张阿姨", False, lines, foreign=True).role != "collector"
