"""A screen's frame around its content: the chrome lines (status bar, a banner of another app,
a system notice's second line), where the input box or tab bar begins, and a chat's centred
system notices. None of them is anyone's words."""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chrome import (
    is_bottom_chrome,
    is_chrome,
    is_status_only,
    is_status_text,
    is_system_line,
)
from evidence.screens.header import centred
from evidence.screens.when import TRAILING_WHEN, is_time_only

# A notification banner's head: the app's name and how long ago ("微信 现在", "短信 2分钟前").
_BANNER_HEAD = re.compile(
    r"^\S{1,12}\s+(?:现在|刚刚|\d{1,2}\s*分钟前|now|\d{1,2}\s*m\s*ago)$", re.I
)


def system_notices(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """A chat's system notices ("对方不是你的好友…", a payment app's safety banner): one line,
    centred between equal margins, in type smaller than the bubbles', starting off the column
    the counterpart's bubbles start at. A bubble hangs from one side; a separator is a time."""
    if len(lines) < 3:
        return []
    typical = median(ln.box[3] for ln in lines)
    lefts = [ln.box[0] for ln in lines if ln.box[0] < 0.35 * width]
    column = median(lefts) / width if lefts else None
    found = []
    for index, line in enumerate(lines):
        x, y, w, h = line.box
        left, right = x / width, (width - x - w) / width
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        wrapped = nxt is not None and abs(nxt.box[0] - x) < 0.03 * width and nxt.box[1] - y < 2 * h
        if (
            abs(left - right) < 0.02
            and min(left, right) > 0.1
            and h <= 0.85 * typical
            and (column is None or abs(left - column) > 0.02)
            and not wrapped
            and not is_time_only(line.text)
            and not is_status_text(line.text)
        ):
            # A clock with network or battery marks is a picture's status bar sent in the
            # chat (its phone's title maybe joined to it), never a notice.
            found.append(line)
    return found


# A paged export's footer: its page counter ("聊天记录导出 第1页", "第 2 页 / 共 5 页"), short and
# unpunctuated, the page's own at its foot.
_PAGE_FOOT = re.compile(r"第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?$")
_PAGE_FOOT_MAX = 16


def _page_foot(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped) <= _PAGE_FOOT_MAX
        and bool(_PAGE_FOOT.search(stripped))
        and not re.search(r"[，。！？,!?；;]", stripped)
    )


def bottom_chrome(content: list[OcrLine]) -> int:
    """Where the input box or tab bar starts: it and every line under it are chrome.

    A long capture or a short chat puts them right under the last message instead of in the
    screen's bottom band, so they are found as the last lines, not by their place on the image.
    """
    cut = len(content)
    if content and _page_foot(content[-1].text):
        cut = len(content) - 1  # the export's page counter under its last message
    for index in range(cut - 1, max(cut - 4, -1), -1):
        if is_bottom_chrome(content[index].text):
            cut = index
        elif cut == len(content) and len(content[index].text.strip()) <= 4:
            continue  # a split-off tab word ("留言") under the tab bar
        else:
            break
    return cut if cut < len(content) else len(content)


def banner(ordered: list[OcrLine], height: int) -> list[OcrLine]:
    """A notification banner over the screen's top: its head (the app and "现在", "刚刚",
    "3分钟前") and the one or two lines of its text right under it, inside its box. It belongs
    to another app: never the title, a bubble or a sender."""
    for index, line in enumerate(ordered):
        x, y, w, h = line.box
        if y > 0.2 * height:
            break
        if not _BANNER_HEAD.match(line.text.strip()):
            continue
        found, bottom = [line], y + h
        for nxt in ordered[index + 1 : index + 3]:
            nx, ny, nw, nh = nxt.box
            # The banner's text starts at its head's left edge, inside its box.
            if ny - bottom > nh or abs(nx - x) > 1.5 * nh or nx + nw > x + w + nh:
                break
            found.append(nxt)
            bottom = ny + nh
        return found
    return []


def chrome_lines(ordered: list[OcrLine], width: int, height: int) -> list[OcrLine]:
    """The screen's chrome lines; a system notice's second line, centred right under it, too.
    A centred clock or date under a one-line notice is the chat's time divider, never a wrap."""
    found: list[OcrLine] = banner(ordered, height)
    for index, line in enumerate(ordered):
        # A photo of a screen sets it in a margin: its first line is the status bar wherever it
        # sits, when its words alone say so ("12:30 5G 64%").
        if is_chrome(line, width, height) or (index == 0 and is_status_only(line.text)):
            found.append(line)
            continue
        above = ordered[index - 1] if index else None
        if (
            above is not None
            and above in found
            and is_system_line(above.text)
            and not is_time_only(line.text)
        ):
            _x, y, _w, h = line.box
            if centred(line, width, 0.1) and y - (above.box[1] + above.box[3]) < 0.6 * h:
                found.append(line)  # "对方不是你的好友，请注意保 / 护个人信息"
    return found + [ln for ln in _status_row(ordered) if ln not in found]


