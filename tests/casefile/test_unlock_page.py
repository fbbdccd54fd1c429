"""AppTest: the unlock screen of a locked data dir (right and wrong passphrase, idle lock)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore, crypto
from casefile.store.lock import create_locked

# The app's gate, then what a page would show: the stored cases.
SCRIPT = """
import streamlit as st
import services
from ui import unlock
unlock.gate()
st.markdown("cases: " + ", ".join(case.title for case in services.get_store().list_cases()))
"""


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import services

    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)
    monkeypatch.setenv("CS_DATA_DIR", str(tmp_path / "data"))
    services.get_settings.clear()
    services._plain_store.clear()
    yield tmp_path / "data"
    services.get_settings.clear()
    services._plain_store.clear()


def _shown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_locked_store_needs_the_right_passphrase(data: Path) -> None:
    create_locked(data, "正确口令").create_case("李某 · 快借")
    at = AppTest.from_string(SCRIPT, default_timeout=60).run()
    assert not at.exception, at.exception
    assert "已加密" in at.title[0].value
    assert "cases:" not in _shown(at)
    at.text_input[0].input("错误口令")
    at.button[0].click().run()
    assert "口令不对" in at.error[0].value
    assert "cases:" not in _shown(at)
    at.text_input[0].input("正确口令")
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert "cases: 李某 · 快借" in _shown(at)


def test_idle_session_locks_again(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    create_locked(data, "口令").create_case("王某")
    monkeypatch.setenv("CS_AUTO_LOCK_MINUTES", "1")
    import services

    services.get_settings.clear()
    at = AppTest.from_string(SCRIPT, default_timeout=60).run()
    at.text_input[0].input("口令")
    at.button[0].click().run()
    assert "cases: 王某" in _shown(at)  # a rerun within the limit stays unlocked
    # The last activity moved 2 minutes back: a limit of milliseconds made this flaky under load.
    at.session_state[services.ACTIVE_KEY] = time.monotonic() - 120
    at.run()
    assert "cases:" not in _shown(at)
    assert any("自动上锁" in info.value for info in at.info)


@pytest.mark.parametrize(("minutes", "locks"), [(1.0, True), (0.0, False)])
def test_the_settings_page_minutes_win_over_the_default(
    data: Path, minutes: float, locks: bool
) -> None:
    import services
    from casefile.store.prefs import save_auto_lock_minutes

    create_locked(data, "口令").create_case("王某")
    save_auto_lock_minutes(data, minutes)  # CS_AUTO_LOCK_MINUTES stays at its 15
    at = AppTest.from_string(SCRIPT, default_timeout=60).run()
    at.text_input[0].input("口令")
    at.button[0].click().run()
    at.session_state[services.ACTIVE_KEY] = time.monotonic() - 120
    at.run()
    assert ("cases: 王某" not in _shown(at)) is locks


def test_plain_store_shows_no_gate(data: Path) -> None:
    CaseStore(data).create_case("赵某")
    at = AppTest.from_string(SCRIPT, default_timeout=60).run()
    assert not at.exception, at.exception
    assert "cases: 赵某" in _shown(at)
    assert not at.title
