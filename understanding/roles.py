"""Numbers and people in the evidence (pure): who called or wrote, how often, and in what role.

Each exhibit gives contact events: from its parsed screen record when one is kept and usable
(understanding.screen_events: call rows with their counts, messages by side and header), else
from its OCR text line by line (understanding.text_events). The same row or message seen on two
overlapping screenshots counts once.

Every number or sender gets a guessed role (understanding.guess); the user's stored choice always
wins. Only collectors feed the case facts and letters; the borrower's own contacts are masked in
redacted exports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from casefile.model import ROLES, Case, EvidenceItem
from evidence.entities import extract_entities, screenshot_date
from evidence.entities.phones import phone_digits
from evidence.screens.owner import guess_owner
from evidence.screens.records import ScreenRecord
from understanding.bill_page import is_bill_page
from understanding.capture_year import case_year_days, with_day
from understanding.chat_twins import carry_titles
from understanding.events import NIGHT_END, NIGHT_START, ContactEvent, Seen, fold_senders
from understanding.group_members import share_renamed
from understanding.guess import REASONS, Guess, guess_role
from understanding.name_twins import join_name_twins, one_dot, with_one_dot
from understanding.papers_posts import is_paper_photo
from understanding.phone_tags import tag_the_header
from understanding.preview_names import join_brand_threads
from understanding.row_overlap import overlapped_rows
from understanding.saved_number import number_under_name
from understanding.screen_events import SCREEN_KEY, is_screen_label, record_events, record_of
from understanding.seen_twice import (
    drop_previews,
    drop_same_minute_rows,
    drop_undated_twins,
    is_row,
    without,
)
from understanding.shop_desk import desk_chat, desk_reply_guess
from understanding.text_events import gateway_thread, text_events
from understanding.undated_twins import date_from_twins

_Seen = Seen  # the name callers used before the split
_LISTS = ("call_log", "sms_list")
_NO_RECORD = ScreenRecord("other")
# A line of nothing but a phone number ("13304168852", "+86 133 0416 8852", "0416-2835716").
_PAPERS = ("bill", "document", "other")
# What a call log's rows carry under a number where an inbox shows a message.
_ROW_LABEL_CHARS = 6
# Chats whose pictures may show a call log: a one-to-one chat's, or a group's (a member's own log).
_PICTURED = ("chat_1to1", "group_chat")
# Whose phone a thread shown in a chat's picture is on, where its words name no tie.
_FORWARDING_CONTACT = "friend"
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
__all__ = [
    "CONTACT_ROLES", "NIGHT_END", "NIGHT_START", "REASONS", "ROLES", "ROLE_LABELS",
    "ContactEvent", "DateRoles", "Guess", "NumberRow", "case_events", "collector_senders",
    "contact_numbers", "date_roles", "events_of", "guess_role", "number_rows", "stored_roles",
]  # fmt: skip


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
    names: tuple[str, ...] = ()  # the names the phone saved this number as ("妈妈")

    @property
    def is_contact(self) -> bool:
        return self.role in CONTACT_ROLES


def _calls_read_as_inbox(item: EvidenceItem, record: ScreenRecord) -> bool:
    """An inbox record of what the intake saw as a call log, each "message" a row's label.

    (An iPhone 最近通话 page whose rows read 骚扰电话 / 未知 / 手机 under the numbers.)
    """
    texts = [m.text.strip() for m in record.messages]
    short = sum(len(t) <= _ROW_LABEL_CHARS for t in texts)
    return item.kind == "call_log" and record.kind == "sms_list" and short > len(texts) / 2


def events_of(item: EvidenceItem) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Contact events of one exhibit, and everything seen about each sender on it.

    The number heading the screen takes the phone's tags shown under it (understanding.
    phone_tags); a name is spelt with one middle dot (understanding.name_twins).
    """
    record = record_of(item) or _NO_RECORD
    # A chat's own messages carry no sender or the counterpart's name (a search result's head).
    shown = (
        [m for m in record.messages if m.sender and m.sender != record.counterpart]
        if record.kind == "chat_1to1"
        else []
    )
    # A call log shown in a picture inside the chat: rows naming a number or a name (the chat's
    # own call bubbles name neither) are calls on the forwarding contact's phone.
    log = [c for c in record.calls if c.number or c.name] if record.kind in _PICTURED else []
    if shown or log:
        # A text thread shown in a picture inside the chat: its messages are its sender's,
        # read as that thread on the forwarding contact's phone, never the chat's counterpart's.
        own = tuple(m for m in record.messages if m not in shown)
        calls = tuple(c for c in record.calls if c not in log)
        record = replace(record, messages=own, calls=calls)
        item = _with_record(item, record)
    number = number_under_name(record)
    if number:
        # A saved name's thread showing its number under the name ("还款提醒" over "133…"):
        # the header is that number, saved under the name, as "妈妈 139…" on one row is.
        record = replace(record, counterpart=f"{record.counterpart} {number}")
        item = _with_record(item, record)
    events, seen = _read_events(item, record)
    if log:
        shot = ScreenRecord("call_log", record.app, _FORWARDING_CONTACT, calls=tuple(log))
        _read_shown(item, shot, events, seen)
    tag_the_header(record, seen)
    share_renamed(record, seen)
    for sender in dict.fromkeys(m.sender for m in shown):
        messages = tuple(m for m in shown if m.sender == sender)
        owner = guess_owner(messages, "sms_thread") or _FORWARDING_CONTACT
        thread = ScreenRecord("sms_thread", record.app, owner, sender, messages=messages)
        _read_shown(item, thread, events, seen)
    return with_one_dot(events, seen)


