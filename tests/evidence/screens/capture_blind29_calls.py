"""Write blind29_calls.json: real OCR boxes of blindgen29 call pages the call tests read.

Run from the repository root with the set's OCR cache:
`CS_DATA_DIR=/tmp/cs-b29 .venv/bin/python <this file> blindgen29`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from capture_blind2223_calls import capture  # noqa: E402

# Fixture name: (set, case, screen file).
WANTED = {
    "number_page_saved": ("blindgen29", "jiuquan", "IMG_4476.PNG"),
    "log_undated_capture": ("blindgen29", "jiuquan", "IMG_4475.PNG"),
    "lock_missed_cards": ("blindgen29", "deyang", "Screenshot_20261205_073012.png"),
    "lock_missed_card_one": ("blindgen29", "qujing", "Screenshot_20261204_004733.png"),
    "lock_missed_card_photo": ("blindgen29", "liupanshui", "mmexport1764806700231.jpg"),
    "lock_missed_cards_two": ("blindgen29", "jiuquan", "IMG_4483.PNG"),
    "number_page_answered": (
        "blindgen29",
        "deyang",
        "Screenshot_2026-12-03-16-03-40-771_com.android.contacts.png",
    ),
    "number_page_landline": ("blindgen29", "liupanshui", "Screenshot_20261204_215230.png"),
    "number_page_spaced": ("blindgen29", "jiuquan", "IMG_4485.PNG"),
    "carrier_bill_of_calls": ("blindgen29", "qujing", "Screenshot_20261204_092033.png"),
    "blocked_calls": ("blindgen29", "qujing", "Screenshot_20261204_081044.png"),
    "log_forwarded_in_chat_small": (
        "blindgen29",
        "liupanshui",
        "Screenshot_20261203_202044_com.tencent.mm.png",
    ),
    "log_forwarded_in_chat": (
        "blindgen29",
        "deyang",
        "Screenshot_20261204_213044_com.tencent.mm.jpg",
    ),
}


if __name__ == "__main__":
    capture(sys.argv[1], WANTED, Path(__file__).with_name("blind29_calls.json"))
