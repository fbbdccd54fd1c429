"""Capture what the real PP-OCR recogniser writes for dialect characters drawn on this machine.

Draws each line of LINES in the CJK fonts installed here (Noto Sans/Serif CJK), at three sizes,
on a white, a green-bubble and a grey-bubble background, reads every image with the bundled
PP-OCR engine and records the raw readings (before evidence.ocr.glyphs restores anything) in
glyph_readings.json. Run again after a model change:

    .venv/bin/python tests/evidence/ocr/capture_glyph_readings.py
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from evidence.ocr.ppocr import PpocrBackend  # noqa: E402

NOTO = Path("/usr/share/fonts/opentype/noto")
# (file, face index): index 2 of the Sans/Serif collections is Simplified Chinese, 0 Japanese.
FONTS = (
    ("NotoSansCJK-Regular.ttc", 2),
    ("NotoSansCJK-Bold.ttc", 2),
    ("NotoSerifCJK-Regular.ttc", 2),
    ("NotoSansCJK-Regular.ttc", 0),
)
SIZES = (26, 34, 42)
COLOURS = (("white", "black"), ("#95EC69", "black"), ("#EDEDED", "#111111"))
# Sentences written for this test (dialect lines, then Mandarin that uses the stand-ins).
LINES = (
    "我哋今日一定要见到钱",
    "你哋全家都唔好过",
    "佢哋已经去咗你屋企",
    "唔还我哋就上门",
    "通讯录我哋全部有",
    "我哋会去你屋企门口",
    "你喺边度？",
    "佢喺屋企度",
    "喺度做乜",
    "你笔钱而家喺我手上",
    "我哋喺你公司楼下",
    "嫑再拖了",
    "嫑跟我讲条件",
    "我系佢嘅债主，你冇得走",
    "你同佢讲，叫佢还钱",
    "你做阿哥嘅帮佢还啦",
    "认识佢嘅朋友话俾佢知",
    "冇得倾",
    "吡咯和吡啶都是杂环化合物",
    "烟味呛人，我呛了一口水",
    "喉咙痛就多喝水",
    "他感慨万千，慷慨解囊",
    "向右转，右边第二间",
    "霎时间下起了大雨",
    "合计人民币壹佰元整",
)


def draw(text: str, font_file: str, index: int, size: int, colours: tuple[str, str]) -> Image.Image:
    font = ImageFont.truetype(str(NOTO / font_file), size, index=index)
    width = max(300, int(font.getlength(text)) + 60)
    image = Image.new("RGB", (width, size * 3), colours[0])
    ImageDraw.Draw(image).text((30, size), text, font=font, fill=colours[1])
    return image


def raw_reading(backend: PpocrBackend, engine, image: Image.Image) -> str:
    bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    pieces = sorted(backend._read_band(engine, bgr), key=lambda piece: piece.box[0])
    return "".join(piece.text for piece in pieces)


def main() -> None:
    backend = PpocrBackend(threads=2)
    engine = backend._borrow()
    readings = {}
    for text in LINES:
        seen: Counter[str] = Counter()
        for (font_file, index), size, colours in itertools.product(FONTS, SIZES, COLOURS):
            seen[raw_reading(backend, engine, draw(text, font_file, index, size, colours))] += 1
        readings[text] = dict(seen.most_common())
        print(text, readings[text], flush=True)
    out = Path(__file__).with_name("glyph_readings.json")
    out.write_text(json.dumps(readings, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
