"""Issue spotting on held-out cases (written after the issue table, never tuned on): which issues,
why, which statutes in which text of 治安管理处罚法, and what the template letters then say."""

from __future__ import annotations

import dataclasses

import pytest

from casefile.model import Case, Quote, load_case
from drafting.backends.template import TemplateBackend
from drafting.checks import check_edition
from drafting.compose import draft_document
from drafting.facts import allowed_facts, unverbatim_quotes
from law.issues import edition_note, editions, find_issues, unverified_statutes, verbatim_quotes
from tests.case_files import HELDOUT_DIR, TODAY, case_named

HELDOUT = HELDOUT_DIR
LETTERS = ("platform", "police", "regulator", "deletion", "contacts")


def heldout(name: str) -> Case:
    return load_case(HELDOUT / f"{name}.json")


def issues_of(case: Case) -> dict[str, list[str]]:
    return {issue.id: [s.label for s in issue.statutes] for issue in find_issues(case)}


def police(case: Case) -> str:
    return draft_document(case, "police", TemplateBackend(), today=TODAY).text


def test_every_statute_of_the_issue_table_is_verified() -> None:
    assert unverified_statutes() == []


def test_workplace_defamation() -> None:
    case = heldout("workplace_defamation")
    found = issues_of(case)
    assert {"disclosure", "workplace", "defamation"} <= set(found)
    # Posted to colleagues in a group: 公然 holds, so 名誉 and 2012 Art 42 (2).
    assert "《民法典》第一千零二十四条" in found["defamation"]
    # Conduct in 2025: the 2012 text's Art 42 (2), not the 2025 text's Art 50.
    assert "《治安管理处罚法》（2012年修正）第四十二条第二项" in found["defamation"]
    # A doctored photo: 肖像 (1019); 25 recipients do not show 246's 情节严重.
    assert "《民法典》第一千零一十九条" in found["defamation"]
    assert "《刑法》第二百四十六条" not in found["defamation"]
    # A true debt told to colleagues is privacy / personal information, never 名誉 (1024).
    assert "《民法典》第一千零二十四条" not in found["workplace"]
    assert {"《民法典》第一千零三十二条", "《个人信息保护法》第二十五条"} <= set(found["workplace"])
    text = police(case)
    assert "损害本人名誉" in text
    assert "《刑法》" not in text
    assert "《治安管理处罚法》第五十条" not in text


def test_threats_to_safety() -> None:
    case = heldout("threats_safety")
    found = issues_of(case)
    # No up-front deduction or excess rate shown: no 293-1, however grave the threat.
    assert found["threats"] == ["《治安管理处罚法》第五十条第一项"]
    assert "illegal_debt" not in found
    why = next(i.why for i in find_issues(case) if i.id == "threats")
    assert "证据E2" in why
    assert "放学路上小心点" in why
    text = police(case)
    assert "威胁本人及家人的人身安全" in text
    assert "《刑法》" not in text
    assert "「明天安排人上门，你家地址我们都有」（证据E1）" in text


def test_fake_court_papers() -> None:
    case = heldout("fake_court")
    found = issues_of(case)
    # Nobody posed as an official and the user has not checked the papers: no article, and the
    # statement asks the police to look into them without naming a crime.
    assert "impersonation" not in found
    assert found["documents"] == []
    text = police(case)
    assert "向出具机关核实" in text
    assert "请公安机关核查上述文书的来源和真实性" in text
    assert "《刑法》" not in text
    # The user checked: the court summons is forged (a state organ's paper) -> 280 and 2012 52(二).
    checked = dataclasses.replace(case, extra={"forged_documents_confirmed": True})
    assert issues_of(checked)["documents"] == [
        "《治安管理处罚法》（2012年修正）第五十二条第二项",
        "《刑法》第二百八十条",
    ]
    contacts = draft_document(case, "contacts", TemplateBackend(), today=TODAY).text
    assert "不要按其要求转账" in contacts


