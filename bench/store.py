"""Benchmark the case store: a case with 200 evidence items — dashboard load and each export.

Prints each timing with a ratio against a raw baseline (a plain sqlite3 SELECT of the same rows;
a plain csv.writer over them). Run: .venv/bin/python bench/store.py
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settings  # noqa: E402, F401 - offline environment first
from casefile.model import case_from_dict  # noqa: E402
from casefile.store import CaseStore  # noqa: E402
from exports.bundle import export_bundle  # noqa: E402
from exports.content import FORMATS  # noqa: E402
from exports.workspace import dashboard_for, export_from_store  # noqa: E402

ITEMS = 200
KINDS = ("call_log", "sms", "chat", "im", "social")


def timed(function: Callable[[], object], repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def build(store: CaseStore) -> str:
    case_id = store.create_case("基准测试 · 200 项证据")
    store.save_facts(
        case_id,
        case_from_dict(
            {
                "version": 1,
                "borrower": {"name": "李某", "phone": "13800001111"},
                "platform": {"name": "某某贷", "service_phone": "4000000000"},
                "harassment": {"contacts_affected": 40, "collector_numbers": ["17000001234"]},
            }
        ),
    )
    for i in range(ITEMS):
        day = f"2025-02-{1 + i % 28:02d}"
        store.add_evidence(
            case_id,
            f"IMG_{i:04d}.png",
            f"screenshot {i}".encode() * 500,  # ~7 KB each
            kind=KINDS[i % len(KINDS)],
            ocr_text=f"催收员 1700000{i % 50:04d} 于 {day} 10:{i % 60:02d} 来电，称要联系你的亲友。"
            * 5,
            entities={
                "phones": [f"1700000{i % 50:04d}"],
                "dates": [day],
                "times": [f"10:{i % 60:02d}", f"11:{i % 60:02d}"],
            },
            captured_on=day,
        )
    for kind in ("platform", "police", "contacts"):
        store.add_draft(case_id, kind, "我是李某。" * 300, backend="template", checks={})
    return case_id


def raw_rows(db_path: Path, case_id: str) -> list[tuple]:
    with sqlite3.connect(db_path) as db:
        rows = db.execute(
            "SELECT id, kind, captured_on, summary, filename, sha256, entities FROM evidence "
            "WHERE case_id = ? ORDER BY seq",
            (case_id,),
        ).fetchall()
    return [(*row[:6], json.loads(row[6])) for row in rows]


def raw_csv(db_path: Path, case_id: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(row[:6] for row in raw_rows(db_path, case_id))
    return buffer.getvalue().encode()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = CaseStore(Path(folder))
        start = time.perf_counter()
        case_id = build(store)
        print(f"seed: {ITEMS} evidence items in {time.perf_counter() - start:.2f} s")
        baseline = timed(lambda: raw_rows(store.db_path, case_id), 20)
        dashboard = timed(lambda: dashboard_for(store, case_id), 10)
        print(f"raw sqlite3 SELECT baseline: {baseline * 1000:.1f} ms")
        print(f"dashboard data load: {dashboard * 1000:.1f} ms  ({dashboard / baseline:.1f}x raw)")
        csv_baseline = timed(lambda: raw_csv(store.db_path, case_id), 20)
        print(f"raw csv.writer baseline: {csv_baseline * 1000:.1f} ms")
        for fmt in FORMATS:
            seconds = timed(lambda f=fmt: export_from_store(store, case_id, f, redact=True), 3)
            size = len(export_from_store(store, case_id, fmt, redact=True))
            print(
                f"export {fmt:4} (redacted): {seconds * 1000:7.1f} ms, {size / 1024:7.1f} KiB"
                f"  ({seconds / csv_baseline:.0f}x raw csv)"
            )
        bundle = timed(lambda: export_bundle(store, case_id), 3)
        print(f"case bundle zip: {bundle * 1000:.1f} ms ({bundle / csv_baseline:.0f}x raw csv)")


LOCKED_SHOTS = 20


def save_twenty(store: CaseStore, shots: list[bytes]) -> str:
    """One case with 20 screenshots, as the 证据 page stores them."""
    case_id = store.create_case("基准 · 20 张截图")
    store.save_facts(case_id, case_from_dict({"version": 1, "borrower": {"name": "李某"}}))
    for i, shot in enumerate(shots):
        store.add_evidence(
            case_id, f"IMG_{i}.png", shot, kind="sms", ocr_text="催收短信" * 40, entities={}
        )
    return case_id


def open_twenty(store: CaseStore, case_id: str) -> None:
    """Read the case back whole: facts, evidence rows and every screenshot's bytes."""
    case = store.get_case(case_id)
    for item in case.evidence:
        store.evidence_bytes(case_id, item.id)


LOCKED_PAIRS = 15


