"""A chat's bubbles: side by margins, line wraps joined, group senders above bubbles, times."""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of


def _side(x: int, w: int, width: int, last: dict | None) -> str:
    """In when the line hugs the left, out when it hugs the right; a full-width line follows."""
    left, right = x, width - (x + w)
    if abs(left - right) > 0.03 * width:
        return "in" if left < right else "out"
    if last is None or last.get("separator"):
        return "in"
    return "in" if last.get("is_sender") else last["side"]


def chat_messages(
    lines: list[OcrLine], width: int, anchor: date | None, group: bool
) -> tuple[Message, ...]:
    """Bubbles by side, wraps joined, group senders above bubbles, times from separators."""
    day, clock = (anchor.isoformat() if anchor else None), None
    blocks: list[dict] = []
    for index, line in enumerate(lines):
        x, y, w, h = line.box
        text = line.text.strip()
        if is_time_only(text) and abs(x + w / 2 - width / 2) < 0.2 * width:
            new_day, new_clock = when_of(text, anchor)
            day, clock = new_day or day, new_clock
            blocks.append({"separator": True})
            continue
        last = blocks[-1] if blocks else None
        side = _side(x, w, width, last)
        follows = (
            # A wrapped line starts where its bubble's first line starts; a short last line of an
            # outgoing bubble hugs the left of that bubble, so its own margins would say "in".
            last is not None and not last.get("separator")
            and abs(last["x"] - x) < 0.05 * width and y - last["bottom"] < 0.9 * h
            and not last.get("is_sender")
        )  # fmt: skip
        if follows:
            last["text"] += text
            last["bottom"] = y + h
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        is_sender = bool(
            group and side == "in" and nxt is not None
            and (len(text.replace(" ", "")) <= 12 or bool(first_phone(text)))
            and not re.search(r"[，。！？,.!?]", text)
            and nxt.box[1] - (y + h) < 1.2 * h
            and (h < 0.9 * nxt.box[3] or abs(nxt.box[0] - x) > 0.01 * width)
        )  # fmt: skip
        sender = ""
        if last is not None and last.get("is_sender") and side == "in":
            sender = last["text"]
            blocks.pop()
        blocks.append({
            "side": side, "x": x, "bottom": y + h, "text": text, "sender": sender,
            "time": iso_time(day, clock), "is_sender": is_sender,
        })  # fmt: skip
    return tuple(
        Message(side=b["side"], text=b["text"], sender=b["sender"], time=b["time"])
        for b in blocks
        if not b.get("separator") and not b.get("is_sender")
    )


