"""Write blind26_calls.json: real OCR boxes of blindgen26 call pages the call tests read.

Run from the repository root with the set's OCR cache:
`CS_DATA_DIR=/tmp/cs-b26 .venv/bin/python <this file> blindgen26`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from capture_blind2223_calls import capture  # noqa: E402

# Fixture name: (set, case, screen file).
WANTED = {
    "blocked_rows_titled": ("blindgen26", "wuzhou", "Screenshot_20261205_090212.png"),
    "blocked_service_rows": ("blindgen26", "pingxiang", "Screenshot_20261205_081044.png"),
    "detail_long_landline": ("blindgen26", "xiangyang", "Screenshot_20261203_085012.png"),
    "log_marked_clocks": ("blindgen26", "longyan", "Screenshot_20261204_235108.png"),
    "log_marked_clocks_number_page": ("blindgen26", "longyan", "Screenshot_20261204_235240.png"),
    "stitched_marked_days": ("blindgen26", "wuzhou", "Screenshot_20261204_103908.png"),
}


if __name__ == "__main__":
    capture(sys.argv[1], WANTED, Path(__file__).with_name("blind26_calls.json"))
