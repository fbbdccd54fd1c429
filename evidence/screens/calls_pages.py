"""Call pages that are no plain call log: a blocker app's list and a number's own detail page.

A phone-security app's 骚扰拦截 page lists blocked calls as rows of a number with how many times
it was blocked ("拦截5次") beside its time, and blocked texts as rows of a number and time over
a preview: the first are calls (as many as the row says), the second messages. A number's
detail page names the number once at the top and lists its calls under it as rows of a date,
a clock and the call's way ("2026/11/25 08:31 未接来电"): each of them one call of that number.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from evidence.ocr.base import OcrLine
from evidence.screens.calls import _TAG, CALL_WAYS, call_rows
from evidence.screens.calls_heads import first_phone, head_number
from evidence.screens.fields import inbox_messages
from evidence.screens.records import CallRow, Message
from evidence.screens.when import PERIOD, iso_time, when_of

# How many times the blocker stopped this number: the row's count, as "(5)" is in a call log.
_BLOCKED = re.compile(r"\s*拦截\s*(\d{1,3})\s*次\s*")
# A blocker page's own words over its rows: its title, tabs or totals ("拦截记录",
# "电话拦截 短信拦截", "今日已拦截骚扰6次"). Short and no sentence: a message that says 拦截
# is punctuated words.
_BLOCKER_HEAD = re.compile(r"拦截|攔截")
_HEAD_MAX = 14
# A blocked row's line under its number opens with the blocker's word ("已拦截 | 催收电话").
_BLOCKED_TAG = re.compile(r"^\s*已?(?:拦截|攔截)")
_BLOCKED_ROWS = 2
_TEXTS = re.compile(r"短信|短讯|短訊|信息|簡訊|简讯")
_CALLS = re.compile(r"电话|電話|通话|来电")
_ROW_COUNT = re.compile(r"[(（]\s*\d{1,3}\s*[)）]")
# A row's preview: a sentence (punctuation, or cut with "…"), never a short tag line.
_PREVIEW = re.compile(r"[，。！？,!?…]|\.{3}")
# A day as detail pages print it, its weekday maybe after it, bracketed or not ("3月9日周一",
# "3/8(周日)", "2026-03-22").
_DAY = (
    r"(?:\d{4}[/\-.年])?\d{1,2}[/\-.月]\d{1,2}日?"
    r"(?:\s*[(（]?\s*(?:周|星期)[一二三四五六日天]\s*[)）]?)?"
)
# The words a detail row gives a call's way with ("未接来电", "呼出", "已接").
_WAYS = "(?:未接|漏接|拒接|已拒绝|响铃|呼出|去电|拨出|已拨|呼入|来电|已接)"
# A detail page's call row: a date and a clock first, the way or the duration after them. The
# day may name its weekday, bracketed or not, and the clock its part of the day, with or without
# a blank between them ("3月9日周一10:42 未接来电(3)", "3/8(周日) 下午4:20 来电"); a recent call
# names its day in a word ("昨天17:40 未接通").
_DATED_ROW = re.compile(
    rf"^\s*(?:{_DAY}|昨天|今天|前天|(?:周|星期)[一二三四五六日天])"
    rf"(?:\s*{PERIOD}|(?<=[日)）一二三四五六天])|\s)\s*\d{{1,2}}[:：]\d{{2}}\s*(\S.*)?$"
)
# A row's "(3)": that many calls at the row's time, as a call log's row counts them.
_ROW_CALLS = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]\s*$")
# A detail page's "last call" line: a label naming a call, then its date and clock ("最近通话
# 3月22日 23:50", "上次来电：2026/03/22 23:50"). The label is the page's, never a caller's name.
_LABELLED_CALL = re.compile(
    r"^\s*[^\d\s]{0,4}(?:通话|来电|去电|呼叫|呼入|呼出)\s*(?:时间)?\s*[:：]?\s*"
    r"(?:\d{4}[/\-.年])?\d{1,2}[/\-.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}\s*$"
)
# A detail row some skins draw on two lines: the day and the call's way over the clock, alone on
# the line under it ("11月30日 周一 未接来电" over "21:06"). The way is the row's own words.
_DAY_WAY = re.compile(rf"^\s*({_DAY}|昨天|今天|前天)\s*({_WAYS}\S*(?:\s+\S+)?)\s*$")
_BARE_CLOCK = re.compile(rf"^\s*{PERIOD}?\s*\d{{1,2}}[:：]\d{{2}}\s*$")
# A number page's buttons: this many words or more, each this short ("呼叫 发信息 拉黑 标记").
_BUTTONS, _BUTTON = 3, 3
# A saved name heading a number's page: a few letters or characters, no digit, no punctuation.
_SAVED_NAME = re.compile(r"^[^\d\s，。！？,.!?:：()（）]{1,10}$")
# A day printed alone over the rows of that day ("12月3日 周四", "11月30日周一"): a heading.
_DAY_HEADING = re.compile(rf"^\s*{_DAY}\s*$")
# A row under such a heading: its clock, then the call's way ("14:48 未接来电 四川德阳").
_CLOCK_WAY = re.compile(rf"^\s*{PERIOD}?\s*\d{{1,2}}[:：]\d{{2}}\s*{_WAYS}")
# A line that only says a call's way ("呼入", "未接来电"): under a row its duration filled.
_WAY_LINE = re.compile(
    r"^\s*(?:未接来电|未接|已接来电|来电|呼入|呼出|已拨电话|已拨|去电|拨出|拒接|已拒绝)\s*$"
)


def _head_number(text: str) -> str:
    """The number a row opens with, "" when it opens with anything else: a blocker lists a
    company's 95 line ("95013877") as it lists a mobile."""
    number = first_phone(text)
    if not number:
        return head_number(text)
    lead = re.match(r"^\s*\+?\s*(?:86)?\s*[\d\s\-]+", text)
    return number if lead and number in re.sub(r"\D", "", lead.group(0)) else ""


