"""AppTest of the 案件 page's bundle part: a sealed bundle needs the passphrase twice, the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore, crypto
from exports.bundle_seal import import_any, is_sealed
from tests.case_seed import seed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded_app(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    at = AppTest.from_file(str(ROOT / "views" / "cases.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    return at, store, case_id


def test_sealed_bundle_from_the_page(seeded_app, tmp_path: Path) -> None:
    at, store, case_id = seeded_app
    at.run()
    assert at.checkbox(key="bundle.seal").value is True  # sealed unless the user says otherwise
    at.text_input(key="bundle.pass1").input("交接口令")
    at.text_input(key="bundle.pass2").input("交接口今")
    at.button(key="cases.bundle_prepare").click().run()
    assert not at.exception
    assert any("两次输入的口令不一致" in error.value for error in at.error)
    assert "cases.bundle_file" not in at.session_state

    at.text_input(key="bundle.pass2").input("交接口令")
    at.button(key="cases.bundle_prepare").click().run()
    assert not at.error
    owner, name, data = at.session_state["cases.bundle_file"]
    assert (owner, name.endswith(".csb"), is_sealed(data)) == (case_id, True, True)
    laptop = CaseStore(tmp_path / "laptop")
    assert laptop.get_case(import_any(laptop, data, "交接口令")) == store.get_case(case_id)


def test_open_bundle_when_sealing_is_off(seeded_app) -> None:
    at, _, case_id = seeded_app
    at.run()
    at.checkbox(key="bundle.seal").uncheck().run()
    at.button(key="cases.bundle_prepare").click().run()
    owner, name, data = at.session_state["cases.bundle_file"]
    assert (owner, name.endswith(".zip"), data[:2]) == (case_id, True, b"PK")
