"""Capture date from phone file names and EXIF (pure apart from Pillow)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from evidence.capture import capture_date, date_from_exif, date_from_filename

NAMES = [
    ("Screenshot_20250302-153012.jpg", date(2025, 3, 2)),
    ("Screenshot_2025-03-02-15-30-12-123_com.tencent.mm.jpg", date(2025, 3, 2)),
    ("IMG_20250302_153012.jpg", date(2025, 3, 2)),
    ("微信图片_20250302153012.jpg", date(2025, 3, 2)),
    ("2025-03-02 15.30.12.png", date(2025, 3, 2)),
    ("Screenshot 2025-03-02 at 15.30.12.png", date(2025, 3, 2)),
    ("/some/dir/IMG_20241231_235959.heic", date(2024, 12, 31)),
    # Smartisan: a two-digit year, the clock and milliseconds.
    ("S260918-09400000.png", date(2026, 9, 18)),
    ("S261318-09400000.png", None),  # no 13th month
    ("IMG_2400.PNG", None),
    ("screen_003_chat_dark.jpg", None),
    ("IMG_20251340_153012.jpg", None),  # no 13th month
    ("photo.png", None),
]


@pytest.mark.parametrize(("name", "expected"), NAMES)
def test_date_from_filename(name: str, expected: date | None) -> None:
    assert date_from_filename(name) == expected


def _jpeg_with_exif(stamp: str | None) -> bytes:
    image = Image.new("RGB", (20, 20), "white")
    exif = Image.Exif()
    if stamp:
        exif.get_ifd(0x8769)[0x9003] = stamp
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def test_exif_date_and_name_first() -> None:
    data = _jpeg_with_exif("2024:11:05 08:09:10")
    assert date_from_exif(data) == date(2024, 11, 5)
    assert capture_date("photo.jpg", data) == date(2024, 11, 5)
    assert capture_date("IMG_20250302_153012.jpg", data) == date(2025, 3, 2)
    assert date_from_exif(_jpeg_with_exif(None)) is None
    assert date_from_exif(b"not an image") is None
    assert capture_date("photo.jpg", b"") is None
