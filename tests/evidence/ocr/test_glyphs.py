"""Dialect characters the PP-OCR recogniser cannot write are put back; Mandarin is left alone."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from evidence.ocr.glyphs import GLYPH_RULES_VERSION, restore_line
from evidence.ocr.ppocr import MODEL_FILES, PpocrBackend

READINGS = json.loads(
    Path(__file__).with_name("glyph_readings.json").read_text(encoding="utf-8")
)  # capture_glyph_readings.py: the real engine's raw readings of lines drawn on this machine
ABSENT = "哋喺嫑"  # the recogniser cannot write these at all
MISREAD = "佢嘅冇"  # it can, but drawn text comes out 但/佰/佤, 慨, 右 all the same


def _charset() -> set[str]:
    ort = pytest.importorskip("onnxruntime")
    from evidence.ocr.ppocr import package_dir

    model = package_dir() / MODEL_FILES["rec"][0]
    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    return set(session.get_modelmeta().custom_metadata_map["character"].split("\n"))


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, char_b in enumerate(b, 1):
            substitute = previous + (char_a != char_b)
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, substitute)
    return row[-1]


def test_restored_characters_are_outside_the_recogniser_charset() -> None:
    # When the model changes and learns these, the stand-in rules are no longer needed.
    charset = _charset()
    assert not [char for char in ABSENT if char in charset]
    assert all(char in charset for char in MISREAD)


def test_drawn_dialect_lines_read_back_as_written() -> None:
    total = before = after = 0
    for drawn, readings in READINGS.items():
        for reading, count in readings.items():
            restored = restore_line(reading)
            assert _distance(restored, drawn) <= _distance(reading, drawn), (drawn, reading)
            total += count
            before += count * (reading == drawn)
            after += count * (restored == drawn)
    assert before / total < 0.3  # what the engine alone gets right
    assert after / total > 0.8, f"{after}/{total}"


@pytest.mark.parametrize(
    ("reading", "written"),
    [
        ("我吡今日一定要见到钱", "我哋今日一定要见到钱"),
        ("拒吡已经去咗你屋企", "佢哋已经去咗你屋企"),
        ("唔还我呛就去你屋企", "唔还我哋就去你屋企"),
        ("你笔钱而家喉", "你笔钱而家喺"),  # the bubble wraps right after 喺
        ("啄度做乜", "喺度做乜"),
        ("霎跟我讲条件", "嫑跟我讲条件"),
        ("耍再拖了", "嫑再拖了"),
        ("认识但慨朋友话俾但知", "认识佢嘅朋友话俾佢知"),
        ("一部分？右得商量", "一部分？冇得商量"),
        ("发你的信息看到了右？", "发你的信息看到了冇？"),
        ("你成个礼拜右返屋企", "你成个礼拜冇返屋企"),
        ("黄志豪，好易花咽笔数你打算点算？", "黄志豪，好易花嗰笔数你打算点算？"),
        ("心情玩呢喲？", "心情玩呢啲？"),
        ("份工上个月右咗", "份工上个月冇咗"),
        ("咽笔数你打算点算？唔好拖", "嗰笔数你打算点算？唔好拖"),
        ("你细路读书咽间小学门口睇", "你细路读书嗰间小学门口睇"),
        ("搬咗出去就温唔到你", "搬咗出去就揾唔到你"),
        ("成万蚊唔还，你仲玩呢喲？", "成万蚊唔还，你仲玩呢啲？"),
        ("我唔系嚟交友慨，我系信用管理部嘅", "我唔系嚟交友嘅，我系信用管理部嘅"),
        ("阿妈，但话你成日唔返屋企", "阿妈，佢话你成日唔返屋企"),
        ("但是但自己唔出面", "但是佢自己唔出面"),
    ],
)
def test_stand_ins_are_restored_in_dialect_context(reading: str, written: str) -> None:
    assert restore_line(reading) == written


@pytest.mark.parametrize(
    "mandarin",
    [
        "吡咯和吡啶都是杂环化合物",
        "烟味呛人，我呛了一口水",
        "你呛我干嘛",
        "喉咙痛就多喝水",
        "他被割喉",
        "你好嗎",
        "他感慨万千，慷慨解囊",
        "向右转，右边第二间",
        "霎时间下起了大雨",
        "耍给我看，别耍跟头",
        "合计人民币壹佰元整",
        "佤族同胞",
        "形式不同但内容相同",
        "你叫但是什么意思",
        "厄运",
        "啄木鸟",
        "噁心",
        "向右边走，右手第二间",
        "吞咽困难，咽喉发炎，咽部红肿",
        "今天气温不高",
        "哎喲，好痛",
        "但话说回来，你要还钱",
        "但自己的事自己办",
        "唔好向右转，靠右行",
        "我听到佢哽咽嘅声",
    ],
)
def test_mandarin_with_the_stand_ins_is_untouched(mandarin: str) -> None:
    assert restore_line(mandarin) == mandarin


def test_drawn_mandarin_controls_are_untouched() -> None:
    for drawn, readings in READINGS.items():
        if not any(char in drawn for char in ABSENT + MISREAD):
            assert all(restore_line(reading) == reading for reading in readings), drawn


class _Engine:
    """Stands in for RapidOCR: one line, as the recogniser writes 我哋."""

    def __call__(self, _bgr: np.ndarray) -> SimpleNamespace:
        quad = [[10, 10], [200, 10], [200, 40], [10, 40]]
        return SimpleNamespace(boxes=[quad], txts=["唔还我吡就上门"], scores=[0.9])


def test_ppocr_read_restores_every_line_and_keys_its_cache_by_the_rules() -> None:
    backend = PpocrBackend()
    backend._idle.put(_Engine())
    result = backend.read(np.full((80, 300, 3), 255, dtype=np.uint8))
    assert [line.text for line in result.lines] == ["唔还我哋就上门"]
    assert result.text == "唔还我哋就上门"
    # Results cached before the rules (or under other rules) must not be served as restored.
    assert backend.cache_key.endswith(f"glyphs{GLYPH_RULES_VERSION}")


def test_a_cached_reading_gets_the_rules_added_since() -> None:
    from evidence.ocr.base import OcrLine, OcrResult
    from evidence.ocr.glyphs import restore_result

    cached = OcrResult(
        text="12:00\n唔还嘅话佢哋去细路咽间学校",
        lines=(
            OcrLine("12:00", (0, 0, 50, 20), 99.0),
            OcrLine("唔还嘅话佢哋去细路咽间学校", (0, 40, 300, 30), 90.0),
        ),
    )
    restored = restore_result(cached)
    assert [line.text for line in restored.lines] == ["12:00", "唔还嘅话佢哋去细路嗰间学校"]
    assert restored.text == "12:00\n唔还嘅话佢哋去细路嗰间学校"
    assert restore_result(restored) is restored  # nothing left to restore: the same reading
