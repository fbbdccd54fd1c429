"""Recordings as exhibits in the evidence list and the dossier: duration, time, transcript (pure).

A recording's case.json entry carries its facts in an extra field `recording` (unknown fields are
kept by SPEC § 2) when the case comes from the store; a case file without it still works: the
evidence text's first line is the header the app wrote ("通话录音，对方 …，2025-03-02 15:30:12，
时长 2分05秒"), the other lines are the transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from casefile.model import Case, EvidenceItem
from casefile.store.recordings import (
    RECORDING_KIND,
    TranscriptVersion,
    format_duration,
    latest_transcripts,
)

RECORDING_FIELD = "recording"
SOURCE_NOTES = {"machine": "机器转写，未经核对", "user": "用户已核对修改"}
HEADER_START = "通话录音"
_HEADER_TIME = re.compile(r"(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)")
_HEADER_DURATION = re.compile(r"时长 ((?:\d+小时)?(?:\d+分)?\d+秒)")


@dataclass(frozen=True)
class RecordingExhibit:
    """What an export prints for one recording besides the catalogue row."""

    duration: str  # as shown: 2分05秒 ("" when unknown)
    captured_at: str  # 2025-03-02 15:30:12 ("" when unknown)
    source: str  # machine | user: who wrote the latest transcript
    version: int  # 0 when unknown
    text: str  # the latest transcript, one line a segment

    @property
    def note(self) -> str:
        """机器转写，未经核对 / 用户已核对修改 (with the version when known)."""
        note = SOURCE_NOTES.get(self.source, SOURCE_NOTES["machine"])
        return f"{note}，第 {self.version} 版" if self.source == "user" and self.version else note


def recording_fields(version: TranscriptVersion) -> dict[str, Any]:
    """The extra field of a recording's case.json entry."""
    return {
        "duration_s": round(version.duration_s, 2),
        "captured_at": version.captured_at,
        "transcript_version": version.version,
        "transcript_source": version.source,
    }


def with_recording_facts(store: Any, case_id: str, case: Case) -> Case:
    """The stored case with each transcribed recording's facts in its extra field."""
    latest = latest_transcripts(store, case_id)
    if not latest:
        return case
    evidence = tuple(
        replace(item, extra={**item.extra, RECORDING_FIELD: recording_fields(latest[item.id])})
        if item.kind == RECORDING_KIND and item.id in latest
        else item
        for item in case.evidence
    )
    return replace(case, evidence=evidence)


def recording_exhibit(item: EvidenceItem) -> RecordingExhibit:
    """Duration, time, transcript and its source of a recording's case entry."""
    lines = item.text.splitlines()
    header = lines[0] if lines and lines[0].startswith(HEADER_START) else ""
    body = [line for line in (lines[1:] if header else lines) if line.strip()]
    facts = item.extra.get(RECORDING_FIELD)
    facts = facts if isinstance(facts, dict) else {}
    seconds = facts.get("duration_s")
    if isinstance(seconds, int | float) and not isinstance(seconds, bool) and seconds > 0:
        duration = format_duration(float(seconds))
    else:
        found = _HEADER_DURATION.search(header)
        duration = found.group(1) if found else ""
    captured = facts.get("captured_at") if isinstance(facts.get("captured_at"), str) else ""
    if not captured:
        found = _HEADER_TIME.search(header)
        captured = found.group(1) if found else item.captured_on
    source = facts.get("transcript_source")
    version = facts.get("transcript_version")
    return RecordingExhibit(
        duration=duration,
        captured_at=captured.replace("T", " "),
        source=source if source in SOURCE_NOTES else "machine",  # unknown: never claim checked
        version=version if isinstance(version, int) and not isinstance(version, bool) else 0,
        text="\n".join(body),
    )
