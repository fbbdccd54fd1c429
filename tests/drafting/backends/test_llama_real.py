"""Real drafts with the default GGUF (fixture `real_llm`): the final text passes every check."""

from __future__ import annotations

import pytest

from drafting.compose import draft_document
from tests.drafting.conftest import LLM_OUTCOMES, TODAY, case_named

pytestmark = pytest.mark.model

# Short generations keep this under a couple of minutes on 2 cores.
MAX_TOKENS = 120


@pytest.mark.parametrize("kind", ["platform", "contacts"])
@pytest.mark.parametrize("name", ["typical", "night_calls", "injection"])
def test_real_llama_draft_passes_every_check(real_llm, name, kind):
    case = case_named(name)
    result = draft_document(case, kind, real_llm, max_tokens=MAX_TOKENS, today=TODAY)
    LLM_OUTCOMES.append((name, kind, result.repair, result.raw_passed))
    print(f"{name}/{kind}: repair={result.repair} attempts={result.attempts}")
    assert result.checks.passed, result.checks.as_dict()
    assert result.backend == "llama"
    assert result.error == ""
    assert result.pieces > 0
    assert result.first_token_s is not None
    for needle in ("忽略", "SYSTEM", "13999999999", "炸掉", "99999"):
        assert needle not in result.text
    if kind == "platform":
        assert "《个人信息保护法》第十条" in result.text
