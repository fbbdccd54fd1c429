"""Reading prompts ahead: order, replacement, failures, and the very prompt the draft sends."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

from drafting.backends.llama import ReadingInterrupted
from drafting.backends.template import TemplateBackend
from drafting.compose import draft_document, retrieve_passages
from drafting.prepare import FAILED, READ, READING, PromptPreparer, can_prepare, prompt_key
from drafting.prompts import PromptPassage

from .conftest import TODAY, ScriptedLLM, case_named

GOOD = "本人就某某贷催收人员联系亲友一事来函。\n\n自2025年2月10日起，催收人员联系本人的12位亲友。"
GUIDE = PromptPassage("police-report.md", "报警与报案", "带上身份证和截图证据到派出所。")


class ReadingLLM(ScriptedLLM):
    """A scripted LLM that also records the prompts it is asked to read ahead."""

    def __init__(self, *replies: str, gate: threading.Event | None = None, fail: bool = False):
        super().__init__(*replies)
        self.read: list[list] = []
        self.gate = gate
        self.fail = fail

    def prepare(self, messages, *, yield_to_drafts: bool = False) -> None:
        if self.gate is not None:
            self.gate.wait(10)
        if self.fail:
            raise RuntimeError("the model file went away")
        self.read.append(list(messages))


class OneGuide:
    def search(self, query: str, k: int = 5):
        return [SimpleNamespace(source=GUIDE.source, heading=GUIDE.heading, text=GUIDE.text)]


def task_of(messages) -> str:
    return messages[-1].content.rsplit("任务：", 1)[1][:40]


def test_only_a_local_model_reads_ahead_and_never_for_the_evidence_list():
    assert can_prepare(ReadingLLM(), "police")
    assert not can_prepare(ReadingLLM(), "evidence_list")
    assert not can_prepare(TemplateBackend(), "police")
    assert not can_prepare(ScriptedLLM(), "police")  # no prepare(): e.g. the office server
    assert PromptPreparer().request(TemplateBackend(), case_named("typical"), "police", ()) is None


def test_the_kind_on_screen_is_read_first_then_the_others_once():
    llm, preparer, case = ReadingLLM(), PromptPreparer(), case_named("typical")
    key = preparer.request(llm, case, "police", [GUIDE], then=["platform", "evidence_list"])
    others = prompt_key(llm, case, "platform")
    assert preparer.wait(key, 10) == READ
    assert preparer.wait(others, 10) == READ
    assert "民警" in task_of(llm.read[0])  # police first, the one on screen
    assert len(llm.read) == 2  # the evidence list has no prompt
    preparer.request(llm, case, "police", [GUIDE], then=["platform"])  # a rerun of the page
    assert preparer.wait(others, 10) == READ
    assert len(llm.read) == 2  # nothing read twice


def test_a_newer_request_replaces_prompts_still_waiting():
    gate = threading.Event()
    llm, preparer = ReadingLLM(gate=gate), PromptPreparer()
    old, new = case_named("typical"), case_named("many_numbers")
    first = preparer.request(llm, old, "platform", (), then=["police", "regulator"])
    deadline = time.monotonic() + 10
    while preparer.state(first) != READING and time.monotonic() < deadline:
        time.sleep(0.01)
    assert preparer.state(first) == READING  # held at the gate
    # The user saved new facts: the old case's other kinds are no longer wanted.
    latest = preparer.request(llm, new, "platform", ())
    assert preparer.state(prompt_key(llm, old, "police")) is None
    gate.set()
    assert preparer.wait(latest, 10) == READ
    assert preparer.wait(first, 10) == READ  # it had already started
    assert len(llm.read) == 2


def test_a_failed_reading_is_marked_and_the_worker_goes_on():
    llm, preparer = ReadingLLM(fail=True), PromptPreparer()
    key = preparer.request(llm, case_named("typical"), "platform", ())
    assert preparer.wait(key, 10) == FAILED
    llm.fail = False
    key = preparer.request(llm, case_named("many_numbers"), "platform", ())
    assert preparer.wait(key, 10) == READ


def test_the_prompt_read_ahead_is_exactly_the_one_the_draft_sends():
    case, retriever = case_named("typical"), OneGuide()
    llm, preparer = ReadingLLM(GOOD, GOOD), PromptPreparer()
    passages = retrieve_passages(retriever, "platform", case)  # as the 起草 page does
    key = preparer.request(llm, case, "platform", passages, retriever=retriever, then=["police"])
    assert preparer.wait(prompt_key(llm, case, "police"), 10) == READ
    assert preparer.state(key) == READ
    draft_document(case, "platform", llm, passages=passages, retriever=retriever, today=TODAY)
    draft_document(case, "police", llm, retriever=retriever, today=TODAY)
    assert llm.history == llm.read  # same messages, same order: platform, then police
    assert GUIDE.text in llm.read[1][-1].content  # the other kind's passages were retrieved


def test_a_reading_interrupted_by_a_draft_is_read_again_after_it():
    llm, preparer = ReadingLLM(), PromptPreparer()
    interrupted = []
    read = llm.prepare

    def once_interrupted(messages, *, yield_to_drafts: bool = False) -> None:
        if not interrupted:
            interrupted.append(yield_to_drafts)
            raise ReadingInterrupted
        read(messages, yield_to_drafts=yield_to_drafts)

    llm.prepare = once_interrupted
    key = preparer.request(llm, case_named("typical"), "police", [GUIDE])
    assert preparer.wait(key, 10) == READ
    assert interrupted == [True]  # the preparer always lets drafts go first
    assert len(llm.read) == 1