def test_upfront_deduction() -> None:
    case = heldout("upfront_deduction")
    found = issues_of(case)
    assert found["interest"] == ["《民法典》第六百八十条", "《民法典》第六百七十条"]
    why = next(i.why for i in find_issues(case) if i.id == "interest")
    assert "预先扣除3000元" in why
    text = draft_document(case, "regulator", TemplateBackend(), today=TODAY).text
    assert "预先扣除" in text
    assert "《民法典》第六百七十条" in text
    # A small-loan company is a licensed lender: the 民间借贷 rule (Art 1 ¶2) is not cited.
    assert "《民间借贷规定》" not in text
    # A lender that is not licensed: Art 26 (the amount actually lent is the principal).
    tech = dataclasses.replace(case.platform, company="某某网络科技有限公司")
    found = issues_of(dataclasses.replace(case, platform=tech))
    assert "《民间借贷规定》第二十六条" in found["interest"]
    # Unlawful debt (deduction) and daily calls: 293-1 for the police, never for the platform.
    assert found["illegal_debt"] == ["《刑法》第二百九十三条之一"]
    platform = draft_document(case, "platform", TemplateBackend(), today=TODAY).text
    assert "《刑法》" not in platform


def test_a_plain_case_cites_no_criminal_article() -> None:
    case = heldout("plain")
    assert set(issues_of(case)) == {"contacts", "disclosure", "repeated"}
    for kind in LETTERS:
        assert "《刑法》" not in draft_document(case, kind, TemplateBackend(), today=TODAY).text


def test_an_unbacked_threat_category_raises_nothing() -> None:
    found = issues_of(case_named("typical"))
    assert "visit" not in found
    assert "threats" not in found


@pytest.mark.parametrize(
    ("started", "last", "expected"),
    [
        ("2025-02-10", "2025-02-20", ("2012",)),
        ("2026-01-01", "2026-02-01", ("2025",)),
        ("2025-12-20", "2026-01-10", ("2012", "2025")),
        ("", "", ("2012", "2025")),
    ],
)
def test_editions_follow_the_time_of_conduct(started, last, expected) -> None:
    case = Case()
    case = dataclasses.replace(
        case, harassment=dataclasses.replace(case.harassment, started_on=started, last_on=last)
    )
    assert editions(case) == expected


def test_unknown_and_spanning_conduct_say_why_both_texts_are_cited() -> None:
    assert "日期尚未确定" in edition_note(Case())
    assert "施行之后" in police(heldout("spanning"))
    assert edition_note(heldout("plain")) == ""


def test_capture_dates_never_decide_the_edition() -> None:
    # Messages of 2025 screenshotted in 2026: no conduct date at all, so not the 2025 text alone.
    case = dataclasses.replace(
        heldout("fake_court"),
        harassment=dataclasses.replace(heldout("fake_court").harassment, started_on="", last_on=""),
    )
    case = dataclasses.replace(
        case,
        evidence=tuple(dataclasses.replace(e, captured_on="2026-03-01") for e in case.evidence),
    )
    assert editions(case) == ("2012", "2025")


def test_conduct_spanning_the_date_cites_both_texts() -> None:
    text = police(heldout("spanning"))
    assert "《治安管理处罚法》（2012年修正）第四十二条第五项" in text
    assert "《治安管理处罚法》第五十条第五项" in text


def test_2025_conduct_cited_under_the_2025_text_is_flagged() -> None:
    case = heldout("plain")
    assert check_edition("依据《治安管理处罚法》第五十条第五项。", case) == [
        "《治安管理处罚法》第五十条（行为发生在现行文本施行之前，应引用2012年修正文本第四十二条）"
    ]
    assert check_edition("依据《治安管理处罚法》（2012年修正）第四十二条第五项。", case) == []
    later = heldout("threats_safety")
    assert check_edition("《治安管理处罚法》第五十条第一项", later) == []
    assert check_edition("《治安管理处罚法》（2012年修正）第四十二条", later)


def test_untick_an_issue_removes_it_from_the_letter() -> None:
    case = dataclasses.replace(heldout("workplace_defamation"), issues_off=("defamation",))
    text = police(case)
    assert "《民法典》第一千零二十四条" not in text
    assert "损害本人名誉" not in text


