"""What the collectors said and did, as the law rules read it (pure functions).

An issue may be raised only by the collectors' own conduct: a message a collector sent (a parsed
screen's incoming bubble, or an exhibit whose sender is a collector), a document a collector sent,
a call pattern of the collectors' numbers, or the borrower's own account where it says the
collectors did it. The borrower's replies, a contact's message, a deadline written inside a
message ("请于07:30前还款") and a screenshot's status-bar clock never raise anything.

Who is a collector comes from understanding.roles (its public functions only): the user's
confirmed role of each sender, else the guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from casefile.model import Case, EvidenceItem
from evidence.entities import screenshot_date
from evidence.entities.phones import phone_digits
from evidence.screens.records import ScreenRecord
from understanding.roles import NIGHT_END, NIGHT_START, case_events, events_of, number_rows
from understanding.screen_events import is_not_words

COLLECTOR = "collector"
# Roles that are not the collectors: a message from one of them is never a collector's message.
OTHER_ROLES = frozenset({"platform", "relative", "colleague", "friend", "authority"})
_MESSAGE_SCREENS = ("chat_1to1", "group_chat", "sms_thread")
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_CLOCK_ONLY = re.compile(r"^[\s\d:：/\-年月日号星期周上下午晚早凌晨昨天今天前天]*$")
# The words of a group addressed at once: a message to "各位/大家" in a group is public.
_GROUP_KINDS = ("group_chat",)


@dataclass(frozen=True)
class Said:
    """One sentence a rule may read, with where it comes from (shown to the user)."""

    text: str
    where: str  # "证据E1（催收方 17100002222）", "您的讲述"
    source: str  # "message" | "document" | "account"
    exhibit: str = ""
    group: bool = False  # said in a group chat (seen by many)
    day: str = ""  # ISO date of the message, "" when not known
    time: str = ""  # HH:MM of a parsed message's own timestamp, "" when not known


def sentences(text: str) -> list[str]:
    """Sentences of a text, line by line (OCR lines of different messages never merge)."""
    out = []
    for line in (text or "").splitlines():
        for part in _SENTENCE.findall(line):
            part = part.strip()
            if part and not _CLOCK_ONLY.match(part):
                out.append(part)
    return out


def _record(item: EvidenceItem) -> ScreenRecord | None:
    """The parsed screen record kept with an exhibit's entities at intake, if any."""
    entities = item.extra.get("entities") if isinstance(item.extra, dict) else None
    data = entities.get("screen") if isinstance(entities, dict) else None
    if not isinstance(data, dict):
        return None
    try:
        return ScreenRecord.from_json(data)
    except (TypeError, ValueError):
        return None  # a record of an older shape: read the text instead


def sender_roles(case: Case) -> dict[str, str]:
    """{sender: role} for every sender seen in the evidence.

    A collector: confirmed or guessed. Anyone else only where the user confirmed it, or where the
    number itself says so (a platform's or an authority's service number): a guess of "colleague"
    from words in a chat ("各位同事") must not hide the collector who wrote them.
    """
    out = {}
    for row in number_rows(case):
        trusted = row.confirmed or row.role in ("platform", "authority") or row.role == COLLECTOR
        out[row.sender] = row.role if trusted else ""
        for name in row.names:  # the phone's saved name ("妈妈") is the same party as its number
            out.setdefault(name, out[row.sender])
    return out


def _role_of(sender: str, roles: dict[str, str]) -> str:
    if not sender:
        return ""
    return roles.get(sender) or roles.get(phone_digits(sender)) or ""


def _item_attribution(item: EvidenceItem, roles: dict[str, str]) -> tuple[str, str]:
    """(role, sender) of an exhibit as a whole: a collector, someone else, or unknown ("")."""
    _, seen = events_of(item)
    found = [(roles.get(sender, ""), sender) for sender in seen]
    for role, sender in found:
        if role == COLLECTOR:
            return COLLECTOR, sender
    for role, sender in found:
        if role in OTHER_ROLES:
            return role, sender
    return "", ""


def _label(item: EvidenceItem, sender: str, unknown: bool) -> str:
    if unknown:
        return f"证据{item.id}（发送方未识别）"
    # A chat "title" read from the text may be a whole first message: name short senders only.
    named = sender and len(sender) <= 16
    return f"证据{item.id}（催收方 {sender}）" if named else f"证据{item.id}（催收方）"


