"""A letter reads its case's legal issues once: law.issues.find_issues is kept per case content."""

from __future__ import annotations

from dataclasses import replace

import pytest

import law.issues as issues
from drafting.backends.template import TemplateBackend
from drafting.compose import draft_document

from .conftest import TODAY, case_named


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the real computations of find_issues (cache misses), from an empty cache."""
    seen: list[str] = []
    real = issues._find_issues

    def counting(case, path):
        seen.append(case.platform.name)
        return real(case, path)

    monkeypatch.setattr(issues, "_find_issues", counting)
    monkeypatch.setattr(issues, "_ISSUES_CACHE", type(issues._ISSUES_CACHE)())
    return seen


def test_a_letter_computes_its_cases_issues_once(computed: list[str]) -> None:
    case = case_named("typical")
    for kind in ("platform", "police", "regulator", "deletion"):
        draft_document(case, kind, TemplateBackend(), today=TODAY)
    assert len(computed) == 1


def test_an_equal_case_read_again_reuses_the_issues(computed: list[str]) -> None:
    first = issues.find_issues(case_named("typical"))
    again = issues.find_issues(case_named("typical"))  # a new object, the same content
    assert again is first
    assert len(computed) == 1


def test_an_edited_case_gets_its_own_issues(computed: list[str]) -> None:
    case = case_named("typical")
    before = issues.find_issues(case)
    assert before, "the typical case raises issues"
    off = replace(case, issues_off=(before[0].id,))
    assert [i.id for i in issues.confirmed_issues(off)] == [i.id for i in before[1:]]
    quiet = replace(case, evidence=(), harassment=replace(case.harassment, contacts_affected=0))
    assert issues.find_issues(quiet) == issues._find_issues(quiet, issues.ISSUES_TOML)
    assert "您确认有" not in "".join(i.why for i in issues.find_issues(quiet))
    # The extra fields count too (the user's answers to the law questions live there).
    answered = replace(case, extra={**case.extra, "forged_documents_confirmed": False})
    issues.find_issues(answered)
    assert len(computed) == 5  # typical, off, quiet (twice: once uncached), answered


def test_the_cache_is_bounded(computed: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(issues, "_CACHE_SIZE", 2)
    case = case_named("typical")
    for index in range(4):
        issues.find_issues(replace(case, demands=(f"要求{index}",)))
    assert len(issues._ISSUES_CACHE) == 2
