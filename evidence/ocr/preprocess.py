"""Image clean-up before Tesseract, tuned on phone screenshots (chats, SMS lists, call logs).

What helped, measured on the synthetic screenshots (tests/synthetic_screens.py): grayscale,
inverting only dark regions (dark mode mixes dark and green bubbles), dividing by the local
background (pale timestamps and text on green bubbles keep their contrast) and blanking flat
avatar squares. Global binarisation (Otsu, adaptive, Sauvola) made things worse, so none is done.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

# Below this local background brightness a region is treated as dark mode and inverted.
DARK_BACKGROUND = 110
# Tesseract reads CJK best with glyphs ~30-45 px tall; narrower screenshots are upscaled.
MIN_WIDTH = 1000
# Stroke contrast (grey levels) treated as noise / as full ink.
NOISE_FLOOR = 14.0
FULL_INK = 70.0


def to_gray(image: Image.Image) -> np.ndarray:
    """8-bit grayscale array of any PIL image (alpha composited on white)."""
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, image)
    return np.asarray(image.convert("L"), dtype=np.uint8)


def local_background(gray: np.ndarray, window: int) -> np.ndarray:
    """Background brightness around each pixel: a median over `window` px, computed at 1/4 size."""
    small = cv2.resize(
        gray, (max(1, gray.shape[1] // 4), max(1, gray.shape[0] // 4)), interpolation=cv2.INTER_AREA
    )
    size = max(3, (window // 4) | 1)
    # Median ignores thin strokes; a closing/opening would be biased by text polarity.
    blurred = cv2.medianBlur(small, size)
    return cv2.resize(blurred, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)


def normalise(gray: np.ndarray) -> np.ndarray:
    """Dark text on white everywhere: invert dark regions, then keep only thin strokes.

    A black-hat (closing minus image) responds to strokes thinner than its kernel and not to
    the edges of bubbles, bars or avatars, so those vanish; each stroke keeps its contrast to
    its own surroundings, so pale timestamps become as dark as body text. Tesseract then
    binarises a clean image instead of one where grey text sits near its global threshold.
    """
    width = gray.shape[1]
    background = local_background(gray, max(31, width // 14))
    flipped = np.where(background < DARK_BACKGROUND, 255 - gray, gray).astype(np.uint8)
    size = max(9, (width // 60) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    strokes = cv2.morphologyEx(flipped, cv2.MORPH_BLACKHAT, kernel).astype(np.float32)
    # Below NOISE_FLOOR is JPEG ringing and sensor noise; FULL_INK and more is a solid stroke.
    ink = np.clip((strokes - NOISE_FLOOR) / (FULL_INK - NOISE_FLOOR), 0.0, 1.0)
    return (255.0 - ink * 255.0).astype(np.uint8)


def blank_blocks(clean: np.ndarray) -> np.ndarray:
    """Paint over solid blocks (avatars, icons, photos) that Tesseract turns into garbage glyphs."""
    ink = (clean < 200).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    out = clean.copy()
    height, width = clean.shape
    smallest = int(width * 0.065)  # a glyph is ~4 % of the screen width, an avatar ~9 %
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        # Textured photo avatars survive the black-hat as one big, dense, square-ish blob.
        if (
            w > smallest
            and h > smallest
            and area > 0.3 * w * h
            and 0.5 < w / h < 2.0
            and h < height / 3
        ):
            out[y : y + h, x : x + w] = 255
    return out


def prepare(image: Image.Image) -> np.ndarray:
    """The full clean-up: grayscale, upscale narrow shots, normalise, blank avatars."""
    gray = to_gray(image)
    if gray.shape[1] < MIN_WIDTH:
        factor = MIN_WIDTH / gray.shape[1]
        gray = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return blank_blocks(normalise(gray))
