"""The law report set (tests/law/report_set, never tuned on): no letter contains what its case's
facts do not support, and letters contain what they do."""

from __future__ import annotations

from bench.law_report import load_cases, score

MIN_RECALL = 0.9


def test_the_report_set_is_large_enough_and_names_each_case_once() -> None:
    names = [row["name"] for row in load_cases()]
    assert len(names) >= 30
    assert len(set(names)) == len(names)
    assert all(row.get("must") or row.get("must_not") for row in load_cases())


def test_no_letter_contains_a_must_not_and_recall_holds() -> None:
    report = score()
    violations = {r["name"]: r["violations"] for r in report["results"] if r["violations"]}
    assert violations == {}
    assert report["recall"] >= MIN_RECALL, [r for r in report["results"] if r["missed"]]
