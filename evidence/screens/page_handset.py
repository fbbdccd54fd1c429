"""A feature phone's screen, photographed: its status line names the carrier over the page
("中国移动 10:30"), its soft keys sit under it ("选项 返回").

A smartphone's status bar is cut off by the screenshot's top edge and dropped as chrome; a
photo of a feature phone frames the screen inside the picture, so its status line is the first
line read and its soft-key labels the last. Neither is anybody's words: the carrier is the
network the phone is on, never a sender, and the soft keys are the phone's own buttons.
"""

from __future__ import annotations

import re

from evidence.ocr.base import OcrLine
from evidence.screens.when import is_time_only

# The networks a handset's status line names: the mainland operators, in Chinese and in the
# short forms older handsets print, and the states a phone shows without a network.
_CARRIER = re.compile(
    r"^(?:中国移动|中国联通|中国电信|中国广电|CMCC|CHINA\s*MOBILE|CHN-?UNICOM|CHINA\s*UNICOM|"
    r"CHN-?CT|CHINA\s*TELECOM|无\s*SIM\s*卡|无服务|仅限紧急呼叫)",
    re.IGNORECASE,
)
# Soft keys: two or three short labels, nothing else (no digits, no sentence).
_SOFT_KEY = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,4}$")


def _is_status(text: str) -> bool:
    """A carrier's name, maybe followed by the clock and signal glyphs."""
    found = _CARRIER.match(text.strip())
    if found is None:
        return False
    rest = re.sub(r"[^\w:：]", " ", text.strip()[found.end() :]).strip()
    return not rest or is_time_only(rest) or bool(re.fullmatch(r"\d{1,2}[:：]\d{2}", rest))


def _is_soft_keys(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 3 and all(_SOFT_KEY.match(word) for word in words)


def handset_frame(lines: list[OcrLine]) -> list[OcrLine]:
    """The lines of a feature phone's own frame (its status line, its soft keys) among a
    page's lines in reading order; empty when the page opens with no carrier's status line."""
    if not lines or not _is_status(lines[0].text):
        return []
    frame = [lines[0]]
    if len(lines) > 1 and _is_soft_keys(lines[-1].text):
        frame.append(lines[-1])
    return frame
