"""Typed records of one parsed screen: messages, call-log rows, document fields."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SCREEN_KINDS = (
    "chat_1to1", "group_chat", "sms_thread", "sms_list", "call_log",
    "contact_card", "document", "id_card", "bill", "other",
)  # fmt: skip
APP_FAMILIES = ("wechat", "dingtalk", "qq", "miui", "harmonyos", "coloros", "ios", "unknown")


@dataclass(frozen=True)
class Message:
    """One bubble: `in` (from the counterpart) or `out` (from the phone's owner), whole text."""

    side: str
    text: str
    sender: str = ""
    time: str = ""  # ISO YYYY-MM-DDTHH:MM, or HH:MM when the day is unknown


@dataclass(frozen=True)
class CallRow:
    """One row of a call log: who, how many times, which way, when, and the phone's tag."""

    number: str = ""
    name: str = ""
    count: int = 1
    direction: str = ""  # missed | incoming | outgoing | ""
    time: str = ""
    tag: str = ""
    ring: str = ""


@dataclass(frozen=True)
class ScreenRecord:
    """What one screenshot shows, with its chrome (status bar, tabs, input box) left out."""

    kind: str
    app: str = "unknown"
    owner: str = "borrower"
    counterpart: str = ""
    messages: tuple[Message, ...] = ()
    calls: tuple[CallRow, ...] = ()
    fields: dict = field(default_factory=dict)
    chrome: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The record as plain JSON data (SPEC § 3 `screens` entry, without exhibit/file)."""
        data = asdict(self)
        data["messages"] = [asdict(m) for m in self.messages]
        data["calls"] = [asdict(c) for c in self.calls]
        data["chrome"] = list(self.chrome)
        return data

    @classmethod
    def from_json(cls, data: dict) -> ScreenRecord:
        """Rebuild a record kept as JSON beside an evidence item."""
        return cls(
            kind=data.get("kind", "other"),
            app=data.get("app", "unknown"),
            owner=data.get("owner", "borrower"),
            counterpart=data.get("counterpart", ""),
            messages=tuple(Message(**m) for m in data.get("messages", ())),
            calls=tuple(CallRow(**c) for c in data.get("calls", ())),
            fields=dict(data.get("fields", {})),
            chrome=tuple(data.get("chrome", ())),
        )
