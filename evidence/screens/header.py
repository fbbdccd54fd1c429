"""A screen's header: the title bar's name (centred, or at the left after a back glyph), its
second line, and whether it names a list. The header sits right under the status bar and above
everything else; a message, a list row or a preview is never it."""

from __future__ import annotations

import re
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.chat_tabs import tab_row_lines
from evidence.screens.when import TRAILING_WHEN, is_time_only
from evidence.screens.window_float import window_lines
from evidence.screens.window_shot import shot_lines

# A list screen's own title: the inbox or the dialer's recents, never a counterpart.
LIST_TITLE = re.compile(
    r"^(?:信息|短信|通话记录|最近通话|最近记录|电话|通话|全部通话|未接来电|所有通话|拨号|收件箱|Inbox|语音信箱|语音留言|Voicemail)$"
)
# A button on the list title's row ("全部已读", "写信", "编辑"): a word or two, no digits.
_ROW_BUTTON = re.compile(r"^[^\d\s]{1,4}$")
# "Mark all read": only a list of messages or notices has it; a chat's bar never does.
_MARK_READ = re.compile(r"^(?:全部已读|一键已读|全部标为已读|标记已读)$")
_SENTENCE = re.compile(r"[，。！？,!?；;]")
# A title bar's back button as OCR reads it before the name ("< 张总", "く 王磊", "〈16573208815").
BACK_GLYPH = re.compile(r"^[<〈‹←＜《く˂]\s*")
# The back button's label before a header's name: the previous screen and its unread count.
_BACK_LABEL = re.compile(r"^\S{1,6}[(（]\d{1,4}[)）]\s+(?=\S)")
# The bar's menu button read on the title's row ("张总 ...", "张总 ⋮"), a short label before
# its glyph where the skin writes one ("黃氏一家親(12) 群聊…").
_MENU_GLYPH = re.compile(r"\s+[\u4e00-\u9fff]{0,4}\s*(?:\.{2,}|…|⋯|⋮|︙|···|•••)$")
# A shop's or an official account's chip drawn after the name ("速易貸官方客服 小店"): the
# platform's label, never part of who writes.
_NAME_BADGE = re.compile(r"(?<=\S)\s+(?:小店|店铺|旗舰店|官方|自营|商家|企业|认证|官方认证)$")
# A label drawn after the name on the bar's row in smaller type (a role "派件员", the folder the
# thread sits in "消息请求", "陌生人私信"): a second word of Chinese after a space. OCR joins the
# row into one box, so the label's smaller type is lost and the words' lengths stand in for it:
# the label is shorter than the name; where the words are as long (an iOS back button's label
# before a centred name, "信息 张三") neither is taken for the other. A name the bar draws a
# label after is an account's or a shop's, four characters or more; a shorter first word is a
# person saved under two words ("张 经理", "王姐 公司", "张经理 公司"), and both words are the name.
_TRAILING_LABEL = re.compile(r"^(?P<name>\S*[\u4e00-\u9fff]\S*)\s+(?P<label>[\u4e00-\u9fff]{2,5})$")
_LABELLED_NAME = 4
# A bar OCR read as one row from edge to edge: the back button's word at the left ("返回"), the
# name, a button's word at the right ("聊天详情", "设置"). The buttons' words are short Chinese
# words; the name between them is longer than either (a shorter middle word is left as it is,
# a person saved under three words being as likely).
_FRAMED_TITLE = re.compile(
    r"^(?P<left>[\u4e00-\u9fff]{1,4})\s+(?P<name>\S+)\s+(?P<right>[\u4e00-\u9fff]{1,4})$"
)
# A direct message's bar in a chat app built on channels (Discord-, Slack-like): "@" marks the
# handle, one word, and what follows on the row ("成员 话题", "Members") is the bar's buttons.
_HANDLE = re.compile(r"^[@＠]\s*(?P<handle>[^\s@＠]+)(?:\s.*)?$")
# A Metro-like app's title over the page's: the app's name in small capitals ("MESSAGING").
_APP_CAPS = re.compile(r"^[A-Z][A-Z ]{2,15}$")
# A subtitle's type is smaller than the title's (a number's digits read a little shorter than
# Chinese characters of the same size, so the margin is narrow).
_SMALLER = 0.9
# A group's members listed under its name ("Amy Wong, 阿傑, 你"): names between commas, no sentence.
_LIST_NAME = r"[^，。！？,!?；;、]{1,16}"
_NAME_LIST = re.compile(rf"^{_LIST_NAME}(?:\s*[,，、]\s*{_LIST_NAME}){{1,8}}$")
# A search box's placeholder ("搜索联系人和地点", "Search messages").
_SEARCH_BOX = re.compile(r"^(?:搜索|查找|Search)", re.I)


