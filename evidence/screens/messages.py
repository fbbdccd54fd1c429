"""A chat's bubbles: wrapped lines grouped by geometry, side by the bubble's column, nicknames.

A bubble's text is left-aligned inside it, so every line of one bubble starts at the same x. The
counterpart's bubbles hang from the left column (beside the avatars), the owner's from the right
one; a short bubble says its side by its margins alone, a full-width wrapped one only by which
column its first line starts at. A group nickname sits right above its own bubble, a little left
of the bubble's text, and is never part of the bubble before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL, Badge, badge_side
from evidence.screens.calls import first_phone
from evidence.screens.chat_bubble_marks import bubble_stamp, name_in_bubble
from evidence.screens.chat_clocks import TICKED_CLOCK, cut_trailing_clocks, voice_or_ticks
from evidence.screens.chat_fill import block_fill, sides_by_fill
from evidence.screens.chat_frame import chat_frame
from evidence.screens.chat_notices import (
    COUNTDOWN,
    heading_notices,
    is_forward_label,
    without_money_cards,
)
from evidence.screens.chat_rows import CHIP_ONLY, ROLE_CHIP, chips_joined, split_rows_joined
from evidence.screens.chat_seam import seam_lines_dropped, seam_repeats_dropped
from evidence.screens.chat_stream import stream_messages
from evidence.screens.chat_tabs import gapped
from evidence.screens.chat_voice import call_bubble, is_voice_chrome, voice_heads_folded
from evidence.screens.records import CallRow, Message
from evidence.screens.when import is_time_only, iso_time, when_of

# Fractions of the screen width. A wrapped line starts within this of its bubble's first line.
_WRAP_DX = 0.02
# ... or up to this much right of it: a leading "一" or "“" leaves blank space before its stroke.
_LATE_DX = 0.035
# A nickname starts left of its bubble's text by about the bubble's padding.
_NICK_DX = (0.008, 0.07)
# A first line whose left and right margins differ this much is a short bubble: its side is plain.
_CLEAR = 0.05
# A full-width bubble is the counterpart's when it starts within this of the left column.
_COLUMN = 0.015
# A bubble whose text starts this far right of the counterpart's column is the owner's, however
# short: the counterpart's bubbles all hang from one column (a wide window leaves an owner's
# short bubble far from the right edge, so its margins alone read it as the counterpart's).
_OFF_COLUMN = 0.15
_OPENERS = frozenset("【「『“‘《〈（([")
_SENTENCE = re.compile(r"[，。！？,!?；;]")
# A chip drawn apart from the name: OCR leaves a blank between them. Glued to the name, the
# line is a nickname only where it sits as one (right above its bubble): "管理员在吗" is words.
_CHIPPED = re.compile(rf"^{ROLE_CHIP}(\s*)([^\s，。！？,!?；;].{{0,24}})$")
# The suffix WeChat Work puts after an external contact's name ("刘专员@微信").
NAME_CHIP = re.compile(r"\s*[@＠]\s*(?:微信|企业微信|WeChat)\s*$", re.I)


# A profile card's fields are joined by middle dots between words ("周经理·某公司").
_PROFILE_DOT = re.compile(r"(?<=[\w\u4e00-\u9fff])[·•](?=[\w\u4e00-\u9fff])")


@dataclass
class _Block:
    """One bubble: its lines, the nickname above it, the time of the separator above it, its side
    (set by a nickname above it, else by _sides)."""

    lines: list[OcrLine]
    sender: str = ""
    time: str = ""
    side: str = ""
    texts: list[str] = field(default_factory=list)

    @property
    def bottom(self) -> int:
        _x, y, _w, h = self.lines[-1].box
        return y + h


def _margins(block: _Block, width: int) -> tuple[float, float]:
    """(left margin of the bubble's text, smallest right margin of any line), width fractions."""
    # The bubble's text is left-aligned: its column is where its lines start, a leading
    # bracket's blank on the first line aside.
    left = min(ln.box[0] for ln in block.lines) / width
    right = min(width - (x + w) for (x, _y, w, _h) in (ln.box for ln in block.lines)) / width
    return left, right


def _is_separator(line: OcrLine, width: int) -> bool:
    x, _y, w, _h = line.box
    return is_time_only(line.text.strip()) and abs(x + w / 2 - width / 2) < 0.2 * width


def _nick_side(line: OcrLine, nxt: OcrLine | None, width: int, inside: bool = False) -> str:
    """`in` for a group member's name right above their bubble, slightly left of its text; `out`
    for the owner's own name drawn the same way on the right (some skins show it); else "".
    `inside`: a group's names may also sit inside the bubble, over its text in its column."""
    if nxt is None:
        return ""
    x, y, w, h = line.box
    nx, ny, nw, nh = nxt.box
    text = line.text.strip()
    short = len(text.replace(" ", "")) <= 16 or bool(first_phone(text))
    if inside and short and name_in_bubble(line, nxt, width):
        return "in"
    # Nickname to bubble is a bubble's padding apart; two bubbles are farther apart than that.
    # A bubble's first line cut off the avatar badge OCR glued to it keeps a box that may touch
    # the name's (no gap at all).
    above = 0 <= ny - (y + h) < nh and ny > y + 0.5 * h
    if not (short and above and not _SENTENCE.search(text) and w < 0.6 * width):
        return ""
    smaller = h < 0.85 * nh
    shift = (nx - x) / width  # how far right of the name its bubble's text starts
    if x < 0.35 * width and (
        _NICK_DX[0] <= shift <= _NICK_DX[1] or (smaller and 0 <= shift <= _NICK_DX[1])
    ):
        return "in"
    mirrored = ((x + w) - (nx + nw)) / width
    if width - (x + w) < 0.35 * width and (
        _NICK_DX[0] <= mirrored <= _NICK_DX[1] or (smaller and 0 <= mirrored <= _NICK_DX[1])
    ):
        return "out"
    return ""


def _repeated_name(line: OcrLine, nxt: OcrLine | None, texts: list[str], width: int) -> bool:
    """The same short line heading two bubbles is a member's name, even drawn over the bubble's
    text in its column (no shift left of it to tell it by): words are seldom said twice."""
    text = line.text.strip()
    return nxt is not None and texts.count(text) >= 2 and name_in_bubble(line, nxt, width)


def _follows(block: _Block | None, line: OcrLine, width: int) -> bool:
    """Whether `line` wraps on from `block`: same start, right under its last line."""
    if block is None:
        return False
    x, y, _w, h = line.box
    first = block.lines[0]
    shift = (x - first.box[0]) / width
    # A line opening with "一" or a quote starts its box late; an opening bracket on the first line
    # ("【平台】") starts the first box late. Either way the starts still agree within a glyph.
    late_first = first.text.lstrip()[:1] in _OPENERS
    # A leading bracket is blank for about one glyph, and a glyph is about as wide as its line
    # is tall: the largest type shifts the first line by more than a fixed share of the width.
    early = max(2 * _WRAP_DX, first.box[3] / width) if late_first else _WRAP_DX
    same_start = -early < shift < _LATE_DX
    return same_start and y - block.bottom < 0.75 * h


def _beside_badge(line: OcrLine, badges: list[Badge] | None) -> bool:
    """Whether an avatar badge opens level with the line: each avatar heads a bubble of its own
    (a picture sent right under a bubble is a new one, however close)."""
    _x, y, _w, h = line.box
    return any(abs(y - top) <= h / 2 for top, _bottom, _side in badges or ())


def _blocks(
    lines: list[OcrLine],
    width: int,
    anchor: date | None,
    group: bool,
    named: bool = False,
    badges: list[Badge] | None = None,
) -> list[_Block]:
    """Bubbles in reading order, each with its nickname (groups, or a thread that names both
    parties over their bubbles) and the time above it."""
    day, clock = (anchor.isoformat() if anchor else None), None
    seen: str | None = None  # the day the last separator named
    blocks: list[_Block] = []
    current: _Block | None = None
    nick, nick_side = "", ""
    texts = [ln.text.strip() for ln in lines]
    for index, line in enumerate(lines):
        text = line.text.strip()
        if (
            current is not None
            and current.side != "out"
            and bubble_stamp(line, current.lines, width)
        ):
            # The bubble's own time at its foot: its clock, never a divider over the next one.
            stamp_day, stamp_clock = when_of(text, anchor)
            if stamp_clock:
                current.time = iso_time(day or stamp_day, stamp_clock)
            continue
        if _is_separator(line, width):
            new_day, new_clock = when_of(text, anchor)
            if new_day and seen and new_day < seen:
                # A conversation runs forward: a weekday that resolves before the day above it
                # was resolved at a wrong capture date. No day beats a wrong one.
                new_day, day = None, None
            seen = new_day or seen
            day, clock = new_day or day, new_clock
            current, nick, nick_side = None, "", ""
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        chipped = _CHIPPED.match(text) if group else None
        if chipped and _SENTENCE.search(chipped.group(2)):
            chipped = None  # "群主 你说句话": someone's words that start with the word
        if chipped and (chipped.group(1) or _nick_side(line, nxt, width) == "in"):
            # A role chip and a name: a nickname line, over its bubble or over a picture.
            current, nick, nick_side = None, NAME_CHIP.sub("", chipped.group(2)).strip(), "in"
            continue
        if group and CHIP_ONLY.match(text):
            continue  # a chip OCR read alone: the app's label, never a message
        side = _nick_side(line, nxt, width, inside=group) if group or named else ""
        if named and not side and _repeated_name(line, nxt, texts, width):
            side = "in"
        if named and not side and SELF_LABEL.match(text) and nxt is not None:
            # A badge OCR glued to the owner's name ("我 我") leaves the name's box as tall as
            # the badge, touching the bubble under it: still the name line right above it.
            side = "out" if nxt.box[1] - (line.box[1] + line.box[3]) < nxt.box[3] else ""
        if side and SELF_LABEL.match(text):
            side = "out"  # the owner's own name line ("我"), whichever side the app draws it
        if side:
            current, nick, nick_side = None, NAME_CHIP.sub("", text).strip(), side
            continue
        if not nick_side and _follows(current, line, width) and not _beside_badge(line, badges):
            current.lines.append(line)  # type: ignore[union-attr]
            current.texts.append(text)  # type: ignore[union-attr]
            continue
        sender = nick if nick_side == "in" else ""
        current = _Block([line], sender, iso_time(day, clock), nick_side, [text])
        nick, nick_side = "", ""
        blocks.append(current)
    return blocks


def _sides(
    blocks: list[_Block], width: int, group: bool = False, badges: list[Badge] | None = None
) -> None:
    """Set each block's side: by the avatar badge level with it, plain for short bubbles, by the
    left column for full-width ones; then by fill where that left it unsure (chat_fill).

    In a group every member's bubble hangs under their nickname: once the screen shows that, a
    full-width bubble with no nickname above it is the owner's own.
    """
    for block in blocks:
        if not block.side and badges:
            block.side = badge_side(block.lines[0], badges)
    told = [bool(b.side) for b in blocks]
    margins = [_margins(b, width) for b in blocks]
    named = group and sum(bool(b.sender) for b in blocks) >= 2
    plain_in = [
        left
        for b, (left, right) in zip(blocks, margins, strict=True)
        if b.side == "in" or (not b.side and right - left > _CLEAR)
    ]
    in_column = median(plain_in) if plain_in else None
    # The column counts once two bubbles start on it: one bubble alone is no column.
    on_column = in_column is not None and sum(abs(x - in_column) <= _COLUMN for x in plain_in) >= 2
    # The edge the owner's plain bubbles end at, and where the leftmost of them starts.
    outs = [(left, right) for left, right in margins if left - right > _CLEAR]
    out_edge = min((right for _left, right in outs), default=None)
    out_left = min((left for left, _right in outs), default=1.0)
    for block, (left, right) in zip(blocks, margins, strict=True):
        if block.side:
            continue  # a nickname above it said whose it is
        if right - left > _CLEAR and on_column and left > in_column + _OFF_COLUMN:  # type: ignore[operator]
            block.side = "out"
        elif right - left > _CLEAR:
            block.side = "in"
        elif left - right > _CLEAR or named:
            block.side = "out"
        elif in_column is not None:
            # The owner's widest bubble still starts right of the counterpart's column.
            block.side = "in" if left <= in_column + _COLUMN else "out"
        elif out_edge is not None and right > out_edge + _CLEAR and left < out_left:
            # A wide bubble ending well short of the edge the owner's bubbles end at, and
            # starting left of them: the counterpart's (its avatar's band unread at the left).
            block.side = "in"
        else:
            block.side = "in" if left <= right else "out"
    plain = [abs(right - left) > _CLEAR for left, right in margins]
    fills = [block_fill(b.lines) for b in blocks]
    sides = sides_by_fill([b.side for b in blocks], fills, told, plain)
    for block, side in zip(blocks, sides, strict=True):
        block.side = side


def nickname_lines(lines: list[OcrLine], width: int) -> list[str]:
    """The group nicknames the layout shows: a short name right above a bubble, a little left of
    its text (or a role chip before it). A 1:1 chat shows none, whatever its title says."""
    # A voice bubble's length and its transcript's label sit right over a bubble as a name would.
    lines = [
        ln
        for ln in chips_joined(voice_heads_folded(lines), width)
        if not voice_or_ticks(ln.text.strip()) and not is_forward_label(ln.text)
    ]
    names = []
    texts = [ln.text.strip() for ln in lines]
    for index, line in enumerate(lines[:-1]):
        text = line.text.strip()
        chipped = _CHIPPED.match(text)
        repeated = _repeated_name(line, lines[index + 1], texts, width)
        side = _nick_side(line, lines[index + 1], width)
        if chipped and chipped.group(1) and not _SENTENCE.search(chipped.group(2)):
            names.append(NAME_CHIP.sub("", chipped.group(2)).strip())
        elif (side == "in" or repeated) and not _is_separator(line, width):
            if gapped(line) or gapped(lines[index + 1]):
                continue  # a row of buttons over another ("来电预警 我要举报" over soft keys)
            names.append(NAME_CHIP.sub("", text).strip())
    return names


def _without_profile(blocks: list[_Block]) -> list[_Block]:
    """The blocks without a profile card over the conversation (a professional network's DM:
    "周经理·某资产公司 / 法务专员·非好友…"): fields joined by middle dots, above the first time
    separator, with the conversation's timed bubbles under it. Nobody's words."""
    timed = [i for i, b in enumerate(blocks) if "T" in b.time]
    if not timed:
        return blocks
    first = timed[0]
    return [
        b
        for i, b in enumerate(blocks)
        if i >= first or len(_PROFILE_DOT.findall("".join(b.texts))) < 2
    ]


def chat_parts(
    lines: list[OcrLine],
    width: int,
    anchor: date | None,
    group: bool,
    named: bool = False,
    badges: list[Badge] | None = None,
) -> tuple[tuple[Message, ...], tuple[CallRow, ...]]:
    """(messages, call bubbles): bubbles by side, wraps joined, group senders above bubbles,
    times from separators; a voice-call bubble is a call, never a message. `named`: a 1:1
    thread that writes each party's name over their bubbles (sides from the names, no sender);
    `badges`: the avatar badges beside the bubbles (sides from where they sit)."""
    frame = chat_frame(lines, width, anchor)
    lines, width, anchor = frame.lines, frame.width, frame.anchor
    if frame.floating:
        # A floating window's own badges and names over its bubbles say the sides.
        badges, named = frame.badges, named or bool(nickname_lines(lines, width))
    if (stream := stream_messages(lines, width, anchor, group)) is not None:
        return stream, ()  # a channel app's stream: each message under its author's head
    # The app's label over the first separator ("encrypted", the channel and its number).
    notices = heading_notices(lines, width)
    # A voice player's countdown ("-0:17") reads as a time: neither a separator nor words; a
    # forwarded message's label ("转发自 …") is the app's, over the words it forwards.
    lines = [
        ln
        for ln in without_money_cards(lines, width)
        if ln not in notices
        and not COUNTDOWN.match(ln.text.strip())
        and not is_forward_label(ln.text)
    ]
    # Times drawn beside bubbles rather than over them: the app stamps every bubble so.
    stamps = sum(
        bool(TICKED_CLOCK.match(ln.text.strip()))
        or (is_time_only(ln.text.strip()) and not _is_separator(ln, width))
        for ln in lines
    )
    lines = _transcripts_raised(lines) if group else lines
    lines = [ln for ln in voice_heads_folded(lines) if not voice_or_ticks(ln.text.strip())]
    lines = seam_lines_dropped(split_rows_joined(lines), lambda ln: _is_separator(ln, width))
    joined = chips_joined(lines, width) if group else lines
    blocks = _blocks(joined, width, anchor, group, named, badges)
    _sides(blocks, width, group, badges)
    messages: list[Message] = []
    calls: list[CallRow] = []
    # A member's name over a picture has no bubble under it to hang from: it reads as a
    # one-line bubble of its own, though the same words name a sender on this screen.
    cut_trailing_clocks([b.texts for b in blocks], stamps)
    blocks = _without_profile(blocks)
    senders = {b.sender for b in blocks if b.sender}
    blocks = [b for b in blocks if not (group and len(b.lines) == 1 and b.texts[0] in senders)]
    for b in blocks:
        if (call := call_bubble(b.texts, b.side, b.time)) is not None:
            calls.append(call)
            continue
        sender = b.sender if b.side == "in" and group else ""
        messages.append(Message(side=b.side, text="".join(b.texts), sender=sender, time=b.time))
    # A stitched capture draws the bubbles at its seam twice.
    return seam_repeats_dropped(tuple(messages)), tuple(calls)


def _transcripts_raised(lines: list[OcrLine]) -> list[OcrLine]:
    """A group's lines with each voice bubble's transcript drawn as a box of its own, right under
    the bubble on its column, given the bubble's top: in a group every member's next bubble has a
    name line over it, so a box under a voice bubble with none is that bubble's words and hangs
    under the same name."""
    out = list(lines)
    for index, line in enumerate(lines[:-1]):
        x, y, _w, h = line.box
        nxt = lines[index + 1]
        nx, ny, nw, nh = nxt.box
        if not is_voice_chrome(line.text.strip()) or is_voice_chrome(nxt.text.strip()):
            continue
        # A box's padding apart, no more: farther down it would be a line of its own.
        if abs(nx - x) < h and 0 <= ny - (y + h) < 1.5 * h:
            out[index + 1] = OcrLine(nxt.text, (nx, y, nw, ny + nh - y), nxt.confidence)
    return out


def chat_messages(
    lines: list[OcrLine], width: int, anchor: date | None, group: bool
) -> tuple[Message, ...]:
    """Bubbles by side, wraps joined, group senders above bubbles, times from separators."""
    return chat_parts(lines, width, anchor, group)[0]
