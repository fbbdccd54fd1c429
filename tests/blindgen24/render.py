"""Write a set-24 case's screenshots as a phone would save them (PNG screenshots, JPEG photos)."""

from __future__ import annotations

import os
from datetime import timedelta, timezone
from pathlib import Path

from tests.blindgen24.model import Case
from tests.blindgen24.paint import paint

BEIJING = timezone(timedelta(hours=8))  # the phone's clock: file times are its capture times


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in case.screens:
        img = paint(s).img
        path = folder / s.name
        if path.suffix == ".jpg":
            quality = 72 if s.name.startswith(("微信图片", "mmexport")) else 86
            img.save(path, "JPEG", quality=quality)
        else:
            img.save(path, "PNG")
        stamp = s.captured.replace(tzinfo=BEIJING).timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths
