"""Letters sent and answered: stored, listed, overdue by date, bad input refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile.store import CaseStore
from casefile.store.letters import list_letters, mark_answered, mark_sent, parse_day
from errors import CaseNotFound, ContactShieldError


def test_sent_then_answered_round_trip(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "data")
    case_id = store.create_case("张三")
    letter_id = mark_sent(
        store,
        case_id,
        "platform",
        date(2025, 3, 1),
        due_on=date(2025, 3, 16),
        channel="email",
        recipient="客服",
        reference="TS123",
    )
    (letter,) = list_letters(store, case_id)
    assert (letter.id, letter.kind, letter.reference) == (letter_id, "platform", "TS123")
    assert not letter.overdue(date(2025, 3, 16))
    assert letter.overdue(date(2025, 3, 17))
    mark_answered(store, case_id, letter_id, date(2025, 3, 10), answer="已处理")
    (letter,) = list_letters(store, case_id)
    assert letter.answered
    assert not letter.overdue(date(2025, 4, 1))
    assert [row["action"] for row in store.audit_log(case_id)][-2:] == [
        "letter.sent",
        "letter.answered",
    ]


def test_bad_input_is_a_typed_error(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "data")
    case_id = store.create_case("李四")
    with pytest.raises(ContactShieldError, match="not a valid date"):
        parse_day("2025-13-40")
    with pytest.raises(ContactShieldError):
        mark_sent(store, case_id, "platform", date(2025, 3, 2), due_on=date(2025, 3, 1))
    with pytest.raises(ContactShieldError):
        mark_answered(store, case_id, 99, date(2025, 3, 2))
    with pytest.raises(CaseNotFound):
        mark_sent(store, "nope", "platform", date(2025, 3, 2))
    store.delete_case(case_id)
    assert list_letters(store) == []
