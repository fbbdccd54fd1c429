"""Initial-letter avatars: the round badge beside a bubble holding one or two of the sender's
characters ("协", "清", "我"). OCR reads the badge as a line of its own, or glues it to the
bubble's first line ("清 你在陌陌上…", "…这个 我"); either way it is nobody's words. Where it
sits says whose the bubble is: at the left edge the counterpart's, at the right edge the owner's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.ocr.base import OcrLine
from evidence.screens.when import is_time_only

# A badge lies in the screen's outer band, flanking the bubbles (fractions of the width).
_BAND = 0.14
# A glued badge starts the line this close to the left edge, or ends it this close to the right.
_EDGE = 0.08
# A header's badge sits right of the back glyph, inside this share of the width.
_BAR_BADGE = 0.2
# A badge is about two line heights wide (the circle), with a gap before the bubble's text.
_BADGE_SPAN = 2.4
# The owner's own badge: apps write "我" (or "Me") rather than an initial.
SELF_LABEL = re.compile(r"^(?:我|本人|Me|me|ME)$")
_TOKEN = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,2}$")
# A number's blank person icon, or a forwarded thread's avatar holding the number's last digits
# ("20", "52"): one or two glyphs, told from words only by the wrapped line starting right of it.
_ICON = re.compile(r"^[0-9A-Za-z]{1,2}$")
# A short bubble ("未接听") after its badge ("王律") still has three characters or more.
_LEADING = re.compile(r"^(\S{1,2})\s+(\S.{2,})$")
_TRAILING = re.compile(r"^(.{4,}\S)\s+(\S{1,2})$")
# A list row or a name line the badge is glued to: the badge's initial, then the name holding it.
_INITIAL = re.compile(r"^(\S{1,2})\s+((\S+).*)$")
_SENTENCE = re.compile(r"[，。！？,!?；;]")
# A line across this share of the width is a bar (the input bar), never a bubble's.
_ACROSS = 0.85
# A title bar's back button before the chat's name.
_BACK = re.compile(r"^[<＜‹〈]")
# A badge's one glyph glued before a bubble's line: the glyph, a blank, the words.
_LAST_LINE = re.compile(r"^([\u4e00-\u9fffA-Za-z])\s+(\S.*)$")
# The counterpart's bubbles start inside this share of the width.
_COLUMN_MAX = 0.35
# A glued badge's circle taller than this many text heights makes the box taller than its words.
_TALL = 1.4
# A bubble's words start a little inside the member's name drawn over its left edge.
_NAME_INDENT = 0.012
# A time divider's centre lies this close to the screen's middle.
_CENTRED = 0.1

# (top, bottom, side) of each badge found: a bubble level with it is on that side.
Badge = tuple[int, int, str]


def _hinted(token: str, names: list[str]) -> bool:
    """The badge holds the owner's label or characters of the name in the title bar: an
    initial, not a one-word reply or a list's column ("未接", "昨天")."""
    if SELF_LABEL.match(token):
        return True
    return any(all(ch in name for ch in token) for name in names)


def _neighbour(line: OcrLine, lines: list[OcrLine], width: int, left: bool) -> bool:
    """Some other line starts (or ends) right beside the badge, level with it: its bubble."""
    x, y, w, h = line.box
    for other in lines:
        if other is line:
            continue
        ox, oy, ow, oh = other.box
        level = y - 1.5 * h <= oy + oh / 2 <= y + h + 1.5 * h
        if not level:
            continue
        if left and 0 < ox - (x + w) < 0.2 * width:
            return True
        if not left and 0 < x - (ox + ow) < 0.2 * width:
            return True
    return False


def _alone(line: OcrLine, lines: list[OcrLine], width: int, names: list[str]) -> str:
    """The side of a badge OCR read as a line of its own, or ""."""
    x, _y, w, h = line.box
    token = line.text.strip()
    if not _TOKEN.match(token) or not (0.5 * h <= w <= 2.8 * h):
        return ""
    if x + w <= _BAND * width:
        side = "in"
    elif x >= (1 - _BAND) * width:
        side = "out"
    else:
        return ""
    if not _hinted(token, names) or not _neighbour(line, lines, width, side == "in"):
        return ""
    return side


