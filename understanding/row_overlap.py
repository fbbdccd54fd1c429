"""A call row whose day OCR lost, told as the row another screenshot of the same list dates.

Two screenshots of one list (a log scrolled on, the same contact's page shot twice) show the
same rows in the same order. A row whose day a mark or a cut took away ("13852716604" with
nothing at its right) stands right under (or over) a row both screenshots show: where the
other screenshot's next row there has the same caller and count, and a day, it is that row,
seen again; counted once, with its day. An undated row with no such neighbour stays a call.

A log folds a number's calls in a row into one row ("(3) 20:11", the last call's minute); the
number's own page lists them one by one. Where that page shows the fold's last call at the same
minute, the calls just before it there, as many as the fold counts, are the fold's own; and
the log's rows of that number further down that nothing dates are older calls the page lists.
"""

from __future__ import annotations

from dataclasses import replace

from understanding.events import ContactEvent


def overlapped_rows(listed: dict[str, list[ContactEvent]]) -> set[int]:
    """The ids of undated rows that an aligned, dated row of another screenshot stands for.

    `listed`: each exhibit's call-list rows in screen order, before any were dropped."""
    where: dict[str, list[tuple[str, int]]] = {}
    for exhibit, rows in listed.items():
        for index, event in enumerate(rows):
            if event.key and event.day:
                where.setdefault(event.key, []).append((exhibit, index))
    dropped: set[int] = set()
    for exhibit, rows in listed.items():
        for index, event in enumerate(rows):
            if event.day:
                continue
            for step in (-1, 1):  # the row above, then the row below
                if _twin(rows, index, step, where, listed, exhibit) is not None:
                    dropped.add(id(event))
                    break
    return dropped | _folded_calls(listed) | _older_undated_rows(listed)


def _folded_calls(listed: dict[str, list[ContactEvent]]) -> set[int]:
    """The ids of one-by-one rows of another screenshot that a folded row ("(n) HH:MM") counts:
    the row at its minute and those before it on its day, n calls in all. A fold no screenshot
    dated ("(2) 16:02" on an "IMG_4503.PNG") takes the day of the other screenshot's row at its
    minute, where that screenshot shows the number at that minute on one day only. A fold that
    names its day but no minute ("(2) 32分钟前") is the other screenshot's calls that day when
    they count as many: then the fold goes, its calls kept one by one with their clocks."""
    dropped: set[int] = set()
    for exhibit, rows in listed.items():
        for fold in rows:
            if fold.count < 2:
                continue
            for other, others in listed.items():
                if other == exhibit:
                    continue
                if fold.day and not fold.time:
                    dropped |= {id(fold)} if _day_shown(fold, rows, others) else set()
                elif fold.time and (dated := fold if fold.day else _dated(fold, others)):
                    dropped |= _members(dated, others) or _unsaid_phone_members(dated, others)
    return dropped


# Whose phone a screenshot is from when nothing on it said so.
_UNSAID = "borrower"


def _unsaid_phone_members(fold: ContactEvent, rows: list[ContactEvent]) -> set[int]:
    """The rows of a number's own page whose phone nobody named that list, call by call, exactly
    the calls a fold of another phone counts on its day: that phone's page, shot apart from its
    log (a relative's number page photographed, a log forwarded). A collector ringing two phones
    at the same minutes, as many times each, is no pattern; any other call of that number that
    day on the page, or a phone both screenshots name, leaves them apart."""
    if _UNSAID not in {fold.phone, *(e.phone for e in rows)}:
        return set()
    theirs = [
        e for e in rows if (e.sender, e.day) == (fold.sender, fold.day) and e.phone != fold.phone
    ]
    if len({e.phone for e in theirs}) != 1 or _UNSAID not in {fold.phone, theirs[0].phone}:
        return set()
    if any(not e.time for e in theirs) or any(e.time > fold.time for e in theirs):
        return set()
    if sum(e.count for e in theirs) != fold.count:
        return set()
    moved = replace(fold, key=f"{theirs[0].phone}|{fold.key.split('|', 1)[-1]}")
    return _members(moved, theirs)