def centred(line: OcrLine, width: int, slack: float = 0.15) -> bool:
    x, _y, w, _h = line.box
    return abs(x + w / 2 - width / 2) < slack * width


def _bar_title(lines: list[OcrLine], width: int, height: int = 0) -> OcrLine | None:
    """The title bar's name at the left: the first line right under the status bar, starting at
    the screen's edge or after a back glyph («<», «〈», «←»), a name and never a sentence.

    Android skins (EMUI, Pixel, ZenUI, Xperia) put the name there, not in the centre. The bar is
    about a fifth of the width tall whatever the screen's height; a message starts below it.
    On a wide screen (a foldable's inner display, a tablet) the bar keeps a phone's height:
    a fifth of the shorter side, or a list's first row would pass for it.
    """
    if not lines:
        return None
    line = lines[0]
    if len(lines) > 1 and _over_title(line, lines[1], width):
        line = lines[1]  # the app's name in small capitals over the page's title
    x, y, _w, h = line.box
    text = BACK_GLYPH.sub("", line.text.strip())
    glyph = text != line.text.strip()
    # Beside an avatar the name starts further in, but in type at least the messages' size.
    large = h >= 0.9 * median(ln.box[3] for ln in lines) and x < 0.3 * width
    side = min(width, height) if height else width
    if y + h / 2 > 0.22 * side or not (glyph or x < 0.12 * width or large):
        return None
    if not text or len(text) > 20 or re.search(r"[，。！？,!?]", text) or is_time_only(text):
        return None
    if _SEARCH_BOX.match(text):
        return None  # a list's search box sits where a chat's name would
    return None if TRAILING_WHEN.search(text) and not first_phone(text) else line


def _over_title(line: OcrLine, nxt: OcrLine, width: int) -> bool:
    """Whether `line` is a Metro-like app's name over the page's title: small capitals, the
    title right under it from the same left edge, in larger type."""
    x, y, _w, h = line.box
    nx, ny, _nw, nh = nxt.box
    aligned = abs(nx - x) < 0.03 * width and 0 <= ny - (y + h) < nh
    return bool(_APP_CAPS.match(line.text.strip())) and aligned and nh > 1.15 * h


def app_caps(line: OcrLine, width: int) -> bool:
    """A Metro-like app's name in small capitals at the screen's top-left corner, above the
    page's title: the app's, never anyone's words."""
    x, y, _w, _h = line.box
    return bool(_APP_CAPS.match(line.text.strip())) and x < 0.08 * width and y < 0.15 * width


def title_name(text: str) -> str:
    """A header's name: iOS draws the back button's label and unread count before a centred
    name on the same row ("< 微信(3) 张三"); Android draws a back glyph before it ("< 张三");
    a channel app's DM bar draws "@" before the handle and its buttons after it."""
    text = _MENU_GLYPH.sub("", BACK_GLYPH.sub("", text.strip()))
    if (handle := _HANDLE.match(text)) is not None:
        return handle["handle"]
    text = _NAME_BADGE.sub("", text)
    text = _BACK_LABEL.sub("", text).strip() or text
    return _without_label(_between_buttons(text))


def _between_buttons(text: str) -> str:
    """The name between the bar's two buttons' words, where OCR read the bar as one row."""
    found = _FRAMED_TITLE.match(text)
    if found is None:
        return text
    name = found["name"]
    if len(name) <= max(len(found["left"]), len(found["right"])):
        return text
    return name


def _without_label(text: str) -> str:
    """The name without the smaller label the bar draws after it (a role, a folder's name)."""
    found = _TRAILING_LABEL.match(text)
    if found is None or len(found["label"]) >= len(found["name"]):
        return text
    if len(found["name"]) < _LABELLED_NAME:
        return text
    return found["name"]


