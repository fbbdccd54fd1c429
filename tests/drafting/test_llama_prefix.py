"""The reused system prompt: the same draft whether its prefix was just evaluated or restored."""

from __future__ import annotations

import pytest

from drafting.llama_prefix import PrefixCache, common_prefix
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
def test_restored_prefix_gives_the_same_reply_as_a_fresh_one(real_llm):
    messages = build_messages("platform", case_named("typical"))

    def reply() -> str:
        return "".join(real_llm.generate(messages, max_tokens=48))

    real_llm.prefixes = type(real_llm.prefixes)()  # empty: the first reply evaluates the prefix
    cold = reply()
    assert real_llm.prefixes.misses == 1
    assert real_llm.prefixes.hits == 0
    "".join(real_llm.generate(build_messages("police", case_named("many_numbers")), max_tokens=4))
    warm = reply()
    assert real_llm.prefixes.hits == 1
    assert warm == cold
    assert cold.strip()
    chat = [{"role": m.role, "content": m.content} for m in messages]
    assert len(real_llm.prefixes.reusable_prefix(real_llm.llama, chat)) > 200  # rules + task


@pytest.mark.model
def test_stored_prefix_survives_a_restart_and_gives_the_same_reply(real_llm, tmp_path):
    messages = build_messages("contacts", case_named("typical"))
    kept = real_llm.prefixes
    try:
        real_llm.prefixes = PrefixCache(directory=tmp_path, model_id="test")
        first = "".join(real_llm.generate(messages, max_tokens=24))
        assert real_llm.prefixes.misses == 1
        assert len(list(tmp_path.glob("*.kv"))) == 1
        # A new cache on the same folder, as after an app restart: nothing is evaluated again.
        real_llm.prefixes = PrefixCache(directory=tmp_path, model_id="test")
        again = "".join(real_llm.generate(messages, max_tokens=24))
        assert real_llm.prefixes.hits == 1
        assert real_llm.prefixes.misses == 0
        assert again == first
        # Cells of another model are never used.
        real_llm.prefixes = PrefixCache(directory=tmp_path, model_id="other")
        "".join(real_llm.generate(messages, max_tokens=1))
        assert real_llm.prefixes.misses == 1
    finally:
        real_llm.prefixes = kept
