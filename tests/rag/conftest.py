"""Retrieval fixtures: a small fixture corpus, a counting fake embedder, the real index once."""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Sequence
from pathlib import Path

import pytest

import settings as settings_module

FIXTURE_FILES = {
    "police-report.md": """---
title: 报案
topic: police
sources:
  - 《治安管理处罚法》第五十条
updated: 2026-11-28
---

# 向公安机关报案

## 到哪里报案

可以到居住地或骚扰发生地的公安机关报案，带上身份证和证据材料。

## 受案回执

报案后要求民警出具受案回执，写明受案时间，依据是《治安管理处罚法》第五十条。
""",
    "privacy-delete.md": """---
title: 删除通讯录数据
topic: privacy
sources: ["《个人信息保护法》第四十七条"]
updated: 2026-11-28
---

# 要求删除通讯录数据

## 删除权

依据个人信息保护法第四十七条，处理目的已经实现或者撤回同意的，可以要求平台删除。

## 关闭权限

在手机设置里关闭借款应用读取联系人的权限。
""",
    "debt-rates.md": """---
title: 利率上限
topic: debt
sources: []
updated: 2026-11-28
---

# 利率上限

民间借贷的利率有上限。

## 超出部分

超过一年期贷款市场报价利率四倍的利息，法院不予支持。
""",
    "wellbeing-help.md": """---
title: 心理求助
topic: wellbeing
sources: []
updated: 2026-11-28
---

# 心理压力

## 睡不着、害怕接电话

长期被骚扰会让人焦虑失眠。可以拨打心理援助热线，和信任的人说说。
""",
    "README.md": "# 说明\n\n这不是指南文件，没有 front matter。\n",
}


class FakeEmbedder:
    """Deterministic character-bigram hashing vectors; counts how often documents are embedded."""

    def __init__(self, model_id: str = "fake:bigram-64", dims: int = 64) -> None:
        self.model_id = model_id
        self.dims = dims
        self.document_calls = 0
        self.documents_embedded = 0

    def _vector(self, text: str) -> list[float]:
        vector = [0.0] * self.dims
        for first, second in itertools.pairwise(text):
            slot = int(hashlib.md5(f"{first}{second}".encode()).hexdigest(), 16) % self.dims
            vector[slot] += 1.0
        norm = math.sqrt(sum(x * x for x in vector)) or 1.0
        return [x / norm for x in vector]

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._vector(text) for text in texts]

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        self.document_calls += 1
        self.documents_embedded += len(texts)
        return [self._vector(text) for text in texts]


@pytest.fixture
def fixture_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in FIXTURE_FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_index(real_embedder, tmp_path_factory: pytest.TempPathFactory):
    """The real corpus indexed with EmbeddingGemma once per session: (retriever, data dir)."""
    from rag.retrieval import build_retriever

    data_dir = tmp_path_factory.mktemp("rag-index") / "data"
    index_settings = settings_module.load_settings({"CS_DATA_DIR": str(data_dir)})
    retriever = build_retriever(index_settings, real_embedder)
    assert retriever.built
    return retriever, data_dir
