"""Write blind7_calls.json: the real OCR boxes of the drawn call lists the call tests read.

Run from the repository root (renders with the blind sets' own renderers, OCR cached per
CS_DATA_DIR, one set a run, the other sets' screens kept):
`CS_DATA_DIR=/tmp/cs-b7 .venv/bin/python tests/evidence/screens/capture_blind7_calls.py blindgen7`.
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

# Fixture name: (blind set, case, screen).
WANTED = {
    "call_log_rows_across_the_width": ("blindgen7", "xiangtan", "x03"),
    "call_log_overlapping_shot": ("blindgen7", "xiangtan", "x04"),
    "fraud_alert_missed_calls": ("blindgen7", "xiangtan", "x09"),
    "call_log_long_capture_ampm": ("blindgen7", "zhaoqing", "z02"),
    "voicemail_list": ("blindgen7", "zhaoqing", "z03"),
    "call_recordings": ("blindgen7", "zhaoqing", "z04"),
    "call_log_saved_number_with_way": ("blindgen5", "liuzhou", "l02"),
    "elder_dialer_avatar_glyph_before_number": ("blindgen5", "yinchuan", "y04"),
    "call_log_avatar_letter_before_name": ("blindgen5", "xining", "x08"),
}


def _rings(screen) -> list:
    """What was drawn: (number, saved name, count, way, time, seconds) per call row."""
    return [
        [
            c.number,
            c.name,
            c.count,
            c.way,
            c.at.isoformat(timespec="minutes"),
            getattr(c, "secs", 0),
        ]
        for c in screen.calls
    ]


def main() -> None:
    target = Path(__file__).with_name("blind7_calls.json")
    fixture: dict[str, dict] = json.loads(target.read_text("utf-8")) if target.exists() else {}
    wanted_sets = sys.argv[1:] or sorted({s for s, _c, _n in WANTED.values()})
    out = Path(tempfile.mkdtemp(prefix="capture-blind7-"))
    for set_name, key in sorted({(s, c) for s, c, _n in WANTED.values() if s in wanted_sets}):
        cases, phone, _truth, render = load_set(set_name)
        case = cases[key]
        paths = render(case, out, phone[key])
        items = {
            Path(it.file).name: it for it in successes_of(process_paths(paths, load_settings()))
        }
        by_name = {
            s.name: (s, items[Path(p).name]) for s, p in zip(case.screens, paths, strict=True)
        }
        for fixture_name, (wanted_set, wanted_case, name) in WANTED.items():
            if (wanted_set, wanted_case) != (set_name, key):
                continue
            screen, item = by_name[name]
            fixture[fixture_name] = {
                "set": set_name, "case": key, "screen": name, "app": screen.app,
                "skin": screen.skin, "kind": screen.kind, "owner": screen.owner,
                "captured": screen.captured.date().isoformat(), "rings": _rings(screen),
                "width": item.ocr.width, "height": item.ocr.height,
                "lines": [[ln.text, *ln.box] for ln in item.ocr.lines],
            }  # fmt: skip
    text = json.dumps(dict(sorted(fixture.items())), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
    print(f"{len(fixture)} screens -> {target}")


if __name__ == "__main__":
    main()