def _read_shown(
    item: EvidenceItem, shown: ScreenRecord, events: list[ContactEvent], seen: dict[str, Seen]
) -> None:
    """Add the events of a screen shown in a picture inside the exhibit to the exhibit's own."""
    more, more_seen = _read_events(_with_record(item, shown), shown)
    events.extend(more)
    for key, entry in more_seen.items():
        seen.setdefault(key, Seen(key, entry.is_number)).merge(entry)


def _with_record(item: EvidenceItem, record: ScreenRecord) -> EvidenceItem:
    """The exhibit with another parsed record kept in its entities (screen_events.record_json)."""
    own = getattr(item, "entities", None)
    if isinstance(own, dict):  # an intake result keeps them on itself
        return replace(item, entities={**own, SCREEN_KEY: record.to_json()})
    entities = item.extra.get("entities")
    entities = {**(entities if isinstance(entities, dict) else {}), SCREEN_KEY: record.to_json()}
    return replace(item, extra={**item.extra, "entities": entities})


def _read_events(
    item: EvidenceItem, record: ScreenRecord
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Contact events of one exhibit from its record, else from its text."""
    if record.kind in ("chat_1to1", "sms_thread") and is_bill_page(item.text or ""):
        return [], {}  # a loan app's bill page taken for a chat titled "账单详情": nobody wrote
    if record.kind in ("chat_1to1", "sms_thread", "group_chat") and is_paper_photo(
        item.text or "", record.counterpart or _first_line(item.text or "")
    ):
        # A paper's photo taken for a chat: its title ("公安协查通知") wrote nothing, nor did
        # its title and field names read as posters of a group ("催收通知函", "联系电话").
        return [], {}
    if record.kind in _PAPERS and item.kind in ("sms", "chat", "im"):
        # A gateway's thread taken for a paper (its disbursement SMS names the amounts).
        thread = gateway_thread(item, record.owner)
        if thread is not None:
            return thread
    if record.messages and _calls_read_as_inbox(item, record):
        return text_events(item, record.owner)
    from_record = record_events(item)
    if from_record is None:
        events, seen = text_events(item, record.owner)
        if record.kind == "group_chat":
            # A group read from its text (its posters' names not parsed): the title the text
            # gives is the group's, where its members wrote, never who wrote.
            for entry in seen.values():
                entry.title_of.extend(["group_chat"] if entry.title_of else [])
        return events, seen
    if record.kind in _LISTS:
        # A list the layout parser read worse than the lines themselves (rows merged or lost):
        # when the text names more calling or writing numbers than the record holds, the text
        # is the better reading of this exhibit.
        from_text = text_events(item, record.owner)
        numbers = {sender for sender, entry in from_record[1].items() if entry.is_number}
        # Only numbers count: a title the text took for a chat's ("骚扰拦截" over a spam
        # folder's rows) names nobody who called or wrote.
        numbered = {k for k, entry in from_text[1].items() if entry.is_number}
        by_text = {e.sender for e in from_text[0]} & numbered
        if len(by_text - numbers) > len(numbers) / 2:
            return from_text
    return from_record


def _first_line(text: str) -> str:
    """The first line of a screen's text: a paper's title where its photo has no header."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def stored_roles(case: Case) -> dict[str, str]:
    """The user's confirmed roles ({sender: role}) kept with the case."""
    raw = case.extra.get("contact_roles")
    if not isinstance(raw, dict):
        return {}
    # Kept under the name as the screen read it: a dot look-alike is the table's "·" now.
    return {one_dot(str(k)): v for k, v in raw.items() if v in ROLES}


def case_events(case: Case) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Contact events and per-sender observations over every exhibit of the case.

    A tab bar or list title taken for a name is never a sender; a saved name seen beside its
    number on some screen is that number everywhere (one row, not two).
    """
    events: list[ContactEvent] = []
    merged: dict[str, Seen] = {}
    shown: set[str] = set()  # rows and messages already counted from an overlapping screenshot
    listed: dict[str, list[ContactEvent]] = {}  # each exhibit's list rows, in screen order
    for item, item_events, seen in _in_case_year(case.evidence):
        listed[item.id] = [e for e in item_events if is_row(e)]
        seen = {k: v for k, v in seen.items() if v.is_number or not is_screen_label(k)}
        notices = [e for entry in seen.values() for e in entry.notices]
        again = {id(e) for e in [*item_events, *notices] if e.key and e.key in shown}
        shown.update(e.key for e in [*item_events, *notices] if e.key)
        events.extend(e for e in item_events if id(e) not in again and e.sender in seen)
        for sender, entry in seen.items():
            entry.events = [e for e in entry.events if id(e) not in again]
            entry.notices = [e for e in entry.notices if id(e) not in again]
            merged.setdefault(sender, Seen(sender, entry.is_number)).merge(entry)
    # A brand over a rich-text thread is the service number its inbox row previews.
    kept = drop_previews(*join_brand_threads(events, merged))
    kept = drop_same_minute_rows(*drop_undated_twins(*kept))
    kept = without(*kept, overlapped_rows(listed))  # a row whose day OCR lost, shot twice
    return join_name_twins(*_join_saved_names(*kept))


def _in_case_year(
    items: Iterable[EvidenceItem],
) -> list[tuple[EvidenceItem, list[ContactEvent], dict[str, Seen]]]:
    """Each exhibit with its events and senders; one dated only by a file name's clock a year
    off the rest of the case has its events moved to the case's year (capture_year)."""
    # A chat whose title a banner hid takes it from a screenshot of the same conversation.
    items = carry_titles(list(items), record_of, _with_record)
    read = [(item, *events_of(item)) for item in items]
    days = [{e.day for e in item_events if e.day} for _, item_events, _ in read]
    out = []
    for index, (item, item_events, seen) in enumerate(read):
        others = [d for i, d in enumerate(days) if i != index]
        for old, new in case_year_days(
            days[index], item.captured_on, others, item.text or ""
        ).items():
            item_events = [with_day(e, old, new) for e in item_events]
            for entry in seen.values():
                entry.events = [with_day(e, old, new) for e in entry.events]
                entry.notices = [with_day(e, old, new) for e in entry.notices]
        out.append((item, item_events, seen))
    # A screen that dates nothing takes the day a dated twin screenshot shows (undated_twins).
    kind_of = lambda item: (record_of(item) or _NO_RECORD).kind  # noqa: E731
    return date_from_twins(out, kind_of, lambda item: item.text, lambda item: item.captured_on)


def _join_saved_names(
    events: list[ContactEvent], merged: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Fold a saved name's own row into its number's row (a header or row showed both)."""
    alias = {
        name: number
        for number, entry in merged.items()
        if entry.is_number
        for name in entry.names
        if name in merged and not merged[name].is_number
    }
    return fold_senders(events, merged, alias)


def number_rows(case: Case, roles: Mapping[str, str] | None = None) -> list[NumberRow]:
    """One row per number or sender seen in the evidence, busiest first.

    The borrower's own number is left out. `roles` (default: the case's stored roles) wins over
    the guess.
    """
    chosen = dict(stored_roles(case) if roles is None else roles)
    own = phone_digits(case.borrower.phone)
    _, seen = case_events(case)
    desks = {item.id for item in case.evidence if desk_chat(record_of(item) or _NO_RECORD)}
    rows = []
    for sender, entry in seen.items():
        if own and sender == own:
            continue
        calls = sum(e.count for e in entry.events if e.kind == "call")
        labels = tuple(dict.fromkeys(entry.labels))
        guess = _guess_of(case, entry, labels, calls, desks)
        stored = [chosen[k] for k in (sender, *entry.names) if k in chosen]
        role = stored[0] if stored else guess.role
        # A collector's figures are its conduct only; anyone else's row also counts the plain
        # notices it sent (a platform's "放款成功").
        shown = entry.events if role == "collector" else [*entry.events, *entry.notices]
        messages = sum(e.count for e in shown if e.kind == "message")
        days = sorted(e.day for e in shown if e.day)
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
                confirmed=bool(stored),
                names=tuple(entry.names),
            )
        )
    return sorted(rows, key=lambda r: (-(r.calls + r.messages), -len(r.exhibits), r.sender))


def _guess_of(
    case: Case, entry: Seen, labels: tuple[str, ...], calls: int, desks: set[str]
) -> Guess:
    """The guess for one sender; a number the phone saved under a name is guessed by the name
    too ("妈妈"), unless the number itself says more (a service number, the phone's tag). An
    agent answering in a shop's or service desk's chat (`desks`, those exhibits) is the desk
    speaking, however much its replies name the debt (understanding.shop_desk)."""
    context = "\n".join(entry.context)
    platform = case.platform
    # Seen only on screenshots from someone else's phone (event keys start with the phone's
    # owner): its title words say who it is to that owner, not to the borrower.
    owners = {e.phone for e in [*entry.events, *entry.notices] if e.key}
    foreign = bool(owners) and "borrower" not in owners
    by_number = guess_role(
        entry.sender, entry.is_number, context, labels, service_phone=platform.service_phone,
        platform=platform.name, contact=entry.contact, calls=calls, named_in=entry.named_in,
        night=sum(e.count for e in entry.events if e.kind == "call" and e.night),
        foreign=foreign, group="group_chat" in entry.title_of, poster=entry.in_group,
        borrower=case.borrower.name,
    )  # fmt: skip
    if by_number.code == "collector_words":
        desk = desk_reply_guess(entry.sender, entry.is_number, context, entry.exhibits, desks)
        by_number = desk or by_number
    strong = by_number.role in ("authority", "platform") or by_number.code == "phone_label"
    if not entry.names or not entry.is_number or strong:
        return by_number
    return guess_role(
        entry.names[0], False, context, labels, service_phone=platform.service_phone,
        platform=platform.name, contact="saved", calls=calls,
    )  # fmt: skip


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
