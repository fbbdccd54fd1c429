"""A log's folded row whose clock OCR read with the row's round button ("(2) 2026/12/04
16:520") and the number's own page listing those calls one by one: the fold keeps its clock, so
the page's calls at and before it are the fold's, counted once. Real OCR boxes
(tests/evidence/screens/blind26_calls.json)."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from tests.evidence.screens.boxes import load_screens, parse_boxes
from understanding.roles import number_rows

SCREENS = load_screens("blind26_calls.json")


def _item(eid: str, name: str) -> EvidenceItem:
    data = SCREENS[name]
    record = parse_boxes(data)
    return EvidenceItem(
        id=eid, kind="call_log", file=data["screen"], sha256=eid * 32, text="",
        captured_on=data["captured"], extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def test_a_fold_and_the_numbers_page_count_each_call_once() -> None:
    case = Case(
        borrower=Borrower(name="林秀英", phone="13600001111"),
        evidence=[_item("E3", "log_marked_clocks"), _item("E4", "log_marked_clocks_number_page")],
    )
    rows = {row.sender: row for row in number_rows(case)}
    # The log's nine calls and the one the page lists that the log had scrolled away.
    assert rows["17750690432"].calls == 10
    assert rows["05972253018"].calls == 3
