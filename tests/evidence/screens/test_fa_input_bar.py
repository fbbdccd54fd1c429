"""The input bar's buttons beside its box ("表情 发送", "常用语 发送"): chrome, never a message."""

from __future__ import annotations

import pytest

from evidence.screens.chrome import is_bottom_chrome


@pytest.mark.parametrize(
    ("text", "chrome"),
    [("表情 发送", True), ("常用语 发送", True), ("发个表情给你", False), ("表情包发我", False)],
)
def test_the_input_bars_buttons_are_chrome(text: str, chrome: bool) -> None:
    assert is_bottom_chrome(text) is chrome
