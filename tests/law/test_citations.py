"""Citation parsing: 《法律》第N条 in all the ways drafts and the corpus write it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from law.citations import (
    ARTICLES_TOML,
    Citation,
    article_label,
    canonical_law,
    find_citations,
    outdated_articles,
    outdated_citations,
    renumbered_citations,
    renumbered_note,
    renumbering,
    to_chinese,
    to_int,
    unknown_citations,
    verified_articles,
)

PIPL = "个人信息保护法"


def c(law: str, article: str) -> Citation:
    return Citation(law, article)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("依据《个人信息保护法》第四十七条", [c(PIPL, "47")]),
        ("依据《个人信息保护法》第47条", [c(PIPL, "47")]),
        ("《个人信息保护法》第４７条", [c(PIPL, "47")]),
        ("《中华人民共和国个人信息保护法》第五十条", [c(PIPL, "50")]),
        ("《个保法》第47条", [c(PIPL, "47")]),
        ("《民法典》第1032条、第1033条", [c("民法典", "1032"), c("民法典", "1033")]),
        (
            "《民法典》第一千零三十二条至第一千零三十三条",
            [c("民法典", "1032"), c("民法典", "1033")],
        ),
        ("《民法典》第1032、1033条", [c("民法典", "1032"), c("民法典", "1033")]),
        ("《民法典》第一千零三十二条、一千零三十三条", [c("民法典", "1032"), c("民法典", "1033")]),
        ("《个人信息保护法》第47条，对方发了50条短信", [c(PIPL, "47")]),
        ("《民法典》第1032条和第1033条", [c("民法典", "1032"), c("民法典", "1033")]),
        ("《民法典》人格权编第一千零三十三条", [c("民法典", "1033")]),
        ("《刑法》第二百五十三条之一", [c("刑法", "253-1")]),
        ("《刑法》第253条之一", [c("刑法", "253-1")]),
        (
            "《刑法》第二百九十三条、第二百九十三条之一",
            [c("刑法", "293"), c("刑法", "293-1")],
        ),
        ("《中华人民共和国刑法》第二百七十四条", [c("刑法", "274")]),
        (
            "《治安管理处罚法》（2025年修订）第五十条第一款第五项、第五十六条",
            [c("治安管理处罚法", "50"), c("治安管理处罚法", "56")],
        ),
        ("《治安管理处罚法》第50条第2款", [c("治安管理处罚法", "50")]),
        ("《民间借贷司法解释》第二十五条", [c("民间借贷规定", "25")]),
        (
            "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十八条、第二十九条",
            [c("民间借贷规定", "28"), c("民间借贷规定", "29")],
        ),
        ("个人信息保护法第47条规定了删除权", [c(PIPL, "47")]),
        ("刑法第二百五十三条之一规定的“提供”", [c("刑法", "253-1")]),
        ("《网络安全法》第十二条", [c("网络安全法", "12")]),
        (
            "《民法典》第一千零三十二条；《个人信息保护法》第十条",
            [c("民法典", "1032"), c(PIPL, "10")],
        ),
        ("同一条文《刑法》第293条，又写《刑法》第二百九十三条", [c("刑法", "293")]),
        ("第四十七条没有写是哪部法律", []),
        ("《个人信息保护法》规定，平台要删除信息。", []),
        ("他打了五十条短信，第二天又打", []),
        ("《治安管理处罚法》第四十二条", [c("治安管理处罚法", "42")]),
    ],
)
def test_find_citations(text: str, expected: list[Citation]) -> None:
    assert find_citations(text) == expected


def test_range_is_expanded_but_bounded() -> None:
    assert find_citations("《个人信息保护法》第四十四条至第四十七条") == [
        c(PIPL, str(n)) for n in range(44, 48)
    ]
    # A range of hundreds of articles is a typo, not a citation of all of them.
    assert find_citations("《刑法》第1条至第400条") == [c("刑法", "1"), c("刑法", "400")]


def test_str_uses_the_statute_numbering() -> None:
    assert str(c("刑法", "253-1")) == "《刑法》第二百五十三条之一"
    assert article_label("1032") == "第一千零三十二条"
    assert article_label("10") == "第十条"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("四十七", 47),
        ("十", 10),
        ("一百一十八", 118),
        ("一千零三十二", 1032),
        ("４７", 47),
        ("两百", 200),
    ],
)
def test_numerals(numeral: str, value: int) -> None:
    assert to_int(numeral) == value


def test_to_chinese_round_trips() -> None:
    for number in (1, 10, 15, 47, 50, 110, 253, 1032, 1038):
        assert to_int(to_chinese(number)) == number


def test_canonical_law() -> None:
    assert canonical_law("中华人民共和国个人信息保护法") == PIPL
    assert canonical_law("民间借贷司法解释") == "民间借贷规定"
    assert canonical_law("某某条例") == "某某条例"


def test_unknown_and_outdated() -> None:
    text = (
        "根据《个人信息保护法》第四十七条和《治安管理处罚法》第四十二条，"
        "以及《网络安全法》第十二条。"
    )
    assert unknown_citations(text) == [c("治安管理处罚法", "42"), c("网络安全法", "12")]
    [(citation, info)] = outdated_citations(text)
    assert citation == c("治安管理处罚法", "42")
    assert info.replaced_by == "50"


def test_table_has_the_articles_drafts_rely_on() -> None:
    verified = verified_articles()
    for law, article in [
        (PIPL, "47"),
        (PIPL, "50"),
        ("民法典", "1032"),
        ("民法典", "1033"),
        ("刑法", "253-1"),
        ("刑法", "293"),
        ("刑法", "293-1"),
        ("治安管理处罚法", "50"),
        ("治安管理处罚法", "56"),
        ("民间借贷规定", "25"),
    ]:
        assert c(law, article) in verified
    assert not set(verified) & set(outdated_articles())


def test_custom_table(tmp_path: Path) -> None:
    table = tmp_path / "articles.toml"
    table.write_text(
        '[[article]]\nlaw = "测试法"\naliases = ["中华人民共和国测试法", "测法"]\n'
        'article = "3"\ngist = "g"\nreference = "x.md"\n',
        encoding="utf-8",
    )
    assert find_citations("测法第三条", table) == [c("测试法", "3")]
    assert unknown_citations("《测试法》第三条、第四条", table) == [c("测试法", "4")]


ZHIAN_2012 = "治安管理处罚法（2012修正）"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("《治安管理处罚法》（2012年修正）第四十二条第五项", [c(ZHIAN_2012, "42")]),
        ("《中华人民共和国治安管理处罚法》(2012年修正)第51条", [c(ZHIAN_2012, "51")]),
        ("《治安管理处罚法》（2025年修订）第五十条", [c("治安管理处罚法", "50")]),
        ("《治安管理处罚法》第五十条", [c("治安管理处罚法", "50")]),
    ],
)
def test_the_version_note_names_the_older_text(text: str, expected: list[Citation]) -> None:
    assert find_citations(text) == expected


def test_old_text_articles_are_verified_and_the_old_number_in_the_new_text_is_not() -> None:
    text = "《治安管理处罚法》（2012年修正）第四十二条；《治安管理处罚法》第四十二条"
    assert unknown_citations(text) == [c("治安管理处罚法", "42")]


def test_renumbering_knows_the_articles_letters_rely_on() -> None:
    table = renumbering()
    assert table.old_to_new[42] == 50  # harassment, threats, insults
    assert table.old_to_new[51] == 62  # impersonating officials
    assert table.old_to_new[52] == 63  # forged documents
    assert table.new_to_old()[50] == 42
    assert len(table.old_to_new) == 119


@pytest.mark.parametrize("old", [25, 26, 40, 43, 49, 50, 51, 52, 56, 62, 63, 118])
def test_old_numbers_that_now_mean_something_else_do_not_pass_silently(old: int) -> None:
    note = renumbered_note(c("治安管理处罚法", str(old)))
    assert "2012年修正文本" in note
    assert renumbered_citations(f"《治安管理处罚法》{article_label(str(old))}") == [note]


def test_an_unchanged_number_has_no_note() -> None:
    assert renumbered_note(c("治安管理处罚法", "7")) == ""
    assert renumbered_note(c(PIPL, "47")) == ""


def _rows() -> list[dict]:
    with ARTICLES_TOML.open("rb") as handle:
        return tomllib.load(handle)["article"]


def test_civil_code_loan_and_tort_articles_are_in_the_table_with_their_dates() -> None:
    verified = verified_articles()
    rows = {(row["law"], row["article"]): row for row in _rows()}
    for article in ("670", "680", "1165", "1183"):
        assert c("民法典", article) in verified
        assert rows[("民法典", article)]["in_force"] == "2021-01-01"
    assert "实际" in verified[c("民法典", "670")].gist  # repay on the amount received
    assert "精神损害" in verified[c("民法典", "1183")].gist
    # Every row of the 2025 text says it applies only from 2026-01-01.
    zhian = [row for row in _rows() if row["law"] == "治安管理处罚法"]
    assert zhian
    assert all(row["in_force"] == "2026-01-01" for row in zhian)


def test_gists_do_not_overstate_the_article() -> None:
    verified = verified_articles()
    # Consent is one lawful basis among several, not the first or main one.
    pipl13 = verified[c(PIPL, "13")].gist
    assert "首要" not in pipl13
    assert "合同" in pipl13
    # Early repayment holds unless the parties agreed otherwise.
    assert "另有约定的除外" in verified[c("民间借贷规定", "30")].gist
    # The old harassment article has a heavier band, not a single cap.
    assert "情节较重" in verified[c(ZHIAN_2012, "42")].gist
    assert "终了" in verified[c("治安管理处罚法", "25")].gist
    assert "施行前的行为不适用" in verified[c("治安管理处罚法", "56")].gist
