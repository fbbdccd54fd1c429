"""Recordings as exhibits: the dossier (PDF, DOCX) and the evidence list print duration, time,
SHA-256 and the latest transcript as text, saying whether the user checked it; no picture."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from casefile.model import case_from_dict, case_to_dict, dump_case
from casefile.store import CaseStore
from casefile.store.recordings import add_recording, header_line
from evidence.audio.case import correct_transcript
from exports.dossier import build_dossier
from exports.evidence_list import build_export, export_case
from exports.recording_exhibits import recording_exhibit, with_recording_facts
from exports.workspace import dossier_from_store, export_from_store
from tests.exports.test_evidence_list import docx_text, pdf_text

MACHINE_NAME = "13800138000_20250302153012.m4a"
USER_NAME = "张三(17000001234)_20250303201500.amr"
MACHINE_LINES = ("你好，你的借款已经逾期了。", "不还钱就给你妈妈 13612345678 打电话。")
CORRECTED = "我们明天派人上门。"


def _recording(store: CaseStore, case_id: str, name: str, data: bytes, captured: str) -> str:
    phone = "17000001234" if "(" in name else "13800138000"
    item = add_recording(
        store, case_id, name, data, duration_s=125.4, captured_at=captured,
        segments=[{"start": 2.0 * i, "end": 2.0 * i + 2, "text": line}
                  for i, line in enumerate(MACHINE_LINES)],
        header=header_line(125.4, captured, (phone,), ""), entities={}, summary="",
        engine="faster-whisper",
    )  # fmt: skip
    return item.id


@pytest.fixture
def recorded(seeded: tuple[CaseStore, str]) -> tuple[CaseStore, str, dict[str, str]]:
    """The seeded case (4 screenshots) plus a machine transcript (E5) and a corrected one (E6)."""
    store, case_id = seeded
    machine = _recording(store, case_id, MACHINE_NAME, b"m4a bytes", "2025-03-02T15:30:12")
    user = _recording(store, case_id, USER_NAME, b"amr bytes", "2025-03-03T20:15:00")
    correct_transcript(store, case_id, user, [{"start": 0, "end": 3, "text": CORRECTED}])
    shas = {item.id: item.sha256 for item in store.list_evidence(case_id)}
    return store, case_id, {"machine": machine, "user": user, **shas}


def _check_printed(text: str, ids: dict[str, str], dossier: bool = False) -> None:
    flat = text.replace("\r", "")
    for key, name in (("machine", MACHINE_NAME), ("user", USER_NAME)):
        assert ids[ids[key]] in flat  # the original file's SHA-256, whole
        assert name in flat or name.replace("(", "（") in flat
    assert "通话录音" in flat
    assert "2分05秒" in flat
    assert "2025-03-02 15:30:12" in flat
    assert "2025-03-03 20:15:00" in flat
    assert "机器转写，未经核对" in flat
    assert "用户已核对修改，第 2 版" in flat
    assert MACHINE_LINES[0] in flat
    assert CORRECTED in flat
    # The seeded screenshots are not real images, so they say so; the recordings (the last
    # exhibits' pages) never do.
    pages = flat
    if dossier:  # from the first recording's page up to the next part
        pages = flat[re.search(rf"证据 {ids['machine']}\s+通话录音", flat).start() :]
        pages = pages[: pages.index("号码与联系人、骚扰情况统计")]
    assert "文件无法作为图片打开" not in pages
    assert MACHINE_LINES[0] in pages
    assert "未找到录音原文件" not in flat


def test_dossier_pdf_lists_recordings_with_their_transcripts(recorded) -> None:
    store, case_id, ids = recorded
    text = pdf_text(dossier_from_store(store, case_id, redact=False))
    _check_printed(text, ids, dossier=True)
    assert "通话录音转写文字" in text  # the cover names what part three holds
    assert MACHINE_LINES[1] in text


def test_dossier_docx_lists_recordings_with_their_transcripts(recorded) -> None:
    store, case_id, ids = recorded
    text = docx_text(dossier_from_store(store, case_id, redact=False, fmt="docx"))
    _check_printed(text, ids, dossier=True)


def test_recording_exhibits_have_no_picture_and_no_problem(recorded) -> None:
    store, case_id, ids = recorded
    case = with_recording_facts(store, case_id, store.get_case(case_id))
    pictures = {item.id: store.evidence_bytes(case_id, item.id) for item in case.evidence}
    content = build_dossier(case, pictures, None)
    by_id = {exhibit.id: exhibit for exhibit in content.exhibits}
    machine, user = by_id[ids["machine"]], by_id[ids["user"]]
    for exhibit in (machine, user):
        assert (exhibit.picture, exhibit.problem, exhibit.kind) == (None, "", "通话录音")
        assert "时长 2分05秒" in exhibit.summary
    assert machine.recording.text.splitlines() == list(MACHINE_LINES)
    assert (user.recording.source, user.recording.version) == ("user", 2)
    assert user.recording.text == CORRECTED
    # Without the file, the recording is still listed, saying what is missing.
    pictures[ids["machine"]] = None
    missing = {e.id: e for e in build_dossier(case, pictures, None).exhibits}
    assert missing[ids["machine"]].problem == "文件缺失：未找到录音原文件"


def test_redacted_dossier_masks_a_contacts_number_in_a_transcript(recorded) -> None:
    store, case_id, _ = recorded
    text = pdf_text(dossier_from_store(store, case_id, redact=True))
    assert "13612345678" not in text
    assert "给你妈妈" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_evidence_list_prints_the_transcripts(recorded, fmt: str) -> None:
    store, case_id, ids = recorded
    data = export_from_store(store, case_id, fmt, redact=False)
    text = {"pdf": pdf_text, "docx": docx_text, "md": bytes.decode}[fmt](data)
    _check_printed(text, ids)
    assert "通话录音转写文字" in text


def test_evidence_list_csv_rows(recorded) -> None:
    store, case_id, ids = recorded
    data = export_from_store(store, case_id, "csv", redact=False)
    rows = {row[0]: row for row in csv.reader(io.StringIO(data.decode("utf-8-sig")))}
    machine = rows[ids["machine"]]
    assert machine[1:3] == ["通话录音", "2025-03-02 15:30:12"]
    assert "时长 2分05秒" in machine[3]
    assert (machine[4], machine[5]) == (MACHINE_NAME, ids[ids["machine"]])


def test_a_case_file_without_the_field_reads_the_header(recorded) -> None:
    """case.json from elsewhere (the CLI path): facts from the header line; never 'checked'."""
    store, case_id, ids = recorded
    plain = store.get_case(case_id)  # without with_recording_facts
    found = recording_exhibit(next(i for i in plain.evidence if i.id == ids["user"]))
    assert (found.duration, found.captured_at) == ("2分05秒", "2025-03-03 20:15:00")
    assert found.note == "机器转写，未经核对"
    assert found.text == CORRECTED
    assert "2分05秒" in export_case(plain, [], "md").decode()


def test_the_field_is_kept_in_case_json(recorded) -> None:
    store, case_id, ids = recorded
    case = with_recording_facts(store, case_id, store.get_case(case_id))
    again = case_from_dict(json.loads(dump_case(case)))
    assert again == case
    entry = next(e for e in case_to_dict(again)["evidence"] if e["id"] == ids["user"])
    assert entry["recording"] == {
        "duration_s": 125.4,
        "captured_at": "2025-03-03T20:15:00",
        "transcript_version": 2,
        "transcript_source": "user",
    }
    assert (
        recording_exhibit(next(i for i in again.evidence if i.id == ids["user"])).note
        == "用户已核对修改，第 2 版"
    )
    assert build_export(again).recordings[1].note == "用户已核对修改，第 2 版"
