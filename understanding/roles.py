"""Numbers and people in the evidence (pure): who called or wrote, how often, and in what role.

Each screenshot's text is read line by line into contact events: a call-log row (with its row
count such as "(12)" and the phone's own labels such as "疑似催收"), an SMS list row, or a chat's
messages attributed to the chat's title (a number or a name). Dates quoted inside a message
(deadlines, paydays) are never events; only a row's or a chat's own timestamp is.

Every number or sender gets a guessed role; the user's stored choice always wins. Only
collectors feed the case facts and letters; the borrower's own contacts are masked in redacted
exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from casefile.model import ROLES, Case, EvidenceItem
from evidence.entities import (
    KNOWN_PLATFORMS,
    event_dates,
    extract_entities,
    normalise_text,
    screenshot_date,
    threats_in,
)
from evidence.entities.phones import phone_digits

CONTACT_ROLES = frozenset({"relative", "colleague", "friend"})
ROLE_LABELS = {
    "collector": "催收方",
    "platform": "平台/服务号",
    "relative": "我的亲属",
    "colleague": "我的同事",
    "friend": "我的朋友",
    "authority": "公安/监管机关",
    "unknown": "未确定",
}
NIGHT_START, NIGHT_END = 22, 8  # 22:00 to 08:00 counts as night-time

_PHONE = re.compile(
    r"(?<![\d+])(?:\+?86[ \-]?)?(1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}|[48]00[ \-]?\d{3}[ \-]?\d{4}"
    r"|106\d{5,17}|95\d{3,6}|100\d{2}|1(?:10|19|20|22)|123\d{2}|0\d{2,3}[ \-]?\d{7,8})"
    r"(?![\d元块万千.,%])"
)
_ROW_COUNT = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]")
_LABELS = re.compile(
    r"疑似催收|催收电话|骚扰电话|诈骗电话|疑似诈骗|广告推销|房产中介|快递外卖|保险理财|"
    r"被\s*\d+\s*(?:人|位用户)?\s*标记(?:为)?\s*[\u4e00-\u9fa5]{0,4}"
)
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3])\s*:\s*([0-5]\d)(?![\d:])")
_CALL_WORDS = re.compile(
    r"呼入|呼出|未接|已拨|已接|来电|去电|响铃|通话|\d+\s*分\s*\d+\s*秒|\d+\s*秒"
)
_COLLECTOR_WORDS = re.compile(
    r"催收|逾期|欠款|还款|还清|账单|法务|老赖|应还|未还|回电|结清|协商|律师函|委外|资产管理"
)
_RELATIVE_WORDS = re.compile(
    r"妈|爸|老婆|老公|媳妇|爱人|儿子|女儿|哥|姐|弟|妹|舅|姨|姑|叔|伯|婶|爷|奶|外公|外婆|岳|表|堂|亲家"
)
_COLLEAGUE_WORDS = re.compile(r"同事|领导|经理|主管|老板|工作群|公司|部门|单位|人事|财务|项目组")
_FRIEND_WORDS = re.compile(r"朋友|室友|同学|老[张王李赵刘陈杨黄周吴]|兄弟|闺蜜|发小")
_COLLECTOR_TITLE = re.compile(r"催收|法务|专员|调解|资产|逾期|委外|贷|借|分期|白条|钱包")
_LENDER = re.compile(
    r"[\u4e00-\u9fa5]{1,4}?(?:贷|借款|借条|分期|白条|钱包|金融)(?:的|提醒|法务)"
    r"|在[\u4e00-\u9fa5]{2,5}的(?:借款|账单|贷款)"
)
_CLOCK_LINE = re.compile(r"^\s*\d{1,2}\s*:\s*\d{2}\s*$")
_AUTHORITY_NUMBERS = ("110", "12321", "12315", "12345", "12363", "12378", "12389", "96110")
_CARRIERS = ("10086", "10010", "10000", "10001")
_CHAT_KINDS = ("chat", "im", "social")
_MESSAGE_END = re.compile(r"[。！？!?]$")


@dataclass(frozen=True)
class ContactEvent:
    """One call or message (or a call-log row standing for `count` of them)."""

    sender: str  # digits of a phone, or a chat's title
    kind: str  # "call" | "message"
    day: str  # ISO date, "" when not known
    time: str  # HH:MM, "" when not known
    count: int
    exhibit: str

    @property
    def night(self) -> bool:
        """Between 22:00 and 08:00."""
        if not self.time:
            return False
        hour = int(self.time[:2])
        return hour >= NIGHT_START or hour < NIGHT_END


@dataclass
class _Seen:
    sender: str
    is_number: bool
    events: list[ContactEvent] = field(default_factory=list)
    exhibits: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    title_of: list[str] = field(default_factory=list)  # kinds of chat it is the title of


@dataclass(frozen=True)
class NumberRow:
    """One phone number or sender: figures, exhibits, labels and role."""

    sender: str
    is_number: bool
    calls: int
    messages: int
    first_seen: str
    last_seen: str
    night: int
    exhibits: tuple[str, ...]
    labels: tuple[str, ...]
    guess: str
    reason: str  # why the guess, in Chinese
    reason_code: str  # a key of REASONS
    reason_detail: str
    role: str  # the user's choice when stored, else the guess
    confirmed: bool

    @property
    def is_contact(self) -> bool:
        return self.role in CONTACT_ROLES


def _time_in(line: str) -> str:
    match = _TIME.search(line)
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else ""


def _day_in(line: str, anchor: date | None) -> str:
    dates = event_dates(line, anchor)
    return dates[-1] if dates else ""


def _phones_in(line: str) -> list[str]:
    """Phones on a line; short service numbers (110, 95xxx, 100xx) only at a row's start."""
    found = []
    for match in _PHONE.finditer(line):
        digits = phone_digits(match.group(1))
        if len(digits) >= 7 or not line[: match.start()].strip():
            found.append(digits)
    return found


