"""The headline's collectors are parties (numbers, chat titles), never a message's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.model import Case, EvidenceItem, Harassment, load_case
from understanding.headline import headline, is_party

HELDOUT = Path(__file__).resolve().parents[1] / "drafting" / "heldout"


def test_a_one_line_group_message_is_not_counted_as_a_collector() -> None:
    # E2 is a single line of a group chat: its sentence was read as the chat's title.
    head = headline(load_case(HELDOUT / "workplace_defamation.json"))
    assert head.collectors == ("16500001111",)


def test_a_chat_titled_by_name_still_counts_its_sender() -> None:
    text = "催收专员小王\n2025年6月7日\n你再不还钱就把你的照片发到你们公司群里，让你同事都看看。"
    case = Case(
        harassment=Harassment(),
        evidence=(EvidenceItem(id="E1", kind="chat", text=text, captured_on="2025-06-07"),),
    )
    assert "催收专员小王" in headline(case).collectors


@pytest.mark.parametrize(
    ("sender", "party"),
    [
        ("16500001111", True),
        ("+86 165-0000-1111", True),
        ("催收专员小王", True),
        ("闪电借客服(2)", True),
        ("这是他的照片，已经P成通缉令了，看到的人都转发一下。", False),
        ("各位同事好,周某欠我司8000元拒不归还", False),
        ("你欠的钱今天再不还我们就去你单位找你领导谈谈这件事", False),  # longer than a title bar
        ("", False),
    ],
)
def test_is_party(sender: str, party: bool) -> None:
    assert is_party(sender) is party
