"""The drafting case files (tests/drafting/cases/*.json), shared by the drafting and law tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casefile.model import Case, load_case

CASES_DIR = Path(__file__).resolve().parent / "drafting" / "cases"
HELDOUT_DIR = Path(__file__).resolve().parent / "drafting" / "heldout"
CASE_NAMES = sorted(path.stem for path in CASES_DIR.glob("*.json"))
TODAY = date(2026, 11, 28)


def case_named(name: str) -> Case:
    return load_case(CASES_DIR / f"{name}.json")
