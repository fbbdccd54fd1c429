"""AppTest of the 起草 page with the template backend and a fake retriever: what is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import services
from casefile.store import CaseStore

from .conftest import case_named

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "views" / "draft.py")


class _FakeRetriever:
    def search(self, query: str, k: int = 5):
        from rag.retrieval import Passage

        return [
            Passage(
                "platform-communicate.md",
                "与平台沟通 > 书面联系",
                "platform",
                "先书面联系。",
                1.0,
                (),
            )
        ]


@pytest.fixture
def page(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[AppTest, CaseStore, str]:
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    monkeypatch.setattr(services, "get_retriever", lambda: _FakeRetriever())
    store = CaseStore(isolated_data_dir)
    case_id = store.create_case("李某 · 某某贷")
    store.save_facts(case_id, case_named("typical"))
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["case.id"] = case_id
    return at, store, case_id


def test_page_without_a_case_offers_to_create_one() -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    assert not at.exception
    assert at.info[0].value.startswith("这一步需要一个案件")
    assert at.button(key="journey.create").label == "新建案件并继续"


def test_draft_checks_edit_and_versions(page) -> None:
    at, store, case_id = page
    at.run()
    assert not at.exception
    assert at.title[0].value == "✍️ 起草"
    passages = next(e for e in at.expander if e.label.startswith("参考的指南段落"))
    assert "与平台沟通 > 书面联系" in passages.markdown[0].value
    assert at.info[0].value.startswith("还没有草稿")

    at.button(key="draft.generate").click().run()
    assert not at.exception
    drafts = store.list_drafts(case_id, "platform")
    assert len(drafts) == 1
    assert drafts[0].backend == "template"
    assert at.success[0].value.startswith("数字、日期、号码、原话、法条已核对")
    assert "全部核对通过" not in at.success[0].value
    assert any(w.value.startswith("未核对") for w in at.warning)
    box = at.text_area(key=f"draft.edit.{case_id}.platform.1")
    assert box.value.startswith("致某某贷（某某网络小额贷款有限公司）客服部门")

    box.input(box.value + "\n另：对方还用13999999999打来电话。")
    at.button(key="draft.save_version").click().run()
    assert not at.exception
    versions = store.list_drafts(case_id, "platform")
    assert [v.version for v in versions] == [2, 1]
    assert versions[0].checks["unsupported"] == ["13999999999"]
    assert any("13999999999" in error.value for error in at.error)
    assert "第 2 版" in at.success[0].value


def test_saving_the_facts_form_updates_the_case(page) -> None:
    at, store, case_id = page
    at.run()
    form_inputs = {w.label: w for w in at.text_input}
    form_inputs["借款平台名称"].input("新名字贷")
    at.button(key=f"FormSubmitter:draft.facts.{case_id}-保存事实").click().run()
    assert not at.exception
    assert store.get_case(case_id).platform.name == "新名字贷"
    assert store.get_case(case_id).harassment.calls == 35
    assert at.success[0].value == "事实已保存。"


def test_issues_are_shown_with_why_and_can_be_unticked(page) -> None:
    at, store, case_id = page
    at.run()
    assert not at.exception
    issues = next(e for e in at.expander if e.label.startswith("发现的法律问题"))
    assert any("有12位亲友被联系" in c.value for c in issues.caption)
    at.checkbox(key="issue.repeated").uncheck()
    at.button(key=f"FormSubmitter:draft.issues.{case_id}-保存勾选").click().run()
    assert not at.exception
    assert store.get_case(case_id).issues_off == ("repeated",)
    at.selectbox(key="draft.kind").select("police").run()
    at.button(key="draft.generate").click().run()
    text = store.list_drafts(case_id, "police")[0].text
    assert "反复以电话" not in text
    assert "透露本人的借款信息" in text


def test_the_page_has_the_local_model_read_the_shown_kind_first(page, monkeypatch) -> None:
    from drafting import prepare

    from .test_prepare import ReadingLLM

    at, store, case_id = page
    llm = ReadingLLM()
    llm.name = "llama"
    monkeypatch.setattr(services, "get_llm_named", lambda name: llm)
    monkeypatch.setattr(prepare, "_SHARED", prepare.PromptPreparer())
    at.run()
    assert not at.exception
    shown = [caption.value for caption in at.caption]
    assert any("本机模型正在后台阅读本案材料" in c or "本机模型已读完本案材料" in c for c in shown)
    key = prepare.prompt_key(llm, store.get_case(case_id), "deletion")
    assert prepare.shared_preparer().wait(key, 10) == prepare.READ
    # The kind on screen (platform, the first) was read first, then every other kind but the list.
    assert len(llm.read) == 5
    assert "平台" in llm.read[0][-1].content.rsplit("任务：", 1)[1][:30]
    at.run()
    assert "本机模型已读完本案材料，点“生成草稿”后会很快开始出字。" in [c.value for c in at.caption]


def test_reading_ahead_can_be_turned_off(page, monkeypatch) -> None:
    from drafting import prepare

    from .test_prepare import ReadingLLM

    at, _store, _case_id = page
    monkeypatch.setenv("CS_LLM_READ_AHEAD", "0")
    llm = ReadingLLM()
    monkeypatch.setattr(services, "get_llm_named", lambda name: llm)
    monkeypatch.setattr(prepare, "_SHARED", prepare.PromptPreparer())
    at.run()
    assert not at.exception
    assert not any("本机模型" in caption.value for caption in at.caption)
    assert llm.read == []
