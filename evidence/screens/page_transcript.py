"""A call recording's transcript page: the call's number over its date, the app's tabs and its
AI summary, then the turns, each under a speaker line ("对方 15:40:00", "我 15:40:00").

A speaker line is a short label and a clock with its seconds, alone on its line: a recording
times each turn to the second, a chat writes minutes. The words under a label are that
speaker's until the next label, dated by the recording's date above them. What sits above the
first label (title, date line, tabs, the app's summary) is the app's own text, nobody's words.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.entities.phones import find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import iso_time, when_of

# A turn's speaker and the second it began: "对方15:40:00", "我 15:41:02", "Caller 00:01:12".
_SPEAKER = re.compile(
    r"^\s*(?P<who>[^\s\d，。！？,.!?：:]{1,8})\s*(?P<h>\d{1,2}):(?P<m>\d{2}):\d{2}\s*$"
)
# The phone's owner as a transcript labels the near end.
_SELF = re.compile(r"^(?:我|我方|本人|Me|me|You|you)$")
_SECONDS = re.compile(r"(\d{1,2}:\d{2}):\d{2}(?!\d)")
# At least this many speaker lines make a transcript.
_MIN_TURNS = 2


def call_transcript(
    lines: list[OcrLine], anchor: date | None
) -> tuple[str, tuple[Message, ...], list[str]] | None:
    """(the call's number or name, the turns as messages, the app's own lines) of a recording's
    transcript, or None when the page has no two speaker lines of two speakers."""
    labels = [i for i, ln in enumerate(lines) if _SPEAKER.match(ln.text)]
    speakers = {_SPEAKER.match(lines[i].text).group("who") for i in labels}
    if len(labels) < _MIN_TURNS or len(speakers) < 2 or labels[0] == 0:
        return None
    if not any(_SELF.match(who) for who in speakers):
        return None  # the near end is always one of the two
    head = lines[: labels[0]]
    own = [ln.text for ln in head]
    counterpart = next((p[0][1] for ln in head if (p := find_phones(ln.text))), "")
    counterpart = counterpart or head[0].text.strip()
    # The recording's date: the first line above the turns that names a day.
    day = next((d for ln in head if (d := when_of(_SECONDS.sub(r"\1", ln.text), anchor)[0])), None)
    messages: list[Message] = []
    for n, start in enumerate(labels):
        label = _SPEAKER.match(lines[start].text)
        end = labels[n + 1] if n + 1 < len(labels) else len(lines)
        text = "".join(ln.text.strip() for ln in lines[start + 1 : end])
        if not text:
            continue
        side = "out" if _SELF.match(label.group("who")) else "in"
        clock = f"{int(label.group('h')):02d}:{label.group('m')}"
        messages.append(Message(side, text, "", iso_time(day, clock)))
    return counterpart, tuple(messages), own
