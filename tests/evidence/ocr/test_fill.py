"""The colour behind a line: sampled from a drawn screenshot, robust to text strokes and JPEG."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from evidence.ocr.base import OcrLine, OcrResult
from evidence.ocr.fill import page_fills, same_fill, with_fills

PAGE = (237, 237, 237)
GREEN = (149, 236, 105)
WHITE = (255, 255, 255)


def _chat() -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """A light page with a white bubble, a green bubble and a time written on the page itself;
    each "line" is a dark bar standing for its text strokes."""
    image = Image.new("RGB", (600, 500), PAGE)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 60, 360, 150), 12, fill=WHITE)
    draw.rounded_rectangle((250, 220, 560, 310), 12, fill=GREEN)
    boxes = [(60, 80, 260, 24), (60, 115, 180, 24), (270, 250, 260, 30), (250, 400, 100, 24)]
    for x, y, w, h in boxes:
        for step in range(x, x + w, 9):  # strokes with gaps, as glyphs leave them
            draw.rectangle((step, y, step + 5, y + h), fill=(20, 20, 20))
    return image, boxes


def test_each_line_takes_its_bubbles_fill_and_the_page_says_nothing() -> None:
    image, boxes = _chat()
    white, white_again, green, on_page = page_fills(image, boxes)
    assert same_fill(white, WHITE)
    assert same_fill(white_again, WHITE)
    assert same_fill(green, GREEN)
    assert on_page is None


def test_jpeg_noise_leaves_the_fills_as_they_were_drawn() -> None:
    image, boxes = _chat()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    noisy = Image.open(io.BytesIO(buffer.getvalue()))
    white, _white, green, on_page = page_fills(noisy, boxes)
    assert same_fill(white, WHITE)
    assert same_fill(green, GREEN)
    assert on_page is None


def test_a_long_captures_pages_each_give_their_own_lines_fills() -> None:
    image, boxes = _chat()
    x, y, w, h = boxes[2]
    lines = (OcrLine("上页", boxes[0], 90.0), OcrLine("下页", (x, y + 500, w, h), 90.0))
    ocr = OcrResult("上页\n下页", lines, 0.0, 600, 1000)
    filled = with_fills(ocr, [image, image])
    assert same_fill(filled.lines[0].fill, WHITE)
    assert same_fill(filled.lines[1].fill, GREEN)


def test_a_cached_result_without_fills_still_loads() -> None:
    data = {"text": "你好", "lines": [{"text": "你好", "box": [1, 2, 3, 4], "confidence": 90}]}
    assert OcrResult.from_json(data).lines[0].fill is None
    filled = OcrResult("你好", (OcrLine("你好", (1, 2, 3, 4), 90.0, (1, 2, 3)),))
    assert OcrResult.from_json(filled.to_json()).lines[0].fill == (1, 2, 3)
