"""At upload the user says whose phone the screenshots were taken on; it sets the record owner."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from synthetic_screens import ScreenTruth

import settings as settings_module
from casefile.store import CaseStore
from corrections import mark_owner, screen_fixes
from evidence.intake import ScreenshotResult, add_uploads_to_case
from tests.evidence.test_evidence_page import SMS_TEXT, CannedOcr, page

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(isolated_data_dir: Path) -> CaseStore:
    return CaseStore(isolated_data_dir)


def _upload(store: CaseStore, case_id: str, screens: list[ScreenTruth]) -> list[ScreenshotResult]:
    uploads = [(s.path.name, s.path.read_bytes()) for s in screens]
    items = add_uploads_to_case(
        store, case_id, uploads, settings_module.load_settings(), backend=CannedOcr(SMS_TEXT)
    )
    return [item for item in items if isinstance(item, ScreenshotResult)]


def test_forwarded_upload_marks_each_record_and_the_case(
    store: CaseStore, screens: list[ScreenTruth]
) -> None:
    case_id = store.create_case("李某")
    first = _upload(store, case_id, screens[:1])  # one screenshot of the borrower's own
    items = _upload(store, case_id, screens[1:3])
    assert mark_owner(store, case_id, [i.sha256 for i in first], "borrower") == []
    marked = mark_owner(store, case_id, [i.sha256 for i in items], "relative", "妈妈")
    stored = {e.id: e for e in store.list_evidence(case_id)}
    assert marked == [e.id for e in stored.values() if e.sha256 in {i.sha256 for i in items}]
    assert marked  # the new screenshots, not the borrower's own
    for exhibit, item in stored.items():
        owner = item.entities["screen"]["owner"]
        assert owner == ("relative" if exhibit in marked else "borrower")
    assert stored[marked[0]].entities["screen"]["owner_name"] == "妈妈"
    assert set(screen_fixes(store.get_case(case_id))) == set(marked)
    with pytest.raises(ValueError, match="owner"):
        mark_owner(store, case_id, [items[0].sha256], "neighbour")


def test_upload_asks_whose_phone_in_both_languages(store: CaseStore) -> None:
    case_id = store.create_case("李某")
    at = page(case_id)
    at.run()
    assert not at.exception, at.exception
    choice = at.selectbox(key="evidence.owner")
    assert choice.label == "这些截图是在谁的手机上截的？"
    assert choice.value == "borrower"
    assert at.text_input(key="evidence.owner_name").disabled
    choice.select("relative").run()
    assert not at.text_input(key="evidence.owner_name").disabled
    english = AppTest.from_file(str(ROOT / "app.py"))
    english.session_state["ui.lang"] = "en"
    english.session_state["case.id"] = case_id
    english.switch_page("views/evidence.py")
    english.run(timeout=240)
    assert not english.exception, english.exception
    assert english.selectbox(key="evidence.owner").label == (
        "Whose phone were these screenshots taken on?"
    )
