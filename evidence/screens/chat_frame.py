"""The frame a chat's lines are read in: what of the screen is the chat's own window. An app's
name over the page's title, a gallery viewer's title over a shown screenshot, a split screen's
lower app and the app under a floating window are nobody's words; a floating window's chat is
read in the window's own coordinates, with its own avatar badges and input box."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import Badge, without_badges
from evidence.screens.chat_tabs import button_row, spread_tab_line, tab_row_lines
from evidence.screens.chrome import is_composer
from evidence.screens.header import app_caps
from evidence.screens.when import is_time_only
from evidence.screens.window_float import window_lines
from evidence.screens.window_shot import inner_status, viewer_day
from evidence.screens.window_split import lower_app

# A viewer's title and the day under it: the lines above a shown shot's status bar, at most.
_VIEWER_LINES = 3
# A window's avatar band: a lone glyph ending within this share of the window's width.
_AVATAR_BAND = 0.14
# The bar's row of buttons or folders starts at the screen's edge, left of any bubble's words.
_EDGE = 0.06
# An incoming bubble's words under it start this much further in, and left of this share.
_INDENT = 0.04
_BUBBLE_EDGE = 0.3
# Its words: each a short label, no sentence punctuation.
_LABEL_CHARS = 8
_SENTENCE = re.compile(r"[，。！？,!?；;：:、…]")
# A divider that says how long ago rather than when ("14分钟前", "3小时前", "刚刚").
_AGO = re.compile(r"^(?:刚刚|\d{1,2}\s*(?:分钟|小时|天)前)$")


@dataclass
class Frame:
    """A chat's lines in their window: the lines, the window's width, the day its times are of,
    the avatar badges found in the window (None: the screen's own), whether a window floats."""

    lines: list[OcrLine]
    width: int
    anchor: date | None
    badges: list[Badge] | None = None
    floating: bool = False


def _in_window(lines: list[OcrLine], width: int) -> tuple[list[OcrLine], list[Badge]]:
    """A floating window's chat without its avatar badges and its input box. The window ends
    right under its input box, so the box is its last line whatever its words."""
    lines, badges = without_badges(lines, width)
    # An avatar drawn as one of the number's digits ("8"): a lone glyph in the window's left
    # band, beside the bubbles' column.
    glyphs = [
        ln
        for ln in lines
        if len(ln.text.strip()) == 1 and ln.box[0] + ln.box[2] < _AVATAR_BAND * width
    ]
    badges += [(ln.box[1], ln.box[1] + ln.box[3], "in") for ln in glyphs]
    lines = [ln for ln in lines if ln not in glyphs]
    if lines:
        _x, y, _w, h = lines[-1].box
        if is_composer(lines[-1], width, y + 2 * h):
            lines = lines[:-1]
    return lines, badges


def _bar_row(lines: list[OcrLine], width: int) -> bool:
    """Whether the chat's first line is a row of the bar's buttons or folders drawn under the
    title ("消息请求 接受 删除", "联系快递员 查看物流", "外部联系人 @微信 客户详情"): two or more
    short labels from the screen's edge, and right under them the chat's first time divider.
    A bubble's words start further in, past the avatar or the bubble's own margin: the row is
    followed by a time divider, or by an incoming bubble's words set in from its edge (the
    bubbles under a cut-off incoming bubble share its edge; an outgoing one sits right)."""
    if len(lines) < 2:
        return False
    first, nxt = lines[0], lines[1]
    words = first.text.split()
    labels = all(len(word) <= _LABEL_CHARS for word in words)
    short = len(words) >= 2 and labels and not _SENTENCE.search(first.text)
    divider = is_time_only(nxt.text) or bool(_AGO.match(nxt.text.strip()))
    indent = nxt.box[0] - first.box[0]
    set_in = _INDENT * width <= indent and nxt.box[0] < _BUBBLE_EDGE * width
    return short and first.box[0] < _EDGE * width and (divider or set_in)


def chat_frame(lines: list[OcrLine], width: int, anchor: date | None) -> Frame:
    """The chat's own lines, width and day once the other apps' lines are set aside."""
    tabs = [*tab_row_lines(lines, width), *(ln for ln in lines if spread_tab_line(ln, width))]
    lines = [ln for ln in lines if ln not in tabs]  # the app's tabs, nobody's words
    if _bar_row(lines, width):
        lines = lines[1:]  # the bar's buttons under the title, nobody's words
    if lines and button_row(lines[-1]):
        # A row of buttons under the last bubble: a window's input bar ("新建消息 发送") wherever
        # the window ends, never the owner's words.
        lines = lines[:-1]
    if lines and app_caps(lines[0], width):
        lines = lines[1:]  # the app's name over the page's title, left in the body
    if (top := inner_status(lines[:_VIEWER_LINES], 0)) is not None:
        # A screenshot shown in a viewer: the viewer's title above the shot's status bar says
        # the day the shot was taken, and is nobody's words.
        anchor = viewer_day(lines[:top], anchor)
        lines = lines[top + 1 :]
    if (cut := lower_app(lines, width)) is not None:
        lines = lines[:cut]  # a split screen: the app under the chat's window is not the chat
    # A chat in a floating window: read in the window's frame; the app under it is no one's.
    moved, originals, window = window_lines(lines, width)
    if moved is originals:
        return Frame(lines, width, anchor)
    moved, badges = _in_window(moved, window)
    return Frame(moved, window, anchor, badges, floating=True)
