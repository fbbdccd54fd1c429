"""Draw a blindgen16 case: every screen as a PNG or JPEG under out_dir/<case key>/, in order."""

from __future__ import annotations

from pathlib import Path

from tests.blindgen16.model import Case
from tests.blindgen16.paint import save


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """phone: the borrower's own number (every file name here already carries its capture time)."""
    assert phone == case.phone
    return [save(screen, Path(out_dir) / case.key / screen.name) for screen in case.screens]
