"""Call recordings in a case: the original file is an evidence item (kind `recording`, stored once
by SHA-256, never changed); its timed transcript lives here, every correction a new version.

The table sits in the case store's SQLite file and is created on first use (it depends on the
evidence table only, so it needs no place in the store's migration list). Rows cascade when the
evidence item or the case is deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from casefile.store import CaseStore, StoredEvidence, now

RECORDING_KIND = "recording"
SOURCES = ("machine", "user")

_SCHEMA = """CREATE TABLE IF NOT EXISTS recording_transcripts (
    case_id TEXT NOT NULL,
    evidence_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    source TEXT NOT NULL,
    duration_s REAL NOT NULL,
    captured_at TEXT NOT NULL DEFAULT '',
    segments TEXT NOT NULL,
    engine TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (case_id, evidence_id, version),
    FOREIGN KEY (case_id, evidence_id) REFERENCES evidence(case_id, id) ON DELETE CASCADE
)"""


@dataclass(frozen=True)
class TranscriptVersion:
    """One saved transcript of a recording: the machine's (version 1) or a user's correction."""

    evidence_id: str
    version: int
    source: str  # machine | user
    duration_s: float
    captured_at: str
    segments: tuple[dict, ...]  # {"start", "end", "text"}
    engine: str = ""
    created_at: str = ""

    @property
    def text(self) -> str:
        return "\n".join(s["text"] for s in self.segments if str(s.get("text", "")).strip())


def _ensure(db: Any) -> None:
    db.execute(_SCHEMA)


def format_duration(seconds: float) -> str:
    """2分05秒 / 1小时02分03秒 — as the evidence list shows it."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}小时{minutes:02d}分{secs:02d}秒"
    return f"{minutes}分{secs:02d}秒" if minutes else f"{secs}秒"


def header_line(duration_s: float, captured_at: str, phones: tuple[str, ...], contact: str) -> str:
    """The first line of a recording's evidence text: who, when, how long (data, not speech)."""
    parts = ["通话录音"]
    if phones or contact:
        who = "、".join(phones)
        if contact and contact not in who:
            who = f"{who}（{contact}）" if who else contact
        parts.append(f"对方 {who}")
    if captured_at:
        parts.append(captured_at.replace("T", " "))
    parts.append(f"时长 {format_duration(duration_s)}")
    return "，".join(parts)


def evidence_text(header: str, segments: tuple[dict, ...] | list[dict]) -> str:
    """The evidence item's text: the header line, then one line per transcript segment."""
    lines = [header] + [str(s["text"]).strip() for s in segments if str(s["text"]).strip()]
    return "\n".join(lines)


def add_recording(
    store: CaseStore,
    case_id: str,
    filename: str,
    data: bytes,
    *,
    duration_s: float,
    captured_at: str,
    segments: list[dict],
    header: str,
    entities: dict,
    summary: str,
    engine: str,
) -> StoredEvidence:
    """Store the original file as evidence and the machine transcript as version 1."""
    item = store.add_evidence(
        case_id,
        filename,
        data,
        kind=RECORDING_KIND,
        ocr_text=evidence_text(header, segments),
        entities=entities,
        captured_on=captured_at[:10],
        summary=summary,
    )
    if latest_transcript(store, case_id, item.id) is None:  # the same file twice: keep the first
        _insert(store, case_id, item.id, "machine", duration_s, captured_at, segments, engine)
    return item


def _insert(
    store: CaseStore,
    case_id: str,
    evidence_id: str,
    source: str,
    duration_s: float,
    captured_at: str,
    segments: list[dict],
    engine: str,
) -> int:
    if source not in SOURCES:
        raise ValueError(f"unknown transcript source {source!r}")
    with store._write() as db:
        _ensure(db)
        version = _insert_in(db, case_id, evidence_id, source, duration_s, captured_at, segments,
                             engine)  # fmt: skip
        store._audit(db, case_id, "recording.transcript", id=evidence_id, version=version)
    return version


