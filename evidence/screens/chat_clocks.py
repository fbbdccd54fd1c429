"""The times an app stamps beside or after each bubble (Signal: "…我親自打 22:47", "…兩天 22:44
√√", or "13:04√√" on a line of its own), and the voice bubbles' heads: the app's drawing over
and after the words, never anyone's words."""

from __future__ import annotations

import re

from evidence.screens.chat_voice import is_voice_chrome

# A bubble's time written after its last line's text, with the read ticks after it.
_TRAILING_CLOCK = re.compile(r"\s+\d{1,2}[:：]\d{2}\s*[√✓✔]{0,2}$")
# A time with its read ticks on a line of its own, beside or under its bubble.
TICKED_CLOCK = re.compile(r"^\d{1,2}[:：]\d{2}\s*[√✓✔]{1,2}$")


def voice_or_ticks(text: str) -> bool:
    """A voice bubble's length, waveform or transcript label, or a time with its read ticks."""
    return is_voice_chrome(text) or bool(TICKED_CLOCK.match(text))


def cut_trailing_clocks(bubbles: list[list[str]], stamps: int = 0) -> None:
    """The time an app writes at the end of every bubble's last line, cut off the words (each
    bubble given as its lines' texts, changed in place). Only where two or more bubbles are
    stamped so (at the line's end, or on a line of its own beside the bubble): one bubble
    ending in a clock may be someone's words."""
    ending = [texts for texts in bubbles if _TRAILING_CLOCK.search(texts[-1])]
    if len(ending) + stamps < 2:
        return
    for texts in ending:
        texts[-1] = _TRAILING_CLOCK.sub("", texts[-1])
