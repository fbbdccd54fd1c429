"""Blind set 27: a relative forwards a picture of a collector's thread whose times are written
back from that phone's now ("28分钟前"): the picture's own status-bar clock, on the day it was
sent in the chat, dates them."""

from __future__ import annotations

from tests.evidence.screens.boxes import load_screens, parse_boxes


def test_a_forwarded_threads_times_ago_count_back_from_the_pictures_clock() -> None:
    screens = load_screens("blind27_group_pictures.json")
    record = parse_boxes(screens["Screenshot_20261205-101245.png"])
    shown = [m for m in record.messages if m.sender.isdigit()]
    # «爸 09:58 4G76%» over «28分钟前» and «27分钟前», the picture sent on 12/5 at 10:03.
    assert [m.time for m in shown] == ["2026-12-05T09:30", "2026-12-05T09:31"]