def _insert_in(
    db: Any,
    case_id: str,
    evidence_id: str,
    source: str,
    duration_s: float,
    captured_at: str,
    segments: list[dict] | tuple[dict, ...],
    engine: str,
    created_at: str = "",
) -> int:
    """Append one version inside the caller's transaction; returns its number."""
    row = db.execute(
        "SELECT COALESCE(MAX(version), 0) FROM recording_transcripts "
        "WHERE case_id = ? AND evidence_id = ?",
        (case_id, evidence_id),
    ).fetchone()
    version = row[0] + 1
    db.execute(
        """INSERT INTO recording_transcripts (case_id, evidence_id, version, source,
           duration_s, captured_at, segments, engine, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            case_id,
            evidence_id,
            version,
            source,
            duration_s,
            captured_at,
            json.dumps(list(segments), ensure_ascii=False),
            engine,
            created_at or now(),
        ),
    )
    return version


def add_machine_transcript(
    store: CaseStore,
    case_id: str,
    evidence_id: str,
    *,
    duration_s: float,
    captured_at: str,
    segments: list[dict],
    engine: str,
    header: str,
    entities: dict,
    summary: str,
) -> bool:
    """Save the machine transcript of a stored recording as version 1, and its evidence text.

    One transaction; False (nothing written) when the recording already has a transcript.
    """
    with store._write() as db:
        _ensure(db)
        found = db.execute(
            "SELECT 1 FROM recording_transcripts WHERE case_id = ? AND evidence_id = ?",
            (case_id, evidence_id),
        ).fetchone()
        if found is not None:
            return False
        _insert_in(db, case_id, evidence_id, "machine", duration_s, captured_at, segments, engine)
        updated = db.execute(
            "UPDATE evidence SET ocr_text = ?, entities = ?, summary = ?, updated_at = ? "
            "WHERE case_id = ? AND id = ?",
            (
                evidence_text(header, segments),
                json.dumps(entities, ensure_ascii=False, sort_keys=True),
                summary,
                now(),
                case_id,
                evidence_id,
            ),
        )
        if updated.rowcount == 0:  # deleted meanwhile: the foreign key would have refused anyway
            raise ValueError(f"no evidence {evidence_id} in case {case_id}")
        store._audit(db, case_id, "recording.transcript", id=evidence_id, version=1)
    return True


def save_correction(
    store: CaseStore,
    case_id: str,
    evidence_id: str,
    segments: list[dict],
    *,
    duration_s: float = 0.0,
    captured_at: str = "",
) -> TranscriptVersion:
    """Save a user's corrected segments as a new version.

    A recording without any transcript (restored from a bundle, which carries the evidence
    text only) starts its history here, with the given duration and time.
    """
    current = latest_transcript(store, case_id, evidence_id)
    _insert(
        store,
        case_id,
        evidence_id,
        "user",
        current.duration_s if current else duration_s,
        current.captured_at if current else captured_at,
        segments,
        current.engine if current else "",
    )
    return latest_transcript(store, case_id, evidence_id)  # type: ignore[return-value]


def transcript_versions(
    store: CaseStore, case_id: str, evidence_id: str
) -> list[TranscriptVersion]:
    """Every saved transcript of one recording, oldest first."""
    with store._read() as db:
        _ensure(db)
        rows = db.execute(
            "SELECT * FROM recording_transcripts WHERE case_id = ? AND evidence_id = ? "
            "ORDER BY version",
            (case_id, evidence_id),
        ).fetchall()
    return [_version_from_row(row) for row in rows]


def latest_transcript(store: CaseStore, case_id: str, evidence_id: str) -> TranscriptVersion | None:
    versions = transcript_versions(store, case_id, evidence_id)
    return versions[-1] if versions else None


def latest_transcripts(store: CaseStore, case_id: str) -> dict[str, TranscriptVersion]:
    """evidence id -> its latest transcript, for every recording of the case."""
    with store._read() as db:
        _ensure(db)
        rows = db.execute(
            "SELECT * FROM recording_transcripts WHERE case_id = ? ORDER BY evidence_id, version",
            (case_id,),
        ).fetchall()
    return {row["evidence_id"]: _version_from_row(row) for row in rows}


def _version_from_row(row: Any) -> TranscriptVersion:
    return TranscriptVersion(
        evidence_id=row["evidence_id"],
        version=row["version"],
        source=row["source"],
        duration_s=row["duration_s"],
        captured_at=row["captured_at"],
        segments=tuple(json.loads(row["segments"])),
        engine=row["engine"],
        created_at=row["created_at"],
    )


# --- case bundles --------------------------------------------------------------------------------


def version_record(version: TranscriptVersion) -> dict[str, Any]:
    """One transcript version as a case bundle carries it (evidence.json, beside its recording)."""
    return {
        "version": version.version,
        "source": version.source,
        "duration_s": version.duration_s,
        "captured_at": version.captured_at,
        "segments": list(version.segments),
        "engine": version.engine,
        "created_at": version.created_at,
    }


def check_version_records(records: Any) -> list[dict[str, Any]]:
    """The transcript versions of one bundle record, checked; ValueError says what is wrong."""
    if not isinstance(records, list):
        raise ValueError("transcripts must be a list")
    checked, seen = [], set()
    for record in records:
        if not isinstance(record, dict):
            raise ValueError("a transcript version must be an object")
        version, source = record.get("version"), record.get("source")
        duration = record.get("duration_s", 0.0)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ValueError(f"bad transcript version {version!r}")
        if version in seen:
            raise ValueError(f"transcript version {version} twice")
        if source not in SOURCES:
            raise ValueError(f"unknown transcript source {source!r}")
        if isinstance(duration, bool) or not isinstance(duration, int | float) or duration < 0:
            raise ValueError(f"bad duration {duration!r}")
        texts = {key: record.get(key, "") for key in ("captured_at", "engine", "created_at")}
        if not all(isinstance(value, str) for value in texts.values()):
            raise ValueError("captured_at, engine and created_at must be text")
        segments = record.get("segments")
        if not isinstance(segments, list) or not all(_segment_ok(s) for s in segments):
            raise ValueError(f"bad segments in transcript version {version}")
        seen.add(version)
        checked.append(
            {"version": version, "source": source, "duration_s": float(duration),
             "segments": segments, **texts}
        )  # fmt: skip
    return sorted(checked, key=lambda record: record["version"])


def _segment_ok(segment: Any) -> bool:
    return (
        isinstance(segment, dict)
        and isinstance(segment.get("text"), str)
        and all(
            isinstance(segment.get(key, 0), int | float) and not isinstance(segment.get(key), bool)
            for key in ("start", "end")
        )
    )


def restore_transcripts(
    store: CaseStore, case_id: str, transcripts: dict[str, list[dict[str, Any]]]
) -> None:
    """Write checked transcript versions (evidence id -> versions) of an imported case at once."""
    with store._write() as db:
        _ensure(db)
        db.executemany(
            """INSERT INTO recording_transcripts (case_id, evidence_id, version, source,
               duration_s, captured_at, segments, engine, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    case_id,
                    evidence_id,
                    record["version"],
                    record["source"],
                    record["duration_s"],
                    record["captured_at"],
                    json.dumps(record["segments"], ensure_ascii=False),
                    record["engine"],
                    record["created_at"] or now(),
                )
                for evidence_id, records in sorted(transcripts.items())
                for record in records
            ],
        )
        count = sum(len(records) for records in transcripts.values())
        store._audit(db, case_id, "recording.import", versions=count)
