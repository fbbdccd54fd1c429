"""The colour behind each OCR line: the bubble (or page) it is drawn on, sampled at intake.

OCR boxes carry no colour, yet a chat app paints its two sides differently (WeChat green/white,
iMessage blue/grey, dark skins other pairs). A thin ring just outside a line's box lies in the
bubble's padding; its most common colour (text strokes are a minority there) is the bubble's
fill. A fill equal to the page's own background says nothing about a bubble, so it is left None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from PIL import Image

from evidence.ocr.base import OcrLine, OcrResult

# The ring starts this many pixels outside the box (anti-aliased stroke edges stay out) and is
# this thick; a bubble's padding is wider than both together on every phone measured.
_GAP = 3
_RING = 5
# Colours are binned by their top bits before the mode is taken: JPEG noise stays in one bin.
_BIN_SHIFT = 4
# Two colours closer than this (largest channel difference) are one fill.
FILL_TOLERANCE = 10
# The page's background is the mode of the image sampled every this many pixels; a ring is
# sampled every this many of its pixels (thousands of them each: a flat fill needs far fewer).
_PAGE_STEP = 16
_RING_STEP = 3

Fill = tuple[int, int, int]


def _mode_colour(pixels: np.ndarray) -> Fill | None:
    """The mean colour of the most common bin of an (n, 3) uint8 array."""
    if len(pixels) == 0:
        return None
    binned = (pixels >> _BIN_SHIFT).astype(np.uint16)
    keys = (binned[:, 0] << 8) | (binned[:, 1] << 4) | binned[:, 2]
    counts = np.bincount(keys)
    top = int(counts.argmax())
    if counts[top] * 3 < len(keys):
        return None  # no colour dominates: a photo or a gradient, not a flat fill
    red, green, blue = np.rint(pixels[keys == top].mean(axis=0))
    return (int(red), int(green), int(blue))


def same_fill(a: Fill | None, b: Fill | None, tolerance: int = FILL_TOLERANCE) -> bool:
    """Whether two fills are one colour (None matches nothing)."""
    if a is None or b is None:
        return False
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= tolerance


def _ring(image: Image.Image, box: tuple[int, int, int, int]) -> np.ndarray:
    """The pixels of the ring around a box, clipped to the image, as an (n, 3) array.

    Only the box's own neighbourhood is converted: a whole screenshot's array costs more than
    all of its lines' rings together."""
    x, y, w, h = box
    left, top = max(x - _GAP - _RING, 0), max(y - _GAP - _RING, 0)
    right = min(x + w + _GAP + _RING, image.width)
    bottom = min(y + h + _GAP + _RING, image.height)
    rgb = np.asarray(image.crop((left, top, right, bottom)).convert("RGB"))
    keep = np.ones(rgb.shape[:2], dtype=bool)
    keep[
        max(y - _GAP - top, 0) : max(y + h + _GAP - top, 0),
        max(x - _GAP - left, 0) : max(x + w + _GAP - left, 0),
    ] = False
    return rgb[keep][::_RING_STEP]


def page_fills(image: Image.Image, boxes: Sequence[tuple[int, int, int, int]]) -> list[Fill | None]:
    """Each box's fill in one image (boxes in its pixels); None on the page's background."""
    small = image.resize(
        (max(image.width // _PAGE_STEP, 1), max(image.height // _PAGE_STEP, 1)),
        Image.Resampling.NEAREST,
    )
    page = _mode_colour(np.asarray(small.convert("RGB")).reshape(-1, 3))
    fills: list[Fill | None] = []
    for box in boxes:
        x, y, w, h = box
        if w <= 0 or h <= 0 or x + w > image.width or y + h > image.height:
            fills.append(None)  # a box outside this image (read off an upscaled copy)
            continue
        fill = _mode_colour(_ring(image, box))
        fills.append(None if fill is None or same_fill(fill, page) else fill)
    return fills


def with_fills(ocr: OcrResult, pages: Sequence[Image.Image]) -> OcrResult:
    """The result with each line's fill, sampled on the page images it was read from.

    A long capture's pages are stacked top to bottom (evidence.intake moves their boxes down by
    the pages above): a line belongs to the page its top falls on."""
    if not pages:
        return ocr
    if not ocr.lines:
        return replace(ocr, fills_sampled=True)
    tops = []
    offset = 0
    for page in pages:
        tops.append(offset)
        offset += page.height
    fills: list[Fill | None] = [None] * len(ocr.lines)
    for index, page in enumerate(pages):
        top, bottom = tops[index], tops[index] + page.height
        members = [i for i, ln in enumerate(ocr.lines) if top <= ln.box[1] < bottom]
        if not members:
            continue
        boxes = [
            (ln.box[0], ln.box[1] - top, ln.box[2], ln.box[3])
            for ln in (ocr.lines[i] for i in members)
        ]
        for i, fill in zip(members, page_fills(page, boxes), strict=True):
            fills[i] = fill
    lines = tuple(_filled(ln, fill) for ln, fill in zip(ocr.lines, fills, strict=True))
    return replace(ocr, lines=lines, fills_sampled=True)


def _filled(line: OcrLine, fill: Fill | None) -> OcrLine:
    return line if fill is None else replace(line, fill=fill)
