"""One call or message shown by two screenshots, counted once (pure).

A borrower screenshots the same thing more than once: an inbox's cut preview and the thread it
opens, a log row dated by its day alone and another shot of it with its clock, a log's folded
"(4) 23:50" row and the number's own page naming its last call at 23:50. Each function here takes
the case's events and per-sender entries and drops the second sighting.
"""

from __future__ import annotations

from dataclasses import replace

from understanding.events import ContactEvent, Seen

_PREVIEW_CUT = "…"
_PREVIEW_STEM = 6  # characters a cut preview must share with the whole message


def _said(event: ContactEvent) -> str:
    """A message event's text, kept in its key ("owner|message|sender|time|text")."""
    parts = event.key.split("|", 4)
    return parts[4] if event.kind == "message" and len(parts) == 5 else ""


def drop_previews(
    events: list[ContactEvent], merged: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """An inbox row's cut preview ("…下午就打过…") of a message a thread shows whole is that
    message again: counted once."""
    whole = [(e.sender, e.day, _said(e)) for e in events if _PREVIEW_CUT not in _said(e)]

    def again(event: ContactEvent) -> bool:
        stem = _said(event).split(_PREVIEW_CUT, 1)[0].strip()
        if _PREVIEW_CUT not in _said(event) or len(stem) < _PREVIEW_STEM:
            return False
        return any(
            who == event.sender and text.startswith(stem) and (not event.day or day == event.day)
            for who, day, text in whole
        )

    dropped = {id(e) for e in events if again(e)}
    return without(events, merged, dropped)


def drop_undated_twins(
    events: list[ContactEvent], merged: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """A log row dated by its day alone ("11/19 (1)") and another screenshot's row of the same
    number that day with its clock ("11-19 11:40", the same count): one call seen twice, kept
    once, with its clock. One clocked row stands for one such row only: a log's two rows of the
    number that day are two calls, though another page clocks only one of them."""

    timed: dict[tuple[str, str, str, int], dict[str, int]] = {}
    for e in events:
        if e.kind == "call" and e.key and e.day and e.time:
            shots = timed.setdefault((e.phone, e.sender, e.day, e.count), {})
            shots[e.exhibit] = shots.get(e.exhibit, 0) + 1
    taken: dict[tuple[str, str, str, int, str], int] = {}
    dropped: set[int] = set()
    for e in events:
        if not (e.kind == "call" and e.key and e.day and not e.time):
            continue
        group = (e.phone, e.sender, e.day, e.count)
        shown = max((n for x, n in timed.get(group, {}).items() if x != e.exhibit), default=0)
        used = taken.get((*group, e.exhibit), 0)
        if used < shown:
            taken[(*group, e.exhibit)] = used + 1
            dropped.add(id(e))
    return without(events, merged, dropped)


def without(
    events: list[ContactEvent], merged: dict[str, Seen], dropped: set[int]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """The events and each number's entry with the dropped events (by id) taken out."""
    if not dropped:
        return events, merged
    for entry in merged.values():
        entry.events = [e for e in entry.events if id(e) not in dropped]
    return [e for e in events if id(e) not in dropped], merged


def is_row(event: ContactEvent) -> bool:
    """A call list's row (its key ends with the row's count), never a call drawn in a chat."""
    parts = event.key.split("|", 4)
    return event.kind == "call" and len(parts) == 5 and parts[4].isdigit()


def drop_same_minute_rows(
    events: list[ContactEvent], merged: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Rows of one number at the same minute on one phone, shown by two screenshots (a log's
    "(4) 23:50" and the number's own page naming its last call "3月22日 23:50"), are one group
    of calls: kept once, with the larger count. Two rows on one screenshot stay two calls. Rows
    whose day neither screenshot could date (no year on the page, none in the file's name) match
    by the minute alone, as two identical rows of them already do."""

    events, merged = _undated_rows_dated(events, merged)

    def group(event: ContactEvent) -> tuple[str, str, str, str]:
        return (event.phone, event.sender, event.day, event.time)

    best: dict[tuple[str, str, str, str], ContactEvent] = {}
    for event in events:
        if is_row(event) and event.time:
            held = best.get(group(event))
            if held is None or event.count > held.count:
                best[group(event)] = event
    dropped = {
        id(e)
        for e in events
        if is_row(e) and e.time
        and best[group(e)] is not e and best[group(e)].exhibit != e.exhibit
    }  # fmt: skip
    return without(events, merged, dropped)


def _undated_rows_dated(
    events: list[ContactEvent], merged: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """A row no screenshot could date (an iPhone's log, "还款提醒 (2) 昨天晚上7:03", in an
    "IMG_4135.PNG") takes the day of the row of the same number at the same minute that another
    screenshot dates (its own page, "11月20日 周五 19:03"): one group of calls shot twice, so
    the two are matched as one (drop_same_minute_rows). Where the dated rows of that minute
    name two days, the undated row could be either and stays as it is."""
    days: dict[tuple[str, str, str], set[tuple[str, str]]] = {}
    for event in events:
        if is_row(event) and event.time and event.day:
            group = (event.phone, event.sender, event.time)
            days.setdefault(group, set()).add((event.day, event.exhibit))
    dated: dict[int, ContactEvent] = {}
    for event in events:
        if not (is_row(event) and event.time and not event.day):
            continue
        found = days.get((event.phone, event.sender, event.time), set())
        elsewhere = {day for day, exhibit in found if exhibit != event.exhibit}
        if len(elsewhere) == 1:
            dated[id(event)] = replace(event, day=next(iter(elsewhere)))
    if not dated:
        return events, merged
    for entry in merged.values():
        entry.events = [dated.get(id(e), e) for e in entry.events]
    return [dated.get(id(e), e) for e in events], merged
