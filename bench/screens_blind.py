"""Screens understood, blind set: the app's pipeline on cases written without reading the parser.

    .venv/bin/python bench/screens_blind.py [--out DIR] [--json] [--case KEY ...]

Cases come from tests/blindgen (own HTML/CSS, own skins and wordings; nobody tuned the parser on
them). Each case's screenshots go through exactly bench/screens_report.py's pipeline
(evidence.intake.process_paths with the default OCR engine → understanding.build.build_case) and
are scored by its score(): collector precision and recall, contacts marked as collectors, call
counts within ±10%, whole-quote recall, UI text in quotes/senders, conduct dates in the true span.
Collectors known only by a nickname (a QQ or WeChat name) count by that name.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from screens_report import _overall, _print, score  # noqa: E402

from evidence.intake import process_paths, successes_of  # noqa: E402
from settings import load_settings  # noqa: E402
from tests.blindgen.cases import CASES, PHONE, truth  # noqa: E402
from tests.blindgen.page import INPUT  # noqa: E402
from tests.blindgen.render import render_case  # noqa: E402
from understanding.build import build_case  # noqa: E402
from understanding.roles import number_rows  # noqa: E402


def run_case(key: str, out_dir: Path, settings) -> tuple[dict, list[dict]]:
    """Render, read and understand one case; its score and the app's number table."""
    paths = render_case(CASES[key], out_dir, PHONE[key])
    start = time.perf_counter()
    items = process_paths(paths, settings)
    case = build_case(successes_of(items))
    seconds = time.perf_counter() - start
    data = truth(CASES[key])
    data["tabs"] = [*data["tabs"], *INPUT.values()]  # input boxes are chrome too
    table = [
        {"sender": r.sender, "role": r.role, "calls": r.calls, "is_number": r.is_number}
        for r in number_rows(case)
    ]
    return score(key, case, seconds, data), table


def main(argv: list[str] | None = None) -> int:
    """Run the blind set and print the table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--case", action="append", choices=sorted(CASES), default=None)
    args = parser.parse_args(argv)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="blindgen-"))
    settings = load_settings()
    scores, tables = [], {}
    for key in args.case or list(CASES):
        result, tables[key] = run_case(key, out_dir, settings)
        scores.append(result)
    _print("blind", scores)
    print("screens:", sum(s["screens"] for s in scores), "images in", out_dir)
    if args.json:
        print(json.dumps({"scores": scores, "overall": _overall(scores), "numbers": tables},
                         ensure_ascii=False, indent=1, default=str))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