def _blocked_row(text: str) -> bool:
    """A blocked call's row: a number, "拦截N次", maybe its time; never a sentence (a bubble
    or preview that happens to open with a number and say how often something was blocked)."""
    return bool(_head_number(text) and _BLOCKED.search(text) and not _PREVIEW.search(text))


def _is_preview(text: str) -> bool:
    """A blocked text's preview under its head: a sentence, or words longer than a tag line
    (the place and the phone's mark: "广东深圳催收・标记312次")."""
    return bool(_PREVIEW.search(text)) or (not _TAG.search(text) and len(text.strip()) > 12)


def _blocker_heading(lines: list[OcrLine]) -> bool:
    """The page names itself a blocker's above its first row: a short unpunctuated line saying
    拦截 (its title, its tabs, its totals) before any line that opens with a number."""
    for line in lines:
        text = line.text.strip()
        if _head_number(text):
            return False
        if len(text) <= _HEAD_MAX and _BLOCKER_HEAD.search(text) and not _PREVIEW.search(text):
            return True
    return False


def _texts_heading(text: str) -> bool:
    """A section heading over blocked texts ("▼已拦截短讯"): short, no number, saying texts and
    not calls (the tabs "电话拦截 短信拦截" name both)."""
    stripped = text.strip()
    return (
        len(stripped) <= _HEAD_MAX
        and not _head_number(stripped)
        and bool(_TEXTS.search(stripped))
        and not _CALLS.search(stripped)
    )


def _call_like(lines: list[OcrLine]) -> bool:
    """Some row is a blocked call: its number counted ("(3)") or tagged right under it
    ("骚扰电话·广东深圳"). A spam-SMS folder's rows are a number over its words: an inbox."""
    for line, nxt in pairwise(lines):
        if not _head_number(line.text):
            continue
        if _ROW_COUNT.search(line.text) or (_right_under(line, nxt) and _TAG.search(nxt.text)):
            return True
    return False


def _right_under(line: OcrLine, nxt: OcrLine) -> bool:
    _x, y, _w, h = line.box
    return 0 <= nxt.box[1] - y < 2.2 * h


