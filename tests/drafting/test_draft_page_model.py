"""AppTest of the 起草 page with a model backend (a scripted fake here; the real model's tests are
in test_llama_*): the repair is never shown, and past the time budget the template draft is given.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import services
from casefile.store import CaseStore
from drafting.backends.template import TemplateBackend
from drafting.compose import REPAIRING, draft_document

from .conftest import ScriptedLLM, case_named
from .test_draft_page import _FakeRetriever

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "views" / "draft.py")
# A first reply that fails the checks: a phone number the case does not have.
INVENTED = "本人就此事来函。\n\n催收人员联系本人亲友。对方还用13999999999打来电话。"
GOOD = (
    "本人就某某贷催收人员联系亲友一事来函。\n\n"
    "自2025年2月10日起，催收人员用17000001234联系本人的12位亲友，共打了35次电话。"
)
TEXT_ELEMENTS = ("markdown", "caption", "info", "success", "warning", "error", "code", "text")


class EchoingLLM(ScriptedLLM):
    """A model that fails first, then writes back the repair prompt it was given, word for word."""

    name = "llama"

    def generate(self, messages, **options) -> Iterator[str]:
        if self.history:
            self.replies = [messages[-1].content]
        yield from super().generate(messages, **options)


class SlowLLM(ScriptedLLM):
    """A model at `delay` seconds per piece, like the local one on a loaded machine."""

    name = "llama"

    def __init__(self, *replies: str, delay: float) -> None:
        super().__init__(*replies)
        self.delay = delay

    def generate(self, messages, **options) -> Iterator[str]:
        for piece in super().generate(messages, **options):
            time.sleep(self.delay)
            yield piece


@pytest.fixture
def model_page(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """The page with the typical case; `use(llm)` makes `llm` the configured model backend."""
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    monkeypatch.setenv("CS_LLM_READ_AHEAD", "0")
    monkeypatch.setattr(services, "get_retriever", lambda: _FakeRetriever())
    store = CaseStore(isolated_data_dir)
    case_id = store.create_case("李某 · 某某贷")
    store.save_facts(case_id, case_named("typical"))
    streamed: list[str] = []
    real_write_stream = st.write_stream

    def write_stream(stream, *args, **kwargs):
        # What the user watches while the draft is written (the page reruns once it is stored).
        pieces: list[str] = []

        def tee():
            for piece in stream:
                pieces.append(piece)
                yield piece

        written = real_write_stream(tee(), *args, **kwargs)
        streamed.append("".join(pieces))
        return written

    monkeypatch.setattr(st, "write_stream", write_stream)

    def use(llm) -> AppTest:
        monkeypatch.setattr(services, "draft_backend_choices", lambda: ("llama", "template"))
        monkeypatch.setattr(
            services, "get_llm_named", lambda name: llm if name == "llama" else TemplateBackend()
        )
        at = AppTest.from_file(PAGE, default_timeout=60)
        at.session_state["case.id"] = case_id
        at.session_state["ui.lang"] = "zh"
        return at

    return use, store, case_id, streamed


def _shown(at: AppTest) -> str:
    texts = [str(getattr(e, "value", "")) for name in TEXT_ELEMENTS for e in getattr(at, name)]
    texts += [area.value or "" for area in at.text_area]
    return "\n".join(texts)


def test_the_repair_prompt_never_reaches_the_page(model_page) -> None:
    use, store, case_id, streamed = model_page
    llm = EchoingLLM(INVENTED)
    at = use(llm)
    at.run()
    at.button(key="draft.generate").click().run()
    assert not at.exception, at.exception

    assert len(llm.history) == 2  # the first reply failed the checks: one repair
    repair_prompt = llm.history[1][-1].content
    assert "上一次写的内容没有通过核对" in repair_prompt  # the model was given it, and echoed it
    assert len(streamed) == 1
    assert REPAIRING.strip() in streamed[0]
    assert "13999999999" in streamed[0]  # the first attempt is streamed as written
    page = _shown(at)
    for shown in (streamed[0], page):
        assert "上一次写的内容" not in shown
        assert "更严格地遵守规则" not in shown
    latest = store.list_drafts(case_id, "platform")[0]
    assert latest.backend == "llama"
    assert latest.meta["repair"] in ("dropped_sentences", "template_fallback")
    assert "上一次写的内容" not in latest.text
    assert "13999999999" not in latest.text
    box = at.text_area(key=f"draft.edit.{case_id}.platform.1")
    assert box.value == latest.text  # the final, checked draft is what the user edits


def test_past_the_budget_the_template_draft_comes_with_a_note_and_a_polish(
    model_page, monkeypatch
) -> None:
    use, store, case_id, _streamed = model_page
    monkeypatch.setenv("CS_LLM_BUDGET", "1")
    llm = SlowLLM(GOOD * 8, GOOD, delay=0.05)  # the first reply would take ~4 s
    at = use(llm)
    at.run()
    started = time.perf_counter()
    at.button(key="draft.generate").click().run()
    assert not at.exception, at.exception
    assert time.perf_counter() - started < 10

    latest = store.list_drafts(case_id, "platform")[0]
    assert latest.meta["repair"] == "over_budget"
    template = draft_document(store.get_case(case_id), "platform", TemplateBackend())
    assert latest.text == template.text
    assert any("没能在 1 秒内写出通过核对的内容" in info.value for info in at.info)
    assert at.success[0].value.startswith("数字、日期、号码、原话、法条已核对")

    # The polish button drafts again with the model, without the budget.
    at.button(key="draft.polish_button").click().run()
    at.run()  # the click's callback asked for the draft; this run writes it
    assert not at.exception, at.exception
    versions = store.list_drafts(case_id, "platform")
    assert [v.version for v in versions] == [2, 1]
    assert versions[0].meta["repair"] == "none"
    assert "35次电话" in versions[0].text
    assert len(llm.history) == 2
