"""Reminders without a cloud: an RFC 5545 .ics file of the desk's due dates and time limits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from exports.desk import DeskRow
from i18n import translate

PRODID = "-//ContactShield//Desk//ZH"


def _escape(text: str) -> str:
    """TEXT value escaping of RFC 5545 § 3.3.11."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Fold a content line at 75 octets, never inside a UTF-8 character (§ 3.1)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def _event(uid: str, day: date, summary: str, description: str, stamp: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description)}",
        "END:VEVENT",
    ]


def desk_calendar(rows: Iterable[DeskRow], now: datetime | None = None, lang: str = "zh") -> str:
    """An .ics calendar (all-day events) of each case's due date and time-limit end, in `lang`."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for row in rows:
        if row.due:
            summary = translate("desk.ics.due", lang, label=row.label, step=row.next_step)
            lines += _event(
                f"due-{row.id}-{row.due}@contactshield",
                date.fromisoformat(row.due),
                summary,
                row.next_step,
                stamp,
            )
        if row.time_limit_end:
            lines += _event(
                f"limit-{row.id}-{row.time_limit_end}@contactshield",
                date.fromisoformat(row.time_limit_end),
                translate("desk.ics.limit", lang, label=row.label),
                translate("desk.ics.limit_note", lang),
                stamp,
            )
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
