"""The desk in headless chromium, one app start: draft → marked sent → past its due date → the
desk shows the case overdue and proposes the regulator complaint, which quotes the letter."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
from drive_desk import REFERENCE, run_desk_journey

from casefile.store import CaseStore
from casefile.store.letters import list_letters
from tests.case_seed import seed
from tests.chromium import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no /usr/bin/chromium")


def test_desk_journey_in_browser(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = CaseStore(data_dir)
    case_id = seed(store)
    seed(store, title="王某 · 另一贷")
    result = run_desk_journey(data_dir=data_dir, work_dir=tmp_path, label="李某 · 某某贷 · 某某贷")
    report = json.dumps(
        {**asdict(result), "server_log": result.server_log[-1500:]}, ensure_ascii=False, indent=1
    )
    assert result.ok, report
    assert result.first_step.startswith("👉 还没有寄出任何文书：先致函平台"), report
    assert result.sent_message == "已记录寄出，答复期限 2025-03-17。", report
    (letter,) = list_letters(CaseStore(data_dir), case_id)
    assert (letter.sent_on.isoformat(), letter.due_on.isoformat()) == ("2025-03-02", "2025-03-17")
    assert letter.reference == REFERENCE

    first, other = result.csv_rows
    assert first["案件"] == "李某 · 某某贷"  # overdue first
    assert (first["逾期未答复"], other["逾期未答复"]) == ("1", "0")
    assert first["到期日"] == "2025-03-17"
    assert REFERENCE in first["下一步"]
    assert "借款人" not in first  # no borrower column, no phone number
    assert "13800001111" not in ",".join(first.values()) + ",".join(other.values())

    assert "2025-03-02寄出的致平台函（编号TS123）截至2025-03-17未获答复" in result.next_step
    assert result.regulator_button == "打开文书：监管投诉"
    assert "本人已于2025年3月2日寄出致平台函" in result.regulator_draft, report
    assert "仍未获答复" in result.regulator_draft, report
    assert result.seconds["total"] < 240, result.seconds