def header_subtitle(lines: list[OcrLine], title: OcrLine | None, width: int) -> OcrLine | None:
    """The title bar's second line ("last seen recently", "在线", a number's home): right under
    the title, starting where it starts, in smaller type, still inside the bar."""
    if title is None or title not in lines or title is lines[-1]:
        return None
    line = lines[lines.index(title) + 1]
    x, y, _w, h = line.box
    tx, ty, tw, th = title.box
    inside = y + h / 2 < 0.3 * width and y - (ty + th) < th
    # After a back glyph ("← 1996…") the name, and the line under it, start further in: where
    # the glyph's share of the box's characters ends.
    glyph = BACK_GLYPH.match(title.text)
    start = tx + tw * len(glyph.group()) / len(title.text) if glyph else tx
    aligned = (
        abs(x - tx) < 0.03 * width
        or abs(x - start) < 0.03 * width
        or (centred(title, width) and centred(line, width, 0.05))
    )
    words = (not _SENTENCE.search(line.text) or _NAME_LIST.match(line.text.strip())) and not (
        is_time_only(line.text)
    )
    # Some skins draw the second line ("广西南宁") in type OCR boxes as tall as the title's, but
    # right against it, with no gap a bubble under the bar would leave: short and touching is
    # the bar's second line too.
    # A line whose box starts inside the title's box is the bar's second line at any length
    # ("私信 · @handle"): a bubble never overlaps the bar.
    length = len(re.sub(r"\s+", "", line.text))
    touching = y - (ty + th) < 0.25 * th and (length <= 10 or (y < ty + th and length <= 24))
    small = (h < _SMALLER * th or touching) and words
    # A line across the screen is a list's first row (a number left, its time right), never
    # the bar's second line.
    row = line.box[2] > 0.8 * width or _shares_row(lines, line)
    return line if inside and aligned and small and not row else None


def _shares_row(lines: list[OcrLine], line: OcrLine) -> bool:
    """Whether another line sits level with `line`, to its right, most of its height beside it:
    a list row's number and its time or tag, never a title bar's second line."""
    x, y, w, h = line.box
    return any(
        other is not line
        and other.box[0] + other.box[2] > x + w
        and min(y + h, other.box[1] + other.box[3]) - max(y, other.box[1])
        >= 0.5 * min(h, other.box[3])
        for other in lines
    )


# A card head's time after its sender, set off by a middle dot.
_DOT_TIME = re.compile(r"\s*[·•]\s*\d{1,2}[:：]\d{2}\s*$")


def header_line(lines: list[OcrLine], width: int, height: int) -> OcrLine | None:
    """The header: a centred line in the top band, or the name at the left of the title bar
    (never the status bar, already removed). In a screenshot shown inside the screen (a
    gallery's viewer) the header is the shot's own, under the shot's status bar."""
    moved, originals = shot_lines(lines, height)
    if moved is lines:
        # A floating window's chat: its header is the window's own, under the window's bar.
        moved, originals, width = window_lines(lines, width)
    if moved is not lines:
        found = _header_line(moved, width, height)
        return originals[moved.index(found)] if found is not None else None
    return _header_line(lines, width, height)


def banner_pair(lines: list[OcrLine], width: int) -> bool:
    """Whether the screen's first two lines are a notification banner over its top: a short
    name, and right under it from the same left edge a sentence (its message's preview, "小陈，
    你来我办公室一趟"). A title bar's second line is presence, a number or a place, never a
    sentence; the banner is another chat's, so its name is never this screen's title."""
    if len(lines) < 2:
        return False
    head, preview = lines[0], lines[1]
    x, y, _w, h = head.box
    px, py, _pw, ph = preview.box
    text = head.text.strip()
    if _SENTENCE.search(text) or len(text) > 16 or is_time_only(text):
        return False
    under = 0 <= py - (y + h) < ph and abs(px - x) < 0.03 * width
    return under and bool(_SENTENCE.search(preview.text)) and py + ph < 0.12 * width + 2 * h


