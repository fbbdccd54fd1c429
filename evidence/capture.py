"""When a screenshot was taken: from the phone's own file name, else EXIF, else nothing.

Phones name screenshots after the moment they were taken; chat apps keep that in the name of
saved pictures. That date anchors "昨天" and "星期二" better than the upload date.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import PurePath

from PIL import Image, UnidentifiedImageError

# Screenshot_20250302-153012.jpg, Screenshot_2025-03-02-15-30-12-123_com.tencent.mm.jpg,
# IMG_20250302_153012.jpg, 微信图片_20250302153012.jpg, mmexport1740900612345.jpg (ms epoch),
# iOS / macOS "Screenshot 2025-03-02 at 15.30.12.png", "2025-03-02 15.30.12.png".
_COMPACT = re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})[_\-]?(\d{2})(\d{2})(\d{2})(?!\d)")
_DASHED = re.compile(
    r"(?<!\d)(20\d{2})-(\d{2})-(\d{2})(?:[ _\-]|\s*at\s*)(\d{2})[.\-:](\d{2})[.\-:](\d{2})(?!\d)"
)
_DATE_ONLY = re.compile(r"(?<!\d)(20\d{2})[\-_]?(\d{2})[\-_]?(\d{2})(?!\d)")
# Smartisan and some ROMs stamp a two-digit year and milliseconds: S260918-09400000.png.
_SHORT_YEAR = re.compile(
    r"(?<![\dA-Za-z])[A-Za-z]?(\d{2})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\d*(?:\.|$)"
)
_EPOCH_MS = re.compile(r"^(?:mmexport|wx_camera_)(1\d{12})(?!\d)")
EXIF_DATETIME_ORIGINAL = 0x9003
EXIF_DATETIME = 0x0132
EXIF_IFD = 0x8769


def _valid(year: str, month: str, day: str, *clock: str) -> datetime | None:
    try:
        return datetime(int(year), int(month), int(day), *(int(c) for c in clock))
    except ValueError:
        return None


def date_from_filename(filename: str) -> date | None:
    """The capture date a phone or chat app wrote into a file name, if any."""
    name = PurePath(filename).name
    for pattern in (_DASHED, _COMPACT):
        for match in pattern.finditer(name):
            moment = _valid(*match.groups())
            if moment:
                return moment.date()
    match = _EPOCH_MS.match(name)
    if match:
        return datetime.fromtimestamp(int(match.group(1)) / 1000).date()
    for match in _DATE_ONLY.finditer(name):
        moment = _valid(*match.groups())
        if moment:
            return moment.date()
    match = _SHORT_YEAR.search(name)
    moment = match and _valid(f"20{match.group(1)}", *match.groups()[1:])
    return moment.date() if moment else None


def date_from_exif(data: bytes) -> date | None:
    """DateTimeOriginal (or DateTime) of a photo's EXIF, if present and sane."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif()
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    values = [exif.get_ifd(EXIF_IFD).get(EXIF_DATETIME_ORIGINAL), exif.get(EXIF_DATETIME)]
    for value in values:
        if isinstance(value, str):
            match = re.match(r"(\d{4}):(\d{2}):(\d{2})", value.strip())
            moment = match and _valid(*match.groups())
            if moment and moment.year >= 2000:
                return moment.date()
    return None


def capture_date(filename: str, data: bytes) -> date | None:
    """File name first (phones write the true moment there), then EXIF; None when neither."""
    return date_from_filename(filename) or date_from_exif(data)
