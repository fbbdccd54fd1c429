"""Law report set: does each letter cite what its case's facts support, and nothing they don't?

    .venv/bin/python bench/law_report.py [--cases PATH] [--json]

Cases: tests/law/report_set/cases.toml, written after the issue rules and never tuned on. Each
case is drafted with the template backend (drafting.compose.draft_document, the real pipeline:
issue rules, statutes by time of conduct, the legal section); the letter must contain every
`must` string and none of the `must_not` ones. Printed: per case its misses and violations, then
must-contain recall and the number of must-not violations.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casefile.model import Case, case_from_dict  # noqa: E402
from drafting.backends.template import TemplateBackend  # noqa: E402
from drafting.compose import draft_document  # noqa: E402

CASES = ROOT / "tests" / "law" / "report_set" / "cases.toml"
TODAY = date(2026, 6, 1)


@dataclass
class Scored:
    """One case's result: which must strings were missing, which must-not strings appeared."""

    name: str
    kind: str
    batch: int
    must: int
    missed: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


def load_cases(path: Path = CASES) -> list[dict]:
    with path.open("rb") as handle:
        return tomllib.load(handle)["case"]


def build_case(facts: dict) -> Case:
    """The case.json document of a report case; a loan's `annual_rate` goes to loan.extra."""
    return case_from_dict({"version": 1, **facts})


def score_case(row: dict) -> Scored:
    kind = row.get("kind", "police")
    text = draft_document(build_case(row["facts"]), kind, TemplateBackend(), today=TODAY).text
    must, must_not = row.get("must", []), row.get("must_not", [])
    return Scored(
        name=row["name"],
        kind=kind,
        batch=row.get("batch", 1),
        must=len(must),
        missed=[s for s in must if s not in text],
        violations=[s for s in must_not if s in text],
    )


def _totals(results: list[Scored]) -> dict:
    must = sum(r.must for r in results)
    found = must - sum(len(r.missed) for r in results)
    return {
        "cases": len(results),
        "must": must,
        "must_found": found,
        "recall": round(found / must, 3) if must else 1.0,
        "must_not_violations": sum(len(r.violations) for r in results),
    }


def score(path: Path = CASES) -> dict:
    """Every case scored, with must-contain recall and the must-not violations, also per batch."""
    results = [score_case(row) for row in load_cases(path)]
    batches = sorted({r.batch for r in results})
    return {
        **_totals(results),
        "batches": {b: _totals([r for r in results if r.batch == b]) for b in batches},
        "results": [r.__dict__ for r in results],
    }


def _line(totals: dict) -> str:
    return (
        f"{totals['cases']} cases; must-contain recall {totals['must_found']}/{totals['must']}"
        f" = {totals['recall']:.1%}; must-not violations: {totals['must_not_violations']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = score(args.cases)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for row in report["results"]:
        status = "ok" if not row["missed"] and not row["violations"] else "!!"
        print(f"{status} {row['name']} ({row['kind']})")
        for text in row["missed"]:
            print(f"     missing: {text}")
        for text in row["violations"]:
            print(f"     MUST NOT: {text}")
    for batch, totals in report["batches"].items():
        print(f"\nbatch {batch}: {_line(totals)}")
    print(f"all: {_line(report)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