def _header_line(lines: list[OcrLine], width: int, height: int) -> OcrLine | None:
    if banner_pair(lines, width):
        lines = lines[2:]
    if tabs := tab_row_lines(lines, width):
        # An app's tab row is never the title, and the title bar sits above it.
        top = min(ln.box[1] for ln in tabs)
        lines = [ln for ln in lines if ln.box[1] + ln.box[3] <= top]
    if (bar := _bar_title(lines, width, height)) is not None:
        return bar
    for line in lines:
        x, y, w, _h = line.box
        if y > 0.16 * height:
            break
        centre = x + w / 2
        text = line.text.strip()
        # A title is a name, a number or a group's name: never a sentence of a message.
        sentence = len(text) > 24 or bool(re.search(r"[，。！？,!?]", text))
        # A full-width line is a list row (number left, time right), not a centred header;
        # the header sits above the rows, so a line under a row is its preview, never the title.
        if w > 0.8 * width:
            break
        if _card_head(line, lines):
            return line  # a lone message card's head names its sender
        if TRAILING_WHEN.search(text) and not is_time_only(text):
            break  # a list row's head (a name, its time at the right), not the header
        centre_ok = abs(centre - width / 2) < 0.15 * width or _centred_before_button(line, width)
        if centre_ok and not is_time_only(text) and not sentence:
            return line
    return None


# A character's width against its line's height: CJK about square, Latin letters and digits
# about half as wide.
_CJK_WIDTH = 0.8
_LATIN_WIDTH = 0.45
# A centred name, estimated from its characters, lands this close to the screen's middle.
_CENTRE_SLACK = 0.08
# A bar's button label is a word or two ("聊天设置", "更多").
_BUTTON_CHARS = 6


def _centred_before_button(line: OcrLine, width: int) -> bool:
    """A centred name OCR joined in one box with the bar's button at the right edge
    ("南通小鱼儿666 聊天设置"): the box runs to the edge, so it is off centre, but the name's
    own width, estimated from its characters, puts it across the screen's middle."""
    x, _y, w, h = line.box
    words = line.text.split()
    if len(words) != 2 or len(words[1]) > _BUTTON_CHARS or x + w < 0.9 * width or x > 0.5 * width:
        return False
    name = words[0]
    est = sum(_CJK_WIDTH * h if "\u4e00" <= ch <= "\u9fff" else _LATIN_WIDTH * h for ch in name)
    return abs(x + est / 2 - width / 2) < _CENTRE_SLACK * width


def _card_head(line: OcrLine, lines: list[OcrLine]) -> bool:
    """The head of the one message card a screen shows (a car's or a watch's): a number and
    its time joined by a middle dot ("+86 138 0000 0000 · 18:30"), the only head on the
    screen. A list has many such rows; one card's words under it are that number's."""
    head = _DOT_TIME.sub("", line.text.strip())
    if head == line.text.strip() or not first_phone(head) or len(head) > 24:
        return False
    return not any(
        other is not line and _DOT_TIME.search(other.text.strip()) and first_phone(other.text)
        for other in lines
    )


def list_title(lines: list[OcrLine], width: int, height: int) -> bool:
    """Whether the screen's header names a list ("信息", "最近通话"), centred or a large title
    at the left (Android and iOS both), chrome or not."""
    return any(
        ln.box[1] <= 0.16 * height
        and (centred(ln, width) or ln.box[0] < 0.15 * width)
        and (LIST_TITLE.match(re.sub(r"\s+", "", ln.text)) or _titled_row(ln.text))
        for ln in lines
    )


def _titled_row(text: str) -> bool:
    """A list's title with its row's buttons on the same line ("信息 全部已读", "收件箱 写信"),
    or any short title over a list that can be marked read ("消息中心 全部已读")."""
    words = text.split()
    buttons = words[1:]
    if len(words) == 2 and _MARK_READ.match(words[1]) and _ROW_BUTTON.match(words[0]):
        return True  # a notice centre's title, whatever it is called, and its mark-all-read
    return (
        bool(words)
        and bool(LIST_TITLE.match(words[0]))
        and 0 < len(buttons) <= 2
        and all(_ROW_BUTTON.match(word) for word in buttons)
    )