def _chat_title(lines: list[str]) -> str:
    """The chat's title: the first line that is not a clock, a date or a status word."""
    for line in lines[:4]:
        stripped = line.strip().lstrip("<").strip()
        if not stripped or _CLOCK_LINE.match(stripped) or event_dates(stripped):
            continue
        return stripped
    return ""


def events_of(item: EvidenceItem) -> tuple[list[ContactEvent], dict[str, _Seen]]:
    """Contact events of one exhibit, and everything seen about each sender on it."""
    text = normalise_text(item.text or "")
    lines = [line.strip() for line in text.splitlines()]
    anchor_iso = screenshot_date(text) or item.captured_on
    anchor = date.fromisoformat(anchor_iso) if _is_iso(anchor_iso) else None
    seen: dict[str, _Seen] = {}
    events: list[ContactEvent] = []

    def note(sender: str, is_number: bool) -> _Seen:
        entry = seen.setdefault(sender, _Seen(sender, is_number))
        if item.id not in entry.exhibits:
            entry.exhibits.append(item.id)
        return entry

    current_day = anchor_iso if anchor else ""
    if item.kind == "recording":
        # A call recording is one call with the number in its header line (from the file name).
        phones = list(extract_entities(lines[0]).phones) if lines else []
        if phones:
            day = item.captured_on if _is_iso(item.captured_on or "") else ""
            clock = _time_in(lines[0])
            event = ContactEvent(phones[0], "call", day, clock, 1, item.id)
            entry = note(phones[0], True)
            entry.context.append(text)
            entry.events.append(event)
            events.append(event)
        return events, seen
    if item.kind in _CHAT_KINDS:
        title = _chat_title(lines)
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
        starts_row = line.startswith(tuple("+0123456789")) or bool(_LABELS.search(line))
        for number in phones:
            entry = note(number, True)
            entry.labels.extend(m.group(0).replace(" ", "") for m in _LABELS.finditer(row_text))
            entry.context.append(row_text)
        if not starts_row or first in {e.sender for e in events if e.kind == "message"}:
            continue
        when_line = line if (_day_in(line, anchor) or _time_in(line)) else below
        day = _day_in(when_line, anchor) or current_day
        clock = _time_in(when_line)
        if item.kind == "call_log" and (_CALL_WORDS.search(row_text) or _ROW_COUNT.search(line)):
            rows = _ROW_COUNT.search(line)
            event = ContactEvent(
                first, "call", day, clock, int(rows.group(1)) if rows else 1, item.id
            )
        elif item.kind == "sms":
            event = ContactEvent(first, "message", day, clock, 1, item.id)
        else:
            continue
        events.append(event)
        seen[first].events.append(event)
    return events, seen


