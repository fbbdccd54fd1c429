"""The seventeenth blind set's plain records: a case, its screens, their messages and call rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A phone number's digits (full-width too), or "" when the text is a name, not a number."""
    digits = re.sub(r"\D", "", text.translate({0xFF10 + i: str(i) for i in range(10)}))
    return digits if len(digits) >= 5 and not re.search(r"[\u4e00-\u9fff]", text) else ""


@dataclass
class Msg:
    """One bubble, SMS, notification or comment; who is "me" for the phone owner's own words."""

    who: str
    text: str
    at: datetime
    stamp: str = ""  # the time as the app draws it ("刚刚", "周四 晚上11:20"); "" draws none
    collector: bool = False
    kind: str = "in"  # in, out, preview (cut by "…", never a quote), note (grey system line)

    @property
    def quote(self) -> bool:
        return self.collector and self.kind == "in"


@dataclass
class Call:
    """One call-log row: the number or saved name, its tag and place, how many calls "(n)"."""

    number: str
    at: datetime
    stamp: str
    count: int = 1
    name: str = ""
    tag: str = ""
    collector: bool = False
    missed: bool = True


@dataclass
class Screen:
    name: str
    captured: datetime
    skin: str
    app: str
    title: str = ""
    owner: str = "borrower"  # or the contact whose phone it is
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)  # every status-bar string drawn
    forwarded: bool = False  # a contact's shot sent on: smaller, recompressed
    dark: bool = False
    wrap: str = ""  # long17 (stitched), mark17 (red ring), crop17 (no status bar)
    extra: dict = field(default_factory=dict)


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]