def collector_said(case: Case) -> list[Said]:
    """Every sentence of the collectors' messages and documents, with where it comes from.

    An exhibit whose sender is not identified at all counts as the collectors' (the borrower keeps
    it as evidence of the collection) and says so in its label; an exhibit from a relative, a
    colleague, a friend, the platform's service number or an authority never does.
    """
    roles = sender_roles(case)
    out: list[Said] = []
    for item in case.evidence:
        record = _record(item)
        role, sender = _item_attribution(item, roles)
        if record is not None and record.kind in _MESSAGE_SCREENS:
            group = record.kind in _GROUP_KINDS
            for message in record.messages:
                if message.side != "in" or is_not_words(message.text):
                    continue  # the borrower's replies and the app's own text are no one's words
                who = message.sender or record.counterpart
                own = _role_of(who, roles) or role
                if own and own != COLLECTOR:
                    continue
                where = _label(item, who if own == COLLECTOR else "", not own)
                day, _, clock = message.time.rpartition("T")
                out += [
                    Said(s, where, "message", item.id, group, day, clock if ":" in clock else "")
                    for s in sentences(message.text)
                ]
            continue
        if role and role != COLLECTOR:
            continue
        source = "document" if record is not None and record.kind == "document" else "message"
        where = _label(item, sender, not role)
        group = record is not None and record.kind in _GROUP_KINDS
        text = item.text if record is None or not record.fields else _fields_text(record)
        out += [Said(s, where, source, item.id, group) for s in sentences(text)]
    for quote in case.harassment.quotes:
        if quote.text.strip():
            where = f"证据{quote.exhibit}原话" if quote.exhibit else "对方原话"
            out += [Said(s, where, "message", quote.exhibit) for s in sentences(quote.text)]
    return out


def _fields_text(record: ScreenRecord) -> str:
    return "\n".join(f"{key}：{value}" for key, value in record.fields.items())


def account_said(case: Case) -> list[Said]:
    """The borrower's own account, as they wrote it.

    The threat categories ("称要上门") are labels, not the borrower's words nor the collectors':
    an unbacked category raises nothing.
    """
    h = case.harassment
    out = [Said(s, "您的讲述", "account") for s in sentences(h.account)]
    out += [Said(s, "补充说明", "account") for s in sentences(h.summary)]
    return out


# --- call patterns ----------------------------------------------------------------------------


def collector_events(case: Case) -> list:
    """Calls and messages of senders whose role is collector (understanding.roles events)."""
    roles = sender_roles(case)
    events, _ = case_events(case)
    return [e for e in events if roles.get(e.sender) == COLLECTOR]


def night_contacts(case: Case) -> str:
    """Why the collectors contacted at night: their calls, and parsed messages, 22:00 to 08:00.

    Only a call row's own time and a parsed message bubble's own timestamp count. A message read
    from plain text has no reliable time of its own (a deadline inside it, "请于07:30前还款", or
    the status-bar clock would read as one), so it never counts.
    """
    calls = [e for e in collector_events(case) if e.kind == "call" and e.night]
    bubbles = [s for s in collector_said(case) if s.time and _at_night(s.time)]
    count = sum(e.count for e in calls) + len({(s.exhibit, s.day, s.time) for s in bubbles})
    if not count:
        return ""
    if calls:
        first = calls[0]
        when = f"{first.day} {first.time}".strip()
        return f"催收方号码在夜间联系{count}次（如证据{first.exhibit}：{when}来电）"
    when = f"{bubbles[0].day} {bubbles[0].time}".strip()
    return f"催收方在夜间联系{count}次（如{bubbles[0].where}：{when}的消息）"


def _at_night(clock: str) -> bool:
    try:
        hour = int(clock.split(":")[0])
    except ValueError:
        return False
    return hour >= NIGHT_START or hour < NIGHT_END


def contact_total(case: Case) -> int:
    """How many times the collectors called or wrote: the confirmed counts, else their events."""
    h = case.harassment
    confirmed = (h.calls or 0) + (h.messages or 0)
    if confirmed:
        return confirmed
    return sum(e.count for e in collector_events(case))


# --- time of the conduct ----------------------------------------------------------------------


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10]) if text and text.strip() else None
    except ValueError:
        return None


def conduct_dates(case: Case) -> list[date]:
    """Days the collectors' conduct is known to have happened on, never screenshot dates.

    The confirmed harassment span, and the days of the collectors' calls and messages. A contact
    event dated only by the screenshot it is on (no date of its own on the screen) is left out:
    that day is when the picture was taken, not when the collector called.
    """
    h = case.harassment
    found = [_iso(h.started_on), _iso(h.last_on)]
    captured = {
        item.id: item.captured_on
        for item in case.evidence
        if not screenshot_date(item.text or "") and item.captured_on
    }
    for event in collector_events(case):
        if event.day and event.day != captured.get(event.exhibit):
            found.append(_iso(event.day))
    found += [_iso(s.day) for s in collector_said(case) if s.day]
    return sorted({d for d in found if d})