def _older_undated_rows(listed: dict[str, list[ContactEvent]]) -> set[int]:
    """The ids of a log's rows with neither day nor clock (a screenshot nothing dates, its older
    rows saying "前天" or "周日") under a row of the same number that another screenshot (the
    number's own page) dates at its minute: they are older calls of that number, and where the
    page lists, one by one with their clocks, at least as many calls older than that dated row,
    the page's rows are those calls, counted there once."""
    dropped: set[int] = set()
    for exhibit, rows in listed.items():
        for index, head in enumerate(rows):
            if head.day or not head.time:
                continue
            under = [
                e
                for e in rows[index + 1 :]
                if (e.sender, e.phone) == (head.sender, head.phone) and not (e.day or e.time)
            ]
            if not under:
                continue
            for other, others in listed.items():
                if other == exhibit or (dated := _dated(head, others)) is None:
                    continue
                older = [
                    e
                    for e in others
                    if (e.sender, e.phone) == (head.sender, head.phone)
                    and e.day
                    and e.time
                    and e.day < dated.day
                ]
                if sum(e.count for e in under) <= sum(e.count for e in older):
                    dropped |= {id(e) for e in under}
    return dropped


def _same_day(event: ContactEvent, fold: ContactEvent) -> bool:
    return (event.sender, event.day, event.phone) == (fold.sender, fold.day, fold.phone)


def _day_shown(fold: ContactEvent, rows: list[ContactEvent], others: list[ContactEvent]) -> bool:
    """Whether another screenshot of the same phone lists, each with its clock, as many calls of
    the fold's number on its day as the fold's own screenshot counts that day."""
    mine = [e for e in rows if _same_day(e, fold)]
    theirs = [e for e in others if _same_day(e, fold)]
    if not theirs or any(not e.time for e in theirs):
        return False
    if any(not e.time for e in mine if e is not fold):
        return False  # two rows of that day without a clock: which one the calls are is unknown
    return sum(e.count for e in theirs) == sum(e.count for e in mine)


def _dated(fold: ContactEvent, rows: list[ContactEvent]) -> ContactEvent | None:
    """The undated fold with the one day another screenshot shows its number at its minute."""
    days = {
        e.day
        for e in rows
        if e.day and (e.sender, e.time, e.phone) == (fold.sender, fold.time, fold.phone)
    }
    return replace(fold, day=days.pop()) if len(days) == 1 else None


def _members(fold: ContactEvent, rows: list[ContactEvent]) -> set[int]:
    """The rows of one screenshot that stand for the fold's calls, latest first, anchored on a
    row at the fold's very minute; none when that row is missing or itself counts as many (the
    same log shot twice, or the page naming only the group's last call)."""
    same = [
        e
        for e in rows
        if e.sender == fold.sender
        and e.day == fold.day
        and e.time
        and e.time <= fold.time
        and e.phone == fold.phone
    ]
    same.sort(key=lambda e: e.time, reverse=True)
    if not same or same[0].time != fold.time or same[0].count >= fold.count:
        return set()
    members: set[int] = set()
    left = fold.count
    for event in same:
        if event.count > left:
            break
        members.add(id(event))
        left -= event.count
        if not left:
            break
    return members


def _twin(
    rows: list[ContactEvent],
    index: int,
    step: int,
    where: dict[str, list[tuple[str, int]]],
    listed: dict[str, list[ContactEvent]],
    exhibit: str,
) -> ContactEvent | None:
    """The dated row of another screenshot standing where this undated row stands: next to the
    same shared neighbour, with the same caller and count."""
    near = index + step
    if not 0 <= near < len(rows) or not rows[near].day or rows[near].key not in where:
        return None
    event = rows[index]
    for other, at in where[rows[near].key]:
        if other == exhibit or not 0 <= at - step < len(listed[other]):
            continue
        twin = listed[other][at - step]
        if twin.sender == event.sender and twin.count == event.count and twin.day:
            return twin
    return None
