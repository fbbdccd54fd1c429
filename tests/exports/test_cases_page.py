"""AppTest for the Cases and Dashboard pages with a seeded case: the numbers shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore
from exports.workspace import numbers_for
from i18n import translate
from tests.case_seed import seed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded_app(isolated_data_dir: Path) -> tuple[AppTest, CaseStore, str]:
    """The app on the seeded case's data dir (the one services.get_store() opens)."""
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    at = AppTest.from_file(str(ROOT / "views" / "cases.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    return at, store, case_id


def _metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def test_cases_page_shows_the_case_and_its_numbers(seeded_app) -> None:
    at, _, _ = seeded_app
    at.run()
    assert not at.exception
    assert at.header[0].value == "当前案件：李某 · 某某贷"
    assert _metrics(at) == {"证据": "4", "已完成步骤": "2/8", "文书": "2"}
    table = at.dataframe[0].value
    assert list(table["证据数"]) == [4]
    assert list(table["已完成步骤"]) == ["2/8"]
    assert at.checkbox(key=f"cases.step.{at.session_state['case.id']}.platform").value is True


def test_cases_page_create_rename_step_delete(seeded_app) -> None:
    at, store, case_id = seeded_app
    at.run()
    at.checkbox(key=f"cases.step.{case_id}.police").check().run()
    assert store.steps(case_id)["police"] == "done"
    assert _metrics(at)["已完成步骤"] == "3/8"
    at.text_input(key=f"cases.rename.{case_id}").input("新名字")
    at.button(key=f"FormSubmitter:cases.rename_form.{case_id}-保存名称").click().run()
    assert store.case_row(case_id)["title"] == "新名字"
    at.text_input(key="cases.create_name").input("王某 · 另一贷")
    at.button(key="FormSubmitter:cases.create_form-新建").click().run()
    assert {c.title for c in store.list_cases()} == {"新名字", "王某 · 另一贷"}
    new_id = at.session_state["case.id"]
    assert new_id != case_id
    assert at.header[0].value == "当前案件：王某 · 另一贷"
    # Delete needs the confirmation first.
    assert at.button(key="cases.delete").disabled
    at.checkbox(key=f"cases.delete_confirm.{new_id}").check().run()
    at.button(key="cases.delete").click().run()
    assert [c.id for c in store.list_cases()] == [case_id]
    assert at.success[0].value == "案件已删除。"


def test_cases_page_prepares_an_export(seeded_app) -> None:
    at, _, _ = seeded_app
    at.run()
    at.selectbox(key="cases.export_format").select("md")
    at.checkbox(key="cases.export_redact").check()
    at.button(key="cases.export_prepare").click().run()
    assert not at.exception
    _, name, _, data = at.session_state["cases.export_file"]
    assert name.endswith("_redacted.md")
    assert "136****5678" in data.decode()
    assert "13612345678" not in data.decode()
    assert "17000001234" in data.decode()


def test_dashboard_page_shows_the_seeded_numbers(seeded_app) -> None:
    _, _, case_id = seeded_app
    at = AppTest.from_file(str(ROOT / "views" / "dashboard.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    at.run()
    assert not at.exception
    assert _metrics(at) == {
        "受骚扰的联系人": "12",
        "催收电话": "5",
        "短信/消息": "2",
        "催收号码": "3",
        "证据": "4",
        "已完成步骤": "2/8",
        "夜间联系（22—8点）": "0（0%）",
        "有联系的天数": "3",
        "最长连续天数": "3",
        "被联系的亲友/同事": "12",
    }
    assert any("已确认身份 1 个" in c.value for c in at.caption)
    timeline = at.dataframe[0].value
    assert "联系平台客服：未答复" in list(timeline["说明"])
    assert any("已确认的渠道：电话、短信、微信" in c.value for c in at.caption)
    assert sum("✅" in m.value for m in at.markdown) == 2


def test_dashboard_without_a_case_offers_to_create_one_right_there() -> None:
    at = AppTest.from_file(str(ROOT / "views" / "dashboard.py"), default_timeout=60)
    at.run()
    assert at.info[0].value.startswith("这一步需要一个案件")
    at.text_input(key="journey.new_case").input("王某 · 闪电花")
    at.button(key="journey.create").click().run()
    assert not at.exception, at.exception
    assert at.session_state["case.id"]
    assert not at.info or not at.info[0].value.startswith("这一步需要一个案件")


def test_sidebar_picker_through_the_app(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import doctor

    monkeypatch.setattr(doctor, "run_checks", lambda *args, **kwargs: [])  # home loads models
    store = CaseStore(isolated_data_dir)
    first = seed(store, "案件一")
    second = store.create_case("案件二")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    picker = at.sidebar.selectbox(key="case.picker")
    assert picker.options == ["案件二", "案件一"]
    assert at.session_state["case.id"] == second
    picker.select(first).run()
    at.switch_page("views/dashboard.py")
    at.run()
    assert not at.exception
    assert at.metric[0].value == "12"


def test_every_label_the_pages_build_has_zh_and_en() -> None:
    from casefile.model import EVIDENCE_KINDS
    from casefile.store import STEPS
    from i18n import catalogue

    keys = [f"cases.step.{step}" for step in STEPS]
    keys += [f"dashboard.kind.{kind}" for kind in EVIDENCE_KINDS]
    keys += [f"dashboard.type.{kind}" for kind in ("calls", "messages")]
    categories = ("loan", "harassment", "evidence", "action", "draft")
    keys += [f"dashboard.category.{category}" for category in categories]
    events = ("loan.borrowed", "loan.due", "harassment.started", "harassment.last")
    keys += [f"dashboard.event.{event}" for event in (*events, "evidence", "action", "draft")]
    texts = catalogue()
    for key in keys:
        assert texts[key]["zh"], key
        assert texts[key]["en"], key


def test_cases_page_builds_the_dossier(seeded_app) -> None:
    at, _, _ = seeded_app
    at.run()
    at.button(key="cases.dossier_prepare").click().run()
    assert not at.exception
    _, name, mime, data = at.session_state["cases.dossier_file"]
    assert name.endswith("_dossier.pdf")
    assert mime == "application/pdf"
    assert data.startswith(b"%PDF")


def test_evidence_page_confirms_roles_and_updates_the_facts(seeded_app) -> None:
    _, store, case_id = seeded_app
    at = AppTest.from_file(str(ROOT / "views" / "evidence.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    at.run()
    assert not at.exception
    shown = at.session_state["evidence.numbers"]  # the editor's state: no edits yet
    assert shown == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    senders = [r.sender for r in numbers_for(store, case_id)]
    row = senders.index("13912345678")
    # The editor's columns carry their shown (Chinese) names; edits are keyed by them.
    role_column = translate("evidence.numbers_col.role")
    at.session_state["evidence.numbers"] = {
        "edited_rows": {row: {role_column: "我的朋友"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key="evidence.numbers_save").click().run()
    assert not at.exception
    roles = store.contact_roles(case_id)
    assert roles["13912345678"] == "friend"
    assert roles["17000001234"] == "collector"  # every shown role is confirmed at once
    facts = store.get_case(case_id).harassment
    assert "13912345678" not in facts.collector_numbers
    assert "17000001234" in facts.collector_numbers
    assert any("已保存" in s.value for s in at.success)


def test_cases_page_shows_the_next_step_and_opens_its_draft(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unanswered platform letter: the case page proposes the regulator complaint, quoting it."""
    import doctor
    import services
    from casefile.store.letters import mark_sent

    monkeypatch.setattr(doctor, "run_checks", lambda *args, **kwargs: [])  # home loads models
    monkeypatch.setattr(services, "get_retriever", lambda: None)  # no embedding model here
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    monkeypatch.setenv("CS_LLM_READ_AHEAD", "0")
    monkeypatch.setenv("CS_TODAY", "2025-03-20")
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    mark_sent(store, case_id, "platform", date(2025, 3, 2), due_on=date(2025, 3, 17))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["case.id"] = case_id
    at.run()
    at.switch_page("views/cases.py")
    at.run()
    assert not at.exception, at.exception
    text = "\n".join(block.value for block in at.markdown)
    assert "👉 2025-03-02寄出的致平台函截至2025-03-17未获答复（到期日 2025-03-17）" in text
    button = at.button(key="cases.next.open")
    assert button.label == "打开文书：监管投诉"
    button.click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == "✍️ 起草"
    assert at.selectbox(key="draft.kind").value == "regulator"
    at.switch_page("views/draft.py")  # AppTest reruns its own page, not the one switched to
    at.run()
    at.button(key="draft.generate").click().run()
    assert not at.exception, at.exception
    (latest, *_) = store.list_drafts(case_id, "regulator")
    assert "本人已于2025年3月2日寄出致平台函，结果：仍未获答复。" in latest.text


def test_cases_page_next_step_in_english(seeded_app, monkeypatch: pytest.MonkeyPatch) -> None:
    at, store, case_id = seeded_app
    from casefile.store.letters import mark_sent

    monkeypatch.setenv("CS_TODAY", "2025-03-20")
    mark_sent(store, case_id, "platform", date(2025, 3, 2), due_on=date(2025, 3, 17))
    at.session_state["ui.lang"] = "en"
    at.run()
    assert not at.exception, at.exception
    text = "\n".join(block.value for block in at.markdown)
    reason = "The letter to the platform sent on 2025-03-02 had no reply by 2025-03-17"
    assert f"👉 {reason} (due 2025-03-17)" in text
    assert at.button(key="cases.next.open").label == "Open the draft: Regulator complaint"
