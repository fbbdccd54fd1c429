"""One sender's name read two ways by the OCR (pure): «金盾调解-孙» and «金盾训解-孙».

A chat poster's name is read afresh on every screenshot, so one slipped character makes a second
sender of the same person. Two names of one case are one sender read twice when they are long
(MIN_LENGTH characters or more), carry a title part beside the name (a dash or dot between
parts), and differ by one character inside a word of three characters or more while every other
part is the same. A one- or two-character part is a person's own name ("小周", "孙"): a change
there is another person ("法务-小周" and "法务-小王"), never a slip. Saved contacts and numbers
are never joined: the phone shows their names as saved, not as read. The less frequent spelling
is folded into the more frequent one.

Two readings the OCR makes of any name are one spelling before that: the middle dot between a
title and a person ("湘信法务·周律") comes back as any of its look-alikes (・ • ‧ ∙ ･), and a call
log's saved name may carry one glyph of the column beside it ("爸爸 本" of "本周日19:30").
"""

from __future__ import annotations

import re
from dataclasses import replace

from understanding.events import ContactEvent, Seen, fold_senders

MIN_LENGTH = 4
_MIN_WORD = 3  # a part this long is a word (an agency, a title), where a slip is a misreading
_PARTS = re.compile(r"[-－—–·•_ ]+")


# The middle dot's look-alikes (katakana, bullet, hyphenation point, operator, half-width).
_DOTS = str.maketrans(dict.fromkeys("・•‧∙･", "·"))
# A saved name, a space, then one glyph: a word of the row beside it read onto the name.
_TRAILING_GLYPH = re.compile(r"(?P<name>\S.*?)\s+\S")


def one_dot(name: str) -> str:
    """The name with every middle-dot look-alike written as "·"."""
    return name.translate(_DOTS)


def with_one_dot(
    events: list[ContactEvent], seen: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """One exhibit's senders with each name's middle dot written one way: the table, the
    quotes and the letters name a person as one spelling, whichever dot the OCR read."""
    alias = {name: one_dot(name) for name, entry in seen.items() if not entry.is_number}
    alias = {name: kept for name, kept in alias.items() if kept != name}
    if not alias:
        return events, seen

    def keyed(event: ContactEvent) -> ContactEvent:
        # The key names the sender too: a bubble seen on two screenshots stays one.
        return replace(event, key=one_dot(event.key)) if event.sender in alias else event

    events = [keyed(e) for e in events]
    for name in alias:
        seen[name].events = [keyed(e) for e in seen[name].events]
        seen[name].notices = [keyed(e) for e in seen[name].notices]
    return fold_senders(events, seen, alias)


def _parts(name: str) -> list[str]:
    return _PARTS.split(name)


def read_twice(first: str, second: str) -> bool:
    """True when two names are one titled name with one character read differently."""
    if first == second or len(first) != len(second) or len(first) < MIN_LENGTH:
        return False
    parts, others = _parts(first), _parts(second)
    if len(parts) < 2 or [len(p) for p in parts] != [len(p) for p in others]:
        return False
    differing = [(p, o) for p, o in zip(parts, others, strict=True) if p != o]
    if len(differing) != 1:
        return False
    part, other = differing[0]
    slips = sum(a != b for a, b in zip(part, other, strict=True))
    return slips == 1 and len(part) >= _MIN_WORD


def _weight(entry: Seen) -> tuple[int, int, int]:
    """How often a spelling was read: its events, its words, its exhibits."""
    return (len(entry.events), len(entry.words), len(entry.exhibits))


def _slip_pairs(first: str, second: str) -> list[str]:
    """The two-character pieces of `first` that hold the character `second` reads otherwise."""
    at = next(i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b)
    return [first[i : i + 2] for i in (at - 1, at) if i >= 0 and i + 2 <= len(first)]


def _read_elsewhere(name: str, twin: str, said: str) -> int:
    """How often the word around the slip is read in the case's own messages ("调解员" backs
    «金盾调解-孙» over «金盾训解-孙»): a misreading is seldom repeated in other lines."""
    return sum(said.count(piece) for piece in _slip_pairs(name, twin))


def _joinable(entry: Seen) -> bool:
    return not entry.is_number and not entry.contact and not entry.names


def _twins(merged: dict[str, Seen]) -> dict[str, str]:
    """{misread spelling: the spelling kept}: the more frequent one, else the one whose word
    the case's messages also use."""
    said = "\n".join(w for entry in merged.values() for w, _ in entry.words)
    names = [s for s, entry in merged.items() if _joinable(entry)]
    alias: dict[str, str] = {}
    for index, name in enumerate(names):
        for twin in names[index + 1 :]:
            if name in alias or twin in alias or not read_twice(name, twin):
                continue
            first = (*_weight(merged[name]), _read_elsewhere(name, twin, said))
            second = (*_weight(merged[twin]), _read_elsewhere(twin, name, said))
            kept, dropped = (name, twin) if first >= second else (twin, name)
            alias[dropped] = kept
    return alias


def _glyph_tails(merged: dict[str, Seen]) -> dict[str, str]:
    """{saved name with a glyph after a space: the name without it}, where the case also holds
    that name: a saved contact's own row, never a second person."""
    alias: dict[str, str] = {}
    for name, entry in merged.items():
        tail = _TRAILING_GLYPH.fullmatch(name)
        if entry.is_number or entry.contact != "saved" or tail is None:
            continue
        kept = tail.group("name")
        if kept in merged and not merged[kept].is_number:
            alias[name] = kept
    return alias


def join_name_twins(
    events: list[ContactEvent], merged: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Fold each name read with one slipped character into its more frequent spelling, and a
    saved name with a stray glyph into the same name."""
    events, merged = fold_senders(events, merged, _glyph_tails(merged))
    return fold_senders(events, merged, _twins(merged))
