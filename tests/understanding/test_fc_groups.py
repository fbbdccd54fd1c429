"""A family group (家族群) an outsider joined to name the borrower's debt and threaten.

The group is where its members wrote, never who collects: read from its record or, when its
posters' names were not parsed, from its text. The outsider posting the debt and the threat
collects and their posts are quotes; the borrower's relatives in the group stay relatives.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.guess import guess_role
from understanding.quotes import collector_quotes
from understanding.roles import number_rows

POSTS = (
    ("", "「阿文(速易貸)」通過掃描二維碼加入了本群"),
    (
        "阿文(速易貸)",
        "各位親友好，黃家豪在速易貸借款八千元逾期不還，請大家轉告他盡快還款，否則後果自負",
    ),
    ("舅舅", "這是誰拉進來的？阿豪怎麼回事"),
    ("姐姐", "大家別理他，我已經在處理了"),
    ("阿文(速易貸)", "欠錢不還的人不配有家人，他一天不還，我就天天來這裡發他的照片"),
)
OUTSIDER = (
    ("李先生", "各位家人打扰了，周晓雯欠钱逾期不还，请家人们督促她尽快处理，不然明天我去她公司"),
    ("爸爸", "晓雯你看到赶紧回电话"),
    # A relative urging the borrower to pay is still the borrower's relative.
    ("妈妈", "你欠人家的钱今天必须还上，不然你爸要生气了"),
)


def item(record: ScreenRecord, text: str = "") -> EvidenceItem:
    return EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="1" * 64, text=text,
        captured_on="2026-11-14", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def group(posts: tuple[tuple[str, str], ...], senders: bool = True) -> ScreenRecord:
    messages = tuple(
        Message("in", text, sender=who if senders else "", time=f"2026-11-14T11:0{i}")
        for i, (who, text) in enumerate(posts)
    )
    return ScreenRecord("group_chat", "wechat", counterpart="黃氏一家親(12)", messages=messages)


def case_of(*items: EvidenceItem) -> Case:
    return Case(borrower=Borrower(name="黃家豪", phone="13600001111"), evidence=items)


def test_the_poster_collects_and_the_relatives_stay_relatives() -> None:
    case = case_of(item(group(POSTS)))
    rows = {row.sender: row.role for row in number_rows(case)}
    assert rows == {"阿文(速易貸)": "collector", "舅舅": "relative", "姐姐": "relative"}
    quoted = [quote.text for quote in collector_quotes(case)]
    assert quoted == [POSTS[1][1], POSTS[4][1]]


def test_an_outsider_without_a_lenders_name_collects_by_what_they_post() -> None:
    case = case_of(item(group(OUTSIDER)))
    rows = {row.sender: row.role for row in number_rows(case)}
    assert rows == {"李先生": "collector", "爸爸": "relative", "妈妈": "relative"}


def test_a_group_read_from_its_text_is_never_the_collector() -> None:
    # The posters' names were not parsed: the text's title is the group's, never who wrote.
    text = "\n".join(["黃氏一家親(12) 群聊...", *(f"{who}\n{said}" for who, said in POSTS)])
    case = case_of(item(group(POSTS, senders=False), text))
    roles = {row.sender: row.role for row in number_rows(case)}
    assert "collector" not in roles.values()
    assert not collector_quotes(case)


def test_a_group_title_is_no_collector_whatever_it_reads() -> None:
    said = "\n".join(text for _who, text in POSTS)
    assert guess_role("黃氏一家親 群聊", False, said, group=True).role != "collector"
    assert guess_role("周家大院(23)", False, said).role != "collector"
