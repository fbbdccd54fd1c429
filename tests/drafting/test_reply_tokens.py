"""A reply may take about twice the narrative a kind asks for, never the whole setting."""

from __future__ import annotations

import re

import pytest

from drafting.compose import draft_document
from drafting.prompts import NARRATIVE_LIMIT, REPLY_TOKENS
from tests.drafting.conftest import TODAY, ScriptedLLM


class CountingLLM(ScriptedLLM):
    """The scripted fake that also keeps the max_tokens of every call."""

    def __init__(self, *replies: str) -> None:
        super().__init__(*replies)
        self.asked: list[int] = []

    def generate(self, messages, *, max_tokens=512, temperature=0.0, stop_event=None):
        self.asked.append(max_tokens)
        return super().generate(
            messages, max_tokens=max_tokens, temperature=temperature, stop_event=stop_event
        )


@pytest.mark.parametrize("kind", list(NARRATIVE_LIMIT))
def test_each_kind_asks_for_its_own_reply_length(typical, kind):
    llm = CountingLLM("有人多次打电话联系我的亲友。")
    draft_document(typical, kind, llm, today=TODAY, max_tokens=512, retries=0)
    assert llm.asked == [REPLY_TOKENS[kind]]
    assert 2 * NARRATIVE_LIMIT[kind] <= REPLY_TOKENS[kind] < 512


def test_a_smaller_setting_wins(typical):
    llm = CountingLLM("有人多次打电话联系我的亲友。")
    draft_document(typical, "police", llm, today=TODAY, max_tokens=96, retries=0)
    assert llm.asked == [96]


def test_a_reply_cut_at_the_limit_loses_only_its_unfinished_sentence(typical):
    llm = CountingLLM("自称催收人员的人多次打电话联系我的亲友。这是我自己的借款问题，与")
    result = draft_document(typical, "contacts", llm, today=TODAY, retries=0)
    assert "多次打电话联系我的亲友。" in result.text  # the model's whole sentence is kept
    assert not re.search(r"借款问题，与(?!您无关)", result.text)