def _blocked_rows(lines: list[OcrLine]) -> int:
    """How many number heads have "已拦截" opening the line right under them: the blocker's own
    word for each row, whatever the title over them (read as the screen's header) said."""
    return sum(
        bool(_head_number(line.text) and _right_under(line, nxt) and _BLOCKED_TAG.match(nxt.text))
        for line, nxt in pairwise(lines)
    )


def blocked_page(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[tuple[CallRow, ...], tuple[Message, ...]] | None:
    """A blocker's page: (blocked calls, blocked texts); None when no row says "拦截N次", no
    heading over the rows names the page a blocker's (a row's "(3)" then counts as a log's) and
    fewer than two rows are tagged "已拦截" under their number."""
    if (
        not any(_blocked_row(ln.text) for ln in lines)
        and not (_blocker_heading(lines) and _call_like(lines))
        and _blocked_rows(lines) < _BLOCKED_ROWS
    ):
        return None
    call_lines: list[OcrLine] = []
    texts: list[OcrLine] = []
    index = 0
    texts_section = False
    while index < len(lines):
        line = lines[index]
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        under = nxt if nxt is not None and _right_under(line, nxt) else None
        texts_section = texts_section or _texts_heading(line.text)
        # Under a "已拦截短信" heading every row is a text, its words however short ("在吗").
        preview = under is not None and (texts_section or _is_preview(under.text))
        if _blocked_row(line.text) or (_head_number(line.text) and not preview):
            # A blocked call: "拦截5次" is its "(5)"; the tag line under it stays its detail.
            text = _BLOCKED.sub(lambda m: f" ({m.group(1)}) ", line.text).strip()
            call_lines.append(OcrLine(text, line.box, line.confidence))
            if under is not None and not _head_number(under.text) and not preview:
                call_lines.append(under)
                index += 1
        elif _head_number(line.text) and under is not None:
            # A blocked text: the number's head and the preview lines right under it, never the
            # page's totals, section titles or the tool bar further off.
            texts.append(line)
            while under is not None and not _head_number(under.text):
                texts.append(under)
                index += 1
                after = lines[index + 1] if index + 1 < len(lines) else None
                under = after if after is not None and _right_under(under, after) else None
        index += 1
    calls = call_rows(call_lines, width, anchor)
    return calls, inbox_messages(texts, anchor)


def detail_calls(lines: list[OcrLine], anchor: date | None) -> tuple[CallRow, ...] | None:
    """A number's detail page: each dated row under it one call of the number; None otherwise.

    Only one number on the page, at its top, and rows that name no one: a list of many
    numbers' rows is a call log, read row by row."""
    lines = _day_headed(_clocks_joined(lines))
    numbers = [
        (i, n) for i, ln in enumerate(lines) if (n := first_phone(ln.text) or head_number(ln.text))
    ]
    if len({n for _i, n in numbers}) != 1:
        return None
    first, number = numbers[0]
    rows = [ln for ln in lines[first + 1 :] if _DATED_ROW.match(ln.text)]
    if not rows:
        return _last_call(lines, first, number, anchor)
    if len(rows) < 2:
        return None
    start, end = lines.index(rows[0]), lines.index(rows[-1])
    # Some skins print the call's way on its own line under the date and the duration ("呼入"
    # under "2026/10/26 08:02 2分05秒"): that line belongs to the row over it. Any other line
    # between the rows is a name or a number: rows of others (a log's details).
    ways: dict[int, str] = {}
    for index in range(start, end + 2):
        if index >= len(lines) or _DATED_ROW.match(lines[index].text):
            continue
        if not _WAY_LINE.match(lines[index].text):
            if index <= end:
                return None
            continue
        if _DATED_ROW.match(lines[index - 1].text):
            ways[index - 1] = lines[index].text
    # The number's tag sits under it, over its rows ("催收·1024人标记"): every row's tag.
    above = [ln for ln in lines[first:start] if not _button_row(ln.text)]
    tag = next((m.group(0) for ln in above if (m := _TAG.search(ln.text))), "")
    saved = _saved_title(lines[first - 1], lines[first]) if first else ""
    calls = []
    for row in rows:
        rest = _DATED_ROW.match(row.text).group(1) or ""  # type: ignore[union-attr]
        # The way line under the row says how the call went; "响铃0秒" beside it only says
        # it rang, so the line under it comes first.
        said = ways.get(lines.index(row), "") + " " + rest
        day, clock = when_of(row.text, anchor)
        way = next((w for w, p in CALL_WAYS if p.search(said)), "")
        times = _ROW_CALLS.search(rest)
        count = int(times.group(1)) if times else 1
        row = CallRow(number, saved, count, way, iso_time(day, clock), tag)
        calls.append(row)
    return tuple(calls)


def _saved_title(over: OcrLine, number: OcrLine) -> str:
    """The name the phone saved the number as, when its page is headed by it: a short name in
    type no smaller than the number's, right over it and centred on it ("大哥" over "139 0937
    5521 甘肃酒泉"); "" when no such line heads the number."""
    text = over.text.strip()
    if not _SAVED_NAME.match(text) or _TAG.search(text) or over.box[3] < number.box[3]:
        return ""
    centre = over.box[0] + over.box[2] / 2 - (number.box[0] + number.box[2] / 2)
    gap = number.box[1] - (over.box[1] + over.box[3])
    return text if abs(centre) <= number.box[3] and 0 <= gap <= 2 * number.box[3] else ""


def _button_row(text: str) -> bool:
    """The page's row of buttons under the number ("呼叫 发信息 拉黑 标记"): three or more
    short words and no digit. Its "标记" is a button to mark the number, never a mark on it."""
    words = text.split()
    return (
        len(words) >= _BUTTONS
        and all(len(w) <= _BUTTON for w in words)
        and not re.search(r"\d", text)
    )


def _clocks_joined(lines: list[OcrLine]) -> list[OcrLine]:
    """Each two-line row (its day and way over a bare clock) read as one dated row, "11月30日
    周一 21:06 未接来电", as other skins print it on one line."""
    joined: list[OcrLine] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        head = _DAY_WAY.match(line.text)
        if head and nxt is not None and _BARE_CLOCK.match(nxt.text) and _right_under(line, nxt):
            text = f"{head.group(1)} {nxt.text.strip()} {head.group(2)}"
            joined.append(OcrLine(text, line.box, line.confidence))
            index += 2
            continue
        joined.append(line)
        index += 1
    return joined


def _day_headed(lines: list[OcrLine]) -> list[OcrLine]:
    """Rows grouped under a heading of their day (a clock and the way on each row, the day
    printed once over them) read as dated rows, "12月3日 周四 14:48 未接来电", the heading
    itself no line of its own."""
    joined: list[OcrLine] = []
    day = ""
    for index, line in enumerate(lines):
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if _DAY_HEADING.match(line.text) and nxt is not None and _CLOCK_WAY.match(nxt.text):
            day = line.text.strip()
            continue
        if day and _CLOCK_WAY.match(line.text):
            joined.append(OcrLine(f"{day} {line.text.strip()}", line.box, line.confidence))
            continue
        day = ""
        joined.append(line)
    return joined


def _last_call(
    lines: list[OcrLine], first: int, number: str, anchor: date | None
) -> tuple[CallRow, ...] | None:
    """A number's page that names only its last call ("最近通话 3月22日 23:50"): that one call,
    with the number's tag; None when no such line stands under the number."""
    labelled = [ln for ln in lines[first + 1 :] if _LABELLED_CALL.match(ln.text)]
    if len(labelled) != 1:
        return None
    day, clock = when_of(labelled[0].text, anchor)
    tags = [
        m.group(0) for ln in lines[first:] if ln not in labelled for m in _TAG.finditer(ln.text)
    ]
    # "已被96人标记为「骚扰电话」": the kind the crowd marked it, not the word "标记", is its tag.
    tag = next((t for t in tags if t != "标记"), tags[0] if tags else "")
    return (CallRow(number=number, time=iso_time(day, clock), tag=tag),)
