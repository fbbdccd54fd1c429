"""jieba tokenisation and BM25 ranking (no model needed)."""

from __future__ import annotations

from rag.lexical import Bm25Index, tokenize


def test_tokens_drop_punctuation_and_stopwords():
    tokens = tokenize("催收的人，天天给我亲戚打电话！怎么办？？")
    assert "催收" in tokens
    assert "亲戚" in tokens
    assert "打电话" in tokens
    for noise in ("，", "！", "？", "的", "我", "怎么办"):
        assert noise not in tokens


def test_domain_words_stay_whole_and_latin_is_lowercased():
    tokens = tokenize("被爆通讯录了，APP 读取了通讯录")
    assert "爆通讯录" in tokens
    assert "app" in tokens
    assert tokenize("。，！？…… ") == []


def test_bm25_ranks_the_document_sharing_rare_words_first():
    index = Bm25Index(
        [
            "到公安机关报案，要求出具受案回执。",
            "关闭借款应用读取联系人的权限。",
            "超过四倍利率的利息法院不予支持。",
        ]
    )
    ranking = index.rank("报案以后拿不到回执怎么办", depth=3)
    assert ranking[0][0] == 0
    assert all(score > 0 for _, score in ranking)
    # Nothing in common: no ranking at all rather than arbitrary zero-score documents.
    assert index.rank("心理热线", depth=3) == []
    assert index.rank("的了吗", depth=3) == []
