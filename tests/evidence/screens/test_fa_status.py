"""A status bar drawn without its clock: a network mark and the battery, dot-joined."""

from __future__ import annotations

import pytest

from evidence.screens.chrome import is_status_only, is_status_text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("LTE·76%", True),
        ("4G·45%", True),
        ("5G 56%", True),
        ("还50%", False),
        ("先还 50%", False),
        ("4G网络", False),
    ],
)
def test_a_network_mark_and_the_battery_alone_are_a_status_bar(text: str, status: bool) -> None:
    assert is_status_text(text) is status
    assert is_status_only(text) is status
