"""What a phone's call recorder writes into a recording's file name (pure).

Chinese phones name automatic call recordings after the other party and the start time:
`13800138000_20250302153012.m4a` (MIUI, many ROMs), `张三(13800138000)_20250302153012.mp3` (MIUI),
`通话录音_张三_20250302_153012.amr`, `张三 13800138000 2025-03-02 15-30-12.m4a` (HarmonyOS/EMUI),
`13800138000-20250302-153012.m4a` (ColorOS). All share a four-digit year followed by month, day,
hour, minute and (usually) second, with or without separators; that is what we look for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import PurePath

from evidence.entities import extract_entities

_STAMP = re.compile(
    r"(?<!\d)(20\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])"
    r"[ _\-T.]?([01]\d|2[0-3])[-_.:]?([0-5]\d)(?:[-_.:]?([0-5]\d))?(?!\d)"
)
# Words recorders put in names that are not the other party's name.
_NOT_A_NAME = {"通话录音", "录音", "通话", "电话录音", "call", "record", "recording"}
_NAME = re.compile(r"[\u4e00-\u9fa5][\u4e00-\u9fa5·]{1,15}")  # a contact saved in Chinese
# Phones store creation_time in UTC; China has one time zone.
CHINA_TIME = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class NameFacts:
    """What a recording's file name says: start time (ISO, local), numbers, the other party."""

    captured_at: str = ""
    phones: tuple[str, ...] = ()
    contact: str = ""


def facts_from_name(filename: str) -> NameFacts:
    """Start time, phone numbers and contact name from a call recording's file name."""
    stem = PurePath(filename).stem
    captured = ""
    masked = stem
    for match in _STAMP.finditer(stem):
        year, month, day, hour, minute, second = (int(g or 0) for g in match.groups())
        try:
            moment = datetime(year, month, day, hour, minute, second)
        except ValueError:
            continue
        captured = moment.isoformat(timespec="seconds")
        masked = stem[: match.start()] + " " * (match.end() - match.start()) + stem[match.end() :]
        break
    phones = extract_entities(masked.replace("_", " ").replace("-", " ")).phones
    contact = ""
    for word in _NAME.findall(masked):
        if word.lower() not in _NOT_A_NAME and not word.startswith("通话录音"):
            contact = word
            break
    return NameFacts(captured, phones, contact)


def captured_from_metadata(tags: dict[str, str]) -> str:
    """The container's creation_time (UTC in MP4/M4A) as local China time, ISO; else ''."""
    raw = (tags.get("creation_time") or tags.get("date") or "").strip()
    if not raw:
        return ""
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.year < 2000:  # an unset clock (1904/1970 epochs), not a real time
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(CHINA_TIME).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")
