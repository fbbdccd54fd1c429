"""Who a number or a name is, from how the screen shows it.

A number heading a ringing screen with the phone's tag under it («疑似催收») is judged by that tag,
as a call log's row is; without a tag it stays unknown, landline or not. A name is one sender
whichever middle-dot look-alike the OCR read, and a saved name with one stray glyph after it
(«爸爸 本» of "本周日19:30") is the same saved contact when the case holds that name.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.name_twins import one_dot
from understanding.phone_tags import header_tags
from understanding.roles import number_rows


def item(eid: str, record: ScreenRecord, kind: str = "chat", text: str = "") -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind=kind, file=f"{eid}.jpg", sha256=eid * 32, text=text,
        captured_on="2026-03-12", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def rows_of(*items: EvidenceItem, roles: dict[str, str] | None = None) -> dict:
    extra = {"contact_roles": roles} if roles else {}
    case = Case(borrower=Borrower(name="周明", phone="13600001111"), evidence=items, extra=extra)
    return {row.sender: row for row in number_rows(case)}


def ringing(number: str, *chrome: str) -> EvidenceItem:
    """An incoming call: the number heads the screen, its place and tag under it, the answer
    buttons at the foot (as the OCR read one; the record has no messages)."""
    record = ScreenRecord("chat_1to1", counterpart=number, chrome=chrome)
    return item("E1", record, "other", "\n".join([number, *chrome, "拒接 接听"]))


def test_the_phones_tag_on_a_ringing_number_makes_it_a_collector() -> None:
    rows = rows_of(ringing("0514-87362215", "江苏扬州", "疑似催收", "来电秀"))
    row = rows["051487362215"]
    assert row.role == "collector"
    assert row.reason_code == "phone_label"
    assert row.calls == 0  # ringing on a screenshot is no call counted


def test_a_ringing_screens_label_gives_the_number_its_tag() -> None:
    fields = {"number": "0317-8856-2014", "label": "标记为催收2315人 · 河北沧州 固话"}
    text = "0317-8856-2014\n标记为催收2315人\n河北沧州 固话\n拒接 接听 短信回复"
    rows = rows_of(item("E1", ScreenRecord("other", fields=fields), "chat", text))
    assert rows["031788562014"].labels == ("标记为催收2315人",)
    assert rows["031788562014"].role == "collector"


def test_a_ringing_landline_without_a_tag_stays_unknown() -> None:
    rows = rows_of(ringing("0514-87362215", "江苏扬州", "来电秀"))
    assert rows["051487362215"].role == "unknown"


def test_a_tag_in_a_named_chats_chrome_is_nobodys_label() -> None:
    record = ScreenRecord(
        "chat_1to1",
        counterpart="小林",
        messages=(Message(side="in", text="周末一起吃饭", time="2026-03-12"),),
        chrome=("疑似催收",),
    )
    rows = rows_of(item("E1", record))
    assert rows["小林"].labels == ()


def test_only_whole_tag_lines_are_tags() -> None:
    chrome = (
        "标记为催收 2315人",
        "被23人标记为催收",
        "骚扰电话",
        "江苏扬州",
        "来电秀",
        "拒接 接听",
    )
    assert header_tags(chrome) == ["标记为催收2315人", "被23人标记为催收", "骚扰电话"]


def test_a_name_is_one_sender_whichever_middle_dot_the_ocr_read() -> None:
    assert one_dot("湘信法务・周律") == one_dot("湘信法务•周律") == "湘信法务·周律"
    chat = ScreenRecord(
        "chat_1to1",
        counterpart="湘信法务・周律",
        messages=(Message(side="in", text="你在金橙分期的欠款还不还", time="2026-03-16"),),
    )
    group = ScreenRecord(
        "group_chat",
        counterpart="曾家一屋人",
        messages=(
            Message(side="in", text="曾小军欠款不还，请督促他", sender="湘信法务·周律",
                    time="2026-03-17"),
        ),
    )  # fmt: skip
    rows = rows_of(item("E1", chat), item("E2", group))
    assert "湘信法务・周律" not in rows
    assert rows["湘信法务·周律"].messages == 2
    assert rows["湘信法务·周律"].role == "collector"


def test_a_role_the_user_gave_under_another_dot_stays_with_the_name() -> None:
    chat = ScreenRecord(
        "chat_1to1",
        counterpart="湘信法务・周律",
        messages=(Message(side="in", text="在吗", time="2026-03-16"),),
    )
    rows = rows_of(item("E1", chat), roles={"湘信法务・周律": "friend"})
    assert rows["湘信法务·周律"].role == "friend"


def _log(*rows: CallRow) -> EvidenceItem:
    return item("E1", ScreenRecord("call_log", "miui", calls=rows), "call_log")


def test_a_saved_name_with_a_stray_glyph_is_the_same_contact() -> None:
    log = _log(CallRow(name="爸爸 本", count=1, time="2026-03-15T19:30"))
    group = ScreenRecord(
        "group_chat",
        counterpart="曾家一屋人",
        messages=(Message(side="in", text="伢子，你到底搞么子名堂", sender="爸爸",
                          time="2026-03-17"),),
    )  # fmt: skip
    rows = rows_of(log, item("E2", group))
    assert "爸爸 本" not in rows
    assert rows["爸爸"].calls == 1
    assert rows["爸爸"].role == "relative"


def test_a_saved_name_with_a_glyph_stays_when_the_case_has_no_such_name() -> None:
    rows = rows_of(_log(CallRow(name="爸爸 本", count=1, time="2026-03-15T19:30")))
    assert "爸爸 本" in rows
