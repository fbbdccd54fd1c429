"""Writes each case's screens as files named the way phones and WeChat name them."""

from __future__ import annotations

import os
from pathlib import Path

from tests.blindgen26.cases import CASES
from tests.blindgen26.model import Case
from tests.blindgen26.paint import paint


def render_case(case: Case, out_dir: Path, phone: str = "") -> list[Path]:
    """Paint every screen of `case` into out_dir/<key>/ (PNG or JPEG by its name)."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in case.screens:
        img = paint(s).img
        path = folder / s.name
        if path.suffix == ".jpg":
            img.convert("RGB").save(path, "JPEG", quality=82)
        else:
            img.save(path, "PNG")
        stamp = s.captured.timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths


def render_all(out_dir: Path) -> dict[str, list[Path]]:
    return {key: render_case(case, out_dir) for key, case in CASES.items()}
