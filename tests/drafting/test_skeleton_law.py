"""The legal section never cites an article that argues the lender's side: 民间借贷规定 Art 1 (its
scope clause excludes licensed lenders) stays out of letters about a licensed lender."""

from __future__ import annotations

import dataclasses

import pytest

from casefile.model import Case, Platform, load_case
from drafting.backends.template import TemplateBackend
from drafting.compose import draft_document
from drafting.skeleton.law import SCOPE_ARTICLE, kind_issues, licensed_lender
from law.issues import find_issues
from tests.case_files import HELDOUT_DIR, TODAY

SCOPE_LABEL = "《民间借贷规定》第一条"
INTEREST_KINDS = ("platform", "regulator", "police")


def deduction_case(platform: Platform) -> Case:
    case = load_case(HELDOUT_DIR / "upfront_deduction.json")
    return dataclasses.replace(case, platform=platform)


def cited(case: Case, kind: str) -> set[str]:
    return {s.label for _, statutes in kind_issues(kind, case) for s in statutes}


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        (Platform(name="安心借", company="某某网络小额贷款有限公司"), True),
        (Platform(name="安心借", company="某某消费金融股份有限公司"), True),
        (Platform(name="某某银行信用贷"), True),
        (Platform(name="安心借", company="某某典当有限责任公司"), True),
        (Platform(name="安心借", company="某某科技有限公司"), None),
        (Platform(name="安心借"), None),
        (Platform(name="安心借", company="某某小额贷款有限公司", extra={"licensed": False}), False),
        (Platform(name="安心借", company="某某科技有限公司", extra={"licensed": True}), True),
        (Platform(name="安心借", company="某某科技有限公司", extra={"licensed": "是"}), None),
    ],
)
def test_a_licensed_lender_is_known_from_the_platform_facts(
    platform: Platform, expected: bool | None
) -> None:
    assert licensed_lender(deduction_case(platform)) is expected


def test_the_interest_rule_cites_the_scope_article_at_all() -> None:
    # Otherwise the tests below could not fail: the rule names Art 1 for the interest issue.
    case = deduction_case(Platform(name="安心借", company="某某科技有限公司"))
    interest = next(issue for issue in find_issues(case) if issue.id == "interest")
    assert SCOPE_ARTICLE in {s.citation for s in interest.statutes}


@pytest.mark.parametrize("kind", INTEREST_KINDS)
def test_the_scope_article_is_not_cited_for_a_licensed_lender(kind: str) -> None:
    case = deduction_case(Platform(name="安心借", company="某某网络小额贷款有限公司"))
    assert "interest" in {issue.id for issue, _ in kind_issues(kind, case)}
    assert SCOPE_LABEL not in cited(case, kind)
    text = draft_document(case, kind, TemplateBackend(), today=TODAY).text
    assert SCOPE_LABEL not in text
    assert "预先扣除" in text  # the issue itself is still stated


@pytest.mark.parametrize("kind", INTEREST_KINDS)
def test_the_scope_article_stays_where_the_lender_is_not_shown_to_be_licensed(kind: str) -> None:
    case = deduction_case(Platform(name="安心借", company="某某科技有限公司"))
    assert SCOPE_LABEL in cited(case, kind)
    user_says_unlicensed = deduction_case(
        Platform(name="安心借", company="某某小额贷款有限公司", extra={"licensed": False})
    )
    assert SCOPE_LABEL in cited(user_says_unlicensed, kind)


def test_letters_drop_the_scope_article_even_if_a_rule_cites_it_for_a_licensed_lender(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The issue rules leave Art 1 out for licensed lenders too; this checks the letters' own guard
    # by handing them the issues found for an unlicensed lender.
    import drafting.skeleton.law as skeleton_law

    unlicensed = deduction_case(Platform(name="安心借", company="某某科技有限公司"))
    issues = skeleton_law.confirmed_issues(unlicensed)
    licensed = deduction_case(Platform(name="安心借", company="某某网络小额贷款有限公司"))
    monkeypatch.setattr(skeleton_law, "confirmed_issues", lambda case: issues)
    assert SCOPE_LABEL in cited(unlicensed, "regulator")
    assert SCOPE_LABEL not in cited(licensed, "regulator")
    assert "《民间借贷规定》第二十六条" in cited(licensed, "regulator")
