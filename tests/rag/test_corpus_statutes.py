"""What the corpus says about the statutes matches their text (both 治安管理处罚法 editions,
the renumbering table, the thresholds and time limits)."""

from __future__ import annotations

import pytest

from law.citations import (
    Citation,
    find_citations,
)
from tests.rag.corpus_files import (
    article,
    corpus_text,
    needs_shared,
    passages_citing,
    reference_text,
)

# Each pair: the old and new article must share the words of their subject; the drafting aid
# (law/renumbering.py) guessed these wrongly, so the table is checked by content, not by the aid.
RENUMBERED_SUBJECTS = [
    (42, 50, "写恐吓信或者以其他方法威胁他人人身安全"),
    (51, 62, "冒充国家机关工作人员"),
    (56, 67, "旅馆业"),
    (57, 68, "房屋出租人"),
    (58, 88, "社会生活噪声"),
    (103, 122, "拘留所"),
]


@needs_shared
@pytest.mark.parametrize(("old", "new", "subject"), RENUMBERED_SUBJECTS)
def test_renumbering_table_pairs_articles_on_the_same_subject(
    old: int, new: int, subject: str
) -> None:
    from law.citations import renumbering
    from law.renumbering import articles

    old_text = articles(reference_text("治安管理处罚法-2012修正.md"))
    new_text = articles(reference_text("治安管理处罚法-2025修订.md"))
    assert len(old_text) == 119
    assert len(new_text) == 144
    assert renumbering().old_to_new[old] == new
    assert subject in old_text[old]
    assert subject in new_text[new]


@needs_shared
@pytest.mark.parametrize("old", [61, 62])
def test_border_crossing_articles_have_no_counterpart_in_the_2025_text(old: int) -> None:
    from law.citations import renumbering
    from law.renumbering import articles

    old_text = articles(reference_text("治安管理处罚法-2012修正.md"))
    new_text = articles(reference_text("治安管理处罚法-2025修订.md"))
    assert "偷越国（边）境" in old_text[old]
    assert not any("偷越" in text for text in new_text.values())
    assert renumbering().old_to_new[old] == 0


@needs_shared
def test_renumbered_pairs_mostly_share_their_subject() -> None:
    from law.citations import renumbering
    from law.renumbering import articles, similarity

    old_text = articles(reference_text("治安管理处罚法-2012修正.md"))
    new_text = articles(reference_text("治安管理处罚法-2025修订.md"))
    pairs = [(o, n) for o, n in renumbering().old_to_new.items() if n]
    assert all(n in new_text for _, n in pairs)
    close = [o for o, n in pairs if similarity(old_text[o], new_text[n]) >= 0.2]
    assert len(close) >= 0.9 * len(pairs)


@needs_shared
def test_the_2012_and_2025_harassment_articles_say_the_same_thing() -> None:
    from law.renumbering import articles

    old = articles(reference_text("治安管理处罚法-2012修正.md"))
    new = articles(reference_text("治安管理处罚法-2025修订.md"))
    for text in (old[42], new[50]):
        assert "写恐吓信或者以其他方法威胁他人人身安全" in text
        assert "公然侮辱他人或者捏造事实诽谤他人" in text
    assert "冒充国家机关工作人员" in old[51]
    assert "冒充国家机关工作人员" in new[62]
    assert "伪造、变造或者买卖国家机关" in old[52]
    effective = reference_text("治安管理处罚法-2025修订.md")
    assert "本法自2026年1月1日起施行" in effective


@needs_shared
def test_outsourced_collection_is_entrusted_processing_not_article_23() -> None:
    assert "委托" in article("个人信息保护法.md", "21")
    assert "单独同意" in article("个人信息保护法.md", "23")
    assert "不得公开" in article("个人信息保护法.md", "25")
    for name in ("what-is-baotongxunlu.md", "platform-communicate.md"):
        assert "第二十三条" not in corpus_text(name)
    civil = corpus_text("legal-basis-civil-privacy.md")
    assert "委托他人处理个人信息（《个人信息保护法》第二十一条）" in civil
    assert "不需要另取单独同意" in civil


