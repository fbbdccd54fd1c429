"""A picture of a call log sent in a chat, read as the chat's bubbles: a row's second line (the
crowd's tag and the number's home, "标记203人催收|福建龙岩") is the log's, never the row's
number speaking; a real message of that number is still its words."""

from __future__ import annotations

from casefile.model import EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.screen_events import record_events


def test_a_log_rows_tag_line_read_as_a_bubble_is_nobodys_words() -> None:
    record = ScreenRecord(
        "group_chat",
        messages=(
            Message("in", "标记203人催收|福建龙岩", "0597-2253018", "2026-12-04T15:02"),
            Message("in", "疑似催收·福建厦门", "17750690432", "2026-12-04T16:52"),
            Message("in", "再不还钱就去你单位", "0597-2253018", "2026-12-04T15:10"),
        ),
    )
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.jpg", sha256="E1" * 32, text="",
        captured_on="2026-12-05", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    found = record_events(item)
    assert found is not None
    _events, seen = found
    assert [w for w, _e in seen["05972253018"].words] == ["再不还钱就去你单位"]
    assert "17750690432" not in seen or not seen["17750690432"].words
