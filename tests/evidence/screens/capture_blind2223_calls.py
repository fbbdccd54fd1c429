"""Write blind2223_calls.json: real OCR boxes of blindgen22/23 call pages the call tests read.

Run from the repository root, once per set with its OCR cache (each run keeps the other set's
screens): `CS_DATA_DIR=/tmp/cs-b23 .venv/bin/python <this file> blindgen23`, then the same with
/tmp/cs-b22 and blindgen22.
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

# Fixture name: (set, case, screen file).
WANTED = {
    "contact_page_calls": ("blindgen23", "yangzhou", "Screenshot_20260311_230631.png"),
    "contact_page_calls_circled": ("blindgen23", "yangzhou", "Screenshot_20260311_230711.png"),
    "english_weekday_log": ("blindgen22", "bengbu", "Screenshot_20260318_120000.png"),
    "english_weekday_log_cut": ("blindgen22", "bengbu", "Screenshot_20260318_180300.png"),
}


def capture(set_name: str, wanted: dict[str, tuple[str, str, str]], target: Path) -> None:
    """Read the wanted screens of one set through the app's intake and merge their OCR boxes
    into the fixture file (screens of other sets already in it are kept)."""
    fixture = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    out = Path(tempfile.mkdtemp(prefix=f"capture-{target.stem}-"))
    cases, phone, _truth, render = load_set(set_name)
    for key in sorted({c for s, c, _n in wanted.values() if s == set_name}):
        paths = render(cases[key], out, phone[key])
        items = {
            Path(it.file).name: it for it in successes_of(process_paths(paths, load_settings()))
        }
        for fixture_name, (wanted_set, wanted_case, name) in wanted.items():
            if (wanted_set, wanted_case) != (set_name, key):
                continue
            item = items[name]
            fixture[fixture_name] = {
                "set": set_name, "case": key, "screen": name, "captured": item.captured_on,
                "width": item.ocr.width, "height": item.ocr.height,
                "lines": [[ln.text, *ln.box] for ln in item.ocr.lines],
            }  # fmt: skip
    text = json.dumps(dict(sorted(fixture.items())), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
    print(f"{len(fixture)} screens -> {target}")


def main(set_name: str) -> None:
    capture(set_name, WANTED, Path(__file__).with_name("blind2223_calls.json"))


if __name__ == "__main__":
    main(sys.argv[1])
