"""One repair at most, out of sight, and a time budget after which the verified template draft is
given at once."""

from __future__ import annotations

import time
from collections.abc import Iterator

from drafting.backends.template import TemplateBackend
from drafting.compose import REPAIRING, draft_document, stream_draft

from .conftest import TODAY, ScriptedLLM

GOOD = (
    "本人就某某贷催收人员联系亲友一事来函。\n\n"
    "自2025年2月10日起，催收人员用17000001234联系本人的12位亲友，共打了35次电话。"
)
# A model that echoes the strict repair prompt instead of writing the letter.
ECHO = (
    "上一次写的内容没有通过核对，scope: 否则后果自负。本人要求赔偿5万元。\n\n"
    "对方还用13999999999打来电话。"
)
INVENTED = "本人就此事来函。\n\n催收人员联系本人亲友。对方还用13999999999打来电话。"


class SlowLLM(ScriptedLLM):
    """A scripted backend that takes `delay` seconds per piece, like a loaded machine."""

    def __init__(self, *replies: str, delay: float) -> None:
        super().__init__(*replies)
        self.delay = delay
        self.closed = False

    def generate(self, messages, **options) -> Iterator[str]:
        try:
            for piece in super().generate(messages, **options):
                time.sleep(self.delay)
                yield piece
        finally:
            self.closed = True


def test_the_repair_is_written_out_of_sight(typical) -> None:
    llm = ScriptedLLM(INVENTED, ECHO)
    stream = stream_draft(typical, "police", llm, today=TODAY)
    shown = "".join(stream)
    assert REPAIRING.strip() in shown
    assert "上一次写的内容" not in shown
    assert "scope" not in shown
    assert "上一次写的内容" not in stream.result.text
    assert len(llm.history) == 2


def test_at_most_one_repair(typical) -> None:
    llm = ScriptedLLM(INVENTED, INVENTED, GOOD)
    result = draft_document(typical, "platform", llm, today=TODAY, retries=3)
    assert len(llm.history) == 2
    assert result.repair in ("dropped_sentences", "template_fallback")


def test_a_slow_model_past_the_budget_gives_the_template_draft_with_a_note(typical) -> None:
    llm = SlowLLM(GOOD * 5, delay=0.02)
    started = time.perf_counter()
    result = draft_document(typical, "platform", llm, today=TODAY, budget_s=0.2)
    assert time.perf_counter() - started < 2.0  # stopped at the budget, not at the reply's end
    assert llm.closed
    assert result.repair == "over_budget"
    template = draft_document(typical, "platform", TemplateBackend(), today=TODAY)
    assert result.text == template.text
    assert result.checks.passed


def test_no_repair_is_started_that_would_pass_the_budget(typical) -> None:
    llm = SlowLLM(INVENTED, GOOD, delay=0.05)
    result = draft_document(typical, "platform", llm, today=TODAY, budget_s=0.5)
    assert len(llm.history) == 1  # the first attempt took ~0.3 s; a second would end past 0.5 s
    assert result.repair in ("over_budget", "dropped_sentences")
    assert result.checks.passed


def test_a_quick_model_is_not_cut_by_the_budget(typical) -> None:
    result = draft_document(typical, "platform", ScriptedLLM(GOOD), today=TODAY, budget_s=90)
    assert result.repair == "none"
