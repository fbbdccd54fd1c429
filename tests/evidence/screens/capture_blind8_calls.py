"""Write blind8_calls.json: the real OCR boxes of blindgen8's call pages the call tests read.

Run from the repository root (renders with the set's own renderer, OCR cached per CS_DATA_DIR):
`CS_DATA_DIR=/tmp/cs-b8 .venv/bin/python tests/evidence/screens/capture_blind8_calls.py`.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(_ROOT), str(_ROOT / "bench")]

from screens_blind import load_set  # noqa: E402

from evidence.intake import process_paths, successes_of  # noqa: E402
from settings import load_settings  # noqa: E402

# Fixture name: (case, screen).
WANTED = {
    "blocker_calls_and_texts": ("kunming", "k05"),
    "blocker_calls_and_texts_lite": ("nanchong", "n09"),
    "number_detail_with_its_calls": ("zibo", "z03"),
    "holo_dark_call_log": ("kunming", "k01"),
    "holo_dark_call_log_overlap": ("kunming", "k02"),
}


def _rings(screen) -> list:
    """What was drawn: (number, saved name, count, way, time, seconds) per call row."""
    return [
        [
            c.number,
            c.name,
            c.count,
            "missed" if c.missed else "in",
            c.at.isoformat(timespec="minutes"),
            c.seconds,
        ]
        for c in screen.calls
    ]


def main() -> None:
    target = Path(__file__).with_name("blind8_calls.json")
    fixture: dict[str, dict] = {}
    out = Path(tempfile.mkdtemp(prefix="capture-blind8-"))
    cases, phone, _truth, render = load_set("blindgen8")
    for key in sorted({c for c, _n in WANTED.values()}):
        case = cases[key]
        paths = render(case, out, phone[key])
        items = {
            Path(it.file).name: it for it in successes_of(process_paths(paths, load_settings()))
        }
        by_name = {
            s.name: (s, items[Path(p).name]) for s, p in zip(case.screens, paths, strict=True)
        }
        for fixture_name, (wanted_case, name) in WANTED.items():
            if wanted_case != key:
                continue
            screen, item = by_name[name]
            fixture[fixture_name] = {
                "set": "blindgen8", "case": key, "screen": name, "app": screen.app,
                "skin": screen.skin, "owner": screen.owner,
                "captured": screen.captured.date().isoformat(), "rings": _rings(screen),
                "texts": [[m.who, m.text] for m in screen.blocked_sms],
                "width": item.ocr.width, "height": item.ocr.height,
                "lines": [[ln.text, *ln.box] for ln in item.ocr.lines],
            }  # fmt: skip
    text = json.dumps(dict(sorted(fixture.items())), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
    print(f"{len(fixture)} screens -> {target}")


if __name__ == "__main__":
    main()
