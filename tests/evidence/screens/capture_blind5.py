"""Write blind5_screens.json: the real OCR boxes of the drawn screens the badge tests read.

Run from the repository root (renders with the blind sets' own renderers, OCR cached per
CS_DATA_DIR): `CS_DATA_DIR=/tmp/cs-b5 .venv/bin/python tests/evidence/screens/capture_blind5.py`.
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
    "sms_same_names_over_bubbles": ("blindgen5", "liuzhou", "l03"),
    "sms_same_service_thread": ("blindgen5", "liuzhou", "l01"),
    "sms_same_badges_apart": ("blindgen5", "liuzhou", "l05"),
    "sms_same_cropped_one_bubble": ("blindgen5", "liuzhou", "l07"),
    "dm_badges_glued_both_sides": ("blindgen5", "liuzhou", "l04"),
    "call_log_badges_glued_to_names": ("blindgen5", "liuzhou", "l02"),
    "dm_badges_glued_one_side": ("blindgen5", "yinchuan", "y05"),
    "comments_douyin": ("blindgen5", "yinchuan", "y09"),
    "photo_status_bar_in_margin": ("blindgen5", "yinchuan", "y08"),
    "sms_same_badge_glued_to_my_name": ("blindgen5", "yinchuan", "y03"),
    "dm_badge_glued_line_split_in_two": ("blindgen5", "yinchuan", "y06"),
    "dm_badge_glued_right_short": ("blindgen5", "mianyang", "m01"),
    "comments_moments": ("blindgen5", "mianyang", "m05"),
    "fold_inbox_wide_screen": ("blindgen5", "xining", "x04"),
    "wide_dm_placeholder_composer": ("blindgen5", "xining", "x03"),
    "cropped_badge_glued_with_wrap": ("blindgen5", "xining", "x07"),
    "pad_two_panes_list_and_chat": ("blindgen3", "nanchang", "c01"),
}


def _said(screen) -> list:
    """What was drawn: (who, text, collector) per message ("me" is the phone's owner)."""
    messages = getattr(screen, "msgs", None) or getattr(screen, "said", ())
    return [[m.who, m.text, m.collector] for m in messages]


def main() -> None:
    fixture: dict[str, dict] = {}
    out = Path(tempfile.mkdtemp(prefix="capture-blind5-"))
    for set_name, key in sorted({(s, c) for s, c, _n in WANTED.values()}):
        cases, phone, _truth, render = load_set(set_name)
        case = cases[key]
        screens = getattr(case, "screens", None) or case.captures
        paths = render(case, out, phone[key])
        items = {
            Path(it.file).name: it for it in successes_of(process_paths(paths, load_settings()))
        }
        by_name = {s.name: (s, items[Path(p).name]) for s, p in zip(screens, paths, strict=True)}
        for fixture_name, (wanted_set, wanted_case, name) in WANTED.items():
            if (wanted_set, wanted_case) != (set_name, key):
                continue
            screen, item = by_name[name]
            fixture[fixture_name] = {
                "set": set_name, "case": key, "screen": name, "app": screen.app,
                "skin": screen.skin, "kind": screen.kind, "title": screen.title or "",
                "owner": screen.owner, "captured": screen.captured.date().isoformat(),
                "said": _said(screen), "width": item.ocr.width, "height": item.ocr.height,
                "lines": [[ln.text, *ln.box] for ln in item.ocr.lines],
            }  # fmt: skip
    target = Path(__file__).with_name("blind5_screens.json")
    text = json.dumps(dict(sorted(fixture.items())), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
    print(f"{len(fixture)} screens -> {target}")


if __name__ == "__main__":
    main()
