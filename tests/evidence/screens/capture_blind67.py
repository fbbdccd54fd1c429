"""Write blind6_screens.json, blind7_screens.json or blind8_screens.json: the real OCR boxes of
the drawn screens the lock-screen, mail, merged-record, window, voicemail and guestbook tests
read.

Run from the repository root, one set at a time (OCR cached per CS_DATA_DIR):
`CS_DATA_DIR=/tmp/cs-b6 .venv/bin/python tests/evidence/screens/capture_blind67.py blindgen6`
`CS_DATA_DIR=/tmp/cs-b7 .venv/bin/python tests/evidence/screens/capture_blind67.py blindgen7`
`CS_DATA_DIR=/tmp/cs-b8 .venv/bin/python tests/evidence/screens/capture_blind67.py blindgen8`
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(_ROOT), str(_ROOT / "bench")]

from screens_blind import load_set  # noqa: E402

from evidence.intake import process_paths, successes_of  # noqa: E402
from settings import load_settings  # noqa: E402

# Per set: fixture name -> (case, screen).
WANTED = {
    "blindgen6": {
        "lock_screen_stack": ("zhuzhou", "a01"),
        "lock_screen_stack_forwarded": ("jiujiang", "b05"),
        "merged_chat_record": ("zhuzhou", "a07"),
        "mail_inbox": ("jiujiang", "b06"),
        "mail_opened": ("jiujiang", "b07"),
        "sms_list_title_with_button": ("jiujiang", "b01"),
        "group_dark_badges_glued_to_names": ("zhaoqing", "d05"),
        "sms_dark_home_under_number": ("baotou", "c04"),
        "dm_dark_badge_glued_tall_box": ("baotou", "c05"),
    },
    "blindgen7": {
        "pc_wechat_window": ("wuhu", "w03"),
        "pc_wechat_window_misread_names": ("wuhu", "w04"),
        "pad_split_list_under_search": ("wuhu", "w01"),
        "voicemail_list": ("zhaoqing", "z03"),
        "sms_twelve_hour_status_bar": ("zhaoqing", "z01"),
        "sms_status_bar_glued_marks": ("zhaoqing", "z06"),
    },
    "blindgen8": {
        "guestbook_wall": ("zibo", "z05"),
    },
}


def main(set_name: str) -> None:
    wanted = WANTED[set_name]
    cases, phone, _truth, render = load_set(set_name)
    out = Path(tempfile.mkdtemp(prefix=f"capture-{set_name}-"))
    fixture: dict[str, dict] = {}
    for key in sorted({case for case, _name in wanted.values()}):
        case = cases[key]
        screens = getattr(case, "screens", None) or case.captures
        paths = render(case, out, phone[key])
        items = {
            Path(it.file).name: it for it in successes_of(process_paths(paths, load_settings()))
        }
        by_name = {s.name: items[Path(p).name] for s, p in zip(screens, paths, strict=True)}
        for fixture_name, (wanted_case, name) in wanted.items():
            if wanted_case != key:
                continue
            item = by_name[name]
            captured = str(item.captured_on or "") or date.today().isoformat()
            fixture[fixture_name] = {
                "set": set_name, "case": key, "screen": name, "captured": captured[:10],
                "width": item.ocr.width, "height": item.ocr.height,
                "lines": [[ln.text, *ln.box] for ln in item.ocr.lines],
            }  # fmt: skip
    target = Path(__file__).with_name(f"blind{set_name[-1]}_screens.json")
    text = json.dumps(dict(sorted(fixture.items())), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
    print(f"{len(fixture)} screens -> {target}")


if __name__ == "__main__":
    main(sys.argv[1])
