"""Blind set 26: a contact forwards, as a picture in a 1:1 chat, the text a collector sent them.
The picture's status bar draws the battery as an icon holding its level ("09:01 4G 37", no
percent sign); it still opens the picture, so its thread's words are its title number's, never
the contact's. In a group, a member's voice bubble with its transcript drawn as a box of its
own under it: the transcript hangs under the member's name like the voice bubble."""

from __future__ import annotations

import re

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

_SCREENS = load_screens("blind26_chat_pictures.json")
# A status bar, a number or a place name: what the picture's top reads as, never a sentence.
_NOT_WORDS = re.compile(r"^(?:[\dA-Za-z]+|[\u4e00-\u9fff]{2,4})$")


def test_a_forwarded_text_under_a_battery_icon_bar_is_the_title_numbers() -> None:
    for name in (
        "Screenshot_20261203_093015.png",
        "Screenshot_20261204_075520.png",
        "Screenshot_20261203_210517.png",
    ):
        record = parse_boxes(_SCREENS[name])
        assert record.kind == "chat_1to1"
        shown = [m for m in record.messages if m.sender]
        assert len(shown) == 1, name
        assert shown[0].sender.isdigit()
        assert len(shown[0].sender) == 11
        # The picture's status bar, title and place line are nobody's words.
        assert not any(_NOT_WORDS.match(flat(m.text)) for m in record.messages), name
        # The contact's own bubbles stay the chat counterpart's (no sender).
        assert any(not m.sender for m in record.messages)


def test_a_voice_transcript_boxed_under_its_bubble_is_the_members() -> None:
    for name in ("Screenshot_20261202_211036.png", "Screenshot_20261203_001755.png"):
        record = parse_boxes(_SCREENS[name])
        assert record.kind == "group_chat"
        incoming = [m for m in record.messages if m.side == "in"]
        assert all(m.sender for m in incoming), name
        # The member who sent the voice bubble is the one who posted first (joined by QR code).
        assert incoming[-1].sender == incoming[0].sender


def test_a_call_log_picture_under_a_bare_clock_is_read_as_its_rows() -> None:
    # The picture's status bar reads as its clock alone, at the bubbles' left column: the log's
    # rows under it (a number with its count and time, a tag line) are calls, not a post's
    # comments, and the chat stays a 1:1 chat with its title.
    record = parse_boxes(_SCREENS["Screenshot_20261205_231845.png"])
    assert record.kind == "chat_1to1"
    assert record.counterpart
    assert not any(m.sender for m in record.messages)
    counted = sum(row.count for row in record.calls if row.number)
    assert counted == 3


def test_a_pictures_today_later_than_the_chats_time_over_it_is_an_earlier_day() -> None:
    # Sent at 07:20 under the chat's separator, the picture's "今天23:21" was written the night
    # before: never a message after the picture was sent.
    record = parse_boxes(_SCREENS["Screenshot_20261204_075520.png"])
    shown = next(m for m in record.messages if m.sender)
    assert shown.time == "2026-12-03T23:21"
    # Within the chat's day and before the send time a picture's time stands.
    record = parse_boxes(_SCREENS["Screenshot_20261203_093015.png"])
    assert next(m for m in record.messages if m.sender).time == "2026-12-03T07:48"