def _with_time(event: ContactEvent, clock: str) -> ContactEvent:
    return ContactEvent(event.sender, event.kind, event.day, clock, event.count, event.exhibit)


def _is_iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True


REASONS = {  # code -> the reason in Chinese ({detail}: what was found)
    "authority_number": "公安/监管机关的公开号码",
    "service_number": "平台客服号码（400/800）",
    "bank_or_carrier": "银行/运营商服务号（95xxx/100xx）",
    "phone_label": "手机标记：{detail}",
    "collector_title": "聊天名称像催收方",
    "colleague_title": "聊天名称像同事或工作群",
    "relative_title": "聊天名称像亲属",
    "friend_title": "聊天名称像朋友",
    "sms_gateway": "短信通道号（106）发送的平台通知",
    "collector_words": "内容含催收用语：{detail}",
    "lender_stranger": "陌生手机号发来的借贷平台内容：{detail}",
    "no_clue": "证据中没有足够线索",
}


class Guess(NamedTuple):
    role: str
    reason: str  # Chinese, for documents
    code: str  # a key of REASONS, for the UI's own language
    detail: str


def _guess(role: str, code: str, detail: str = "") -> Guess:
    return Guess(role, REASONS[code].format(detail=detail), code, detail)


def guess_role(
    sender: str,
    is_number: bool,
    context: str,
    labels: Iterable[str] = (),
    *,
    service_phone: str = "",
    platform: str = "",
) -> Guess:
    """A first guess at a sender's role, with the reason (Chinese text, code and detail)."""
    labels = list(labels)
    if is_number:
        if sender in _AUTHORITY_NUMBERS:
            return _guess("authority", "authority_number")
        if sender == phone_digits(service_phone) or sender.startswith(("400", "800")):
            return _guess("platform", "service_number")
        if (sender.startswith("95") and len(sender) <= 8) or sender in _CARRIERS:
            return _guess("platform", "bank_or_carrier")
    if any("催收" in label or "骚扰" in label for label in labels):
        return _guess("collector", "phone_label", "、".join(dict.fromkeys(labels)))
    if not is_number:
        if _COLLECTOR_TITLE.search(sender):
            return _guess("collector", "collector_title")
        if _COLLEAGUE_WORDS.search(sender):
            return _guess("colleague", "colleague_title")
        if _RELATIVE_WORDS.search(sender):
            return _guess("relative", "relative_title")
        if _FRIEND_WORDS.search(sender):
            return _guess("friend", "friend_title")
    flat = context.replace("\n", "")
    threats = threats_in(context)
    words = sorted(set(_COLLECTOR_WORDS.findall(flat)))
    if is_number and sender.startswith("106"):
        platforms = [name for name in KNOWN_PLATFORMS if name in flat] or (
            ["【】"] if "【" in flat else []
        )
        if platforms and not threats:
            return _guess("platform", "sms_gateway")
    if threats or len(words) >= 2 or (words and is_number):
        shown = "、".join([*threats, *words][:4])
        return _guess("collector", "collector_words", shown)
    lender = [n for n in (*KNOWN_PLATFORMS, platform) if n and n in flat] or _LENDER.findall(flat)
    if is_number and re.fullmatch(r"1[3-9]\d{9}", sender) and lender:
        # Saved contacts show as names; a bare mobile number writing about a lender is a stranger.
        return _guess("collector", "lender_stranger", lender[0])
    return _guess("unknown", "no_clue")


