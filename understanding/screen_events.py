"""Who called or wrote on a screenshot, read from its parsed screen record (layout, not keywords).

The record (evidence.screens, kept in the exhibit's `entities["screen"]`) already says which
lines are chrome, which side a bubble is on and which row is a call. From it:
- call-log rows are calls of their number (or saved name), with their "(n)" count and the tag;
- a 1:1 chat's or SMS thread's incoming messages belong to its counterpart (the header), a
  group's to the sender named above the bubble, an inbox row's to its head;
- outgoing messages are the phone owner's and never anyone's contact event;
- a screenshot from a relative's phone makes that relative a contact; the calls and messages
  on it still count (they are how the relative was reached).
An exhibit without a usable record returns None and is read from its text instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from evidence.entities.phones import find_phones, phone_digits
from evidence.screens.calls import is_call_label
from evidence.screens.chrome import TAB_WORDS, is_bottom_chrome, is_status_text
from evidence.screens.records import CallRow, Message, ScreenRecord
from evidence.screens.when import when_of
from understanding.demands import is_collecting, is_demand, is_service_channel
from understanding.due_reminders import due_day_ahead, reminds_of_due_day
from understanding.events import ContactEvent, Seen, is_iso
from understanding.papers_posts import comment_author, comment_words
from understanding.reply_voices import is_contacts_refusal, is_debtors_plea
from understanding.screen_words import (
    in_order,
    is_call_bubble,
    is_composer_of,
    is_not_words,
    is_quote_block,
    name_shown,
    read_right,
    rejoined,
    row_name,
)

SCREEN_KEY = "screen"  # the key of the parsed record in an exhibit's entities (evidence.intake)
_CHATS = ("chat_1to1", "sms_thread")
_PAPERS = ("id_card", "bill", "document")
_OWNER_WORDS = {"relative": "亲属", "colleague": "同事", "friend": "朋友"}
_PHONE_LIKE = re.compile(r"^[\d\s+\-()（）]{5,}$")
# The words a dialer or inbox prints around its rows: tab bars, titles, a row's line type.
_SCREEN_WORDS = TAB_WORDS | {
    "通话记录", "最近通话", "最近记录", "最近联系", "全部通话", "键盘", "黄页", "未知", "手机",
    "住宅", "陌生号码", "未知号码", "私人号码", "号码", "本地", "未接", "未接来电", "已接来电",
    "已拨电话", "来电", "去电", "呼入", "呼出", "全部", "编辑", "清空", "更多", "搜索", "设置",
    "详情", "通知信息", "通知", "会话", "新建", "标记", "归属地", "语音信箱", "语音留言",
    # The kind of message a pop-up or thread is headed with ("闪信" over a flash SMS's number):
    # the screen's title, never the name the phone saved the number as.
    "闪信", "彩信",
    # iOS's recents page under its large title ("电话" over "最近"), a chat app's notice page
    # ("服务通知": each card under it names its own source), a carrier's missed-call notice
    # cards headed by the service's name, and a notes app's bar ("备忘录" back, "完成").
    "最近", "服务通知", "漏话提醒", "来电提醒", "备忘录", "完成",
}  # fmt: skip
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_NETWORK = re.compile(r"中国(?:移动|联通|电信)|(?<![A-Za-z])[2-5]G|\d{1,3}\s*%|HD|[KM]B?/s")
# A phone's tag for a number ("骚扰电话", "被23人标记为催收"): a label, never a caller's name.
_TAGS = re.compile(
    r"^(?:疑似催收|催收电话|骚扰电话|诈骗电话|疑似诈骗|广告推销|房产中介|快递外卖|保险理财|"
    r"被\s*\d+\s*(?:人|位用户)?\s*标记.*)$"
)
# A number's home and carrier shown beside it ("广西南宁 移动"): a place, never a saved name.
_PLACE = re.compile(
    r"(?:移动|联通|电信|广电|省|市|县|区)$|^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|"
    r"浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|"
    r"西藏|宁夏|新疆|香港|澳门)"
)
# An inbox cuts a row's preview with one "…" (a writer's own ellipsis is "……").
_PREVIEW_CUT = re.compile(r"(?<!…)…(?!…)|\.\.\.$")
_ROW_CUT = re.compile(r"(?<!…)(?:…|⋯|\.\.\.)\s*$")
# Rows of one list are cut at one width: two incoming texts that end in one "…" are an
# inbox's previews however the parser named the screen (a chat's writers do not all trail off).
_CUT_ROWS = 2


def _previews_cut(record: ScreenRecord, messages: list[Message]) -> bool:
    """Whether the screen's incoming texts are a list's cut previews, never whole messages."""
    if record.kind == "sms_list":
        return True
    return sum(1 for m in messages if m.side == "in" and _ROW_CUT.search(m.text)) >= _CUT_ROWS


def record_json(item: Any) -> dict | None:
    """The parsed screen record (JSON) kept with an exhibit, if any."""
    entities = getattr(item, "entities", None)
    if not isinstance(entities, dict):
        extra = getattr(item, "extra", None)
        entities = extra.get("entities") if isinstance(extra, dict) else None
    record = entities.get(SCREEN_KEY) if isinstance(entities, dict) else None
    return dict(record) if isinstance(record, dict) else None


def record_of(item: Any) -> ScreenRecord | None:
    """The exhibit's parsed screen record as a ScreenRecord, if one is kept, read right where
    its structure says the parser slipped (screen_words.read_right: title, sides)."""
    data = record_json(item)
    try:
        return read_right(ScreenRecord.from_json(data)) if data else None
    except TypeError:  # a record kept by an older parser with other fields: read the text
        return None


def _near(word: str, known: str) -> bool:
    """One OCR slip apart: the same length, one character read wrong ("暖近记录" for 最近记录)."""
    return (
        len(word) == len(known) >= 3 and sum(a != b for a, b in zip(word, known, strict=True)) == 1
    )


def is_screen_label(name: str) -> bool:
    """A tab bar, list title, row label or phone tag taken for a name: never a caller.

    "拨号 通话记录 联系人 黄页", "最近通话", "键盘 暖近记录 联系人", "未知", "骚扰电话".
    """
    text = name.strip()
    if not text:
        return True
    if is_status_text(text) or _TAGS.match(re.sub(r"\s+", "", text)):
        return True
    if _CLOCK.search(text) and (_CLOCK.fullmatch(text) or _NETWORK.search(text)):
        return True  # a clock, or a status bar in another order ("中国移动4G 18:50")
    if _is_row_subline(text):
        return True
    words = text.split()

    def known(word: str) -> bool:
        return word in _SCREEN_WORDS or any(_near(word, w) for w in _SCREEN_WORDS)

    if len(words) == 1:
        return known(words[0]) or is_bottom_chrome(text)
    return sum(known(word) for word in words) >= len(words) - 1 and all(
        len(word) <= 5 for word in words
    )


_SUBLINE_DOT = re.compile(r"\s*[·・•]\s*")
_SUBLINE_HEAD = 6  # a tag or line type before the dot: "骚扰", "催收", "手机", "疑似诈骗"


def _is_row_subline(text: str) -> bool:
    """A log row's second line, its tag or line type dotted to the number's home ("骚扰・山东青岛",
    "手机 · 河北沧州"), taken for the row's name: no name is written with a place after a dot."""
    parts = _SUBLINE_DOT.split(text)
    return len(parts) == 2 and 0 < len(parts[0]) <= _SUBLINE_HEAD and bool(_PLACE.search(parts[1]))


