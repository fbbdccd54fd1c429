"""Real OCR boxes of drawn screens (blind sets 22 and 23):

- a chat of short bubbles whose video-call line says its length ("通话时长 01:12") is a chat, not
  a feed post with a comment: the clock's colon names no commenter;
- a list of saved items (收藏) is each item's words under its source's name and time at its foot;
- a notification drawer whose cards name their sender alone, pulled half down over a chat: the
  clear-all button is the drawer's, each card its sender's, the chat's bubble under it kept.
"""

from __future__ import annotations

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind2223_screens.json")


def test_a_call_lines_clock_is_no_feed_comment_and_no_sender() -> None:
    record = parse_boxes(SCREENS["chat_short_bubbles_call_duration"])
    assert record.kind == "chat_1to1"
    assert record.counterpart == "淮上花-风控部"
    said = [flat(m.text) for m in record.messages if m.side == "in"]
    for words in ("叁仟块也不还", "你好意思吗", "家里人晓得不晓得"):
        assert words in said, words
    assert not any(m.sender for m in record.messages)
    assert not any("通话时长" in m.text for m in record.messages)


def test_saved_items_are_their_sources_words_at_their_feet_times() -> None:
    for name, source in (
        ("saved_list_feet", "淮上花-风控部"),
        ("saved_list_feet_glued", "催收-勿接"),
    ):
        record = parse_boxes(SCREENS[name])
        assert len(record.messages) == 2, name
        assert {m.sender for m in record.messages} == {source}
        assert all(m.side == "in" and source not in m.text for m in record.messages)
        assert record.messages[0].time.endswith("T15:05")
        assert record.counterpart == ""
        assert "收藏" in record.chrome


def test_a_drawers_bare_named_cards_over_a_chat() -> None:
    record = parse_boxes(SCREENS["drawer_bare_heads_over_chat"])
    assert [m.sender for m in record.messages[:2]] == ["梁志华", "阿May"]
    assert not any("清除全部" in (m.sender, record.counterpart) for m in record.messages)
    assert any("今晚十点前" in m.text for m in record.messages[2:])
    assert any("清除全部" in text for text in record.chrome)
