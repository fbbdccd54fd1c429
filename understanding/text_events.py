"""Contact events read from a screenshot's OCR text, line by line (no parsed record kept).

Each screenshot's text is read line by line into contact events: a call-log row (with its row
count such as "(12)" and the phone's own labels such as "疑似催收"), an SMS list row, or a chat's
messages attributed to the chat's title (a number or a name). Dates quoted inside a message
(deadlines, paydays) are never events; only a row's or a chat's own timestamp is. Exhibits whose
parsed screen record is usable are read from it instead (understanding.screen_events).
"""

from __future__ import annotations

import re
from datetime import date

from casefile.model import EvidenceItem
from evidence.entities import event_dates, extract_entities, normalise_text, screenshot_date
from evidence.entities.phones import find_phones, phone_digits
from evidence.screens.chrome import is_bottom_chrome, is_status_text
from evidence.screens.fields import DOCUMENT_TITLE
from evidence.screens.when import is_time_only, when_of
from understanding.demands import is_collecting, is_service_channel
from understanding.due_reminders import reminds_of_due_day
from understanding.events import ContactEvent, Seen, is_iso
from understanding.screen_words import is_not_words, name_shown

# A landline may print its local number split in two ("0317-8856-2014", "0535 876 5221").
_PHONE = re.compile(
    r"(?<![\d+])(?:\+?86[ \-]?)?(1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}|[48]00[ \-]?\d{3}[ \-]?\d{4}"
    r"|106\d{5,17}|16\d{10,18}|95\d{3,6}|100\d{2}|1(?:10|19|20|22)|123\d{2}"
    r"|0\d{2,3}[ \-]?\d{3,4}[ \-]\d{4}|0\d{2,3}[ \-]?\d{7,8})"
    r"(?![\d元块万千.,%])"
)
_ROW_COUNT = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]")
LABELS = re.compile(
    r"疑似催收|催收电话|骚扰电话|诈骗电话|疑似诈骗|广告推销|房产中介|快递外卖|保险理财|"
    r"被\s*\d+\s*(?:人|位用户)?\s*标记(?:为)?\s*[\u4e00-\u9fa5]{0,4}"
)
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3])\s*:\s*([0-5]\d)(?![\d:])")
_CALL_WORDS = re.compile(
    r"呼入|呼出|未接|已拨|已接|来电|去电|响铃|通话|\d+\s*分\s*\d+\s*秒|\d+\s*秒"
)
_CLOCK_LINE = re.compile(r"^\s*\d{1,2}\s*:\s*\d{2}\s*$")
_CHAT_KINDS = ("chat", "im", "social")
_MESSAGE_END = re.compile(r"[。！？!?]$")
# What a timestamp line between messages holds ("10月8日09:00", "星期五 09:00", "昨天 22:10").
_WHEN_FILLER = re.compile(r"[\s\d:：/\-.年月日号今昨前天星期周一二三四五六日上下午早晚凌晨]")


def _time_in(line: str) -> str:
    match = _TIME.search(line)
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else ""


def _day_in(line: str, anchor: date | None) -> str:
    dates = event_dates(line, anchor)
    return dates[-1] if dates else ""


def _phones_in(line: str) -> list[str]:
    """Phones on a line; short service numbers (110, 95xxx, 100xx) only at a row's start."""
    found: list[tuple[int, str]] = []
    for match in _PHONE.finditer(line):
        digits = phone_digits(match.group(1))
        if len(digits) >= 7 or not line[: match.start()].strip():
            found.append((match.start(), digits))
    for (start, _end), digits in find_phones(line):
        # A landline spaced as dialers print it ("0531-8890 2613").
        if digits.startswith("0") and len(digits) >= 10 and digits not in {d for _s, d in found}:
            found.append((start, digits))
    return [digits for _start, digits in sorted(found)]


# A chat's title is a name or a number: a line with a sentence's marks, or longer than any
# name, is a message the screenshot begins with (its title scrolled away). A group named by its
# members ("张三、李四、王五") and a long title cut with "…" are still titles.
_SENTENCE_MARKS = re.compile(r"[，。！？,!?；;]")
_TITLE_CHARS = 20


