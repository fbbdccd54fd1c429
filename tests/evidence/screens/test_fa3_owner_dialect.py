"""A forwarded elder's phone told in dialect: «恁囝» (your son) before the borrower's name, or
an elder greeted by a family word then someone else's name and the debt."""

from __future__ import annotations

import pytest

from evidence.screens.owner import guess_owner
from evidence.screens.records import Message


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("阿姆，恁囝林志强欠钱无还，叫伊快还", "relative"),
        ("妈，林志强欠钱不还", "relative"),
        ("侬儿子张伟欠款逾期", "relative"),
        ("阿姆，恁国林志强欠钱无还", "relative"),
        ("阿姆，你好", ""),
        ("你妈知道你欠钱吗", ""),
        ("爸，我欠的钱下个月还", ""),
    ],
)
def test_dialect_you_child_words_and_a_greeted_elder(text: str, owner: str) -> None:
    assert guess_owner([Message(side="in", text=text)], "chat_1to1") == owner
