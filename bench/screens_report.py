"""Screens understood: the app's real pipeline on whole generated cases, scored against their truth.

    .venv/bin/python bench/screens_report.py [--part report|tuning|both] [--out DIR] [--json]

Cases come from tests/casegen (the report part was never used for tuning). Each case's screenshots
go through evidence.intake.process_paths (the default OCR engine), understanding.build.build_case,
understanding.roles.number_rows and understanding.figures.case_figures — public functions only.
Printed per case and overall: collector precision and recall, contacts marked as collectors, call
counts within ±10%, quote recall (whole messages), UI/status-bar text in a quote or sender, and
whether the conduct dates lie inside the true span.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafting.quotes import letter_quotes  # noqa: E402
from evidence.intake import process_paths, successes_of  # noqa: E402
from settings import load_settings  # noqa: E402
from tests.casegen.cases import CASES, REPORT, TUNING, digits, truth  # noqa: E402
from tests.casegen.render import TABS, render_case  # noqa: E402
from understanding.build import build_case  # noqa: E402
from understanding.figures import case_figures  # noqa: E402
from understanding.roles import number_rows  # noqa: E402

# Chrome a reader must never take for words of a person: tab bars, input boxes, status bars.
_TAB_WORDS = {w for tabs in TABS.values() for w in tabs.split() if len(w) >= 2}
_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")


def _norm(text: str) -> str:
    """Text compared as read: no spaces, full- and half-width punctuation alike (NFKC), no emoji.

    A generator that draws «月底?不行» with an ASCII question mark and an app that keeps OCR's
    «月底？» hold the same words; the width of a glyph is not what a quote is scored on.
    """
    flat = unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))
    # An emoji is a picture inside the bubble, not a word OCR can read: «😡明早九点前不还» and
    # «明早九点前不还» hold the same words. Symbols (So), joiners and variation selectors go.
    flat = "".join(ch for ch in flat if unicodedata.category(ch) not in ("So", "Cf", "Mn"))
    return flat.rstrip("。！？!?.").replace("“", "「").replace("”", "」")


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name)


def _ui_in(text: str, statuses: list[str], bars: list[str] | None = None) -> bool:
    """A status bar in it, or a tab bar: two of one bar's words, or nothing but a tab word.

    One tab word inside a sentence is a person's word ("发给你通讯录里的每一个人"), not UI.
    bars: another generator's tab bars (bench/screens_blind.py), else this set's.
    """
    flat = _norm(text)
    if any(_norm(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    words = _TAB_WORDS if bars is None else {w for b in bars for w in b.split() if len(w) >= 2}
    bars = list(TABS.values()) if bars is None else bars
    if flat in words:
        return True
    return any(sum(word in flat for word in tabs.split() if len(word) >= 2) >= 2 for tabs in bars)


def _loan_right(case, want: dict) -> str:
    """How many of the true loan fields (amount, received, deducted, demanded) the case holds."""
    have = {
        "amount": case.loan.amount,
        "deducted": case.loan.deducted,
        "received": case.loan.extra.get("received"),
        "demanded": case.loan.extra.get("demanded"),
    }
    right = sum(1 for key, value in want.items() if have.get(key) == value)
    return f"{right}/{len(want)}"


def score(key: str, case, seconds: float, data: dict | None = None) -> dict:
    """One case's figures against the truth (data: another set's truth, else CASES[key]'s)."""
    data = truth(CASES[key]) if data is None else data
    rows = number_rows(case)
    # A nickname is keyed without its spaces on both sides: a space drawn inside «鼎盛贷后 林经理»
    # is a gap between glyphs that OCR may or may not return, not part of who the person is.
    # A number row is keyed by its digits, a nickname holding digits («小鱼儿666») by its name.
    found = {
        digits(r.sender) if r.is_number else _key(r.sender): r
        for r in rows
        if r.role == "collector"
    }
    true_col = {_key(c) for c in data["collectors"]}
    hits = true_col & set(found)
    names = set(data["contacts"].values())
    names |= {_key(name) for name in data["contacts"]}
    contacts_as_col = sorted(s for s in found if s in names)
    by_number = {digits(r.sender): r for r in rows if r.is_number}
    within = [
        n
        for n, want in data["calls"].items()
        if n in by_number and abs(by_number[n].calls - want) <= 0.1 * want
    ]
    # The quotes the letters print, as the drafting skeleton takes them.
    printed = letter_quotes(case)
    quotes = [_norm(q.text) for q in printed]
    recalled = [q for q in data["quotes"] if any(_norm(q["text"]) in have for have in quotes)]
    # A printed quote that holds no true quote and sits inside none: another person's words, UI,
    # or a misread. The truth quotes whole collector messages, so a sentence of one is no extra.
    true_texts = [_norm(q["text"]) for q in data["quotes"]]
    extra = [
        q.text
        for q, have in zip(printed, quotes, strict=True)
        if not any(t in have or have in t for t in true_texts)
    ]
    bars = data.get("tabs")
    assert not any(_ui_in(q["text"], data["statuses"], bars) for q in data["quotes"])  # fair
    ui = [q.text for q in printed if _ui_in(q.text, data["statuses"], bars)]
    ui += [r.sender for r in found.values() if _ui_in(r.sender, data["statuses"], bars)]
    figures = case_figures(case)
    lo, hi = data["span"]
    dates = [
        case.harassment.started_on,
        case.harassment.last_on,
        figures.first_day,
        figures.last_day,
    ]
    dates_ok = all(x and lo <= x[:10] <= hi for x in dates)
    return {
        "case": key,
        "screens": len(data["screens"]),
        "precision": len(hits) / len(found) if found else 0.0,
        "recall": len(hits) / len(true_col),
        "contacts_as_collectors": contacts_as_col,
        # A case whose screens show no call has no count to get right: left out of the mean.
        "calls_within_10pct": len(within) / len(data["calls"]) if data["calls"] else None,
        "calls": {
            n: (by_number[n].calls if n in by_number else None, w) for n, w in data["calls"].items()
        },
        "quote_recall": len(recalled) / len(data["quotes"]),
        "quotes_extra": extra,
        "ui_text": ui,
        "dates": dates,
        "span": data["span"],
        "dates_inside_span": dates_ok,
        "span_found": [case.harassment.started_on, case.harassment.last_on] == [lo, hi],
        "loan_amount": (case.loan.amount, data["loan"].get("amount")),
        "loan_fields_right": _loan_right(case, data["loan"]),
        "seconds": round(seconds, 1),
    }


