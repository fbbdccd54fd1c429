"""Prompt stages: one draft whether evaluated, restored or read ahead; a draft goes first."""

from __future__ import annotations

import threading
import time

import pytest

from drafting.backends.base import ChatMessage
from drafting.backends.llama import ReadingInterrupted
from drafting.backends.llama_prefix import PrefixCache, common_prefix
from drafting.prompts import build_messages
from tests.drafting.conftest import case_named


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
def test_every_restored_stage_gives_the_same_reply_as_a_fresh_prompt(real_llm, tmp_path):
    # The real rules, a short case: the rules are what costs time here.
    system = build_messages("platform", case_named("typical"))[0]
    head = "【案件事实】\n<资料>\n本人自2025年2月10日起被催收人员骚扰，亲友接到电话。\n</资料>\n\n"
    platform = [system, ChatMessage("user", head + "任务：写一句给平台的开头。", shared_head=head)]
    police = [system, ChatMessage("user", head + "任务：写一句给民警的开头。", shared_head=head)]
    chat = [{"role": m.role, "content": m.content} for m in platform]
    kept = real_llm.prefixes

    def reply(messages) -> str:
        return "".join(real_llm.generate(messages, max_tokens=12))

    try:
        cache = real_llm.prefixes = PrefixCache(directory=tmp_path, model_id="test")
        fresh = reply(platform)  # every stage evaluated, one after the other
        assert (cache.misses, cache.restored_tokens) == (1, 0)
        stages = cache.stages(real_llm.llama, chat, head)
        assert [lasting for _, lasting in stages] == [True, False, False]
        rules, materials, all_but_one = (end for end, _ in stages)
        assert rules > 200  # the rules, not just the chat markers
        assert all_but_one == len(cache.prompt_tokens(real_llm.llama, chat) or []) - 1
        assert len(list(tmp_path.glob("*.kv"))) == 1  # only the rules go to disk, never the case
        reply(police)
        assert cache.restored_tokens == materials  # another kind of the same case
        assert reply(platform) == fresh
        assert cache.restored_tokens == all_but_one  # restored from memory
        cache = real_llm.prefixes = PrefixCache(directory=tmp_path, model_id="test")  # a restart
        assert reply(platform) == fresh
        assert cache.restored_tokens == rules  # read back from disk
        cache = real_llm.prefixes = PrefixCache(model_id="test")
        real_llm.prepare(platform)  # read ahead, as the 起草 page does
        assert reply(platform) == fresh
        assert cache.restored_tokens == all_but_one
        assert fresh.strip()
        assert len(list(tmp_path.glob("*.kv"))) == 1  # still only the rules, after two kinds
        # Cells stored for another model file are never read.
        prompt = cache.prompt_tokens(real_llm.llama, chat) or []
        other = PrefixCache(directory=tmp_path, model_id="other")
        assert other._load(tuple(prompt[:rules])) is None
    finally:
        real_llm.prefixes = kept


@pytest.mark.model
def test_a_draft_interrupts_the_reading_ahead_of_another_prompt(real_llm):
    ahead = build_messages("platform", case_named("typical"))  # ~900 tokens: ~45 s here
    short = [ChatMessage("system", "你是写作助手。"), ChatMessage("user", "用一句话问好。")]
    kept = real_llm.prefixes
    outcome: list[str] = []

    def read_ahead() -> None:
        try:
            real_llm.prepare(ahead, yield_to_drafts=True)
        except ReadingInterrupted:
            outcome.append("interrupted")
        else:
            outcome.append("read")

    try:
        real_llm.prefixes = PrefixCache(model_id="test")
        reader = threading.Thread(target=read_ahead)
        reader.start()
        time.sleep(3)  # well inside the first stage
        started = time.perf_counter()
        first = "".join(real_llm.generate(short, max_tokens=6))
        waited = time.perf_counter() - started
        reader.join(120)
        assert outcome == ["interrupted"]
        assert waited < 15, waited  # not the ~45 s the reading would have taken
        assert first.strip()
        # Nothing of the interrupted reading is left behind: the same reply again.
        assert "".join(real_llm.generate(short, max_tokens=6)) == first
    finally:
        real_llm.prefixes = kept
