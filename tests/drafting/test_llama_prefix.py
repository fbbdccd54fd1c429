"""The reused system prompt: the same draft whether its prefix was just evaluated or restored."""

from __future__ import annotations

import pytest

from drafting.llama_prefix import PrefixCache, common_prefix
from drafting.llm import ChatMessage
from drafting.prompts import build_messages

from .conftest import case_named


def test_common_prefix():
    assert common_prefix([1, 2, 3, 4], [1, 2, 9]) == [1, 2]
    assert common_prefix([], [1]) == []
    assert common_prefix([5], [6]) == []


@pytest.mark.parametrize("kind", ["platform", "police", "contacts"])
def test_the_system_message_holds_no_case_data(kind):
    first = build_messages(kind, case_named("typical"))
    second = build_messages(kind, case_named("many_numbers"))
    assert first[0] == second[0]
    assert "某某贷" not in first[0].content
    assert "快快借" not in second[0].content
    retry = build_messages(kind, case_named("typical"), problems=["unsupported: 1"])
    assert retry[0] == first[0]  # the strict retry reuses the same prefix


@pytest.mark.model
def test_a_restored_prefix_gives_the_same_reply_as_a_fresh_one(real_llm, tmp_path):
    # The real system prompt of a kind, a short case: the prefix is what costs time here.
    system = build_messages("platform", case_named("typical"))[0]
    case = "<资料>\n本人自2025年2月10日起被催收人员骚扰。\n</资料>"
    messages = [system, ChatMessage("user", case)]
    chat = [{"role": m.role, "content": m.content} for m in messages]
    other = [ChatMessage("system", "你是写作助手，只用简体中文回答。" * 6), messages[1]]
    kept = real_llm.prefixes

    def reply() -> str:
        return "".join(real_llm.generate(messages, max_tokens=12))

    try:
        real_llm.prefixes = PrefixCache(directory=tmp_path, model_id="test")
        fresh = reply()  # evaluates the prefix alone, keeps its cells in memory and on disk
        assert real_llm.prefixes.misses == 1
        assert len(list(tmp_path.glob("*.kv"))) == 1
        "".join(real_llm.generate(other, max_tokens=1))  # another prefix in between
        assert reply() == fresh  # restored from memory
        assert real_llm.prefixes.hits == 1
        real_llm.prefixes = PrefixCache(directory=tmp_path, model_id="test")  # as after a restart
        assert reply() == fresh  # read back from disk
        assert real_llm.prefixes.hits == 1
        assert real_llm.prefixes.misses == 0
        assert fresh.strip()
        prefix = real_llm.prefixes.reusable_prefix(real_llm.llama, chat)
        assert len(prefix) > 200  # the rules and the task, not just the chat markers
        # Cells stored for another model file are never read.
        assert PrefixCache(directory=tmp_path, model_id="other")._load(tuple(prefix)) is None
    finally:
        real_llm.prefixes = kept
