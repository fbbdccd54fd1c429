"""Hybrid retrieval on a fixture corpus (real Chroma and BM25, fake embedder)."""

from __future__ import annotations

import pytest

from rag.retrieval import Passage, Retriever, build_retriever, diversify, fuse


@pytest.fixture
def retriever(settings, fixture_corpus, fake_embedder) -> Retriever:
    return build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)


def test_rrf_rewards_agreement_between_rankings():
    fused = fuse([["a", "b", "c"], ["b", "d"]], k=60)
    assert [item for item, _ in fused] == ["b", "a", "d", "c"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fuse([]) == []


def test_weighted_rrf_lets_the_heavier_ranking_lead():
    fused = dict(fuse([["a", "b"], ["b", "a"]], k=10, weights=(1.0, 0.5)))
    assert fused["a"] > fused["b"]
    assert fused["a"] == pytest.approx(1 / 11 + 0.5 / 12)


def test_diversify_halves_each_further_passage_of_the_same_source():
    sources = {"p1": "police.md", "p2": "police.md", "p3": "police.md", "d1": "debt.md"}
    scores = diversify([("p1", 0.4), ("p2", 0.3), ("p3", 0.2), ("d1", 0.1)], sources, decay=0.5)
    assert scores == pytest.approx({"p1": 0.4, "p2": 0.15, "p3": 0.05, "d1": 0.1})


def test_hybrid_returns_passages_with_source_heading_topic_and_articles(retriever):
    passages = retriever.search("报案以后要回执", k=3)
    assert passages[0] == Passage(
        source="police-report.md",
        heading="向公安机关报案 > 受案回执",
        topic="police",
        text="报案后要求民警出具受案回执，写明受案时间，依据是《治安管理处罚法》第五十条。",
        score=passages[0].score,
        articles=("《治安管理处罚法》第50条",),
    )
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True)
    assert set(passages[0].as_dict()) == {"source", "heading", "topic", "text", "score"}


def test_a_named_article_puts_the_passages_citing_it_first(retriever):
    for query in (
        "个人信息保护法第47条",
        "《个人信息保护法》第四十七条怎么用",
        "PIPL 个人信息保护法第47条 删除",
    ):
        top = retriever.search(query, k=3)[0]
        assert "《个人信息保护法》第47条" in top.articles, query
    # Without the article, the same words do not force that passage first.
    assert retriever.query_articles("删除通讯录") == ()


def test_the_exact_lookup_beats_lexical_and_dense_evidence_for_other_passages(retriever):
    # The query's words point at the police passage; the named article points elsewhere.
    query = "到公安机关报案带身份证 治安管理处罚法第50条"
    assert retriever.search(query, k=1)[0].heading == "向公安机关报案 > 受案回执"


def test_k_and_empty_queries(retriever):
    assert len(retriever.search("利息", k=2)) == 2
    assert len(retriever.search("利息", k=100)) == len(retriever.chunks)
    for method in (retriever.search, retriever.search_dense, retriever.search_bm25):
        assert method("   ", k=3) == []
        assert method("利息", k=0) == []


def test_single_rankings_are_exposed_for_benchmarks(retriever):
    assert retriever.search_bm25("超过四倍利率的利息", k=1)[0].topic == "debt"
    assert retriever.search_dense("超过四倍利率的利息", k=1)[0].topic == "debt"
    assert retriever.search_bm25("完全无关的英文 words", k=3) == []