def _is_row_label(text: str) -> bool:
    """A call row's second line in words set apart by "|" or "·" (the crowd's tag, the number's
    home: "疑似催收|福建厦门"), read as a bubble: a log's, never anyone's message."""
    return len(re.split(r"\s*[|｜·・•]\s*", text.strip())) >= 2 and is_call_label(text)


_HEADER_CHARS = 8  # what a header may show beside the number: a name or a place, no sentence


def _split_named(text: str) -> tuple[str, str] | None:
    """(number, saved name or "") of a header with a number ("妈妈 139 7712 3456", "+86 176…
    广西南宁"), None for a sentence that merely names a number."""
    found = sorted(find_phones(text))
    if not found:
        return None
    (start, end), digits = found[0]
    rest = (text[:start] + " " + text[end:]).strip(" \t<>()（）:：-|·+")
    rest = re.sub(r"\s+", " ", rest).strip()
    if len(rest.replace(" ", "")) > _HEADER_CHARS or re.search(r"[，。！？,!?\d]", rest):
        return None
    return digits, rest if _is_saved_name(rest) else ""


def sender_of(name: str) -> tuple[str, bool]:
    """(the number table's key, is it a number) of a header, a row head or a group sender.

    The one rule for "who sent this": the corrections and the CLI name a chat's counterpart
    with it too, so a role the user gives lands on the row the table shows. A header showing a
    saved name beside its number ("妈妈 139 7712 3456") is that number.
    """
    text = name_shown(name)
    found = sorted(find_phones(text))
    if found and (_PHONE_LIKE.match(text) or found[0][0][0] == 0):
        return found[0][1], True
    if _PHONE_LIKE.match(text) and len(phone_digits(text)) >= 5:
        return phone_digits(text), True
    named = _split_named(text)
    return (named[0], True) if named else (text, False)


