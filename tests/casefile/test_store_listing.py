"""Listing many cases (the desk): one connection per listing, same answers as one call at a time.

Runs on a plain and a locked store (tests/casefile/conftest.py's `store` fixture).
"""

from __future__ import annotations

import threading

import pytest

from casefile.model import case_from_dict
from casefile.store import CaseStore


def _count_opens(store: CaseStore, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    opened = [0]
    real = store._open

    def counting():
        opened[0] += 1
        return real()

    monkeypatch.setattr(store, "_open", counting)
    return opened


def _seed(store: CaseStore, count: int) -> list[str]:
    ids = []
    for n in range(count):
        case_id = store.create_case(f"案件 {n}")
        store.save_facts(case_id, case_from_dict({"version": 1, "borrower": {"name": f"李{n}"}}))
        store.add_evidence(case_id, f"{n}.png", f"shot {n}".encode() * 20, kind="sms",
                           ocr_text="请还款", entities={})  # fmt: skip
        store.set_contact_roles(case_id, {"13800138000": "collector"})
        ids.append(case_id)
    return ids


def test_get_case_reads_row_evidence_and_roles_on_one_connection(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    [case_id] = _seed(store, 1)
    opened = _count_opens(store, monkeypatch)
    case = store.get_case(case_id)
    assert opened == [1]
    assert case.borrower.name == "李0"
    assert [item.id for item in case.evidence] == ["E1"]
    assert case.extra["contact_roles"] == {"13800138000": "collector"}


def test_a_listing_reuses_one_connection_and_answers_the_same(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _seed(store, 5)
    one_by_one = [store.get_case(case_id) for case_id in ids]
    opened = _count_opens(store, monkeypatch)
    with store.reusing_connection():
        summaries = store.list_cases()
        listed = [store.get_case(summary.id) for summary in summaries]
        with store.reusing_connection():  # nested: still the same connection
            store.steps(ids[0])
    assert opened == [1]
    assert sorted(listed, key=lambda c: c.borrower.name) == one_by_one
    store.get_case(ids[0])  # outside the block: its own connection again
    assert opened == [2]


def test_a_write_inside_a_listing_is_kept_and_seen(store: CaseStore) -> None:
    [case_id] = _seed(store, 1)
    with store.reusing_connection():
        store.set_step(case_id, "facts", "done")
        assert store.steps(case_id)["facts"] == "done"
    assert store.steps(case_id)["facts"] == "done"

    def save_then_fail() -> None:
        with store.reusing_connection():
            store.rename_case(case_id, "新标题")
            raise RuntimeError("the page failed after saving")

    with pytest.raises(RuntimeError):
        save_then_fail()
    assert store.steps(case_id)["facts"] == "done"  # the listing's connection was closed cleanly
    assert store.case_row(case_id)["title"] == "新标题"  # committed before the failure


def test_another_thread_never_uses_the_listings_connection(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    [case_id] = _seed(store, 1)
    opened = _count_opens(store, monkeypatch)
    seen: list[str] = []
    with store.reusing_connection():
        store.get_case(case_id)
        worker = threading.Thread(target=lambda: seen.append(store.case_row(case_id)["title"]))
        worker.start()
        worker.join(10)
    assert seen == ["案件 0"]
    assert opened == [2]  # the listing's one, and the other thread's own
