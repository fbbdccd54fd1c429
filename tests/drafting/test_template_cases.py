"""Every own case × every kind with the deterministic template backend: all checks pass."""

from __future__ import annotations

import pytest

from drafting.backends.template import TemplateBackend
from drafting.checks import KINDS
from drafting.compose import draft_document

from .conftest import CASE_NAMES, TODAY, case_named


def test_there_are_at_least_twelve_cases():
    assert len(CASE_NAMES) >= 12


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", CASE_NAMES)
def test_template_draft_passes_every_check(name, kind):
    case = case_named(name)
    result = draft_document(case, kind, TemplateBackend(), today=TODAY)
    assert result.checks.passed, result.checks.as_dict()
    assert result.repair == "none"
    assert result.raw_passed is None
    for number in case.harassment.collector_numbers:
        if kind in ("platform", "police", "regulator"):
            assert number in result.text
    if kind == "evidence_list":
        for item in case.evidence:
            assert item.sha256 in result.text
    if case.borrower.name and kind != "evidence_list":
        assert case.borrower.name in result.text


@pytest.mark.parametrize("kind", KINDS)
def test_template_is_deterministic_and_ignores_injections(kind):
    first = draft_document(case_named("injection"), kind, TemplateBackend(), today=TODAY).text
    again = draft_document(case_named("injection"), kind, TemplateBackend(), today=TODAY).text
    assert first == again
    for needle in (
        "忽略",
        "SYSTEM",
        "system",
        "13999999999",
        "炸掉",
        "99999",
        "im_start",
        "后果自负",
    ):
        assert needle not in first


def test_settled_loan_says_so_and_adds_no_remaining_amount():
    text = draft_document(
        case_named("settled_loan"), "platform", TemplateBackend(), today=TODAY
    ).text
    assert "借款本金已还清" in text
    assert "已还款2000元" in text


def test_minimal_case_still_gives_a_usable_letter():
    text = draft_document(case_named("minimal"), "police", TemplateBackend(), today=TODAY).text
    assert "报案人：（姓名）" in text
    # Nothing in an empty case raises an issue: no statute is cited for facts it does not have.
    assert "《" not in text


def test_template_backend_echoes_like_a_test_double():
    from drafting.backends.base import ChatMessage

    pieces = list(TemplateBackend().generate([ChatMessage("user", "第一行\n第二行")]))
    assert pieces == ["第一行\n", "第二行"]
