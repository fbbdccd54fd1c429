"""A service number's inbox row previewing a brand-headed rich-text thread's message is that
thread's sender: the brand's messages are the number's, so the number's role reads them all."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.roles import number_rows

GATEWAY = "10690001234"
VISIT = "【禾苗速贷】您的案件已转交委外机构处理，工作人员近日将前往您的单位上门核实。"
LAST = "最终提醒：24小时内仍未还清，将向法院起诉并告知您的紧急联系人。"


def _item(name: str, record: ScreenRecord) -> EvidenceItem:
    return EvidenceItem(
        id=name, kind="sms", file=f"{name}.png", sha256=name[-1] * 64, text="",
        captured_on="2026-11-20", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def _case(preview: str, day: str = "2026-11-19T11:11") -> Case:
    inbox = ScreenRecord(
        "sms_list", "sms", messages=(Message("in", preview, sender=GATEWAY, time=day),)
    )
    thread = ScreenRecord(
        "chat_1to1", "sms", counterpart="禾苗速贷", messages=(
            Message("in", "【禾苗速贷】您申请的借款3,000.00元已到账。", time="2026-10-18T10:02"),
            Message("in", "立即还款 申请延期", time="2026-10-18T10:02"),
            Message("in", VISIT, time="2026-11-15T20:30"),
            Message("in", LAST, time="2026-11-19T11:11"),
        ),
    )  # fmt: skip
    items = (_item("E1", inbox), _item("E2", thread))
    return Case(borrower=Borrower(name="赵一鸣", phone="13600001111"), evidence=items)


def test_the_brand_thread_is_the_previewing_gateways() -> None:
    rows = {row.sender: row for row in number_rows(_case(LAST[:14] + "…"))}
    assert "禾苗速贷" not in rows
    assert rows[GATEWAY].role == "collector"
    assert rows[GATEWAY].messages == 2  # the preview is the thread's last message again
    # The paid-out notice and the card's button row are no conduct: its conduct starts later.
    assert rows[GATEWAY].first_seen == "2026-11-15"


def test_a_preview_of_another_day_joins_nothing() -> None:
    rows = {row.sender: row for row in number_rows(_case(LAST[:14] + "…", "2026-11-18T11:11"))}
    assert "禾苗速贷" in rows
    assert rows[GATEWAY].role != "collector"