def stored_roles(case: Case) -> dict[str, str]:
    """The user's confirmed roles ({sender: role}) kept with the case."""
    raw = case.extra.get("contact_roles")
    if not isinstance(raw, dict):
        return {}
    return {str(k): v for k, v in raw.items() if v in ROLES}


def case_events(case: Case) -> tuple[list[ContactEvent], dict[str, _Seen]]:
    """Contact events and per-sender observations over every exhibit of the case."""
    events: list[ContactEvent] = []
    merged: dict[str, _Seen] = {}
    for item in case.evidence:
        item_events, seen = events_of(item)
        events.extend(item_events)
        for sender, entry in seen.items():
            target = merged.setdefault(sender, _Seen(sender, entry.is_number))
            target.events.extend(entry.events)
            target.exhibits.extend(e for e in entry.exhibits if e not in target.exhibits)
            target.labels.extend(entry.labels)
            target.context.extend(entry.context)
            target.title_of.extend(entry.title_of)
    return events, merged


def number_rows(case: Case, roles: Mapping[str, str] | None = None) -> list[NumberRow]:
    """One row per number or sender seen in the evidence, busiest first.

    The borrower's own number is left out. `roles` (default: the case's stored roles) wins over
    the guess.
    """
    chosen = dict(stored_roles(case) if roles is None else roles)
    own = phone_digits(case.borrower.phone)
    _, seen = case_events(case)
    rows = []
    for sender, entry in seen.items():
        if own and sender == own:
            continue
        calls = sum(e.count for e in entry.events if e.kind == "call")
        messages = sum(e.count for e in entry.events if e.kind == "message")
        days = sorted(e.day for e in entry.events if e.day)
        labels = tuple(dict.fromkeys(entry.labels))
        guess = guess_role(
            sender,
            entry.is_number,
            "\n".join(entry.context),
            labels,
            service_phone=case.platform.service_phone,
            platform=case.platform.name,
        )
        role = chosen.get(sender, guess.role)
        rows.append(
            NumberRow(
                sender=sender,
                is_number=entry.is_number,
                calls=calls,
                messages=messages,
                first_seen=days[0] if days else "",
                last_seen=days[-1] if days else "",
                night=sum(e.count for e in entry.events if e.night),
                exhibits=tuple(entry.exhibits),
                labels=labels,
                guess=guess.role,
                reason=guess.reason,
                reason_code=guess.code,
                reason_detail=guess.detail,
                role=role if role in ROLES else guess.role,
                confirmed=sender in chosen,
            )
        )
    return sorted(rows, key=lambda r: (-(r.calls + r.messages), -len(r.exhibits), r.sender))


def collector_senders(rows: Iterable[NumberRow]) -> list[str]:
    """Senders whose role (confirmed, else guessed) is collector."""
    return [row.sender for row in rows if row.role == "collector"]


def contact_numbers(rows: Iterable[NumberRow]) -> list[str]:
    """Phone numbers of the borrower's own contacts (masked in redacted exports)."""
    return [row.sender for row in rows if row.is_number and row.is_contact]


@dataclass(frozen=True)
class DateRoles:
    """The dates of one exhibit, kept apart by what they are."""

    captured_on: str  # the screen's own date (a list header or a chat timestamp)
    contact_days: tuple[str, ...]  # days of calls and messages shown on it
    mentioned: tuple[str, ...]  # dates only written in the text (deadlines, paydays, due dates)


def date_roles(item: EvidenceItem) -> DateRoles:
    """Capture date, contact days and merely mentioned dates of one exhibit."""
    events, _ = events_of(item)
    contact = tuple(sorted({e.day for e in events if e.day}))
    captured = item.captured_on or screenshot_date(item.text or "")
    every = extract_entities(item.text or "").dates
    mentioned = tuple(d for d in every if d not in contact and d != captured)
    return DateRoles(captured, contact, mentioned)
