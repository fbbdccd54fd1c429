"""`cli.py facts IMG… --records`: real OCR of generated screenshots, SPEC § 3 shape, errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.casegen.cases import CASES, truth
from tests.casegen.render import render_case

ROOT = Path(__file__).resolve().parents[2]
ROLES = {"collector", "platform", "contact", "authority", "unknown"}
SCREEN_KINDS = {
    "chat_1to1", "group_chat", "sms_thread", "sms_list", "call_log",
    "contact_card", "document", "id_card", "bill", "other",
}  # fmt: skip
ISO_OR_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?|\d{1,2}:\d{2})?$")
# A DingTalk group, two SMS threads, a WeChat chat and two overlapping call logs of one phone.
SCREENS = 6

pytestmark = pytest.mark.skipif(
    not shutil.which("chromium") and not Path("/usr/bin/chromium").exists(), reason="needs chromium"
)


def run_cli(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(env_dir),
            "CS_DATA_DIR": str(env_dir / "data"),
        },
        timeout=600,
    )


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], dict, Path]:
    case = replace(CASES["wuhan"], screens=CASES["wuhan"].screens[:SCREENS])
    folder = tmp_path_factory.mktemp("wuhan")
    return render_case(case, folder), truth(case), folder


@pytest.fixture(scope="module")
def document(shots: tuple[list[Path], dict, Path]) -> dict:
    paths, _, folder = shots
    done = run_cli("facts", *map(str, paths), "--records", "--json", env_dir=folder)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_records_document_has_the_spec_shape(document: dict, shots) -> None:
    paths = shots[0]
    assert list(document) == [
        "case", "screens", "numbers", "quotes", "issues", "editions", "warnings",
    ]  # fmt: skip
    assert [s["exhibit"] for s in document["screens"]] == [f"E{i}" for i in range(1, SCREENS + 1)]
    assert [s["file"] for s in document["screens"]] == [p.name for p in paths]
    exhibits = {item["id"] for item in document["case"]["evidence"]}
    for screen in document["screens"]:
        assert set(screen) >= {"kind", "app", "owner", "counterpart", "messages", "calls", "fields"}
        assert screen["kind"] in SCREEN_KINDS
        for message in screen["messages"]:
            assert set(message) == {"side", "sender", "time", "text"}
            assert message["side"] in {"in", "out"}
            assert ISO_OR_CLOCK.match(message["time"]), message["time"]
        for row in screen["calls"]:
            assert set(row) == {"number", "name", "count", "direction", "time", "tag"}
            assert row["count"] >= 1
    for row in document["numbers"]:
        assert set(row) == {
            "number", "name", "role", "confirmed", "calls", "messages", "night",
            "first", "last", "exhibits",
        }  # fmt: skip
        assert row["role"] in ROLES
        assert isinstance(row["confirmed"], bool)
        assert set(row["exhibits"]) <= exhibits
        assert ISO_OR_CLOCK.match(row["first"])
        assert ISO_OR_CLOCK.match(row["last"])
        assert row["first"] <= row["last"]
    for quote in document["quotes"]:
        assert quote["exhibit"] in exhibits
        text = next(e["text"] for e in document["case"]["evidence"] if e["id"] == quote["exhibit"])
        assert "".join(quote["text"].split()) in "".join(text.split())
    for issue in document["issues"]:
        assert set(issue) == {"id", "why", "statutes"}
        assert issue["why"]
        assert issue["statutes"]
    assert set(document["editions"]) <= {"2012", "2025"}
    assert document["editions"]
    assert all(isinstance(w, str) and w for w in document["warnings"])


def test_records_are_what_the_screens_show(document: dict, shots) -> None:
    _, true, _ = shots
    screens = {s["exhibit"]: s for s in document["screens"]}
    # The two call logs are read as call logs, with the rows' counts.
    logs = [s for s in screens.values() if s["kind"] == "call_log"]
    assert len(logs) == 2
    assert all(sum(r["count"] for r in s["calls"]) >= 3 for s in logs)
    assert screens["E1"]["kind"] == "group_chat"
    assert screens["E1"]["app"] == "dingtalk"
    # Collectors found are collectors of the truth; at least one of them is found.
    rows = {r["number"]: r for r in document["numbers"] if r["number"]}
    found = {n for n, r in rows.items() if r["role"] == "collector"}
    assert found == set(true["collectors"])
    assert not found & set(true["contacts"])
    for number, calls in true["calls"].items():  # overlapping call logs counted once
        assert abs(rows[number]["calls"] - calls) <= 0.1 * calls, number
    # A quote names its sender as the number table does.
    senders = {q["sender"] for q in document["quotes"]}
    assert senders <= set(rows) | {r["name"] for r in document["numbers"]}


def test_number_table_and_case_share_one_set_of_figures(document: dict) -> None:
    case = document["case"]
    collectors = [r for r in document["numbers"] if r["role"] == "collector"]
    figures = case["harassment"]["figures"]
    assert figures["calls"] == sum(r["calls"] for r in collectors)
    assert figures["messages"] == sum(r["messages"] for r in collectors)
    assert figures["night"] == sum(r["night"] for r in collectors)
    numbers = {r["number"] for r in collectors if r["number"]}
    assert set(case["harassment"]["collector_numbers"]) == numbers
    # Every exhibit keeps its parsed record, so `--case` re-derives from the same records.
    assert all(e["entities"]["screen"]["kind"] for e in case["evidence"])


def test_kept_fixes_and_roles_win_over_a_new_parse(document: dict, shots) -> None:
    paths, _, folder = shots
    base = document["case"]
    collector = next(r for r in document["numbers"] if r["role"] == "collector" and r["number"])
    base["contact_roles"] = {collector["number"]: "relative"}
    base["screen_fixes"] = {"E5": {"owner": "relative", "owner_name": "妈妈"}}
    for item in base["evidence"]:
        item.pop("entities")  # a case file without records: the screens are parsed again
    case_path = folder / "base.json"
    case_path.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    done = run_cli(
        "facts", *map(str, paths), "--case", str(case_path), "--records", "--json", env_dir=folder
    )
    assert done.returncode == 0, done.stderr
    again = json.loads(done.stdout)
    row = next(r for r in again["numbers"] if r["number"] == collector["number"])
    assert (row["role"], row["confirmed"]) == ("contact", True)
    e5 = next(s for s in again["screens"] if s["exhibit"] == "E5")
    assert (e5["owner"], e5["owner_name"]) == ("relative", "妈妈")
    assert len(again["case"]["evidence"]) == SCREENS  # the same screenshots are not added twice
    assert again["case"]["harassment"]["figures"]["calls"] == sum(
        r["calls"] for r in again["numbers"] if r["role"] == "collector"
    )


def test_bad_input_exits_2_with_a_chinese_line(shots, tmp_path: Path) -> None:
    paths, _, folder = shots
    missing = run_cli("facts", str(tmp_path / "nope.png"), "--records", env_dir=folder)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
    assert re.search(r"[\u4e00-\u9fff]", missing.stderr)
    bad = tmp_path / "case.json"
    bad.write_text("{not json", encoding="utf-8")
    broken = run_cli("facts", str(paths[0]), "--case", str(bad), "--records", env_dir=folder)
    assert broken.returncode == 2
    assert "Traceback" not in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1