def is_title(line: str) -> bool:
    """Whether a line can be a chat's title: a short name or a number, never a sentence."""
    if _phones_in(line) and len(re.sub(r"[\s\d+\-()（）]", "", line)) <= _TITLE_CHARS // 2:
        return True  # "+86 199 2586 7043", "妈妈 139 7712 3456"
    flat = re.sub(r"\s+", "", line)
    return len(flat) <= _TITLE_CHARS and not _SENTENCE_MARKS.search(flat)


def _chat_title(lines: list[str]) -> str:
    """The chat's title: the first line that is not a clock, a date or a status word.

    A paper's title ("律师函", "传票") says the picture is a document: nobody wrote it in a chat.
    A first line that is a sentence is a message: the chat shows no title, nobody is named.
    """
    for line in lines[:4]:
        stripped = line.strip().lstrip("<").strip()
        if not stripped or _CLOCK_LINE.match(stripped) or event_dates(stripped):
            continue
        if is_status_text(stripped) or is_bottom_chrome(stripped):
            continue  # "16:40 HD 5G" is the phone's status bar, never whom the chat is with
        if is_time_only(stripped):
            continue  # "11月12日星期四", "周二09:20": a lock screen's date or a chat's timestamp
        if not is_title(stripped):
            return ""
        title = name_shown(stripped)
        return "" if len(title) <= 8 and DOCUMENT_TITLE.search(title) else title
    return ""


_PHONE_ONLY = re.compile(r"^[+\d][\d\s\-]{6,}$")


