"""The facts page shows the 治安 time limit and keeps the user's "reported to the police" tick."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore
from tests.case_seed import seed

ROOT = Path(__file__).resolve().parents[2]


def _facts_page(case_id: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["ui.lang"] = "zh"
    at.session_state["case.id"] = case_id
    at.run()
    at.switch_page("views/facts.py")
    at.run()
    assert not at.exception, at.exception
    return at


def test_facts_page_warns_until_a_police_report_is_ticked(isolated_data_dir, monkeypatch):
    monkeypatch.setenv("CS_TODAY", "2025-04-01")
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)  # harassment last_on 2025-02-20
    at = _facts_page(case_id)
    warnings = [w.value for w in at.warning if "六个月" in w.value]
    assert len(warnings) == 1
    assert "2025-08-20" in warnings[0]
    assert "届满" not in warnings[0]
    at.checkbox(key="facts.police_reported").check().run()
    assert not at.exception, at.exception
    assert store.get_case(case_id).extra.get("police_reported") is True
    assert not [w.value for w in at.warning if "六个月" in w.value]
