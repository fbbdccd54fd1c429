"""Lexical retrieval: jieba tokens without punctuation and stopwords, ranked by BM25."""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Sequence

from rank_bm25 import BM25Okapi

# Words jieba's default dictionary splits but our users and corpus use as one term.
DOMAIN_WORDS = (
    "爆通讯录",
    "通讯录",
    "催收",
    "暴力催收",
    "软暴力",
    "网贷",
    "个人信息保护法",
    "治安管理处罚法",
    "民法典",
    "刑法",
    "互金协会",
    "网信办",
    "工信部",
    "法律援助",
    "派出所",
    "报案",
    "报警",
    "立案",
    "截图",
    "录音",
    "公证",
    "利率",
    "利息",
    "高利贷",
    "砍头息",
    "征信",
    "心理咨询",
    "心理援助",
    "权限",
    "骚扰",
)

# Function words and question fillers: frequent in colloquial questions, useless for ranking.
_STOPWORD_TEXT = """
的 了 是 在 我 你 他 她 它 我们 你们 他们 她们 它们 咱们 自己 和 与 及 或 或者 也 就 都 而 被 把
给 对 向 从 到 让 吗 呢 吧 啊 呀 哦 嘛 么 什么 怎么 怎么办 怎样 如何 为什么 哪些 哪里 哪个 多少
可以 能 能不能 可不可以 会 会不会 要 要不要 该 应该 需要 有 有没有 没有 没 这 那 这个 那个 这些
那些 这样 那样 一个 一些 一下 还 又 很 太 等 之 其 如果 因为 所以 但 但是 然后 而且 已经 现在
还是 就是 只是 是不是 不是 啥 咋 咋办 着 过 得 地 个 些 上 下 里 中 时 时候 请问 帮 帮忙 一直
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_tokenizer = None
_tokenizer_lock = threading.Lock()


def _jieba():
    global _tokenizer
    if _tokenizer is None:
        with _tokenizer_lock:
            if _tokenizer is None:
                import jieba

                # jieba logs "Building prefix dict…" to stderr; the CLI's stderr is for errors.
                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                for word in DOMAIN_WORDS:
                    tokenizer.add_word(word, freq=20000)
                _tokenizer = tokenizer
    return _tokenizer


def _is_word(token: str) -> bool:
    # Drop tokens made only of punctuation, symbols and spaces (full- and half-width alike).
    return any(unicodedata.category(char)[0] in "LN" for char in token)


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens (long words plus their parts), lower-cased, filtered."""
    tokens = []
    for token in _jieba().cut_for_search(unicodedata.normalize("NFKC", text).lower()):
        token = token.strip()
        if token and _is_word(token) and token not in STOPWORDS:
            tokens.append(token)
    return tokens


class Bm25Index:
    """BM25 (Okapi) over pre-tokenised documents; read-only after construction, so thread-safe."""

    def __init__(self, documents: Sequence[str]) -> None:
        self._bm25 = BM25Okapi([tokenize(doc) or ["\u0000"] for doc in documents])

    def rank(self, query: str, depth: int) -> list[tuple[int, float]]:
        """(document index, score) of the best `depth` documents with a positive score."""
        tokens = tokenize(query)
        if not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
        return [(i, float(scores[i])) for i in order[:depth] if scores[i] > 0]