def text_events(
    item: EvidenceItem, owner: str = "borrower"
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Contact events of one exhibit read from its text, and what is seen about each sender.

    `owner`: whose phone the screenshot is from (its parsed record's), for the rows' keys.
    """
    text = normalise_text(item.text or "")
    lines = [line.strip() for line in text.splitlines()]
    # The screen's own full date first, then the capture's; a weekday line only dates a screen
    # that has neither.
    captured = date.fromisoformat(item.captured_on) if is_iso(item.captured_on) else None
    anchor_iso = screenshot_date(text, captured)
    anchor = date.fromisoformat(anchor_iso) if is_iso(anchor_iso) else None
    seen: dict[str, Seen] = {}
    events: list[ContactEvent] = []

    def note(sender: str, is_number: bool) -> Seen:
        entry = seen.setdefault(sender, Seen(sender, is_number))
        if item.id not in entry.exhibits:
            entry.exhibits.append(item.id)
        return entry

    current_day = anchor_iso if anchor else ""
    if item.kind == "recording":
        # A call recording is one call with the number in its header line (from the file name).
        phones = list(extract_entities(lines[0]).phones) if lines else []
        if phones:
            day = item.captured_on if is_iso(item.captured_on or "") else ""
            clock = _time_in(lines[0])
            event = ContactEvent(phones[0], "call", day, clock, 1, item.id)
            entry = note(phones[0], True)
            entry.context.append(text)
            entry.events.append(event)
            events.append(event)
        return events, seen
    if item.kind in _CHAT_KINDS:
        # Rows headed by two numbers or more ("语音信箱" over each caller's transcript) are a
        # list: its title names the page, nobody who wrote.
        heads = {phone_digits(line) for line in lines if line and _PHONE_ONLY.match(line)}
        title = _chat_title(lines) if len(heads) < 2 else ""
        phones = _phones_in(title)
        sender = phones[0] if phones else title
        if sender:
            entry = note(sender, bool(phones))
            entry.title_of.append(item.kind)
            entry.context.append(text)
            for line in lines:
                day = _day_in(line, anchor) if event_dates(line, anchor) else ""
                if day:
                    current_day = day
                    continue
                if _MESSAGE_END.search(line):
                    event = ContactEvent(sender, "message", current_day, "", 1, item.id)
                    events.append(event)
            times = [_time_in(line) for line in lines[1:] if _time_in(line)]
            if times:  # the first chat timestamp dates the messages after it
                events[:] = [_with_time(e, times[0]) for e in events]
            entry.events.extend(events)
    for index, line in enumerate(lines):
        phones = _phones_in(line)
        if not phones:
            if event_dates(line, anchor) and len(re.sub(r"[\d\s年月日/\-:]", "", line)) <= 2:
                current_day = _day_in(line, anchor) or current_day
            continue
        below = lines[index + 1] if index + 1 < len(lines) else ""
        row_text = f"{line} {below}"
        first = phones[0]
        starts_row = line.startswith(tuple("+0123456789")) or bool(LABELS.search(line))
        for number in phones:
            entry = note(number, True)
            entry.labels.extend(m.group(0).replace(" ", "") for m in LABELS.finditer(row_text))
            entry.context.append(row_text)
        if not starts_row or first in {e.sender for e in events if e.kind == "message"}:
            continue
        when_line = line if (_day_in(line, anchor) or _time_in(line)) else below
        day = _day_in(when_line, anchor) or current_day
        clock = _time_in(when_line)
        timed = bool(clock or _day_in(when_line, anchor))
        if item.kind == "call_log" and (
            _CALL_WORDS.search(row_text) or _ROW_COUNT.search(line) or timed
        ):
            rows = _ROW_COUNT.search(line)
            count = int(rows.group(1)) if rows else 1
            # Keyed like a parsed record's row, so an overlapping screenshot counts it once: a
            # row dated by its own day alone ("星期二") is keyed by that day, as a record keys it.
            when = f"{day}T{clock}" if day and clock else _day_in(when_line, anchor)
            key = f"{owner}|call|{first}|{when}|{count}" if when else ""
            event = ContactEvent(first, "call", day, clock, count, item.id, key)
        elif item.kind == "sms":
            event = ContactEvent(first, "message", day, clock, 1, item.id)
        else:
            continue
        events.append(event)
        seen[first].events.append(event)
    return events, seen


def _with_time(event: ContactEvent, clock: str) -> ContactEvent:
    return ContactEvent(event.sender, event.kind, event.day, clock, event.count, event.exhibit)


def gateway_thread(
    item: EvidenceItem, owner: str = "borrower"
) -> tuple[list[ContactEvent], dict[str, Seen]] | None:
    """A service channel's SMS thread read from its text, or None when the text is not one.

    A gateway (106…, 95xxx) takes no replies, so every message under its header is its own:
    the lines between two timestamps are one message, joined across the wraps. Read this way
    when the layout parser took the thread for a paper (the disbursement SMS names amounts).
    """
    text = normalise_text(item.text or "")
    # (read, as written): times and numbers are read normalised, words quoted as written.
    pairs = [
        (read.strip(), raw.strip())
        for read, raw in zip(text.splitlines(), (item.text or "").splitlines(), strict=False)
        if read.strip() and not is_status_text(read) and not is_bottom_chrome(read)
    ]
    lines = [read for read, _raw in pairs]
    header = _phones_in(lines[0]) if lines else []
    if not header or phone_digits(lines[0]) != header[0] or not is_service_channel(header[0]):
        return None
    sender = header[0]
    anchor_iso = item.captured_on or screenshot_date(text)
    anchor = date.fromisoformat(anchor_iso) if is_iso(anchor_iso) else None
    found: list[tuple[str, str, list[str]]] = []
    for line, raw in pairs[1:]:
        day, clock = when_of(line, anchor)
        if clock and not _WHEN_FILLER.sub("", line):
            found.append((day or "", clock, []))
        elif found:
            found[-1][2].append(raw)
    messages = [(d, c, "".join(body)) for d, c, body in found if body]
    if not messages:
        return None
    entry = Seen(sender, True, exhibits=[item.id])
    events: list[ContactEvent] = []
    for day, clock, body in messages:
        if is_not_words(body):
            continue
        entry.context.append(body)
        key = f"{owner}|message|{sender}|{day}T{clock}|{body}"
        event = ContactEvent(sender, "message", day, clock, 1, item.id, key)
        collecting = is_collecting(body, channel=is_service_channel(sender))
        if not collecting and not reminds_of_due_day(body):
            entry.notices.append(event)  # "放款成功": the platform's notice, not conduct
            continue
        entry.words.append((body, item.id))
        entry.events.append(event)
        events.append(event)
    return events, {sender: entry}
