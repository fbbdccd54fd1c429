"""Write a case's screenshots as a phone (or the relative who sent them) would have saved them."""

from __future__ import annotations

import os
from pathlib import Path

from tests.blindgen29.model import Case
from tests.blindgen29.wraps import paint


def render_case(case: Case, out_dir: Path, phone: str = "") -> list[Path]:
    """Draw every screen of `case` into out_dir; the files, in the case's order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in case.screens:
        img = paint(s).img
        path = out_dir / s.name
        if path.suffix.lower() in (".jpg", ".jpeg"):
            img.convert("RGB").save(path, "JPEG", quality=88 if not s.wrap else 92)
        else:
            img.save(path, "PNG", optimize=False)
        stamp = s.captured.timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths
