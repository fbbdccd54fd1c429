"""Call recorders' file names: start time, the other party's number and name (pure)."""

from __future__ import annotations

import pytest

from evidence.audio.names import captured_from_metadata, facts_from_name


@pytest.mark.parametrize(
    ("name", "captured", "phones", "contact"),
    [
        ("13800138000_20250302153012.m4a", "2025-03-02T15:30:12", ("13800138000",), ""),
        ("通话录音_张三_20250302_153012.amr", "2025-03-02T15:30:12", (), "张三"),
        ("张三(13800138000)_20250302153012.mp3", "2025-03-02T15:30:12", ("13800138000",), "张三"),
        (
            "张三 13800138000 2025-03-02 15-30-12.m4a",
            "2025-03-02T15:30:12",
            ("13800138000",),
            "张三",
        ),
        ("13800138000-20250302-153012.m4a", "2025-03-02T15:30:12", ("13800138000",), ""),
        ("通话录音 4001234567 20250302_1530.aac", "2025-03-02T15:30:00", ("4001234567",), ""),
        ("recording.wav", "", (), ""),
        ("13800138000_20251302153012.m4a", "", ("13800138000",), ""),  # month 13: no date
    ],
)
def test_recorder_names(name: str, captured: str, phones: tuple, contact: str) -> None:
    facts = facts_from_name(name)
    assert facts.captured_at == captured
    assert facts.phones == phones
    assert facts.contact == contact


def test_the_date_digits_are_not_read_as_a_phone() -> None:
    assert facts_from_name("通话录音_20250302153012.m4a").phones == ()


def test_container_creation_time_is_china_time() -> None:
    assert captured_from_metadata({"creation_time": "2025-03-02T07:30:12.000000Z"}) == (
        "2025-03-02T15:30:12"
    )
    assert captured_from_metadata({"creation_time": "1970-01-01T00:00:00Z"}) == ""
    assert captured_from_metadata({"creation_time": "soon"}) == ""
    assert captured_from_metadata({}) == ""
