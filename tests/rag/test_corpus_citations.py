"""The corpus's citations: every article verified, listed in its sources, in its reference text."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from law.citations import (
    ARTICLES_TOML,
    Citation,
    article_label,
    find_citations,
    outdated_articles,
    verified_articles,
)
from tests.rag.corpus_files import (
    CORPUS,
    FILES,
    LAW_DIR,
    corpus_text,
    needs_shared,
    passages_citing,
    reference_text,
    split_file,
)


@pytest.mark.parametrize("path", [*FILES, CORPUS / "channels.toml"], ids=lambda p: p.name)
def test_every_citation_is_verified(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    verified = verified_articles()
    unknown = [str(c) for c in find_citations(text) if c not in verified]
    assert not unknown, f"{path.name} cites unverified articles: {unknown}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_sources_match_the_articles_cited_in_the_body(path: Path) -> None:
    front, body = split_file(path)
    listed = set(find_citations("\n".join(front["sources"])))
    cited = set(find_citations(body))
    assert listed == cited, (sorted(map(str, listed - cited)), sorted(map(str, cited - listed)))


def test_corpus_cites_what_the_issue_requires() -> None:
    cited = {c for path in FILES for c in find_citations(path.read_text(encoding="utf-8"))}
    required = {
        Citation("个人信息保护法", "47"),
        Citation("个人信息保护法", "50"),
        Citation("民法典", "1032"),
        Citation("民法典", "1033"),
        Citation("刑法", "253-1"),
        Citation("刑法", "293"),
        Citation("刑法", "293-1"),
        Citation("治安管理处罚法", "50"),
        Citation("治安管理处罚法", "56"),
        Citation("民间借贷规定", "1"),
        Citation("民间借贷规定", "25"),
    }
    assert required <= cited, sorted(map(str, required - cited))


def test_article_table_rows_are_complete() -> None:
    with ARTICLES_TOML.open("rb") as handle:
        rows = tomllib.load(handle)["article"]
    keys = [(row["law"], row["article"]) for row in rows]
    assert len(keys) == len(set(keys)), "duplicate rows in articles.toml"
    for row in rows:
        assert re.fullmatch(r"\d+(-\d+)?", row["article"]), row
        assert row["gist"]
        assert row["reference"].endswith(".md")


def test_outdated_rows_point_at_verified_articles() -> None:
    verified = verified_articles()
    for citation, info in outdated_articles().items():
        assert citation not in verified
        assert Citation(citation.law, info.replaced_by) in verified
        assert info.note


@needs_shared
def test_every_article_is_in_its_reference_file() -> None:
    missing = []
    for citation, info in verified_articles().items():
        path = LAW_DIR / info.reference
        if not path.is_file():
            missing.append(f"{citation}: no file {info.reference}")
            continue
        # The article must open a line in the statute text, not merely be mentioned somewhere.
        heading = re.compile(rf"(?m)^\**{article_label(citation.article)}\**[ \u3000]")
        if not heading.search(reference_text(info.reference)):
            missing.append(f"{citation}: {article_label(citation.article)} not in {info.reference}")
    assert not missing, missing


def test_article_heading_check_can_fail() -> None:
    text = "**第四十七条**　正文\n\n第二百五十三条之一　正文\n"
    assert re.search(rf"(?m)^\**{article_label('47')}\**[ \u3000]", text)
    assert re.search(rf"(?m)^\**{article_label('253-1')}\**[ \u3000]", text)
    assert not re.search(rf"(?m)^\**{article_label('253')}\**[ \u3000]", text)


def test_article_56_is_never_offered_without_its_start_date() -> None:
    passages = passages_citing(Citation("治安管理处罚法", "56"))
    assert len(passages) >= 3
    for heading, text in passages:
        assert "2026年1月1日" in text, heading
    # What was said to police for conduct before 2026 points at routes that existed then.
    police = corpus_text("police-report.md")
    assert "这违反了《治安管理处罚法》第五十条" not in police
    assert "《治安管理处罚法》（2012年修正）第四十二条第六项" in police
