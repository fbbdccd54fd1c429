"""The real parts load and work: GGUF through llama-cpp-python, EmbeddingGemma, Tesseract."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from drafting.backends.base import ChatMessage
from drafting.backends.llama import LlamaCppBackend, check_gguf_file
from errors import ModelBroken, ModelMissing
from evidence.ocr.tesseract import installed_languages, require_languages
from rag.embedder import SentenceTransformerEmbedder

pytestmark = pytest.mark.model


def test_gguf_generates_the_same_text_twice_at_temperature_zero(real_llm: LlamaCppBackend):
    prompt = [ChatMessage("user", "请用一句话说明：为什么要保存催收短信？")]
    first = "".join(real_llm.generate(prompt, max_tokens=24, temperature=0.0))
    second = "".join(real_llm.generate(prompt, max_tokens=24, temperature=0.0))
    assert first.strip()
    assert first == second
    assert any("\u4e00" <= ch <= "\u9fff" for ch in first), first


def test_generation_stops_when_asked(real_llm: LlamaCppBackend):
    import threading

    stop = threading.Event()
    pieces = []
    for piece in real_llm.generate(
        [ChatMessage("user", "数到一百")], max_tokens=64, stop_event=stop
    ):
        pieces.append(piece)
        if len(pieces) == 3:
            stop.set()
    assert len(pieces) == 3


def test_missing_gguf_is_model_missing(tmp_path: Path):
    with pytest.raises(ModelMissing) as caught:
        check_gguf_file(tmp_path / "nope.gguf")
    assert "make setup" in caught.value.message("zh")


def test_non_gguf_file_is_model_broken(tmp_path: Path):
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"PK\x03\x04" + b"\0" * 2_000_000)
    with pytest.raises(ModelBroken):
        check_gguf_file(fake)


def test_truncated_gguf_is_model_broken_not_a_crash(tmp_path: Path, default_settings):
    truncated = tmp_path / "truncated.gguf"
    with default_settings.llm_model_path.open("rb") as source:
        truncated.write_bytes(source.read(3_000_000))
    backend = LlamaCppBackend(truncated, n_threads=1, n_ctx=256)
    with pytest.raises(ModelBroken) as caught:
        list(backend.generate([ChatMessage("user", "你好")], max_tokens=2))
    assert "损坏" in caught.value.message("zh")


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def test_embeddinggemma_ranks_the_right_passage_first(real_embedder: SentenceTransformerEmbedder):
    passages = [
        "遇到催收人员骚扰亲友，可以到当地公安机关报案，并提交截图等证据材料。",
        "借款合同约定的利率超过合同成立时一年期贷款市场报价利率四倍的部分，法院不予支持。",
        "手机应用索要通讯录权限时应当拒绝，并定期检查已授权的应用。",
    ]
    queries = [
        ("催债的老给我家里人打电话，我能去派出所报警吗", 0),
        ("网贷利息太高了，超出的部分还要还吗", 1),
        ("怎么防止借款App再读取我的联系人", 2),
    ]
    doc_vectors = real_embedder.embed_documents(passages)
    query_vectors = real_embedder.embed_queries([q for q, _ in queries])
    assert len(doc_vectors[0]) == 768
    for (query, expected), vector in zip(queries, query_vectors, strict=True):
        scores = [_cosine(vector, doc) for doc in doc_vectors]
        assert scores.index(max(scores)) == expected, (query, scores)


def test_missing_embedding_model_is_model_missing(tmp_path: Path):
    with pytest.raises(ModelMissing):
        SentenceTransformerEmbedder(tmp_path / "none").embed_queries(["测试"])


def test_tesseract_reads_a_chinese_line(tmp_path: Path, cjk_font: Path):
    require_languages("chi_sim")
    image = Image.new("RGB", (1000, 120), "white")
    font = ImageFont.truetype(str(cjk_font), 48)
    ImageDraw.Draw(image).text((20, 30), "请保存好聊天记录和通话记录", fill="black", font=font)
    path = tmp_path / "line.png"
    image.save(path)
    tesseract = shutil.which("tesseract")
    assert tesseract
    result = subprocess.run(
        [tesseract, str(path), "stdout", "-l", "chi_sim", "--psm", "7"],
        capture_output=True, text=True, check=True, env={"OMP_THREAD_LIMIT": "1"},
    )  # fmt: skip
    text = "".join(result.stdout.split())
    # (人员 is read as 入员 by the fast chi_sim model; the evidence pipeline handles such slips.)
    assert "请保存好聊天记录和通话记录" in text


def test_installed_languages_lists_chi_sim():
    assert "chi_sim" in installed_languages()