def _is_saved_name(name: str) -> bool:
    """A name the phone saved: short, not a place or carrier, not the screen's own label."""
    return 0 < len(name) <= 12 and not _PLACE.search(name) and not is_screen_label(name)


def saved_name(name: str) -> str:
    """The saved name shown beside a number in a header or row ("妈妈 139…" → 妈妈), else ""."""
    named = _split_named(name.strip())
    return named[1] if named else ""


def _split(when: str) -> tuple[str, str]:
    if "T" in when:
        day, clock = when.split("T", 1)
        return day, clock
    return ("", when) if ":" in when else (when, "")


def usable(record: ScreenRecord) -> bool:
    """Whether the record says who called or wrote (or that nobody did: a paper)."""
    if record.kind in _PAPERS:
        return True
    if record.kind == "call_log":
        return any(row.number or row.name for row in record.calls)
    if record.kind in _CHATS:
        return bool(record.counterpart) and any(m.side == "in" for m in record.messages)
    if record.kind in ("group_chat", "sms_list"):
        return any(m.side == "in" and m.sender for m in record.messages)
    if record.kind == "contact_card":
        return bool(card_entry(record))
    return False


def card_entry(record: ScreenRecord) -> tuple[str, str]:
    """(number, saved name) a contact card shows, ("", "") when it lacks either."""
    fields = record.fields
    raw = [fields.get(k) for k in ("number", "phone", "mobile")] + list(fields.get("phones") or [])
    texts = [str(v) for v in (*raw, record.counterpart) if v]
    numbers = [d for t in texts for d in [sender_of(t)] if d[1]]
    name = str(fields.get("name") or "").strip() or saved_name(record.counterpart)
    if not name and record.counterpart and not sender_of(record.counterpart)[1]:
        name = record.counterpart.strip()
    if not numbers or not name or not _is_saved_name(name):
        return "", ""
    return numbers[0][0], name


def _unglued(row: CallRow, anchor: date | None) -> CallRow:
    """A saved name's row with the list's time and count taken off its name ("妈妈 昨天 1")."""
    if row.number or not row.name or is_screen_label(row.name):
        return row  # a status bar ("中国移动4G 18:50") is left whole, to be dropped whole
    name, when, count = row_name(row.name)
    if name == row.name.strip():
        return row
    day, clock = when_of(when, anchor) if when else (None, None)
    time = row.time or (f"{day}T{clock}" if day and clock else day or clock or "")
    return replace(row, name=name, time=time, count=count or row.count)


def is_directory(record: ScreenRecord) -> bool:
    """A list read as calls whose rows carry no time, direction or ring: the contacts list.

    A call log dates every call it shows; the phone's directory lists the borrower's saved
    people (and their group headers) with no time and no count, so its rows are not calls.
    """
    rows = [row for row in record.calls if row.number or row.name]
    if record.kind != "call_log" or record.messages or not rows:
        return False
    if any(row.number and row.count > 1 for row in rows):
        return False  # "(4)" beside a number counts its calls: a log, whatever its times
    return not any(row.time or row.direction or row.ring for row in rows)