def bench_locked() -> None:
    """Unlock time, and saving/opening a 20-screenshot case, locked vs plain in one run.

    Paired: each round times plain then locked (order alternating) back to back, so both see
    the same load on a shared machine; the figures are medians over the rounds, the ratio the
    median of the per-round ratios. CPU time of this process is shown beside wall time: it
    hardly moves with other people's load (fsync waits are in wall time only).
    """
    import itertools
    import os

    from casefile.store.lock import create_locked, open_store

    base = os.urandom(200 * 1024)  # ~200 KB, as a phone screenshot PNG
    counter = itertools.count()

    def fresh() -> list[bytes]:  # new bytes each run: stored files are kept once by hash
        run = next(counter)
        return [f"{run}-{i}".encode() + base for i in range(LOCKED_SHOTS)]

    def clocked(function: Callable[[], object]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        return time.perf_counter() - wall, time.process_time() - cpu

    with tempfile.TemporaryDirectory() as folder:
        stores = {
            "plain": CaseStore(Path(folder) / "plain"),
            "locked": create_locked(Path(folder) / "locked", "基准口令"),
        }
        unlock = timed(lambda: open_store(Path(folder) / "locked", "基准口令"), 5)
        print(f"unlock (Argon2id + open), median of 5: {unlock * 1000:.0f} ms")
        ids = {label: save_twenty(store, fresh()) for label, store in stores.items()}  # warm-up
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for round_ in range(LOCKED_PAIRS):
            order = list(stores) if round_ % 2 == 0 else list(reversed(stores))
            for what in ("save", "open"):
                for label in order:
                    store = stores[label]
                    if what == "save":
                        step = lambda s=store, lb=label: ids.update({lb: save_twenty(s, fresh())})  # noqa: E731
                    else:
                        step = lambda s=store, lb=label: open_twenty(s, ids[lb])  # noqa: E731
                    runs.setdefault((label, what), []).append(clocked(step))
        for what in ("save", "open"):
            plain, locked = runs["plain", what], runs["locked", what]
            ratio = statistics.median(lk[0] / pl[0] for pl, lk in zip(plain, locked, strict=True))
            cpu_ratio = statistics.median(
                lk[1] / pl[1] for pl, lk in zip(plain, locked, strict=True) if pl[1] > 0
            )
            print(
                f"{what} case + {LOCKED_SHOTS} screenshots, {LOCKED_PAIRS} pairs: "
                f"wall plain {statistics.median(r[0] for r in plain) * 1000:.0f} ms, "
                f"locked {statistics.median(r[0] for r in locked) * 1000:.0f} ms ({ratio:.2f}x); "
                f"CPU plain {statistics.median(r[1] for r in plain) * 1000:.0f} ms, "
                f"locked {statistics.median(r[1] for r in locked) * 1000:.0f} ms ({cpu_ratio:.2f}x)"
            )


DESK_CASES = 200


def bench_desk() -> None:
    """The desk with 200 stored cases (rows + table + CSV + .ics) vs listing one case."""
    from datetime import date

    import pandas as pd

    from casefile.store.letters import mark_sent
    from exports.calendar import desk_calendar
    from exports.desk import rows_csv, store_rows

    with tempfile.TemporaryDirectory() as folder:
        store = CaseStore(Path(folder))
        start = time.perf_counter()
        for i in range(DESK_CASES):
            case_id = store.create_case(f"基准 · 案件 {i:03d}")
            facts = {"version": 1, "borrower": {"name": "李某"}, "platform": {"name": "某某贷"}}
            facts["harassment"] = {"last_on": f"2025-03-{1 + i % 28:02d}"}
            store.save_facts(case_id, case_from_dict(facts))
            sent_on = date(2025, 3, 1 + i % 28)
            mark_sent(store, case_id, "platform", sent_on, due_on=date(2025, 4, 1 + i % 28))
        seconds = time.perf_counter() - start
        print(f"seed: {DESK_CASES} cases with one letter each in {seconds:.1f} s")
        today = date(2025, 4, 15)

        def desk() -> None:
            rows = store_rows(store, today)
            pd.DataFrame([row.as_json() for row in rows])
            rows_csv(rows)
            desk_calendar(rows)

        def desk_one_connection() -> None:
            with store.reusing_connection():  # what exports.desk.store_rows may wrap itself in
                desk()

        one = timed(lambda: store.get_case(case_id), 20)
        whole = timed(desk, 5)
        print(f"list one case (get_case): {one * 1000:.1f} ms")
        print(f"desk, {DESK_CASES} cases (rows + table + CSV + .ics): {whole * 1000:.0f} ms")
        if hasattr(store, "reusing_connection"):
            pinned = timed(desk_one_connection, 5)
            print(
                f"desk, {DESK_CASES} cases, one connection for the listing: {pinned * 1000:.0f} ms"
            )


if __name__ == "__main__":
    import sys

    # `bench/store.py locked` (or `desk`, `store`) runs one part; no argument runs all three.
    parts = {"store": main, "locked": bench_locked, "desk": bench_desk}
    for name in sys.argv[1:] or list(parts):
        parts[name]()
