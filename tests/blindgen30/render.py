"""Write a set-30 case's screenshots as the borrower holds them."""

from __future__ import annotations

import os
from pathlib import Path

from tests.blindgen30.model import Case
from tests.blindgen30.wraps import draw


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case as a file under out_dir/<key>/, timed by its capture."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, scr in enumerate(case.screens):
        img, _ = draw(scr)
        path = folder / scr.name
        if path.suffix.lower() == ".png":
            img.save(path, "PNG", optimize=False)
        else:
            img.convert("RGB").save(path, "JPEG", quality=78 + (i % 3) * 5)
        stamp = scr.captured.timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths
