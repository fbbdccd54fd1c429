"""Every surface (dashboard, dossier cover and statistics, evidence list) shows the same figures."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from casefile.model import Case, case_from_dict, load_case
from casefile.store import CaseStore
from commands.records import headline_of, records_document
from drafting.compose import draft_document
from drafting.service import backend_for
from evidence.screens.records import CallRow, Message, ScreenRecord
from exports.dossier import build_dossier, with_file_hashes
from exports.dossier_docx import render_dossier_docx
from exports.dossier_pdf import render_dossier_pdf
from exports.evidence_list import export_case
from settings import load_settings
from tests.case_seed import EVIDENCE, FACTS
from tests.exports.test_dossier import POPPLER, _text, _write_case
from tests.exports.test_evidence_list import docx_text
from understanding.build import merge_case_facts
from understanding.dashboard import dashboard_data
from understanding.headline import headline

ROOT = Path(__file__).resolve().parents[2]


def _case(**stated) -> Case:
    evidence = [
        {"id": f"E{i}", "kind": kind, "file": name, "text": text, "captured_on": on}
        for i, (name, _data, kind, text, _entities, on) in enumerate(EVIDENCE, start=1)
    ]
    case = case_from_dict({**FACTS, "evidence": evidence})
    return replace(case, harassment=replace(case.harassment, **stated))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("stated", [{}, {"calls": 42, "messages": 9}])
def test_every_surface_reads_one_set_of_figures(stated, tmp_path: Path) -> None:
    case = _case(**stated)
    shown = headline(case)
    metrics = dashboard_data(case, {}).metrics
    assert metrics["contacts_affected"] == metrics["contacts_reached"] == shown.contacts == 12
    assert (metrics["calls"], metrics["messages"]) == (shown.calls, shown.messages)
    if stated:
        assert shown.calls == 42
    dossier = build_dossier(case, {}, None, made_on="2025-03-01")
    cover = dict(dossier.facts)
    assert cover["受骚扰的联系人"] == f"{shown.contacts} 人"
    assert cover["电话次数"] == f"{shown.calls} 次"
    assert cover["骚扰期间"] == shown.period == "2025-02-10 至 2025-02-20"
    stats = "\n".join(dossier.figure_lines)
    assert f"催收电话：{shown.calls} 次" in stats
    assert f"受骚扰的联系人：{shown.contacts} 人" in stats
    for text in (
        _flat(docx_text(render_dossier_docx(dossier))),
        _flat(export_case(case, [], "md", redact=False).decode()),
        _flat(docx_text(export_case(case, [], "docx", redact=False))),
    ):
        assert f"{shown.calls}次" in text
        assert f"{shown.contacts}人" in text
        assert "2025-02-10至2025-02-20" in text
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(render_dossier_pdf(dossier))
    if POPPLER:  # the cover and the statistics page of the PDF, as printed
        text = _flat(_text(pdf))
        assert text.count(f"{shown.calls}次") >= 2
        assert text.count(f"{shown.contacts}人") >= 2


def test_empty_sha256_is_computed_from_the_file(tmp_path: Path) -> None:
    case_path, hashes = _write_case(tmp_path)
    document = json.loads(case_path.read_text(encoding="utf-8"))
    for item in document["evidence"][:4]:
        item["sha256"] = ""
    case_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    filled = with_file_hashes(load_case(case_path), case_path)
    assert [e.sha256 for e in filled.evidence[:4]] == hashes
    assert filled.evidence[4].sha256 == "f" * 64  # a stated hash is never replaced
    if not POPPLER:
        pytest.skip("poppler-utils missing")
    out = tmp_path / "dossier.pdf"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "cli.py"),
            "export",
            "--case",
            str(case_path),
            "--format",
            "dossier",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "SHA-256：（无）" not in text
    assert all(sha in text for sha in hashes)


# A case read from screen records: a call log, a collector's SMS thread, the boss's chat (a
# confirmed colleague) and a thread forwarded from the mother's phone.
_RECORDS = (
    ("log.png", "call_log", "最近通话\n17000001234 (3) 疑似催收\n17100005678 (2) 骚扰电话",
     ScreenRecord("call_log", "miui", calls=(
         CallRow("17000001234", "", 3, "missed", "2026-05-08T23:10", "疑似催收"),
         CallRow("17100005678", "", 2, "incoming", "2026-05-09T10:00", "骚扰电话"),
     ))),
    ("sms.png", "sms", "17000001234\n你再不还钱，我们就把你的欠款信息发给你通讯录里的所有人。\n"
     "今天下午五点前必须还清逾期欠款。",
     ScreenRecord("sms_thread", "miui", counterpart="17000001234", messages=(
         Message("in", "你再不还钱，我们就把你的欠款信息发给你通讯录里的所有人。", "",
                 "2026-05-09T09:00"),
         Message("in", "今天下午五点前必须还清逾期欠款。", "", "2026-05-10T14:00"),
     ))),
    ("boss.png", "chat", "张伟\n有人打电话到公司，说你逾期欠款不还。",
     ScreenRecord("chat_1to1", "wechat", counterpart="张伟", messages=(
         Message("in", "有人打电话到公司，说你逾期欠款不还。", "", "2026-05-10T10:05"),
     ))),
    ("mum.png", "sms", "17000001234\n你儿子欠钱不还，让他马上还款。",
     ScreenRecord("sms_thread", "ios", owner="relative", counterpart="17000001234", messages=(
         Message("in", "你儿子欠钱不还，让他马上还款。", "", "2026-05-10T20:00"),
     ))),
)  # fmt: skip


def _stored_records_case(data_dir: Path) -> tuple[CaseStore, str]:
    store = CaseStore(data_dir)
    case_id = store.create_case("李某 · 闪电借")
    for index, (name, kind, text, record) in enumerate(_RECORDS):
        picture = io.BytesIO()
        Image.new("RGB", (90, 160), (index * 40, 80, 120)).save(picture, "PNG")
        data = record.to_json() | ({"owner_name": "妈妈"} if record.owner != "borrower" else {})
        store.add_evidence(
            case_id,
            name,
            picture.getvalue(),
            kind=kind,
            ocr_text=text,
            entities={"screen": data},
            captured_on="2026-05-10",
        )
    store.set_contact_roles(case_id, {"张伟": "colleague"})
    merge_case_facts(store, case_id)
    return store, case_id


def test_records_case_reads_one_set_of_figures_on_every_surface(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CS_TODAY", "2026-05-20")
    store, case_id = _stored_records_case(isolated_data_dir)
    case = store.get_case(case_id)
    shown = headline(case)
    # 3 + 2 call rows; 2 + 1 collector messages; the boss and the mother.
    assert (shown.calls, shown.messages, shown.contacts) == (5, 3, 2)
    assert shown.period == "2026-05-08 至 2026-05-10"
    # The --records number table: its collectors' sums are the figures.
    document = records_document(case, date(2026, 5, 20))
    table = headline_of(document)
    assert (table["calls"], table["messages"]) == (shown.calls, shown.messages)
    assert table["contacts"] == shown.contacts
    numbers = {r["number"] for r in document["numbers"] if r["role"] == "collector" and r["number"]}
    assert numbers == set(case.harassment.collector_numbers)
    # The dashboard.
    metrics = dashboard_data(case, {}).metrics
    assert (metrics["calls"], metrics["messages"]) == (shown.calls, shown.messages)
    assert metrics["contacts_affected"] == metrics["contacts_reached"] == shown.contacts
    assert metrics["collectors"] == len(numbers)
    # The dossier's cover and statistics page, and the evidence list.
    dossier = build_dossier(case, {}, None, made_on="2026-05-20")
    cover = dict(dossier.facts)
    assert cover["电话次数"] == f"{shown.calls} 次"
    assert cover["受骚扰的联系人"] == f"{shown.contacts} 人"
    assert cover["骚扰期间"] == shown.period
    stats = "\n".join(dossier.figure_lines)
    assert f"催收电话：{shown.calls} 次；催收短信/消息：{shown.messages} 条" in stats
    assert f"受骚扰的联系人：{shown.contacts} 人" in stats
    listed = _flat(export_case(case, [], "md", redact=False).decode())
    assert f"{shown.calls}次" in listed
    assert f"{shown.messages}条" in listed
    assert _flat(shown.period) in listed
    # The letters (template text: the facts block every letter prints).
    letter = draft_document(case, "police", backend_for(load_settings(), "template")).text
    assert f"电话{shown.calls}次" in letter
    assert f"消息{shown.messages}条" in letter
    assert f"被联系的亲友：{shown.contacts}人" in letter
    first, last = (_cn(d) for d in (shown.first_day, shown.last_day))
    assert f"骚扰时间：{first}至{last}" in letter
    # The facts page.
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    at.session_state["ui.lang"] = "zh"
    at.session_state["case.id"] = case_id
    at.run()
    at.switch_page("views/facts.py")
    at.run()
    assert not at.exception, at.exception
    tiles = {m.label: m.value for m in at.metric}
    assert tiles["催收电话"] == str(shown.calls)
    assert tiles["催收消息"] == str(shown.messages)
    assert tiles["催收号码"] == str(len(numbers))
    assert tiles["受骚扰的联系人"] == str(shown.contacts)


def _cn(iso: str) -> str:
    year, month, day = (int(p) for p in iso.split("-"))
    return f"{year}年{month}月{day}日"