def test_quotes_are_verbatim_with_their_exhibit_and_categories_are_not_quoted() -> None:
    case = case_named("typical")
    quotes = verbatim_quotes(case)
    assert quotes[0].text == "你再不还钱，我们就把你的欠款信息发给你通讯录所有人"
    assert quotes[0].exhibit == "E1"
    text = draft_document(case, "platform", TemplateBackend(), today=TODAY).text
    assert "「你再不还钱，我们就把你的欠款信息发给你通讯录所有人」（证据E1）" in text
    assert "「称要上门」" not in text
    # A threat category is a label: nothing in this case backs 上门, so no letter says it.
    assert "称要上门" not in text


def test_a_stored_quote_wins_over_the_exhibit_sentences() -> None:
    case = case_named("typical")
    quote = Quote(text="你家地址我们都有", exhibit="E2", category="上门")
    case = dataclasses.replace(
        case, harassment=dataclasses.replace(case.harassment, quotes=(quote,))
    )
    assert verbatim_quotes(case) == (quote,)


def test_an_invented_quote_is_flagged() -> None:
    case = case_named("typical")
    allowed = allowed_facts(case, today=TODAY)
    assert unverbatim_quotes("对方说「把你的照片P图后传播」。", allowed)
    assert unverbatim_quotes("对方说「我们就把你的欠款信息发给你通讯录所有人」。", allowed) == []


def test_the_action_taken_with_a_hotline_is_kept() -> None:
    case = case_named("typical")
    action = dataclasses.replace(case.actions_taken[0], on="2025-02-15", action="向12378投诉")
    case = dataclasses.replace(case, actions_taken=(action,))
    result = draft_document(case, "platform", TemplateBackend(), today=TODAY)
    assert "向12378投诉" in result.text
    assert "，，" not in result.text
    assert result.checks.passed


@pytest.mark.parametrize("name", sorted(p.stem for p in HELDOUT.glob("*.json")))
@pytest.mark.parametrize("kind", LETTERS)
def test_heldout_template_letters_pass_every_check(name, kind) -> None:
    result = draft_document(heldout(name), kind, TemplateBackend(), today=TODAY)
    assert result.checks.passed, result.checks.as_dict()
    assert result.repair == "none"


class _ByQuery:
    """A fake retriever: one distinct passage per query, remembering what was asked."""

    def __init__(self) -> None:
        self.queries: list[str] = []

    def search(self, query: str, k: int = 5):
        from rag.retrieval import Passage

        self.queries.append(query)
        return [Passage(f"{query[:4]}.md", f"{query[:4]} > 段落", "t", query, 1.0, ())]


def test_retrieval_follows_the_confirmed_issues_of_the_case() -> None:
    from drafting.compose import KIND_QUERIES, retrieve_passages

    retriever = _ByQuery()
    passages = retrieve_passages(retriever, "police", heldout("fake_court"))
    assert not any(q == KIND_QUERIES["police"] for q in retriever.queries)
    assert any("冒充法院" in q for q in retriever.queries)
    assert any("冒充法院" in p.text for p in passages)
    other = _ByQuery()
    retrieve_passages(other, "police", heldout("upfront_deduction"))
    assert other.queries != retriever.queries
    # The passages the model sees are the ones cited in the result.
    result = draft_document(
        heldout("fake_court"), "police", TemplateBackend(), retriever=_ByQuery(), today=TODAY
    )
    assert [c["heading"] for c in result.citations] == [p.heading for p in passages]


def test_an_old_number_says_what_it_became() -> None:
    from drafting.checks import check_law

    assert check_law("《治安管理处罚法》第四十三条") == [
        "《治安管理处罚法》第四十三条（2012年修正文本的这一条现为第五十一条）"
    ]
    assert check_law("《治安管理处罚法》第二百五十三条之一") == [
        "《治安管理处罚法》第二百五十三条之一"
    ]


def test_an_article_new_in_2025_is_flagged_for_2025_conduct() -> None:
    [label] = check_edition("《治安管理处罚法》第五十六条", heldout("plain"))
    assert "2025年修订新增" in label
