"""What both screenshot generators record: the truth of one screen and the truth.json beside them.

tests/synthetic_screens.py draws with Pillow, tests/html_screens.py renders HTML in chromium; both
collect a `Truth` while drawing and turn it into a `ScreenTruth` with `screen_truth`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class ScreenTruth:
    """One generated screenshot and what a perfect reader would get from it."""

    path: Path
    kind: str  # generator kind: chat | sms | call_log | friend
    evidence_kind: str  # SPEC § 2 kind
    dark: bool
    width: int
    text: str  # visible text, one line per row, in reading order
    phones: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    amounts: tuple[float, ...] = ()
    platforms: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        return data


@dataclass
class Truth:
    """What a screen shows, collected while it is drawn."""

    lines: list[str] = field(default_factory=list)
    phones: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    times: set[str] = field(default_factory=set)
    amounts: set[float] = field(default_factory=set)
    platforms: set[str] = field(default_factory=set)
    threats: set[str] = field(default_factory=set)


def screen_truth(
    truth: Truth, *, path: Path, kind: str, evidence_kind: str, dark: bool, width: int, extra: dict
) -> ScreenTruth:
    """The finished screen's truth: its lines as text, every entity set sorted."""
    return ScreenTruth(
        path=path,
        kind=kind,
        evidence_kind=evidence_kind,
        dark=dark,
        width=width,
        text="\n".join(truth.lines),
        phones=tuple(sorted(truth.phones)),
        dates=tuple(sorted(truth.dates)),
        times=tuple(sorted(truth.times)),
        amounts=tuple(sorted(truth.amounts)),
        platforms=tuple(sorted(truth.platforms)),
        threats=tuple(sorted(truth.threats)),
        extra=extra,
    )


def write_truth_json(out_dir: Path, screens: Sequence[ScreenTruth]) -> None:
    """Write truth.json (every screen's truth) into out_dir."""
    (out_dir / "truth.json").write_text(
        json.dumps([s.to_json() for s in screens], ensure_ascii=False, indent=1), encoding="utf-8"
    )