@needs_shared
def test_the_receipt_duty_is_not_claimed_for_article_90() -> None:
    assert "回执" not in article("治安管理处罚法-2025修订.md", "90")
    police = corpus_text("police-report.md")
    assert "出具受案回执的要求不在这一条里" in police
    assert "未核实" in police


@needs_shared
def test_civil_code_1033_has_no_extent_or_frequency_condition() -> None:
    text = article("民法典-人格权编.md", "1033")
    assert "次数" not in text
    assert "范围" not in text
    assert "影响对行为严重程度的判断" not in corpus_text("evidence-preserve.md")


@needs_shared
def test_criminal_279_and_280_need_no_serious_circumstances_for_the_basic_offence() -> None:
    for number in ("279", "280"):
        basic = article("刑法-分则.md", number).split("；")[0]
        assert "情节严重" not in basic
    assert "基本罪名都不以“情节严重”为条件" in corpus_text("legal-basis-public-law.md")


@needs_shared
def test_public_order_article_50_punishes_any_listed_act() -> None:
    assert article("治安管理处罚法-2025修订.md", "50").startswith("有下列行为之一的，处")
    assert article("治安管理处罚法-2012修正.md", "42").startswith("有下列行为之一的，处")
    assert "不要求“情节较重”" in corpus_text("legal-basis-public-law.md")


@needs_shared
def test_time_of_conduct_is_explained_with_both_texts() -> None:
    public = corpus_text("legal-basis-public-law.md")
    assert "《治安管理处罚法》（2012年修正）第四十二条" in public
    assert "请引用新的条文号" not in public
    assert "《治安管理处罚法》（2012年修正）第四十二条" in corpus_text("police-report.md")
    # The 2012 fine cap the corpus states is the 2012 text's.
    assert "五百元以下罚款" in article("治安管理处罚法-2012修正.md", "42")


@needs_shared
def test_the_2012_harassment_penalty_has_its_heavier_band() -> None:
    assert "情节较重的，处五日以上十日以下拘留" in article("治安管理处罚法-2012修正.md", "42")
    police = corpus_text("police-report.md")
    assert "最高五日拘留" not in police
    assert "情节较重的处五到十日拘留，还可以同时罚款五百元以下" in police


def test_public_order_punishment_is_not_kept_for_serious_cases() -> None:
    what_is = corpus_text("what-is-baotongxunlu.md")
    assert "情节重的还可能受到治安处罚" not in what_is
    assert "并不要求情节严重" in what_is


@needs_shared
def test_the_six_month_limit_is_explained_with_what_still_works_after_it() -> None:
    assert "六个月" in article("治安管理处罚法-2012修正.md", "22")
    assert "终了之日" in article("治安管理处罚法-2025修订.md", "25")
    old = set(passages_citing(Citation("治安管理处罚法（2012修正）", "22")))
    new = set(passages_citing(Citation("治安管理处罚法", "25")))
    [(heading, text)] = old & new
    for needed in ("六个月", "最后一次骚扰", "回执", "民事诉讼", "投诉", "平台", "犯罪"):
        assert needed in text, (heading, needed)


@needs_shared
def test_civil_code_loan_and_damages_articles_are_explained() -> None:
    assert "实际借款数额" in article("民法典-借款合同与侵权责任-节选.md", "670")
    [(_, up_front)] = passages_citing(Citation("民法典", "670"))
    assert "持牌机构" in up_front
    assert "按这个数额计算" in up_front
    assert passages_citing(Citation("民法典", "680"))
    assert "严重精神损害的，被侵权人有权请求精神损害赔偿" in reference_text(
        "民法典-借款合同与侵权责任-节选.md"
    )
    [(_, damages)] = passages_citing(Citation("民法典", "1183"))
    assert Citation("民法典", "1165") in find_citations(damages)
    assert "严重" in damages
