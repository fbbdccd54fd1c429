"""A call log's rows: the number or saved name, the "(n)" count, direction, time, tag, ring time.

A call log is known by its structure, not by a title that may be scrolled away: each row is a
head (number or saved name at the left, its time at the right) over a short detail line (the
number's label, the phone's tag, the direction), never a message preview.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.entities.phones import find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.calls_grouped import grouped_rows
from evidence.screens.calls_heads import HEAD_DIGITS as _HEAD_DIGITS
from evidence.screens.calls_heads import first_phone, page_number_row
from evidence.screens.calls_saved import names_own_number, own_number
from evidence.screens.calls_sim import bare_head
from evidence.screens.calls_when import ENGLISH_ROW_WHEN, row_day_text, unglued_when
from evidence.screens.chrome import TAB_WORDS
from evidence.screens.records import CallRow
from evidence.screens.when import (
    DAY_WORDS,
    PERIOD,
    TRAILING_WHEN,
    is_time_only,
    iso_time,
    when_of,
)

COUNT = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]\s*$")
# A dialer set to English writes the crowd's tag in English ("Spam · 214 reports").
_TAG = re.compile(
    r"疑似催收|催收|疑似骚扰|骚扰电话|诈骗电话|推销|广告推销|快递送餐|房产中介|标记"
    r"|(?i:\bspam\b|\bdebt collection\b|\bfraud suspected\b|\bharassment\b|\btelemarketing\b)"
)
_DIRECTION = (
    ("missed", re.compile(r"未接|响铃\s*\d+\s*秒|拒接|已拒绝")),
    ("outgoing", re.compile(r"呼出|已拨|去电|拨出")),
    ("incoming", re.compile(r"呼入|已接|来电")),
)
_RING = re.compile(r"响铃\s*(\d+)\s*秒")
# A row's count written under its head in words («共7通 山西长治»: a second-number app's log).
_TOTAL = re.compile(r"^共\s*(\d{1,3})\s*[通次](?=\s|$)")
# A detail line opens with the call's way; a head opens with a number or a name.
_WAY_FIRST = re.compile(r"^(?:呼入|呼出|来电|去电|已拨|已接|未接|拨出)")
# A saved name's number under its head with the call's way after it ("13978012256·呼入"), an
# avatar's glyph maybe before it: the row's detail, never a row of its own.
_NUMBER_WAY = re.compile(
    r"^(?:\S\s+)?\+?\d[\d \-]{4,16}\d\s*[·•・]\s*"
    r"(?:呼入|呼出|来电|去电|已拨|已接|未接|拨出)\S{0,4}$"
)
# The number's label and the call's talk time under a row's head ("手机·2:31", "企业号码·3:05",
# "mobile·"): a word, a middle dot, maybe a duration; never a row (its time is beside its head).
_LABEL_TALK = re.compile(r"^[^\s\d·•・:：]{1,10}\s*[·•・]\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
# A recording's or call's time and its length under the row's head ("5月12日 22:51 · 03:12",
# "昨天 09:15 | 2分05秒"): when the call was and how long it lasted, never a message preview.
_WHEN_TALK = re.compile(
    rf"^\s*(?:{DAY_WORDS}\s*)?(?:{PERIOD}\s*)?\d{{1,2}}[:：]\d{{2}}\s*[·•・|]\s*"
    r"(?:(?:\d{1,2}[:：])?\d{1,2}[:：]\d{2}|(?:\d{1,3}\s*(?:小时|时|分钟?|秒)\s*)+)$"
)
_CARRIER = re.compile(r"移动|联通|电信|[省市]$|中国|未知归属")
# The number's label under a row's head (iOS: 手机; unknown numbers: 未知; a company's or a
# service's line: 企业号码): never a caller.
_LABEL = re.compile(r"^(?:手机|住宅|工作|移动电话|主要|iPhone|其他|电话|未知|陌生号码|企业号码)$")
# A call row's count may sit before the time on the same line ("138… (12) 2月18日 23:10").
_ROW_COUNT = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]")
# OCR may read a row's "(2)" as a box of its own, inside the row's line.
_COUNT_ONLY = re.compile(r"^[(（]\s*(\d{1,3})\s*[)）]$")
_SENTENCE = re.compile(r"[，。！？,!?…]")
# A dialer's own titles and filters: above the rows, never a saved name.
_LIST_WORDS = (
    TAB_WORDS
    | frozenset(
        ["通话记录", "最近通话", "最近记录", "通话", "电话", "全部通话", "未接来电", "所有通话"]
    )
    | frozenset(["拨号", "键盘", "黄页", "通讯录", "全部", "未接"])
)
_DETAIL_PARTS = re.compile(r"[·•・|/\s]+")
# The round "i" button (read "1" or "i") or the chevron (">") at a list row's right end.
_INFO_BUTTON = re.compile(r"(?:\s+[1iIlⓘ①!！0oO〇○]|\s*[>〉›»])\s*$")
# A row's time at its right end with the part of the day spelt out ("11月18日晚上7:00"): the
# whole of it is the time, none of it the saved name before it.
_ROW_WHEN = re.compile(
    rf"\s*(?:{DAY_WORDS}\s*)?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜里|半夜)\s*\d{{1,2}}[:：]\d{{2}}$"
)
# A row's time in an English interface ("12:05 PM", "Yesterday 9:30 AM", "Tue 4:02 PM").
_ROW_WHEN_AMPM = re.compile(
    rf"\s*(?:(?:{DAY_WORDS}|Yesterday|Today|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s*)?"
    r"\d{1,2}[:：]\d{2}\s*(?:AM|PM|am|pm)$"
)
# A direction arrow drawn before a saved name, read as one glyph ("7 老公"), or the avatar's
# letter, the name's own first one ("李 李慧"): never part of the name.
_ICON = re.compile(r"^(?:[0-9A-Za-z↗↙]\s+(?=[\u4e00-\u9fff])|(\S)\s+(?=\1))")


# A glyph drawn before a row's name (a chevron, a bullet): never part of the name.
_MARK = re.compile(r"^[>›»〉•·]+\s*")
# A call's way as call pages and carrier tables write it, checked in this order.
CALL_WAYS = (
    ("missed", re.compile(r"未接|漏接|拒接|已拒绝|响铃")),
    ("outgoing", re.compile(r"主叫|呼出|去电|拨出|已拨")),
    ("incoming", re.compile(r"被叫|呼入|来电|已接")),
)


def _is_detail(line: OcrLine, width: int) -> bool:
    text = line.text.strip()
    if _NUMBER_WAY.match(text):
        return True
    # A service number a phone library rejects ("95187230 (4) Harassment") heads its row too.
    digits = _HEAD_DIGITS.match(text) and not is_time_only(text)
    head_number = (first_phone(text) or digits) and not re.match(r"^(?:呼入|呼出|来电)", text)
    if head_number and line.box[0] <= 0.55 * width:
        return False  # a number at the row's left is its head, whatever else the line holds
    if line.box[0] > 0.55 * width or _when_only(text) or _TAG.search(text) or _LABEL.match(text):
        return True
    if _LABEL_TALK.match(text) or _WHEN_TALK.match(text) or _TOTAL.match(text):
        return True
    if _WAY_FIRST.match(text) and not COUNT.search(text):
        return True  # "呼入 139 5601 7723": the way, then the number a saved name stands for
    if any(p.search(text) for _d, p in _DIRECTION) or _RING.search(text):
        return not first_phone(text) and not COUNT.search(text)
    return bool(_CARRIER.search(text)) and not first_phone(text)


def is_call_label(text: str) -> bool:
    """A row's detail line: the number's label, the phone's tag, a direction, a carrier or place.

    Short words, split by "·" or blanks; a message preview is a sentence instead.
    """
    stripped = text.strip()
    if _WHEN_TALK.match(stripped):
        return True
    if not stripped or _SENTENCE.search(stripped) or first_phone(stripped):
        return False
    parts = [p for p in _DETAIL_PARTS.split(stripped) if p]
    known = (
        _TAG.search(stripped) or _LABEL.match(stripped) or _RING.search(stripped)
        or _TOTAL.match(stripped)
        or any(p.search(stripped) for _d, p in _DIRECTION)
        or any(_LABEL.match(p) or _CARRIER.search(p) for p in parts)
    )  # fmt: skip
    return bool(known) and all(len(p) <= 8 for p in parts)


def _trailing_when(text: str) -> re.Match | None:
    """The time at a row's right end, the widest reading of it: "Mar 10 at 8:05 PM" whole, never
    its clock alone with the day left in the name."""
    patterns = (_ROW_WHEN, _ROW_WHEN_AMPM, ENGLISH_ROW_WHEN, TRAILING_WHEN)
    found = [m for p in patterns if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def _when_only(text: str) -> bool:
    """A line that is only a day or a clock; never a saved name written in glyphs a day also
    uses ("小周 11月18日下午12:02": the name before the row's time is no day of its own)."""
    if not is_time_only(text):
        return False
    when = _trailing_when(text)
    name = _ICON.sub("", text[: when.start()].strip()) if when else ""  # an arrow before it
    return not name or bool(re.search(r"\d", name)) or is_time_only(name)


def _head_text(text: str) -> bool:
    """Whether a line reads as a list row's head: a number at its left, or a short name with a
    time at its right ("妈妈 昨天", "王科长 星期一09:10")."""
    flat = _ROW_COUNT.sub(" ", bare_head(without_info_button(text))).strip()
    if _when_only(flat):
        return False
    found = sorted(find_phones(flat))
    if _HEAD_DIGITS.match(flat) or (found and not flat[: found[0][0][0]].strip()):
        return True  # a number at the line's start, never one inside a sentence
    when = _trailing_when(flat)
    name = flat[: when.start()].strip() if when else ""
    return bool(name) and len(name) <= 12 and not _SENTENCE.search(name)


def list_rows(lines: list[OcrLine], width: int) -> tuple[int, int, int]:
    """(rows over a label, rows over a preview, number heads with a "(n)" count) of a list."""
    labelled = previewed = counted = 0
    for index, line in enumerate(lines[:-1]):
        text = line.text.strip()
        if line.box[0] > 0.55 * width or not _head_text(text):
            continue
        bare = bare_head(text)
        if _ROW_COUNT.search(bare) and (first_phone(bare) or _HEAD_DIGITS.match(bare)):
            counted += 1
        below = next(
            (ln for ln in lines[index + 1 :] if ln.box[0] <= 0.55 * width
             and not _COUNT_ONLY.match(ln.text.strip()) and not is_time_only(ln.text)),
            None,
        )  # fmt: skip
        if below is None or _head_text(below.text.strip()):
            continue
        if is_call_label(below.text):
            labelled += 1
        else:
            previewed += 1
    return labelled, previewed, counted


def looks_like_call_log(lines: list[OcrLine], width: int) -> bool:
    """Rows of (head, label) rather than (head, preview): a call log by its structure."""
    labelled, previewed, counted = list_rows(lines, width)
    return counted >= 2 or (labelled >= 2 and labelled > previewed)


def without_info_button(text: str) -> str:
    """A row's text without the round "i" button at its right end, which OCR reads as "1" or
    "i" after the row's time ("妈妈 昨天 1"), or the chevron of an inbox row ("妈妈 昨天 >")."""
    bare = _INFO_BUTTON.sub("", text)
    return bare if bare != text and TRAILING_WHEN.search(bare) else text


def _row_head(text: str) -> dict:
    """A call row's head: number (or saved name), "(n)" count, and the time written beside it."""
    text = bare_head(without_info_button(text))
    count = _ROW_COUNT.search(text)
    head = re.sub(r"\s*[(（]\s*$", "", _ROW_COUNT.sub(" ", text).strip())
    head = re.sub(r"\s[(（]\s", " ", head)  # the "(" left when OCR boxed "(2)" on its own
    found = sorted(find_phones(head))
    digits = _HEAD_DIGITS.match(head)
    if found and not head[: found[0][0][0]].strip():
        (_start, end), number = found[0]
        name, rest = "", head[end:]
    elif digits and 5 <= len(re.sub(r"\D", "", digits.group(1))) <= 13:
        number, name, rest = re.sub(r"\D", "", digits.group(1)), "", head[digits.end() :]
    else:
        when = _trailing_when(head)
        number, name = "", (head[: when.start()] if when else head).strip()
        name = _ICON.sub("", _MARK.sub("", name))  # a chevron, badge or arrow before the name
        rest = head[when.start() :] if when else ""
    return {
        "number": number, "name": name, "count": int(count.group(1)) if count else 1,
        "details": [rest.strip()] if rest.strip() else [],
    }  # fmt: skip


def _is_list_word(text: str) -> bool:
    """A title or tab word, or an OCR slip of one ("暖近记录"): one glyph off, same length."""
    flat = re.sub(r"\s+", "", text)
    if flat in _LIST_WORDS:
        return True
    return len(flat) >= 3 and any(
        len(word) == len(flat) and sum(a != b for a, b in zip(word, flat, strict=True)) <= 1
        for word in _LIST_WORDS
    )


# A tab bar's labels: three or more short words of a few glyphs each, set apart by blanks.
_TAB_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


def _is_tab_row(text: str) -> bool:
    """Whether a line reads as a row of tabs ("拨号 通话 联系人 收藏"), whatever each tab is called:
    a saved name is one word or two, never three or more short words side by side."""
    words = text.split()
    return len(words) >= 3 and all(_TAB_LABEL.match(word) for word in words)


def _under(line: OcrLine, nxt: OcrLine, width: int) -> bool:
    """Whether `nxt` is part of `line`'s row: in the time column at the right, or right under
    it at the same left edge. A day header further down, further left, heads the next rows."""
    x, y, _w, h = line.box
    nx, ny, _nw, _nh = nxt.box
    return nx > 0.55 * width or (abs(nx - x) < 0.04 * width and ny - (y + h) < 0.5 * h)


def _next_is_detail(lines: list[OcrLine], index: int, width: int) -> bool:
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    if nxt is not None and _NUMBER_WAY.match(nxt.text.strip()):
        # Right under the name, its left edge moved by an avatar's glyph read before it.
        _x, y, _w, h = lines[index].box
        return -0.3 * h <= nxt.box[1] - (y + h) < h
    return (
        nxt is not None
        and _is_detail(nxt, width)
        and not _COUNT_ONLY.match(nxt.text.strip())
        and _under(lines[index], nxt, width)
    )


def _is_section(line: OcrLine, previous: OcrLine | None, width: int) -> bool:
    """A day header over a group of rows ("昨天", "星期三", "9月11日"): a day alone on its line,
    not in the time column and not right under a row's head."""
    text = line.text.strip()
    _day, clock = when_of(text, None)
    return (
        is_time_only(text)
        and clock is None
        and line.box[0] < 0.3 * width
        and (previous is None or not _under(previous, line, width))
    )


def call_rows(lines: list[OcrLine], width: int, anchor: date | None) -> tuple[CallRow, ...]:
    """One row per head line (number or saved name, "(n)"); details below or right of it.

    A line with no number, no time, no count and no detail under it is the list's title, a tab
    bar or a label, never a caller.
    """
    if is_conversation(lines, width):
        return ()  # a chat's call bubbles ("通话时长 00:32", "未接听") are no log's rows
    lines = [OcrLine(unglued_when(ln.text), ln.box, ln.confidence) for ln in lines]
    rows: list[dict] = []
    section = ""
    for index, line in enumerate(lines):
        text = line.text.strip()
        if _card_over_list(rows, line, width):
            rows.clear()  # a contact's card (its number, place, tag) over its own call list
        if _is_section(line, lines[index - 1] if index else None, width):
            section = text  # the day of the rows under it, which show their clock only
        elif (alone := _COUNT_ONLY.match(text)) and rows:
            rows[-1]["count"] = int(alone.group(1))
        elif (
            rows
            and index
            and rows[-1]["head"] is lines[index - 1]
            and own_number(rows[-1], line, width)
        ):
            number = first_phone(text) or re.sub(r"\D", "", text.split()[0])
            rows[-1]["number"] = number  # the saved name's own number, under its head
            rows[-1]["details"].append(text)
        elif rows and _beside(rows[-1].get("head"), line):
            rows[-1]["details"].append(text)  # the row's tag line, drawn beside its number
        elif not _is_detail(line, width) or names_own_number(lines, index, width):
            head = _row_head(text)
            named = (
                _next_is_detail(lines, index, width)
                and not _SENTENCE.search(text)
                and not all(_is_list_word(word) for word in text.split())
                and not _is_tab_row(text)
            )
            if head["number"] or head["details"] or head["count"] > 1 or named:
                rows.append({**head, "section": section, "head": line})
        elif rows and not _far_below(rows[-1].get("bottom"), line):
            rows[-1]["details"].append(text)
            if _NUMBER_WAY.match(text) and rows[-1]["name"] and not rows[-1]["number"]:
                rows[-1]["number"] = first_phone(text)  # the saved name's own number
        if rows and not _far_below(rows[-1].get("bottom"), line):
            rows[-1]["bottom"] = line.box[1] + line.box[3]  # the row reaches down to here
    found = tuple(_call_row(one, anchor) for row in rows for one in grouped_rows(row))
    return found[1:] if page_number_row(found) else found


def _card_over_list(rows: list[dict], line: OcrLine, width: int) -> bool:
    """Whether `line` is a list's own title at the rows' left edge ("通话记录") under heads all
    drawn across the page's middle: a contact's card (number, place, tag), never calls."""
    if not rows or line.box[0] >= 0.15 * width or not _is_list_word(line.text):
        return False
    heads = [r["head"].box for r in rows]
    return all(
        x > 0.2 * width and abs(x + w / 2 - width / 2) < 0.08 * width for x, _, w, _ in heads
    )


def is_conversation(lines: list[OcrLine], width: int) -> bool:
    """Bubbles between centred time separators: a chat, whatever call bubbles it draws. A call
    log writes each row's time at its right and no sentences; a chat centres its times and its
    bubbles are sentences."""
    centred = sum(
        is_time_only(ln.text) and abs(ln.box[0] + ln.box[2] / 2 - width / 2) < 0.1 * width
        for ln in lines
    )
    sentences = sum(bool(_SENTENCE.search(ln.text)) for ln in lines)
    return centred >= 2 and sentences >= 2


def _beside(head: OcrLine | None, line: OcrLine) -> bool:
    """Whether `line` shares a number head's row, boxed apart by OCR: the place, the crowd's tag
    ("Debt collection", "Spam · 214 reports") and the time drawn level with the number, most of
    their height side by side. A row's line never holds a caller then; a number at its own left
    is a row of its own."""
    if head is None or not first_phone(head.text):
        return False
    _x, y, _w, h = head.box
    _lx, ly, _lw, lh = line.box
    overlap = min(y + h, ly + lh) - max(y, ly)
    return overlap >= 0.5 * min(h, lh) and not _HEAD_DIGITS.match(line.text.strip())


def _far_below(bottom: int | None, line: OcrLine) -> bool:
    """Whether a line sits far under a row's last line: a tab bar or filter at the list's foot
    ("全部录音 来电录音 去电录音") after an empty stretch, never a detail of the last row."""
    return bottom is not None and line.box[1] - bottom > 4 * line.box[3]


def _call_row(row: dict, anchor: date | None) -> CallRow:
    details = row_day_text(" ".join(row["details"]))
    direction = next((d for d, p in _DIRECTION if p.search(details)), "")
    tag = _TAG.search(details)
    ring = _RING.search(details)
    day, clock = when_of(details, anchor) if details else (None, None)
    if row.get("section") and not re.search(DAY_WORDS, details):
        day = when_of(row["section"], anchor)[0] or day  # a clock under the list's day header
    total = next((m for d in row["details"] if (m := _TOTAL.match(d.strip()))), None)
    return CallRow(
        number=row["number"],
        name=row["name"],
        count=int(total.group(1)) if total and row["count"] == 1 else row["count"],
        direction=direction,
        time=iso_time(day, clock),
        tag=tag.group(0) if tag else "",
        ring=f"{ring.group(1)}秒" if ring else "",
    )
