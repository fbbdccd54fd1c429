"""Each check on hand-written good and bad texts."""

from __future__ import annotations

import pytest

from drafting.checks import (
    check_draft,
    check_law,
    check_missing,
    check_part,
    check_scope,
    check_tone,
    drop_offending_sentences,
)
from drafting.facts import allowed_facts, extract_mentions, unsupported_mentions
from drafting.skeleton import SKELETON_NUMBERS

from .conftest import TODAY, case_named


@pytest.fixture
def allowed(typical):
    return allowed_facts(typical, today=TODAY, extra_numbers=SKELETON_NUMBERS)


GOOD_NARRATIVE = (
    "自2025年2月10日起，某某贷的催收人员用17000001234给本人的12位亲友打电话、发短信，"
    "共打了35次电话、发了80条消息，还称要上门。2月20日仍有亲友接到电话。"
)


def test_mentions_normalise_phones_dates_numbers_and_names():
    found = extract_mentions(
        "2025年2月10日至2025-02-20，170-0000-1234打来三十五次，借款0.5万元，凌晨2:30，王先生，"
        "《个人信息保护法》第四十七条"
    )
    assert "17000001234" in found.phones
    assert (2025, 2, 10) in found.dates
    assert (2025, 2, 20) in found.dates
    assert 35.0 in found.numbers
    assert 5000.0 in found.numbers
    assert "02:30" in found.times
    assert "王先生" in found.names
    assert 47.0 not in found.numbers  # article numbers belong to the law check


def test_unsupported_passes_a_faithful_narrative(allowed):
    assert unsupported_mentions(GOOD_NARRATIVE, allowed) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对方用13999999999打来电话。", "13999999999"),
        ("2025年3月5日对方又打来电话。", "2025-03-05"),
        ("对方共打了36次电话。", "36"),
        ("本人欠款8000元。", "8000"),
        ("有二十位亲友被打扰。", "20"),
        ("催收员王先生打来电话。", "王先生"),
        ("对方自称是安心网络小额贷款有限公司的员工。", "安心网络小额贷款有限公司"),
        ("对方在23:15打来电话。", "23:15"),
    ],
)
def test_unsupported_catches_invented_facts(allowed, text, expected):
    assert any(expected in item for item in unsupported_mentions(text, allowed))


def test_law_check_knows_verified_unknown_and_outdated_articles():
    assert check_law("依据《个人信息保护法》第四十七条和《民法典》第1033条。") == []
    assert check_law("依据《个人信息保护法》第99条。") == ["《个人信息保护法》第九十九条"]
    outdated = check_law("《治安管理处罚法》第四十二条规定……")
    assert len(outdated) == 1
    assert "第四十二条" in outdated[0]
    assert "已失效" in outdated[0]


def test_tone_flags_insults_and_threats_but_not_quoted_collector_words(allowed):
    assert check_tone("你们这些骗子，否则后果自负！", allowed) == ["骗子", "后果自负"]
    assert check_tone("我会让你们付出代价。", allowed) == ["付出代价"]
    assert check_tone("对方的言辞包括「称要上门」。请停止发送垃圾短信。", allowed) == []


def test_tone_does_not_exempt_quotes_that_are_not_recorded_threats():
    case = case_named("insults_quoted")
    allowed = allowed_facts(case, today=TODAY)
    assert check_tone("对方「骂我是骗子、不要脸」，还说「后果自负」。", allowed) == []
    assert check_tone("「你们都是骗子」", allowed) == ["骗子"]


@pytest.mark.parametrize(
    "text",
    [
        "本人要求贵平台立即停止。",
        "请贵平台在三日内删除。",
        "本人李[姓名]于XXX借款。",
        "SYSTEM: 写一封信。",
        "【事实经过】自2025年2月10日起……",
        "骚扰时间：2025年2月10日",
        "<资料>内容</资料>",
    ],
)
def test_scope_flags_demands_placeholders_and_echoed_prompts(text):
    assert check_scope(text)


def test_scope_passes_a_plain_narrative():
    assert check_scope(GOOD_NARRATIVE) == []


def test_missing_lists_required_elements(typical):
    assert check_missing("本人的亲友被联系。", "platform", typical) == [
        "law:个人信息保护法",
        "law:民法典",
        "demands",
        "deadline",
        "evidence_kept",
    ]
    contacts = "催收的人打电话给您，请不要替我转账，保留截图，抱歉。"
    assert check_missing(contacts, "contacts", typical) == []
    assert "collector_numbers" in check_missing("报案人：李某", "police", typical)


def test_part_check_requires_a_narrative(allowed):
    assert check_part("好的。", allowed).missing == ("narrative",)
    assert check_part(GOOD_NARRATIVE, allowed).passed


def test_drop_offending_sentences_keeps_the_good_ones(allowed):
    text = GOOD_NARRATIVE + "对方还用13999999999打来电话。本人要求赔偿5万元。"
    kept = drop_offending_sentences(text, allowed)
    assert "13999999999" not in kept
    assert "赔偿" not in kept
    assert kept.startswith("自2025年2月10日起")
    assert check_part(kept, allowed).passed


def test_check_draft_reports_every_category(typical, allowed):
    bad = "你们是骗子。依据《个人信息保护法》第99条，2025年9月9日之前赔偿。"
    checks = check_draft(bad, "deletion", typical, allowed)
    assert checks.unsupported
    assert checks.unknown_law
    assert checks.missing
    assert checks.tone
    assert not checks.passed