def _wrap_line(line: OcrLine, lines: list[OcrLine], width: int) -> OcrLine | None:
    """The line under a glued first line: the bubble's wrapped words, in its own text column."""
    x, y, _w, h = line.box
    for other in lines:
        ox, oy, ow, oh = other.box
        # A time divider centred under a one-line bubble is the next bubble's, not a wrap.
        if is_time_only(other.text.strip()) and abs(ox + ow / 2 - width / 2) < _CENTRED * width:
            continue
        # The glued badge's circle makes the box taller than the text: the next line may
        # start a little above the box's bottom, by up to a third of the circle.
        if -max(0.25 * oh, h / 3) <= oy - (y + h) < 0.75 * oh and ox > x + h:
            return other
    return None


def _wrap_start(line: OcrLine, lines: list[OcrLine], width: int) -> int | None:
    """Where the line under a glued first line starts: the bubble's own text column."""
    wrapped = _wrap_line(line, lines, width)
    return wrapped.box[0] if wrapped is not None else None


def _name_above(line: OcrLine, lines: list[OcrLine], token: str, width: int) -> OcrLine | None:
    """A group member's name right over the bubble a badge is glued to, holding the badge's
    letter ("大姐" over "大 你谁啊"): it starts past the badge, inside the bubbles' column, and
    ends at most a little inside the box's top (the circle stands taller than the words)."""
    x, y, _w, h = line.box
    for other in lines:
        ox, oy, _ow, oh = other.box
        name = other.text.strip()
        if other is line or not name or len(name) > 16 or _SENTENCE.search(name):
            continue
        level = oy < y and y - 1.5 * oh <= oy + oh <= y + h / 3
        if level and x + h / 2 <= ox < _COLUMN_MAX * width and oh < h and token in name:
            return other
    return None


def _words_box(
    line: OcrLine, start: int, words: str, wrapped: OcrLine | None
) -> tuple[int, int, int, int]:
    """The box of a bubble's first line once its glued badge is cut off: from `start`, and no
    taller than its words where the badge's circle stood taller (the words sit level with the
    circle's middle). The words are as tall as the wrapped line under them, or as a glyph is
    wide."""
    x, y, w, h = line.box
    glyphs = max(1, len(re.sub(r"\s+", "", words)))
    tall = wrapped.box[3] if wrapped is not None else (x + w - start) / glyphs
    if h <= _TALL * tall:
        return start, y, x + w - start, h
    text_h = round(tall)
    return start, y + (h - text_h) // 2, x + w - start, text_h


def _column_below(line: OcrLine, lines: list[OcrLine]) -> int | None:
    """Where the line right under a name line glued to its badge starts, when that is inside
    the name line's left half past the badge: the column the name itself starts in."""
    x, y, w, h = line.box
    for other in lines:
        ox, oy, _ow, _oh = other.box
        if -0.5 * h <= oy - (y + h) < h and x + h / 2 < ox < x + w / 2:
            return ox
    return None


def _bar_name(line: OcrLine, lines: list[OcrLine]) -> bool:
    """Whether a glued name line is the title bar's: the screen's first line, with a short line
    of words under it in smaller type (the bar's second line: presence, "last seen"), where a
    member's name has a bubble under it in type as large as its own words."""
    if any(other.box[1] < line.box[1] for other in lines if other is not line):
        return False
    _x, y, _w, h = line.box
    below = [o for o in lines if o is not line and y < o.box[1] < y + 1.5 * h]
    return len(below) == 1 and _subtitle_words(below[0], h)


def _subtitle_words(line: OcrLine, name_h: int) -> bool:
    text = re.sub(r"\s+", "", line.text)
    return 0 < len(text) <= 10 and not _SENTENCE.search(text) and line.box[3] < 0.8 * name_h