def run_case(key: str, out_dir: Path, settings) -> dict:
    """Render, read and understand one case; return its score."""
    paths = render_case(CASES[key], out_dir)
    start = time.perf_counter()
    items = process_paths(paths, settings)
    case = build_case(successes_of(items))
    return score(key, case, time.perf_counter() - start)


def _overall(scores: list[dict]) -> dict:
    n = len(scores)
    counted = [s["calls_within_10pct"] for s in scores if s["calls_within_10pct"] is not None]
    return {
        "precision": round(sum(s["precision"] for s in scores) / n, 3),
        "recall": round(sum(s["recall"] for s in scores) / n, 3),
        "cases_with_contact_as_collector": sum(bool(s["contacts_as_collectors"]) for s in scores),
        "calls_within_10pct": round(sum(counted) / len(counted), 3) if counted else None,
        "quote_recall": round(sum(s["quote_recall"] for s in scores) / n, 3),
        "ui_text_items": sum(len(s["ui_text"]) for s in scores),
        "quotes_not_in_truth": sum(len(s["quotes_extra"]) for s in scores),
        "cases_dates_inside_span": f"{sum(s['dates_inside_span'] for s in scores)}/{n}",
        "cases_span_found": f"{sum(s['span_found'] for s in scores)}/{n}",
        "loan_fields": " ".join(s["loan_fields_right"] for s in scores),
    }


def _print(part: str, scores: list[dict]) -> None:
    print(f"\n== {part} ==")
    head = "case      prec  rec   contact→col  calls±10%  quotes  UI  dates-in-span  span  s"
    print(head)
    for s in scores:
        calls = "–" if s["calls_within_10pct"] is None else f"{s['calls_within_10pct']:.2f}"
        print(
            f"{s['case']:<9} {s['precision']:.2f}  {s['recall']:.2f}  "
            f"{len(s['contacts_as_collectors']):<11}  {calls:<4}       "
            f"{s['quote_recall']:.2f}    {len(s['ui_text']):<3} {s['dates_inside_span']!s:<13}  "
            f"{s['span_found']!s:<5} {s['seconds']}"
        )
    print("overall", json.dumps(_overall(scores), ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("report", "tuning", "both"), default="both")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="casegen-"))
    settings = load_settings()
    parts = {"report": REPORT, "tuning": TUNING}
    chosen = ("report", "tuning") if args.part == "both" else (args.part,)
    results = {}
    for part in chosen:
        results[part] = [run_case(key, out_dir, settings) for key in parts[part]]
        _print(part, results[part])
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
