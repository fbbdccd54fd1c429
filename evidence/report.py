"""What the `ocr` and `facts` commands print: batch reading with per-file errors on stderr."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from evidence.intake import IntakeItem, ScreenshotResult, failures_of, process_paths
from settings import Settings

_ENTITY_NAMES = {
    "zh": {"phones": "电话", "dates": "日期", "times": "时间", "amounts": "金额",
           "platforms": "平台", "threats": "威胁", "raw_dates": "未能确定的日期",
           "durations": "通话秒数"},
    "en": {"phones": "phones", "dates": "dates", "times": "times", "amounts": "amounts",
           "platforms": "platforms", "threats": "threats", "raw_dates": "unresolved dates",
           "durations": "call seconds"},
}  # fmt: skip


def read_batch(paths: Sequence[Path], settings: Settings) -> list[IntakeItem]:
    """OCR every path; each unreadable one gets a zh/en line on stderr, the rest continue.

    Raises the first file's error when no file at all could be read (exit 2).
    """
    results = process_paths(paths, settings)
    failures = failures_of(results)
    fatal = bool(failures) and len(failures) == len(results)
    # When all failed, the first error is what cli.main prints; don't print it twice.
    for failure in failures[1:] if fatal else failures:
        print(failure.error.one_line(), file=sys.stderr)
    if fatal:
        raise failures[0].error
    return results


def ocr_text_report(results: Sequence[IntakeItem], lang: str = "zh") -> str:
    """Human-readable `ocr` output (without --json)."""
    names = _ENTITY_NAMES["en" if lang == "en" else "zh"]
    blocks = []
    for item in results:
        if not isinstance(item, ScreenshotResult):
            blocks.append(f"✗ {item.file}: {item.error.message(lang)}")
            continue
        lines = [f"✓ {item.file}  [{item.kind}]  {item.seconds:.1f}s  sha256 {item.sha256[:12]}…"]
        lines += [f"  ! {note}" for note in item.notes]
        lines += [f"  | {line}" for line in item.text.splitlines()]
        for key, values in item.entities.to_json().items():
            if values:
                lines.append(f"  {names[key]}: {', '.join(str(v) for v in values)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
