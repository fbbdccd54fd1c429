"""The facts page asks "你核实过这份文书是假的吗？" about a collector's court or lawyer's paper,
keeps the answer in the case, and the police statement follows it."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from casefile.model import Case, Harassment
from casefile.store import CaseStore
from law.issues import find_issues

ROOT = Path(__file__).resolve().parents[2]
SUMMONS = "【人民法院】你因借款纠纷被起诉，传票已下达，请于三日内到庭。"


def _facts_page(case_id: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.session_state["ui.lang"] = "zh"
    at.session_state["case.id"] = case_id
    at.run()
    at.switch_page("views/facts.py")
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_forged_document_answer_is_kept_and_decides_article_280(isolated_data_dir, monkeypatch):
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    store = CaseStore(isolated_data_dir)
    case_id = store.create_case("文书")
    store.save_facts(
        case_id, Case(harassment=Harassment(started_on="2025-08-10", last_on="2025-08-20"))
    )
    store.add_evidence(
        case_id, "summons.png", b"\x89PNG summons", kind="sms", ocr_text=SUMMONS, entities={}
    )
    at = _facts_page(case_id)
    radio = at.radio(key=f"law_questions.forged.{case_id}")
    assert radio.label == "你核实过这份文书是假的吗？"
    assert radio.value == "unknown"
    radio.set_value("yes").run()
    assert not at.exception, at.exception
    stored = store.get_case(case_id)
    assert stored.extra.get("forged_documents_confirmed") is True
    [documents] = [i for i in find_issues(stored) if i.id == "documents"]
    assert "《刑法》第二百八十条" in [s.label for s in documents.statutes]
    # Genuine: the issue goes, the question stays so the answer can be changed again.
    at.radio(key=f"law_questions.forged.{case_id}").set_value("no").run()
    assert store.get_case(case_id).extra.get("forged_documents_confirmed") is False
    assert "documents" not in {i.id for i in find_issues(store.get_case(case_id))}
    at.radio(key=f"law_questions.forged.{case_id}").set_value("unknown").run()
    assert "forged_documents_confirmed" not in store.get_case(case_id).extra


def test_no_question_without_such_a_document(isolated_data_dir):
    store = CaseStore(isolated_data_dir)
    case_id = store.create_case("无文书")
    store.add_evidence(
        case_id, "sms.png", b"\x89PNG sms", kind="sms", ocr_text="请还款。", entities={}
    )
    at = _facts_page(case_id)
    assert not [r for r in at.radio if r.key.startswith("law_questions.")]