def _glued(
    line: OcrLine, lines: list[OcrLine], width: int, names: list[str]
) -> tuple[OcrLine, str] | None:
    """The bubble's own line and the badge's side, where a badge is glued to a line's end."""
    x, y, w, h = line.box
    text = line.text.strip()
    span = round(_BADGE_SPAN * h)
    lead = _LEADING.match(text)
    at_edge = x < _EDGE * width
    wrap = _wrap_start(line, lines, width) if lead and at_edge else None
    initial = _INITIAL.match(text)
    token, name = (initial.group(1), initial.group(3)) if initial else ("", "")
    # A list row's name after its badge ("阿 阿珍 星期二"): a name, not a sentence.
    named = len(name) <= 10 and not _SENTENCE.search(name)
    # A group's name line glued to its badge ("米 米米花结清专员"): one word opening with the
    # badge's own letters, the bubble right under it. A bubble's first line glued to its badge
    # goes on with words, not a name repeating the badge.
    own = named and initial is not None and initial.group(2) == name and name.startswith(token)
    letters = named and _TOKEN.match(token) and all(ch in name for ch in token)
    # A chat's header draws the badge after the back glyph, further in: its name repeats the
    # badge's letter ("闪 闪电借-阿杰").
    in_bar = own and x < _BAR_BADGE * width
    if (wrap is None or own) and (at_edge or in_bar) and letters:
        rest = initial.group(2)  # type: ignore[union-attr]
        # The rest keeps its share of the box: the badge and its gap go.
        kept = len(re.sub(r"\s+", "", rest)) / len(re.sub(r"\s+", "", text))
        start = max(x + h // 2, x + w - round(w * kept))
        # The text under it (the bubble, the preview) starts where the name does: a wide
        # badge in a tall box leaves less of the box to the name than its characters say.
        below = _column_below(line, lines)
        # The bar's second line under the chat's name ("最近上线", "在线") starts in the name's
        # column too, but the name is the bar's, in the bar's type, never a member's over a bubble.
        under = own and _wrap_start(line, lines, width) is not None
        under = under and not (in_bar and _bar_name(line, lines))
        if under and below is None:
            # The circle is about as wide as the box is tall: the name starts past it.
            start = max(start, x + h)
        start = below or start
        # A bubble starting under the box's bottom is the circle's overhang: the name sits
        # level with the circle's upper half, right above its bubble. Where the name was put at
        # the bubble's own column, only its smaller type (the circle's upper third) tells it
        # from the bubble's first line.
        third = 3 if below is not None and not SELF_LABEL.match(name) else 2
        tall = h // third if under else h
        # The name's type sits a little inside the circle's height, not on its top edge: its
        # box starts half its own height down, as near its bubble as the name is drawn.
        top = y + tall // 2 if under and third == 3 else y
        return replace(line, text=rest, box=(start, top, x + w - start, tall)), ""
    # A number's thread has no initial: its blank person icon reads as one glyph ("1", "l").
    # Only the wrapped line starting right of it says it is an icon, not the bubble's "1 号".
    icon = lead is not None and wrap is not None and _ICON.match(lead.group(1)) is not None
    if lead and at_edge and (_TOKEN.match(lead.group(1)) or icon):
        # A wrapped line that starts a glyph or more right of this one shows a badge in front;
        # without it an initial of the title's name is one, or of the member's name over the
        # bubble, but "我 明天还" is words.
        mine = bool(SELF_LABEL.match(lead.group(1)))
        above = None if mine else _name_above(line, lines, lead.group(1), width)
        if wrap is not None or above is not None or (_hinted(lead.group(1), names) and not mine):
            start = wrap if wrap is not None else x + span
            if wrap is None and above is not None:
                start = above.box[0] + round(_NAME_INDENT * width)
            box = _words_box(line, start, lead.group(2), _wrap_line(line, lines, width))
            return replace(line, text=lead.group(2), box=box), "in"
    trail = _TRAILING.match(text)
    token = trail.group(2) if trail else ""
    glued_right = bool(trail) and x + w > (1 - _EDGE) * width and w > 2 * span
    if trail and glued_right and _TOKEN.match(token) and _hinted(token, names):
        return replace(line, text=trail.group(1), box=(x, y, w - span, h)), "out"
    return None


def _glued_to_wrap(line: OcrLine, lines: list[OcrLine], width: int) -> OcrLine | None:
    """A wrapped bubble's last line with the badge at its left glued on ("闪 打不打"): apps
    that set the badge level with a bubble's last line. The line right above it (the bubble's
    line before) starts a glyph or more right of the box: a bubble's lines share its left edge,
    so the words start there and the glyph before them is the badge."""
    x, y, w, h = line.box
    glued = _LAST_LINE.match(line.text.strip())
    if glued is None or x >= _EDGE * width:
        return None
    for other in lines:
        if other is line:
            continue
        ox, oy, ow, oh = other.box
        touching = -0.25 * oh <= y - (oy + oh) < 0.5 * oh
        # A wrapped bubble's earlier line is full: it ends at or past its last line's end. A
        # shorter line over it is the member's name over a one-line bubble.
        full = ox + ow >= x + w - oh
        if touching and full and x + 0.8 * oh <= ox < min(x + w, _COLUMN_MAX * width):
            return replace(line, text=glued.group(2), box=(ox, y, x + w - ox, h))
    return None


def _left_of_bubbles(line: OcrLine, lines: list[OcrLine], width: int) -> bool:
    """A lone glyph in the left band that ends before any line of words starts: the badge of a
    bubble holding no words (a picture). A one-glyph reply starts at its bubbles' column."""
    x, _y, w, h = line.box
    if len(line.text.strip()) != 1 or not _TOKEN.match(line.text.strip()):
        return False
    if x + w > _BAND * width or not 0.5 * h <= w <= 2.8 * h:
        return False
    # The title bar's name after its back glyph and the input bar across the foot start at
    # the screen's edge too: they frame the chat and say nothing of the bubbles' column.
    words = [
        o
        for o in lines
        if o is not line
        and not _LAST_LINE.match(o.text.strip())
        and not _BACK.match(o.text.strip())
        and o.box[2] < _ACROSS * width
        and len(o.text.strip()) > 2
    ]
    starts = [o.box[0] for o in words if o.box[0] < _COLUMN_MAX * width]
    return len(starts) >= 2 and min(starts) >= x + w


def without_badges(lines: list[OcrLine], width: int) -> tuple[list[OcrLine], list[Badge]]:
    """The lines with every avatar badge taken out (or cut off the line it was glued to), and
    where each badge sat, for the bubbles' sides."""
    # The title bar's name: the first lines once the status bar is gone.
    top = sorted(lines, key=lambda ln: ln.box[1])[:2]
    bare = [re.sub(r"^[<＜‹〈]\s*", "", ln.text.strip()) for ln in top]
    names = [t for t in bare if 2 <= len(t) <= 16 and not re.search(r"\s", t)]
    out: list[OcrLine] = []
    badges: list[Badge] = []
    for line in lines:
        _x, y, _w, h = line.box
        side = _alone(line, lines, width, names)
        if side or _left_of_bubbles(line, lines, width):
            badges.append((y, y + h, side or "in"))
            continue
        if (wrapped := _glued_to_wrap(line, lines, width)) is not None:
            out.append(wrapped)
            continue
        glued = _glued(line, lines, width, names)
        if glued is not None:
            out.append(glued[0])
            if glued[1]:  # a badge glued to a name says nothing of a bubble's side
                badges.append((y, y + h, glued[1]))
            continue
        out.append(line)
    return out, badges


def badge_side(line: OcrLine, badges: list[Badge]) -> str:
    """The side of the badge level with a bubble's first line, or ""."""
    _x, y, _w, h = line.box
    for top, bottom, side in badges:
        if top - h <= y <= bottom:
            return side
    return ""