def record_events(item: Any) -> tuple[list[ContactEvent], dict[str, Seen]] | None:
    """Contact events of one exhibit from its record; None when its text must be read instead."""
    record = record_of(item)
    if record is None or not usable(record):
        return None
    data = record_json(item) or {}
    exhibit = getattr(item, "id", "") or ""
    owner = record.owner or "borrower"
    captured = str(getattr(item, "captured_on", "") or "")
    anchor = date.fromisoformat(captured) if is_iso(captured) else None
    events: list[ContactEvent] = []
    seen: dict[str, Seen] = {}

    def note(sender: str, is_number: bool) -> Seen:
        entry = seen.setdefault(sender, Seen(sender, is_number))
        if exhibit not in entry.exhibits:
            entry.exhibits.append(exhibit)
        return entry

    owner_name = str(data.get("owner_name") or "").strip()
    if owner != "borrower" and owner_name and owner_name not in _OWNER_WORDS.values():
        # Forwarded from someone's phone: that person is one of the borrower's own contacts. A
        # relation alone ("亲属") names nobody: no row until the user says whose phone it is.
        note(owner_name, False).contact = "owner"
    if record.kind == "document":
        # A paper gives the numbers to contact ("联系电话：400…"): what the case says of them.
        paper = str(record.fields.get("text") or "") or str(getattr(item, "text", "") or "")
        for _span, number in find_phones(paper):
            note(number, True).named_in.append(paper)
    if record.kind == "contact_card":
        # A saved contact's card: the number is the name's, a row of the borrower's own people.
        number, name = card_entry(record)
        card = note(number, True)
        card.contact = card.contact or "saved"
        card.names.extend([name] if name not in card.names else [])
    counterpart = ""
    if record.kind in _CHATS and record.counterpart:
        counterpart, is_number = sender_of(record.counterpart)
        header = note(counterpart, is_number)
        header.title_of.append(record.kind)
        name = saved_name(record.counterpart)
        if name and name not in header.names:
            header.names.append(name)
    directory = is_directory(record)
    for row in (_unglued(row, anchor) for row in record.calls):
        if not row.number and not row.name and counterpart:
            # A call drawn in a chat ("对方已取消", "通话时长 01:12"): the counterpart's call.
            if row.direction != "outgoing":
                day, clock = _split(row.time)
                key = f"{owner}|call|{counterpart}|{row.time}|{row.count}"
                event = ContactEvent(
                    counterpart, "call", day, clock, max(row.count, 1), exhibit, key
                )
                seen[counterpart].events.append(event)
                events.append(event)
            continue
        sender, is_number = (row.number, True) if row.number else sender_of(row.name)
        if not sender or (not is_number and is_screen_label(sender)):
            continue  # a tab bar or list title read as a row ("拨号 通话记录 联系人 黄页")
        entry = note(sender, is_number)
        if not row.number and not is_number:
            entry.contact = entry.contact or "saved"  # the phone shows a name it has saved
        name = row.name.strip() if row.number else saved_name(row.name)
        if name and _is_saved_name(name) and name not in entry.names:
            entry.names.append(name)  # the number and the name the phone saved it as
        if directory:
            # A saved person in the phone's contacts list: no call happened, and a tag there is
            # a group header ("标签·催收勿接(2)") that may be read onto the row above it.
            entry.contact = entry.contact or "saved"
            continue
        entry.labels.extend([row.tag] if row.tag else [])
        entry.context.append(" ".join(filter(None, (row.tag, row.direction, row.ring))))
        if row.direction == "outgoing":
            continue  # the owner called them: not a contact by them
        day, clock = _split(row.time)
        key = f"{owner}|call|{sender}|{row.time}|{row.count}"
        event = ContactEvent(sender, "call", day, clock, max(row.count, 1), exhibit, key)
        entry.events.append(event)
        events.append(event)
    messages = rejoined(record.messages)
    if record.kind in (*_CHATS, "group_chat"):
        messages = in_order(messages)  # a conversation reads top to bottom in time
    collected: dict[str, int] = {}  # each sender's first collecting message here
    previews = _previews_cut(record, messages)
    for index, message in enumerate(messages):
        bubble = message.side == "in" and is_call_bubble(message.text)
        if message.side != "in" or (is_not_words(message.text) and not bubble):
            continue  # the phone owner's own words, or the app's ("发送短信", "QQ在线")
        if is_composer_of(message.text, record.counterpart):
            continue  # the input box naming the chat ("发送给小郑"): nobody's words
        if _is_row_label(message.text):
            continue  # a log row's tag and place ("标记203人催收|福建龙岩") in a picture of it
        if is_debtors_plea(message.text) or is_contacts_refusal(message.text):
            # The borrower's plea ("能不能宽限几天") or a pestered contact's reply
            # ("我跟他只是普通朋友，别再给我发了") on a bubble read on the wrong side.
            continue
        if is_quote_block(message.text, [m.text for m in messages[:index]]):
            continue  # a reply's 引用 block repeating a bubble above ("我：能不能分两期")
        who = message.sender if record.kind in ("group_chat", "sms_list") else counterpart
        author = comment_author(message.text, str(getattr(item, "text", "") or ""))
        if author is not None and counterpart:
            # A post's comment list read as a chat with the post's author: a comment under
            # another name line is that person's words, never the author's.
            if not (author in counterpart or counterpart in author):
                continue
            message = replace(message, text=comment_words(message.text, author))
        if not who:
            continue
        sender, is_number = sender_of(who)
        if not sender or (not is_number and is_screen_label(sender)):
            continue
        entry = note(sender, is_number)
        entry.in_group = entry.in_group or record.kind == "group_chat"
        day, clock = _split(message.time)
        if bubble:
            # A voice call they made in the chat ("对方已取消"): a call of theirs, never words.
            key = f"{owner}|call|{sender}|{message.time}|{message.text}"
            event = ContactEvent(sender, "call", day, clock, 1, exhibit, key)
            entry.events.append(event)
            events.append(event)
            continue
        entry.context.append(message.text)
        key = f"{owner}|message|{sender}|{message.time}|{message.text}"
        event = ContactEvent(sender, "message", day, clock, 1, exhibit, key)
        # A channel's template goes to the account's holder; on someone else's phone (the
        # borrower's boss) its message about the borrower's debt is a person told, read as
        # anyone's words ("贵单位员工…涉及借款纠纷，请通知其本人").
        channel = is_number and is_service_channel(sender)
        # A template never answers: a channel's message after the owner's reply to its demand
        # ("好的，我会转告机主" then "别转告了，让她自己回电话") is the collector talking.
        since = messages[collected[sender] + 1 : index] if sender in collected else []
        answered = any(m.side == "out" for m in since)
        plain = not is_collecting(message.text, channel=owner == "borrower") and not (
            reminds_of_due_day(message.text)
        )
        # A term told before the debt is owed ("将于11月21日到期" sent on the 20th).
        ahead = due_day_ahead(message.text, day) and not is_demand(message.text, channel=True)
        if channel and not answered and (plain or ahead):
            # A platform's or bank's plain notice ("放款成功") is not conduct; a reminder to pay
            # is, once the sender collects (its role decides what its row counts), even one
            # that recounts the loan it reminds of ("借款3000元（实际到账2460元）今日到期").
            entry.notices.append(event)
            continue
        collected.setdefault(sender, index)
        if not previews or not _PREVIEW_CUT.search(message.text):
            entry.words.append((message.text, exhibit))  # an inbox's cut preview is not whole
        for _span, mentioned in find_phones(message.text):
            # "请回电 4001234567" or "你妈妈的电话 139…": a number named, not one that wrote. It
            # reaches the table (a 400 line is the platform's), but the words are not its own.
            if mentioned != sender:
                note(mentioned, True).named_in.append(message.text)
        entry.events.append(event)
        events.append(event)
    return events, seen
