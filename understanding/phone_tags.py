"""The phone's own tag on the one number a screen is about (pure): «疑似催收» on a ringing call.

A ringing screen, or a thread with an unsaved number, heads the screen with that number and shows
under it what the phone's crowd marking calls it ("疑似催收", "标记为催收 2315人", "骚扰电话").
The screen reader keeps such lines as a ringing screen's label (evidence.screens.incall) or, on a
screen it took for a thread with that number, as chrome (they are no message). The number table
takes them as the number's labels, as a call log row's tag is, so a number seen only ringing is
judged by its tag. Only a line that is a tag and nothing else counts: a place, a carrier or a
button is not.
"""

from __future__ import annotations

import re

from evidence.screens.records import ScreenRecord
from understanding.events import Seen
from understanding.screen_events import sender_of

# A crowd tag, maybe with how many marked it: "疑似催收", "被23人标记为催收", "标记为催收 2315人".
_TAG = re.compile(
    r"(?:疑似|(?:被\d+(?:人|位用户))?标记为?)?"
    r"(?:催收|骚扰|诈骗|推销|广告推销|房产中介|快递外卖|保险理财)(?:电话)?"
    r"(?:\d+(?:人|位用户)(?:标记)?)?"
)


def header_tags(chrome: tuple[str, ...]) -> list[str]:
    """The chrome lines that are a phone's tag for a number, without their spaces."""
    lines = [re.sub(r"\s+", "", line) for line in chrome]
    return [line for line in lines if _TAG.fullmatch(line)]


def _tagged_number(record: ScreenRecord) -> tuple[str, tuple[str, ...]]:
    """The number heading the screen and the lines shown with it, or ("", ())."""
    if record.kind == "other" and record.fields.get("number"):
        # A ringing screen: its label joins the lines under the number (place, tag) with " · ".
        label = str(record.fields.get("label") or "")
        return str(record.fields["number"]), tuple(label.split(" · "))
    return record.counterpart, record.chrome


def tag_the_header(record: ScreenRecord, seen: dict[str, Seen]) -> None:
    """Give the number heading the screen the phone's tags shown on it, as its labels."""
    shown, lines = _tagged_number(record)
    if not shown:
        return
    number, is_number = sender_of(shown)
    if not is_number or number not in seen:
        return
    labels = seen[number].labels
    labels.extend(tag for tag in header_tags(lines) if tag not in labels)
