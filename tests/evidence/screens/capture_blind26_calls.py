"""Write blind26_calls.json: real OCR boxes of blindgen26 call pages the call tests read.

Run from the repository root with the set's OCR cache:
`CS_DATA_DIR=/tmp/cs-b26 .venv/bin/python <this file> blindgen26`.
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
    "blocked_rows_titled": ("blindgen26", "wuzhou", "Screenshot_20261205_090212.png"),
    "blocked_service_rows": ("blindgen26", "pingxiang", "Screenshot_20261205_081044.png"),
    "detail_long_landline": ("blindgen26", "xiangyang", "Screenshot_20261203_085012.png"),
    "log_marked_clocks": ("blindgen26", "longyan", "Screenshot_20261204_235108.png"),
    "log_marked_clocks_number_page": ("blindgen26", "longyan", "Screenshot_20261204_235240.png"),
    "stitched_marked_days": ("blindgen26", "wuzhou", "Screenshot_20261204_103908.png"),
}


def main(set_name: str) -> None:
    target = Path(__file__).with_name("blind26_calls.json")
    fixture = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    out = Path(tempfile.mkdtemp(prefix="capture-blind26-"))
    cases, phone, _truth, render = load_set(set_name)
    for key in sorted({c for s, c, _n in WANTED.values() if s == set_name}):
        paths = render(cases[key], out, phone[key])
        items = {
            Path(it.file).name: it for it in successes_of(process_paths(paths, load_settings()))
        }
        for fixture_name, (wanted_set, wanted_case, name) in WANTED.items():
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


if __name__ == "__main__":
    main(sys.argv[1])
