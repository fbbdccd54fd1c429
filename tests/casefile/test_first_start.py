"""AppTest: the first-start offer to protect the data — shown on a fresh data dir, never again
after "稍后再说", and not once the data dir is locked or holds a case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore, crypto
from casefile.store.lock import create_locked
from casefile.store.prefs import PREFS_NAME, auto_lock_minutes, save_auto_lock_minutes
from ui import first_start

ROOT = Path(__file__).resolve().parents[2]

# The app's order: the unlock gate, then the home page's offer, then the page.
SCRIPT = """
import streamlit as st
from ui import first_start, unlock
unlock.gate()
first_start.offer()
st.markdown("page body")
"""
OFFER = "保护本机数据"


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


def _run() -> AppTest:
    at = AppTest.from_string(SCRIPT, default_timeout=60).run()
    assert not at.exception, at.exception
    assert "page body" in _shown(at)
    return at


def _shown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_offered_on_a_fresh_data_dir_until_dismissed(data: Path) -> None:
    at = _run()
    assert OFFER in _shown(at)
    assert at.button(key="first_start.open").label == "去设置口令"
    assert (ROOT / first_start.SETTINGS_PAGE).is_file()  # where that button goes
    at.button(key="first_start.later").click().run()
    assert not at.exception, at.exception
    assert OFFER not in _shown(at)
    # A new session (the app started again) does not ask again either.
    assert OFFER not in _shown(_run())
    prefs = json.loads((data / PREFS_NAME).read_text(encoding="utf-8"))
    assert prefs == {"first_start_dismissed": True}


def test_dismissal_keeps_the_other_settings(data: Path) -> None:
    save_auto_lock_minutes(data, 30)
    _run().button(key="first_start.later").click().run()
    assert auto_lock_minutes(data, 15.0) == 30.0
    assert OFFER not in _shown(_run())


def test_not_offered_once_locked(data: Path) -> None:
    create_locked(data, "正确口令")  # locked, still without any case
    at = AppTest.from_string(SCRIPT, default_timeout=60).run()
    assert "已加密" in at.title[0].value  # the unlock screen, nothing else
    assert OFFER not in _shown(at)
    at.text_input[0].input("正确口令")
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert "page body" in _shown(at)
    assert OFFER not in _shown(at)


def test_not_offered_when_the_data_dir_holds_a_case(data: Path) -> None:
    CaseStore(data).create_case("李某 · 快借")
    assert OFFER not in _shown(_run())


def test_the_whole_app_offers_it_on_home_and_opens_the_settings_page(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import services

    # The doctor loads both models (tests/foundation/test_app_home.py runs it for real); the
    # offer does not depend on it.
    monkeypatch.setattr(services, "doctor_report", lambda lang: [])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    assert OFFER in _shown(at)
    at.button(key="first_start.open").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value.endswith("设置")
    assert at.toggle(key="settings.protect").label == "用口令加密本机数据"
