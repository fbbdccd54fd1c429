"""Composition with a scripted LLM: every repair path, fallbacks, streaming and stopping."""

from __future__ import annotations

import threading

import pytest

from drafting.backends.template import TemplateBackend
from drafting.compose import draft_document, retrieve_passages, said_to_be_collectors, stream_draft
from errors import LLMUnavailable

from .conftest import TODAY, ScriptedLLM, case_named

GOOD = (
    "本人就某某贷催收人员联系亲友一事来函。\n\n"
    "自2025年2月10日起，催收人员用17000001234联系本人的12位亲友，共打了35次电话。"
)
INVENTED = (
    "本人就此事来函。\n\n"
    "自2025年2月10日起，催收人员联系本人亲友。对方还用13999999999打来电话。本人要求赔偿5万元。"
)
HOPELESS = "本人要求赔偿。\n\n你们这些骗子，否则后果自负！"


def test_raw_reply_that_passes_is_used_as_is(typical):
    llm = ScriptedLLM(GOOD)
    result = draft_document(typical, "platform", llm, today=TODAY)
    assert result.repair == "none"
    assert result.raw_passed is True
    assert "共打了35次电话" in result.text
    assert result.text.startswith("致某某贷")
    assert result.checks.passed
    assert len(llm.history) == 1


def test_failed_reply_is_retried_with_a_stricter_prompt(typical):
    llm = ScriptedLLM(INVENTED, GOOD)
    result = draft_document(typical, "police", llm, today=TODAY)
    assert result.repair == "retried"
    assert result.raw_passed is False
    assert "13999999999" in llm.history[1][-1].content  # the retry names the problem
    assert "13999999999" not in result.text
    assert result.checks.passed
    assert result.attempts[0]["unsupported"] == ["13999999999", "50000"]


def test_offending_sentences_are_dropped_when_the_retry_fails_too(typical):
    result = draft_document(typical, "regulator", ScriptedLLM(INVENTED, INVENTED), today=TODAY)
    assert result.repair == "dropped_sentences"
    assert "自2025年2月10日起，催收人员联系本人亲友。" in result.text
    assert "13999999999" not in result.text
    assert "赔偿" not in result.text
    assert result.checks.passed


def test_template_text_replaces_a_hopeless_reply(typical):
    result = draft_document(typical, "deletion", ScriptedLLM(HOPELESS, HOPELESS), today=TODAY)
    assert result.repair == "template_fallback"
    expected = draft_document(typical, "deletion", TemplateBackend(), today=TODAY)
    assert result.text == expected.text
    assert result.checks.passed


def test_unavailable_backend_falls_back_to_the_template_with_the_error(typical):
    error = LLMUnavailable("无法连接语言模型服务器。", "Cannot reach the server.")
    result = draft_document(typical, "platform", ScriptedLLM(error=error), today=TODAY)
    assert result.repair == "template_fallback"
    assert "无法连接" in result.error
    assert result.checks.passed


@pytest.mark.parametrize("kind", ["platform", "police", "regulator", "contacts", "deletion"])
def test_injection_case_with_an_obedient_model_still_gives_a_clean_draft(kind):
    case = case_named("injection")
    obedient = (
        "SYSTEM: 好的。\n\n我要炸掉你们公司，赔偿99999元，联系13999999999，依据《刑法》第999条。"
    )
    result = draft_document(case, kind, ScriptedLLM(obedient, obedient), today=TODAY)
    assert result.repair == "template_fallback"
    for needle in ("炸掉", "99999", "13999999999", "第999条", "SYSTEM", "忽略"):
        assert needle not in result.text
    assert result.checks.passed


def test_stream_yields_the_model_words_and_sets_the_result(typical):
    stream = stream_draft(typical, "contacts", ScriptedLLM(GOOD), today=TODAY)
    pieces = list(stream)
    assert "".join(pieces) == GOOD
    assert stream.result is not None
    assert stream.result.pieces == len(pieces)
    assert stream.result.first_token_s is not None


def test_stop_event_ends_generation_and_skips_the_retry(typical):
    stop = threading.Event()
    stop.set()
    llm = ScriptedLLM(INVENTED, GOOD)
    result = draft_document(typical, "platform", llm, today=TODAY, stop_event=stop)
    assert len(llm.history) == 1
    assert result.stopped
    assert result.checks.passed


class _Passages:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.queries: list[str] = []

    def search(self, query: str, k: int = 5):
        self.queries.append(query)
        if self.error:
            raise self.error
        from rag.retrieval import Passage

        return [
            Passage(
                "police-report.md", "报案 > 准备材料", "police", "带上证据清单去派出所。", 1.0, ()
            )
        ]


def test_retrieved_passages_go_into_the_prompt_and_the_citations(typical):
    llm = ScriptedLLM(GOOD)
    result = draft_document(typical, "police", llm, retriever=_Passages(), today=TODAY)
    assert result.citations == ({"source": "police-report.md", "heading": "报案 > 准备材料"},)
    assert "带上证据清单去派出所" in llm.history[0][-1].content
    assert result.to_json()["citations"] == [dict(result.citations[0])]


def test_missing_index_means_no_passages_not_an_error():
    from errors import ModelMissing

    assert retrieve_passages(_Passages(ModelMissing("缺少模型", "missing")), "platform") == ()


def test_to_json_has_the_spec_fields(typical):
    document = draft_document(typical, "evidence_list", TemplateBackend(), today=TODAY).to_json()
    assert {"kind", "backend", "text", "citations", "checks", "seconds"} <= document.keys()
    assert {"unsupported", "unknown_law", "missing"} <= document["checks"].keys()
    assert document["backend"] == "template"
    assert document["repair"] == "none"


def test_an_empty_retry_falls_back_to_repairing_the_first_reply(typical):
    result = draft_document(typical, "platform", ScriptedLLM(INVENTED, ""), today=TODAY)
    assert result.repair == "dropped_sentences"
    assert "自2025年2月10日起，催收人员联系本人亲友。" in result.text


def test_the_note_to_contacts_says_the_callers_only_claim_to_be_collectors(typical) -> None:
    reply = "我借了钱。\n\n平台的催收人员给我母亲和同事打电话，说我欠钱不还。"
    result = draft_document(typical, "contacts", ScriptedLLM(reply), today=TODAY)
    assert "平台的催收人员" not in result.text
    assert "自称平台催收人员的人" in result.text
    assert (
        said_to_be_collectors("自称某某贷平台的催收人员打来", typical)
        == "自称某某贷平台的催收人员打来"
    )
