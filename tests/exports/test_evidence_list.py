"""Exports: open the DOCX and PDF produced and check facts, hashes and redaction; CLI export."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import pypdfium2
import pytest

from casefile.model import case_from_dict, case_to_dict
from casefile.store import CaseStore
from exports.content import DraftDoc
from exports.evidence_list import build_export, drafts_from_case, export_case
from exports.redact import mask_phone, redactor_for

ROOT = Path(__file__).resolve().parents[2]


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def _export(seeded: tuple[CaseStore, str], fmt: str, redact: bool) -> tuple[bytes, list[str]]:
    store, case_id = seeded
    drafts = [DraftDoc(d.kind, d.text, d.version) for d in store.latest_drafts(case_id)]
    hashes = [item.sha256 for item in store.list_evidence(case_id)]
    return export_case(store.get_case(case_id), drafts, fmt, redact=redact, title="李某案"), hashes


@pytest.mark.parametrize("fmt", ["docx", "pdf", "md"])
def test_documents_carry_facts_hashes_and_latest_drafts(seeded, fmt: str) -> None:
    data, hashes = _export(seeded, fmt, redact=False)
    text = {"docx": docx_text, "pdf": pdf_text, "md": lambda d: d.decode()}[fmt](data)
    for expected in (
        "证据清单",
        "李某案",
        "某某贷",
        "12 人",
        "17000001234",
        "致平台函",
        "报案材料",
    ):
        assert expected in text, expected
    for sha in hashes:
        assert sha in text  # whole, unbroken: one hash per line/cell
    assert "再不还钱就上门！" in text  # the corrected text, not the OCR text
    assert "旧版本" not in text  # only the latest draft version
    assert "王小明" in text


@pytest.mark.parametrize("fmt", ["docx", "pdf", "md", "csv"])
def test_redaction_masks_third_parties_only(seeded, fmt: str) -> None:
    data, hashes = _export(seeded, fmt, redact=True)
    reader = {"docx": docx_text, "pdf": pdf_text, "md": bytes.decode}
    text = reader.get(fmt, lambda d: d.decode("utf-8-sig"))(data)
    assert "17000001234" in text  # collectors' numbers stay: the police need them
    assert "13912345678" in text
    assert "13612345678" not in text  # the borrower's mother
    if fmt != "csv":  # (the CSV's evidence summaries are cut before her number)
        assert "136****5678" in text
    assert "王小明" not in text
    assert "王**" in text
    assert hashes[0] in text
    if fmt != "csv":  # the CSV is the evidence list only
        assert "13800001111" in text  # the borrower's own number stays
        assert "400-000-0000" in text  # and the platform's service line
        assert "李某" in text


def test_csv_is_the_evidence_list(seeded) -> None:
    data, hashes = _export(seeded, "csv", redact=False)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens UTF-8 Chinese correctly
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["编号", "类型", "日期", "摘要", "文件", "SHA-256"]
    assert [row[0] for row in rows[1:]] == ["E1", "E2", "E3", "E4"]
    assert rows[1][1:3] == ["通话记录", "2025-02-12"]
    assert [row[5] for row in rows[1:]] == hashes


def test_phone_masking_patterns() -> None:
    assert mask_phone("13800001111") == "138****1111"
    case = case_from_dict(
        {
            "version": 1,
            "borrower": {"phone": "13800001111"},
            "platform": {"service_phone": "4000000000"},
            "harassment": {"collector_numbers": ["17000001234"]},
        }
    )
    redact = redactor_for(case)
    assert redact("+86 136-1111-5678 与 138 0000 1111") == "136****5678 与 138 0000 1111"
    assert redact("催收 17000001234") == "催收 17000001234"
    assert redact("客服 400-000-0000，座机 0571-87654321") == "客服 400-000-0000，座机 057*****4321"
    assert redact("2025-02-12 10:30 欠款 5000 元") == "2025-02-12 10:30 欠款 5000 元"


def test_drafts_from_case_json_extra_field() -> None:
    case = case_from_dict(
        {
            "version": 1,
            "drafts": [
                {"kind": "platform", "version": 1, "text": "v1"},
                {"kind": "platform", "version": 2, "text": "v2"},
                {"kind": "police", "text": "p"},
            ],
        }
    )
    assert [(d.kind, d.text) for d in drafts_from_case(case)] == [
        ("platform", "v2"),
        ("police", "p"),
    ]
    assert (
        drafts_from_case(case_from_dict({"version": 1, "drafts": {"contacts": "c"}}))[0].text == "c"
    )


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args], capture_output=True, text=True, cwd=ROOT
    )


def test_cli_export_from_case_json(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    document = case_to_dict(store.get_case(case_id))
    document["drafts"] = {
        "police": "报案人李某，催收号码 17000001234，多次打给我母亲 13612345678。"
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out" / "list.docx"
    result = _cli("export", "--case", str(path), "--format", "docx", "--redact", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = docx_text(out.read_bytes())
    assert "报案材料" in text
    assert "17000001234" in text  # a collector's number is never masked
    assert "136****5678" in text  # the mother's is (her role travels in case.json)
    assert "13612345678" not in text
    assert store.list_evidence(case_id)[0].sha256 in text


def test_cli_export_bad_input_is_one_line(tmp_path: Path) -> None:
    newer = tmp_path / "case.json"
    newer.write_text('{"version": 99}', encoding="utf-8")
    out = tmp_path / "x.md"
    result = _cli("export", "--case", str(newer), "--format", "md", "-o", str(out))
    assert result.returncode == 2
    assert "版本" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_a_shortened_summary_never_leaks_part_of_a_number() -> None:
    text = "催" * 50 + " 17000001234 后面还有很多文字"  # the number straddles the 60-char cut
    case = case_from_dict({"version": 1, "evidence": [{"id": "E1", "kind": "sms", "text": text}]})
    (row,) = build_export(case, redact=True).rows
    assert "1700000" not in row[3]
    assert row[3].endswith("…")
    (plain,) = build_export(case).rows
    assert "1700000" in plain[3]


def test_pdf_is_portrait_with_each_letter_on_its_own_pages(seeded) -> None:
    store, case_id = seeded
    notice = (
        "（提示：本文书由通讯录护盾按您填写的事实生成，仅供参考，不构成法律意见；"
        "发送前请逐项核对。）"
    )
    drafts = [
        DraftDoc("platform", "致平台的正文，催收号码 17000001234。\n\n" + notice),
        DraftDoc("police", "报案的正文。\n\n" + notice),
    ]
    data = export_case(store.get_case(case_id), drafts, "pdf", title="李某案")
    document = pypdfium2.PdfDocument(data)
    pages = [page.get_textpage().get_text_range() for page in document]
    for page in document:
        width, height = page.get_size()
        assert height > width  # portrait A4
    platform = next(i for i, text in enumerate(pages) if "致平台的正文" in text)
    police = next(i for i, text in enumerate(pages) if "报案的正文" in text)
    assert platform != police  # not run together
    assert "不构成法律意见" not in pages[platform] + pages[police]  # not inside a letter
    assert sum("不构成法律意见" in text for text in pages) == 1
    assert "17000001234" in pages[platform].replace("\r\n", "\n").replace("\n", "")
    assert any("17000001234" in line for line in pages[platform].splitlines())  # not broken