# A pill or label a skin draws in its status bar ("第二空间", "工作", "HD"): a few words, no
# sentence, no digits of a number.
_PILL = re.compile(r"^[^\d，。！？,!?]{1,8}$")


def _status_row(ordered: list[OcrLine]) -> list[OcrLine]:
    """The status bar's row when OCR split it: the screen's first row, its lines side by side,
    says "clock, marks" once joined (a photo of a phone sets it in a margin, so it sits lower
    than a screenshot's), and a short pill OCR boxed on its own inside the bar's band (a second
    space's "第二空间" drawn between the clock and the marks) is the bar's too."""
    if not ordered:
        return []
    _x, y0, _w, h0 = ordered[0].box
    row = [ln for ln in ordered if y0 <= ln.box[1] + ln.box[3] / 2 <= y0 + h0]
    row = sorted(row, key=lambda ln: ln.box[0])
    if not is_status_text(" ".join(ln.text for ln in row)):
        return []
    bars = [ln for ln in row if is_status_text(ln.text) or is_time_only(ln.text)]
    found = list(row) if len(row) > 1 else []
    for line in ordered[len(row) : len(row) + 2]:
        _lx, ly, _lw, lh = line.box
        inside = any(b.box[1] <= ly + lh / 2 <= b.box[1] + b.box[3] for b in bars)
        if inside and _PILL.match(line.text.strip()):
            found.append(line)
    return found


# A card's button says a word or two ("立即还款", "查看详情"): no digits, no sentence.
_BUTTON = re.compile(r"^[\u4e00-\u9fffA-Za-z ]{2,8}$")


def card_buttons(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """A rich card's button ("立即还款" under a service number's card): a short line centred
    between wide margins, right under the card's text, which spans it on both sides. A bubble
    hangs from one side of the screen; a button sits in the middle of the card it closes."""
    found = []
    for index, line in enumerate(lines):
        x, y, w, h = line.box
        left, right = x / width, (width - x - w) / width
        centred_short = abs(left - right) < 0.04 and min(left, right) > 0.25
        # The card's text right above it (its lines a line apart), its widest line spanning it.
        block: list[OcrLine] = []
        for above in reversed(lines[:index]):
            top = block[-1].box[1] if block else y
            if top - (above.box[1] + above.box[3]) > 1.5 * h:
                break
            block.append(above)
        spans = any(ln.box[0] < x and ln.box[0] + ln.box[2] > x + w for ln in block)
        text = line.text.strip()
        if centred_short and spans and _BUTTON.match(text) and not is_time_only(text):
            found.append(line)
    return found


# The app family, told by the screen's own words only (title bar, tabs, input box, system lines):
# what people write ("加你微信") says nothing of the app it is written in. "HD" (VoLTE) is on
# every Android status bar and "短信/彩信" in more than one skin's input box: neither tells one.
APP_HINTS = (
    ("wechat", re.compile(r"按住\s*说话|以上是打招呼的内容|微信|朋友验证")),
    ("dingtalk", re.compile(r"钉钉|DING|外部群|工作台|已读|未读")),
    ("qq", re.compile(r"QQ|空间|频道")),
    ("ios", re.compile(r"个人收藏|语音留言|iMessage|文本信息")),
    ("harmonyos", re.compile(r"畅连|华为|HUAWEI|荣耀")),
    ("coloros", re.compile(r"OPPO|ColorOS|一加|realme")),
    ("miui", re.compile(r"小米|MIUI|HyperOS|骚扰拦截")),
)


def app_family(texts: list[str]) -> str:
    """The family the screen's own chrome and title name; "unknown" rather than a guess."""
    joined = "\n".join(texts)
    for app, pattern in APP_HINTS:
        if pattern.search(joined):
            return app
    return "unknown"


def number_headed_rows(lines: list[OcrLine]) -> int:
    """Rows that open with a phone number and end on its time ("165 2190 7735 53分钟前") over a
    line that does not: an inbox's or a spam folder's rows, whatever its title. A chat's
    bubbles open with words, and its title alone names the other side."""
    count = 0
    for line, nxt in pairwise(lines):
        text = line.text.strip()
        when = TRAILING_WHEN.search(text)
        digits = re.sub(r"[\s\-+]", "", text[: when.start()]) if when else ""
        if 5 <= len(digits) <= 15 and digits.isdigit() and not TRAILING_WHEN.search(nxt.text):
            count += 1
    return count


def page_size(result: OcrResult) -> tuple[int, int]:
    """The page's width and height, from the lines' boxes when the result does not say."""
    width = result.width or max(
        (x + w for (x, _y, w, _h) in (ln.box for ln in result.lines)), default=1
    )
    height = result.height or max(
        (y + h for (_x, y, _w, h) in (ln.box for ln in result.lines)), default=1
    )
    return width, height
