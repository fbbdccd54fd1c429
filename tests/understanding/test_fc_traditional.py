"""Traditional characters read as simplified by every rule: names, demands, threats, lenders.

Collectors writing 貸/務/專/還/錢/聯繫/逾期 are read as the rules are written (速易貸 is a lender's
贷, 法務部-陳專員 a collecting trade), while the quoted words stay as the screen showed them.
"""

from __future__ import annotations

from dataclasses import dataclass

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.build import THREAT_SENTENCES, build_case
from understanding.demands import is_demand, own_lines, plain_words
from understanding.guess import guess_role
from understanding.hanzi import simplified
from understanding.quotes import collector_quotes
from understanding.roles import number_rows


def test_simplified_reads_traditional_words_and_leaves_simplified_alone() -> None:
    assert simplified("速易貸 法務部-陳專員 還錢") == "速易贷 法务部-陈专员 还钱"
    assert simplified("聯繫 逾期") == "联系 逾期"
    assert simplified("明天起聯繫你全部緊急聯絡人") == "明天起联系你全部紧急联系人"
    for text in ("你在金橙分期的欠款已逾期", "13326548870", "", "LTE 76%"):
        assert simplified(text) == text


def test_a_traditional_name_of_the_lender_or_a_collecting_trade_collects() -> None:
    for name in ("阿文(速易貸)", "法務部-陳專員", "債務處理-小周"):
        assert guess_role(name, False, "").role == "collector", name


def test_a_traditional_demand_is_a_demand() -> None:
    line = "黃家豪，你在速易貸的欠款已逾期五天，今晚再不處理，明天起聯繫你全部緊急聯絡人"
    assert is_demand(line)
    assert "还" in plain_words("請盡快還款")
    # A relative retelling in traditional characters is still a retelling, not a demand.
    assert own_lines("阿豪，昨晚有個陌生號碼打給我，說你借錢不還") == []


def test_the_lenders_name_matches_across_scripts() -> None:
    guess = guess_role("速易貸", False, "您的借款將於今日到期", platform="速易贷")
    assert guess.code == "platform_account"
    staff = guess_role("速易貸·阿文", False, "", platform="速易贷")
    assert (staff.role, staff.code, staff.detail) == ("collector", "lender_staff", "速易貸·阿文")
    desk = guess_role("速易貸官方客服", False, "您好，您本期賬單應還1280元", platform="速易贷")
    assert desk.code == "platform_desk"


def test_a_traditional_quote_keeps_its_script_and_gets_its_category() -> None:
    line = "欠錢不還的人不配有家人，他一天不還，我就天天來這裡發他的照片"
    record = ScreenRecord(
        "chat_1to1", "signal", counterpart="法務部-陳專員",
        messages=(Message("in", line, time="2026-11-12T22:41"),),
    )  # fmt: skip
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="1" * 64, text="", captured_on="2026-11-12",
        extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    case = Case(borrower=Borrower(name="黃家豪"), evidence=(item,))
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["法務部-陳專員"].role == "collector"
    (quote,) = collector_quotes(case)
    assert quote.text == line
    assert quote.category == "曝光照片"


@dataclass(frozen=True)
class Shot:
    file: str
    sha256: str
    kind: str
    text: str


def test_a_case_in_traditional_characters_names_its_lender_and_threats() -> None:
    text = (
        "13326548870\n2026年11月12日 22:41\n"
        "黃家豪，你在速易貸的欠款已逾期五天，今晚再不處理，明天起聯繫你全部緊急聯絡人"
    )
    case = build_case([Shot("chat.png", "c" * 64, "chat", text)])
    assert case.platform.name == "速易贷"
    assert THREAT_SENTENCES["联系亲友"] in case.harassment.threats
