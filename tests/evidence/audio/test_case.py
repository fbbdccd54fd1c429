"""Recordings in a case: stored once, transcripts versioned, facts, exports and the 证据 page."""

from __future__ import annotations

from pathlib import Path

import pytest
from audio_clips import CANNED, CannedTranscriber
from streamlit.testing.v1 import AppTest

import settings as settings_module
from casefile.store import CaseStore
from casefile.store.recordings import latest_transcripts, transcript_versions
from evidence.audio.case import RecordingFailure, add_recordings_to_case, correct_transcript
from exports.evidence_list import build_export
from understanding.build import merge_case_facts

ROOT = Path(__file__).resolve().parents[3]
NAME = "13800138000_20250302153012.m4a"


def seed(store: CaseStore, data: bytes) -> str:
    case_id = store.create_case("录音")
    progress: list[tuple] = []
    results = add_recordings_to_case(
        store,
        case_id,
        [(NAME, data), ("empty.amr", b"")],
        settings_module.load_settings(),
        CannedTranscriber(CANNED),
        lambda *args: progress.append(args),
    )
    assert isinstance(results[1], RecordingFailure)
    assert "文件是空的" in results[1].error.zh
    assert progress[0] == (0, 2, NAME, 0.0)
    assert (0, 2, NAME, 1.0) in progress
    return case_id


def test_recording_is_evidence_with_a_versioned_transcript(
    store: CaseStore, recording: bytes
) -> None:
    case_id = seed(store, recording)
    (item,) = store.list_evidence(case_id)
    assert item.kind == "recording"
    assert item.captured_on == "2025-03-02"
    assert item.text.splitlines()[0] == (
        "通话录音，对方 13800138000，2025-03-02 15:30:12，时长 5秒"
    )
    assert "时长 5秒" in item.summary
    assert "上门" in item.summary
    (first,) = transcript_versions(store, case_id, item.id)
    assert (first.version, first.source) == (1, "machine")
    assert first.segments[0]["text"] == CANNED[0].text

    edited = [dict(s) for s in first.segments]
    edited[0]["text"] = "你好，你在极速贷的借款已经逾期了。"
    correct_transcript(store, case_id, item.id, edited)
    versions = transcript_versions(store, case_id, item.id)
    assert [(v.version, v.source) for v in versions] == [(1, "machine"), (2, "user")]
    assert versions[0].segments[0]["text"] == CANNED[0].text  # the machine draft is kept
    again = store.get_evidence(case_id, item.id)
    assert "极速贷" in again.text
    assert "极速贷" in again.entities["platforms"]
    assert again.ocr_text == item.ocr_text
    assert store.evidence_bytes(case_id, item.id) == recording  # original never changes
    assert set(latest_transcripts(store, case_id)) == {item.id}


def test_same_recording_twice_is_stored_once(store: CaseStore, recording: bytes) -> None:
    case_id = seed(store, recording)
    add_recordings_to_case(
        store, case_id, [(NAME, recording)], settings_module.load_settings(),
        CannedTranscriber([]),
    )  # fmt: skip
    (item,) = store.list_evidence(case_id)
    assert len(transcript_versions(store, case_id, item.id)) == 1


def test_recordings_count_in_facts_and_exports(store: CaseStore, recording: bytes) -> None:
    case_id = seed(store, recording)
    case = merge_case_facts(store, case_id)
    assert "13800138000" in case.harassment.collector_numbers
    assert "电话" in case.harassment.channels
    assert case.harassment.calls == 1
    assert any("上门" in threat for threat in case.harassment.threats)
    (row,) = build_export(case).rows
    assert row[1] == "通话录音"
    assert "时长 5秒" in row[3]
    assert row[5] == store.list_evidence(case_id)[0].sha256


def test_deleting_the_recording_drops_its_transcripts(store: CaseStore, recording: bytes) -> None:
    case_id = seed(store, recording)
    store.delete_evidence(case_id, "E1")
    assert transcript_versions(store, case_id, "E1") == []


def test_page_shows_player_warning_and_segments(store: CaseStore, recording: bytes) -> None:
    case_id = seed(store, recording)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    at.switch_page("views/evidence.py")
    at.run()
    assert not at.exception
    assert any("机器转写，请边听边核对" in w.value for w in at.warning)
    assert at.selectbox(key="evidence.play_from.E1").options[1].endswith(CANNED[1].text)
    assert len(at.get("audio")) == 1
    # The editable timed segments (the numbers-and-people table is another data editor).
    (table,) = [frame for frame in at.dataframe if "start" in frame.value.columns]
    assert list(table.value["text"]) == [segment.text for segment in CANNED]
    assert list(table.value["start"]) == [segment.start for segment in CANNED]
    at.selectbox(key="evidence.play_from.E1").set_value(1).run()
    assert not at.exception
    assert any("SHA-256" in c.value for c in at.caption)
    at.button(key="evidence.save_segments.E1").click().run()  # unchanged: no new version
    assert not at.exception
    assert "第 1 版" in at.success[0].value
    assert len(transcript_versions(store, case_id, "E1")) == 1


def test_a_recording_without_transcript_history_can_be_corrected(
    store: CaseStore, recording: bytes
) -> None:
    """As after a bundle import: the evidence row exists, the transcript table has nothing."""
    case_id = store.create_case("导入的案件")
    item = store.add_evidence(
        case_id,
        NAME,
        recording,
        kind="recording",
        ocr_text="通话录音，时长 5秒\n旧文字",
        entities={},
    )
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    at.switch_page("views/evidence.py")
    at.run()
    assert not at.exception
    assert list(at.dataframe[0].value["text"]) == ["旧文字"]
    correct_transcript(store, case_id, item.id, [{"start": 0, "end": 5, "text": "派人上门"}])
    (version,) = transcript_versions(store, case_id, item.id)
    assert version.source == "user"
    assert version.duration_s == pytest.approx(5.0, abs=0.2)
    assert version.captured_at == "2025-03-02T15:30:12"
    assert "上门" in store.get_evidence(case_id, item.id).entities["threats"]
