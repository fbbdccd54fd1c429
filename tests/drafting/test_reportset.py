"""The drafting report set (tests/drafting/reportset/): every template letter passes every check,
quotes no screen text and no quote twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casefile.model import load_case
from drafting.backends.template import TemplateBackend
from drafting.checks import LLM_KINDS
from drafting.compose import DraftResult, draft_document
from drafting.quotes import is_chrome
from drafting.skeleton import render, template_narrative, template_opening
from errors import LLMUnavailable

from .conftest import TODAY, ScriptedLLM

REPORTSET = Path(__file__).resolve().parent / "reportset"
QUOTE = re.compile(r"「([^「」]+)」")


@pytest.mark.parametrize("path", sorted(REPORTSET.glob("*.json")), ids=lambda p: p.stem)
@pytest.mark.parametrize("kind", LLM_KINDS)
def test_report_case_template_letters_pass(path: Path, kind: str) -> None:
    case = load_case(path)
    result = draft_document(case, kind, TemplateBackend(), today=TODAY)
    assert result.checks.passed, result.checks.as_dict()
    quotes = QUOTE.findall(result.text)
    assert not [q for q in quotes if is_chrome(q)]
    assert len(quotes) == len(set(quotes))  # no quote printed twice
    for screen in ("最近通话", "按住说话", "短信/彩信", "67%"):
        assert screen not in result.text


def test_the_report_set_has_at_least_ten_cases_with_the_heldout_ones() -> None:
    heldout = list((REPORTSET.parent / "heldout").glob("*.json"))
    assert len(heldout) + len(list(REPORTSET.glob("*.json"))) >= 10


REPORT_CASES = sorted([*REPORTSET.glob("*.json"), *(REPORTSET.parent / "heldout").glob("*.json")])


@pytest.mark.parametrize("path", REPORT_CASES, ids=lambda p: p.stem)
def test_the_template_backend_prints_the_letter_a_fallback_prints(path: Path) -> None:
    # The template's own sentences (the note's "与您无关") are not the model's: they are never
    # dropped as unsupported, so the template backend and a fallback print the same letter.
    case = load_case(path)
    for kind in LLM_KINDS:
        result = draft_document(case, kind, TemplateBackend(), today=TODAY)
        fallback = render(
            kind,
            case,
            opening=template_opening(case, kind),
            narrative=template_narrative(case, kind),
            today=TODAY,
        )
        assert result.text == fallback, kind
        assert result.dropped_claims == ()


def test_the_bench_counts_no_template_sentence_of_a_fallback_as_unsupported() -> None:
    from bench.drafting_heldout import template_letters, unsupported_printed

    case = load_case(REPORTSET / "bombing_defame.json")
    down = ScriptedLLM(error=LLMUnavailable("不可用", "down", "", ""))
    result = draft_document(case, "contacts", down, today=TODAY)
    assert result.repair == "template_fallback"
    assert "这是我个人的借款问题，与您无关。" in result.text
    templates = template_letters(case, "contacts")
    assert unsupported_printed(case, result, templates) == []
    # The model's own invented sentence is still counted.
    text = result.text.replace("与您无关。", "与您无关。我正在和平台协商处理。")
    invented = DraftResult(**{**result.__dict__, "text": text})
    assert unsupported_printed(case, invented, templates) == ["我正在和平台协商处理。"]
