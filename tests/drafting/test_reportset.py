"""The drafting report set (tests/drafting/reportset/): every template letter passes every check,
quotes no screen text and no quote twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casefile.model import load_case
from drafting.backends.template import TemplateBackend
from drafting.checks import LLM_KINDS
from drafting.compose import draft_document
from drafting.quotes import is_chrome

from .conftest import TODAY

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
