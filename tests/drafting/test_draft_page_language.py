"""AppTest of the 起草 page across a language switch, and its 治安 six-month time-limit warning."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import services
from casefile.store import CaseStore
from drafting.backends.template import TemplateBackend
from drafting.why import why_parts
from tests.case_seed import seed

from .test_draft_page import _FakeRetriever

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[CaseStore, str]:
    """The seeded case (harassment 2025-02-10 … 2025-02-20), a model and the template offered."""
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    monkeypatch.setenv("CS_LLM_READ_AHEAD", "0")
    monkeypatch.setattr(services, "get_retriever", lambda: _FakeRetriever())
    monkeypatch.setattr(services, "draft_backend_choices", lambda: ("llama", "template"))
    monkeypatch.setattr(services, "get_llm_named", lambda name: TemplateBackend())
    store = CaseStore(isolated_data_dir)
    return store, seed(store)


def _draft_page(case_id: str, lang: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.session_state["ui.lang"] = lang
    at.session_state["case.id"] = case_id
    at.run()
    at.switch_page("views/draft.py")
    at.run()
    assert not at.exception, at.exception
    return at


def _switch(at: AppTest, lang: str) -> None:
    # What the sidebar's language radio does on change (services.apply_language_choice).
    at.session_state["ui.lang"] = lang
    at.run()
    assert not at.exception, at.exception


def _time_limit(at: AppTest) -> list[str]:
    return [w.value for w in at.warning if w.icon == "⏳"]


def test_a_language_switch_keeps_the_choices_and_speaks_english(seeded, monkeypatch) -> None:
    monkeypatch.setenv("CS_TODAY", "2025-04-01")
    _store, case_id = seeded
    at = _draft_page(case_id, "zh")
    at.selectbox(key="draft.kind").select("police").run()
    at.radio(key="draft.backend_choice").set_value("template").run()
    assert not at.exception, at.exception
    whys = [c.value for c in at.caption if c.value.startswith("发现依据：")]
    assert whys
    assert any("证据E4（催收方 13912345678）：“再不还钱就上门！”" in why for why in whys)

    _switch(at, "en")
    radio = at.radio(key="draft.backend_choice")
    assert radio.label == "Drafting method"
    assert radio.options == [
        "Local language model (slower, may take a minute or two)",
        "Fixed template (instant, no model)",
    ]
    assert radio.value == "template"
    kind = at.selectbox(key="draft.kind")
    assert kind.label == "Document"
    assert kind.value == "police"
    assert "Police statement" in kind.options
    issues = next(e for e in at.expander if e.label.startswith("Legal issues found"))
    whys = [c.value for c in issues.caption if c.value.startswith("Why: ")]
    assert "Why: exhibit E4 (collector 13912345678): “再不还钱就上门！”" in whys
    assert not any("证据" in why or "发现依据" in why for why in whys)
    (limit,) = _time_limit(at)
    assert "report it by 2025-08-20" in limit
    assert "六个月" not in limit

    # Back to Chinese: still the same choices; a rerun (any click) keeps them too.
    _switch(at, "zh")
    at.run()
    assert at.radio(key="draft.backend_choice").value == "template"
    assert at.selectbox(key="draft.kind").value == "police"
    assert at.radio(key="draft.backend_choice").options[1] == "固定模板（立即生成，不用模型）"


def test_the_time_limit_names_the_last_day_while_it_runs(seeded, monkeypatch) -> None:
    monkeypatch.setenv("CS_TODAY", "2025-04-01")
    _store, case_id = seeded
    (limit,) = _time_limit(_draft_page(case_id, "zh"))
    assert "2025-02-20" in limit
    assert "请在2025-08-20前（含当日，还剩141天）报案" in limit
    assert "届满" not in limit


def test_after_the_time_limit_the_page_says_what_still_works(seeded, monkeypatch) -> None:
    monkeypatch.setenv("CS_TODAY", "2025-09-01")
    _store, case_id = seeded
    (limit,) = _time_limit(_draft_page(case_id, "zh"))
    assert "已于2025-08-20届满" in limit
    assert "仍然可以做的" in limit
    assert "提起民事诉讼" in limit
    (english,) = _time_limit(_draft_page(case_id, "en"))
    assert "ended on 2025-08-20" in english
    assert "What still works" in english


def test_a_recorded_police_report_ends_the_warning(seeded, monkeypatch) -> None:
    monkeypatch.setenv("CS_TODAY", "2025-04-01")
    store, case_id = seeded
    case = store.get_case(case_id)
    reported = dataclasses.replace(case, extra={**case.extra, "police_reported": True})
    store.save_facts(case_id, reported)
    assert _time_limit(_draft_page(case_id, "zh")) == []


def test_every_reason_an_issue_is_found_for_has_an_english_shape() -> None:
    why = (
        "您确认有12位亲友被联系；催收方共联系40次（电话和消息）；"
        "催收方号码在夜间联系3次（如证据E2：2025-02-12 23:10来电）；"
        "催收方在夜间联系1次（如证据E5（催收方）：2025-02-13 06:40的消息）；"
        "借款时被预先扣除1500元；约定年利率36%，高于借款时一年期贷款市场报价利率的四倍（14.8%）；"
        "已请求删除（日期不详），结果：未答复；并且软暴力催收；"
        "证据E3（催收方 17000001234）：“不还钱；就上门”；您的讲述：“他们打到我单位”；新的理由"
    )
    parts = why_parts(why, {"软暴力催收": "Soft-violence collection"})
    assert [key for key, _ in parts] == [
        "draft.why.contacts",
        "draft.why.many",
        "draft.why.night_calls",
        "draft.why.night_messages",
        "draft.why.deducted",
        "draft.why.rate",
        "draft.why.deletion_undated",
        "draft.why.with",
        "draft.why.said",
        "draft.why.said",
        "",  # a reason of a shape not known here stays as written
    ]
    assert parts[3][1]["where_key"] == "draft.why.where.collector"
    assert parts[7][1] == {"titles": "Soft-violence collection"}
    assert parts[8][1] == {
        "words": "不还钱；就上门",  # a "；" inside a quote does not split the reasons
        "where_key": "draft.why.where.collector_named",
        "exhibit": "E3",
        "sender": "17000001234",
    }
    assert parts[9][1]["where_key"] == "draft.why.where.account"
    assert parts[-1][1] == {"text": "新的理由"}
    # An issue title without an English one is not half-translated.
    assert why_parts("并且某个问题") == [("", {"text": "并且某个问题"})]
