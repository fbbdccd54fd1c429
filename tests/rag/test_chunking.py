"""Chunking and corpus loading: pure functions on text fixtures, no model needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from errors import CorpusMissing
from rag.chunking import chunk_document, format_citation, split_front_matter, topic_from_name
from rag.corpus import content_hash, corpus_files, load_channels, load_corpus

DOC = """---
title: 报案
topic: police
sources: ["《治安管理处罚法》第五十条"]
updated: 2026-11-28
---

# 向公安机关报案

先说明一下本篇的用途。

## 到哪里报案

带上证据去公安机关。依据《治安管理处罚法》第五十条，也可参见个人信息保护法第47条。

## 空的一节

## 代码里的标题不算

```
## 这不是标题
```
最后一行。
"""


def no_cite(text: str) -> tuple[str, ...]:
    return ()


def test_front_matter_is_split_from_the_body():
    meta, body = split_front_matter(DOC)
    assert meta["topic"] == "police"
    assert meta["sources"] == ["《治安管理处罚法》第五十条"]
    assert body.lstrip().startswith("# 向公安机关报案")


def test_missing_or_broken_front_matter_gives_an_empty_mapping():
    assert split_front_matter("# 标题\n正文") == ({}, "# 标题\n正文")
    assert split_front_matter("---\n: [\n---\n正文")[0] == {}


def test_one_chunk_per_non_empty_section_with_heading_path_and_topic():
    chunks = chunk_document("police-report.md", DOC, cite=no_cite)
    assert [c.heading for c in chunks] == [
        "向公安机关报案",
        "向公安机关报案 > 到哪里报案",
        "向公安机关报案 > 代码里的标题不算",
    ]
    assert {c.topic for c in chunks} == {"police"}
    assert {c.source for c in chunks} == {"police-report.md"}
    assert chunks[0].text == "先说明一下本篇的用途。"
    # A `##` inside a code fence belongs to the section's text, not a new section.
    assert "## 这不是标题" in chunks[2].text
    assert chunks[1].indexed_text.startswith("向公安机关报案 > 到哪里报案\n")


def test_chunks_carry_the_articles_they_cite_in_one_spelling():
    chunks = chunk_document("police-report.md", DOC)
    assert chunks[1].articles == ("《治安管理处罚法》第50条", "《个人信息保护法》第47条")
    assert chunks[0].articles == ()


def test_citation_format_handles_suffixed_articles():
    assert format_citation("个人信息保护法", "47") == "《个人信息保护法》第47条"
    assert format_citation("《刑法》", "253-1") == "《刑法》第253条之一"


def test_chunk_ids_are_stable_and_follow_content():
    first = chunk_document("police-report.md", DOC, cite=no_cite)
    again = chunk_document("police-report.md", DOC, cite=no_cite)
    changed = chunk_document(
        "police-report.md", DOC.replace("最后一行", "改过的一行"), cite=no_cite
    )
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first)
    assert first[1].id == changed[1].id
    assert first[2].id != changed[2].id
    assert first[0].id.startswith("police-report#")


def test_topic_falls_back_to_the_file_name():
    text = "# 标题\n\n## 一节\n内容"
    assert chunk_document("legal-aid-12348.md", text, cite=no_cite)[0].topic == "legal-aid"
    assert topic_from_name("what-is-baotongxunlu.md") == "what-is"
    assert topic_from_name("debt.md") == "debt"


def test_load_corpus_skips_files_without_topic_and_hashes_content(fixture_corpus: Path):
    corpus = load_corpus(fixture_corpus, cite=no_cite)
    assert "README.md" not in corpus.files
    assert {c.topic for c in corpus.chunks} == {"police", "privacy", "debt", "wellbeing"}
    before = corpus.content_hash
    assert content_hash(corpus_files(fixture_corpus)) == before
    (fixture_corpus / "debt-rates.md").write_text(
        (fixture_corpus / "debt-rates.md").read_text(encoding="utf-8") + "\n补充。\n",
        encoding="utf-8",
    )
    assert content_hash(corpus_files(fixture_corpus)) != before


def test_an_empty_corpus_is_a_user_facing_error(tmp_path: Path):
    with pytest.raises(CorpusMissing) as error:
        load_corpus(tmp_path, cite=no_cite)
    assert "指南" in error.value.message("zh")


def test_channels_table_is_read_with_verified_flags(tmp_path: Path):
    (tmp_path / "channels.toml").write_text(
        """
[[channel]]
name = "12378"
for_what = "银行保险投诉"
how = "拨打电话"
verified = true
note = ""

[[channel]]
name = "某热线"
for_what = "未知"
how = "电话"
verified = false
note = "职责范围未核实"
""",
        encoding="utf-8",
    )
    channels = load_channels(tmp_path)
    assert [(c.name, c.verified) for c in channels] == [("12378", True), ("某热线", False)]
    assert channels[1].note == "职责范围未核实"
    assert load_channels(tmp_path / "absent") == []


def test_the_real_corpus_chunks_with_known_topics():
    from rag.chunking import KNOWN_TOPICS

    corpus = load_corpus()
    assert corpus.chunks
    assert {c.topic for c in corpus.chunks} <= set(KNOWN_TOPICS)
    assert all(c.text and c.heading for c in corpus.chunks)
