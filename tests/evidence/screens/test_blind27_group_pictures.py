"""Blind set 27: a relative forwards into a family group a picture of the text thread a
collector sent them (shrunk, its own status bar under the member's name, maybe joined to the
member's avatar glyph): the thread's words are its title number's, never the member's. A lock
screen's missed-call card that names its caller in its one line («未接来电 15804349276 (2)»)
is a card like the others: the stack over it still reads as the senders' messages."""

from __future__ import annotations

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

_SCREENS = load_screens("blind27_group_pictures.json")


def test_a_numbers_thread_shown_in_a_group_is_that_numbers() -> None:
    for name in ("Screenshot_20261202-193044.png", "Screenshot_20261205-101245.png"):
        record = parse_boxes(_SCREENS[name])
        assert record.kind == "group_chat"
        shown = [m for m in record.messages if m.sender.isdigit()]
        assert len(shown) == 2, name
        assert {len(m.sender) for m in shown} == {11}
        # The picture's bar, title and place line are nobody's words.
        members = [m for m in record.messages if m not in shown]
        assert all("4G" not in m.text and not flat(m.text).isdigit() for m in members), name
        assert all(len(flat(m.text)) > 6 for m in members), name
        # The member who posted the picture keeps the words she wrote herself.
        assert any(m.side == "in" and m.sender and not m.sender.isdigit() for m in members)


def test_a_lock_screen_with_a_one_line_missed_call_card_is_read() -> None:
    for name in ("Screenshot_20261203-080612.png", "Screenshot_20261206-071012.png"):
        record = parse_boxes(_SCREENS[name])
        assert record.kind == "sms_list", name
        texts = [m for m in record.messages if m.sender[:1].isdigit()]
        assert texts, name
        # The card's head and the sender's line are no part of the words.
        assert all(not flat(m.text)[:1].isdigit() for m in texts), name
        assert len(record.calls) == 1
        call = record.calls[0]
        assert call.direction == "missed"
        assert call.number.isdigit()
    record = parse_boxes(_SCREENS["Screenshot_20261203-080612.png"])
    assert record.calls[0].count == 2


def test_a_bill_shown_in_a_gallery_viewer_is_a_bill() -> None:
    # The viewer's title (the day and time the shot was taken) and its album counter over the
    # shot's status bar are no time separator of a chat: the page under them is still a bill.
    record = parse_boxes(_SCREENS["Screenshot_20261203-211502.png"])
    assert record.kind == "bill"
    assert record.fields["amount"] == 8000.0
    assert record.fields["received"] == 6400.0
    assert record.fields["lender"]
