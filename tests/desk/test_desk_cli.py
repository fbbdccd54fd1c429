"""`cli.py store`, `sent` and `cases --json`, and the .ics calendar, on a real store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import cli
from casefile.store import CaseStore
from exports.calendar import desk_calendar
from exports.desk import DeskRow
from settings import load_settings

CASE_JSON = {
    "version": 1,
    "borrower": {"name": "王小明", "phone": "13800001111"},
    "platform": {"name": "快借"},
    "harassment": {"last_on": "2025-03-05"},
    "evidence": [
        {
            "id": "E1",
            "kind": "sms",
            "file": "shots/a.png",
            "captured_on": "2025-03-05",
            "text": "【快借】再不还款就通知你全部通讯录",
        }
    ],
}


def write_case(folder: Path) -> Path:
    (folder / "shots").mkdir(parents=True)
    (folder / "shots" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\nshot-a")
    path = folder / "case.json"
    path.write_text(json.dumps(CASE_JSON, ensure_ascii=False), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return code, captured.out


def test_store_sent_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "store", str(write_case(tmp_path)), "--json")
    assert code == 0
    case_id = json.loads(out)["id"]
    (stored,) = CaseStore(load_settings().data_dir).list_evidence(case_id)
    assert (stored.filename, stored.kind, stored.captured_on) == ("a.png", "sms", "2025-03-05")
    code, out = run(capsys, "cases", "--json", "--today", "2025-03-10")
    (row,) = json.loads(out)
    assert row["label"] == "王小明 · 快借"
    assert row["next_step"].startswith("还没有寄出")
    assert set(row) == {
        "id", "label", "platform", "last_conduct", "time_limit_end",
        "sent", "answered", "overdue", "next_step", "due",
    }  # fmt: skip
    argv = ("sent", case_id, "--kind", "platform", "--on", "2025-03-01", "--due", "2025-03-16")
    code, out = run(capsys, *argv, "--reference", "TS123", "--json")
    assert code == 0
    code, out = run(capsys, "cases", "--json", "--today", "2025-03-20")
    (row,) = json.loads(out)
    assert (row["sent"], row["answered"], row["overdue"]) == (1, 0, 1)
    assert "TS123" in row["next_step"]
    assert row["due"] == "2025-03-16"


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing"
    missing.mkdir()
    path = write_case(missing)
    (missing / "shots" / "a.png").unlink()
    assert cli.main(["store", str(path)]) == 2
    assert cli.main(["sent", "nope", "--kind", "platform", "--on", "2025-02-30"]) == 2
    assert cli.main(["sent", "nope", "--kind", "platform", "--on", "2025-03-01"]) == 2
    assert cli.main(["cases", "--today", "tomorrow"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_calendar_is_rfc5545() -> None:
    row = DeskRow(
        id="a1",
        label="案件甲",
        borrower="王小明",
        platform="快借",
        last_conduct="2025-03-05",
        time_limit_end="2025-09-05",
        sent=1,
        answered=0,
        overdue=1,
        next_step="2025-03-01寄出的致平台函（编号TS123）截至2025-03-16未获答复；" * 3,
        next_kind="regulator",
        due="2025-03-16",
    )
    text = desk_calendar([row], now=datetime(2025, 3, 20, tzinfo=UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20250316" in unfolded
    assert "DTSTART;VALUE=DATE:20250905" in unfolded
    assert "编号TS123）截至2025-03-16未获答复；2025" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == 2
    assert "王小明" not in text
    english = desk_calendar([row], now=datetime(2025, 3, 20, tzinfo=UTC), lang="en")
    unfolded = english.replace("\r\n ", "")
    assert "SUMMARY:案件甲: due — 2025-03-01" in unfolded
    assert "SUMMARY:案件甲: the time limit of the public-security case ends" in unfolded
    assert "时效" not in unfolded
