"""AppTest of the guided journey: next-step buttons, the facts review, choices across languages."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore
from tests.case_seed import seed
from understanding.progress import case_progress

ROOT = Path(__file__).resolve().parents[2]


def _app(lang: str = "zh", case_id: str | None = None, page: str = "home") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["ui.lang"] = lang
    if case_id is not None:
        at.session_state["case.id"] = case_id
    at.run()
    if page != "home":
        at.switch_page(f"views/{page}.py")
        at.run()
    assert not at.exception, at.exception
    return at


def _title(at: AppTest) -> str:
    return at.title[0].value


def test_step_one_without_a_case_creates_one_right_there(fast_services, isolated_data_dir):
    at = _app(page="evidence")
    assert at.info[0].value.startswith("这一步需要一个案件")
    at.text_input(key="journey.new_case").input("李某 · 极速贷")
    at.button(key="journey.create").click().run()
    assert not at.exception, at.exception
    assert _title(at) == "📷 证据"
    assert at.session_state["case.id"]
    # The uploader is there now, and the next step waits for a screenshot.
    assert at.button(key="journey.next.evidence").disabled
    assert any("先上传至少一张截图" in c.value for c in at.caption)


def test_next_step_buttons_walk_the_journey(fast_services, isolated_data_dir):
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    at = _app(case_id=case_id)
    # Home: where the case stands, and the one action that continues it.
    markdown = "\n".join(m.value for m in at.markdown)
    assert "⬜ 核对事实" in markdown
    assert "✅ 起草文书（致平台函（要求停止骚扰亲友）、报案材料（情况说明））" in markdown
    assert at.button(key="journey.continue").label == "继续：核对事实 →"
    at.button(key="journey.continue").click().run()
    assert _title(at) == "✅ 核对事实"

    # The facts review: confirm everything, then move on.
    at.button(key=f"FormSubmitter:facts.form.{case_id}-保存，并确认全部无误").click().run()
    assert not at.exception, at.exception
    assert any("已核对 8/8" in s.value for s in at.success)
    assert store.steps(case_id)["facts"] == "done"
    assert at.button(key="journey.next.facts").label == "下一步：阅读指南 →"
    at.button(key="journey.next.facts").click().run()
    assert _title(at) == "📚 指南"

    at.text_input(key="guidance.query").input("亲友被骚扰怎么办").run()
    assert store.steps(case_id)["guidance"] == "done"
    assert at.button(key="journey.next.guidance").label == "下一步：导出案卷 →"
    at.button(key="journey.next.guidance").click().run()
    assert _title(at) == "🗂️ 案件"
    assert any(i.value.startswith("下一步：在上面") for i in at.info)

    at.button(key="cases.export_prepare").click().run()
    assert case_progress(store, case_id).next_stage is None
    assert at.button(key="journey.next.case").label == "下一步：查看概览 →"
    at.button(key="journey.next.case").click().run()
    assert _title(at) == "📊 概览"
    assert any("每一步都完成了" in i.value for i in at.info)


def test_the_facts_review_links_items_to_exhibits_and_warns(fast_services, isolated_data_dir):
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    store.add_evidence(
        case_id,
        "other.png",
        b"\x89PNG another borrower",
        kind="sms",
        ocr_text="借款人：张伟，已逾期，闪电花提醒您还款",
        entities={"platforms": ["闪电花"], "dates": ["2021-03-01"]},
    )
    store.add_evidence(
        case_id,
        "plat.png",
        b"\x89PNG platform",
        kind="sms",
        ocr_text="某某贷提醒",
        entities={"platforms": ["某某贷"]},
    )
    at = _app(case_id=case_id, page="facts")
    warnings = [w.value for w in at.warning]
    assert any("借款人姓名不一样：李某（出自 E3）、张伟（出自 E5）" in w for w in warnings)
    assert any("不同的平台：闪电花（出自 E5）、某某贷（出自 E6）" in w for w in warnings)
    assert any("最早 2021年3月1日（E5）" in w for w in warnings)
    captions = "\n".join(c.value for c in at.caption)
    assert "17000001234（出自 E1、E2、E3）" in captions
    assert "“称要上门”（证据中未找到，请确认）" in captions


def test_a_draft_says_when_the_facts_changed_after_it(fast_services, isolated_data_dir):
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    at = _app(case_id=case_id, page="draft")
    at.button(key="draft.generate").click().run()
    assert not at.exception, at.exception
    assert not any("案件事实有了改动" in w.value for w in at.warning)
    at.switch_page("views/facts.py").run()
    at.number_input(key=next(k for k in _keys(at) if k.startswith("facts.calls."))).set_value(9)
    at.button(key=f"FormSubmitter:facts.form.{case_id}-保存修改").click().run()
    at.switch_page("views/draft.py").run()
    assert any("案件事实有了改动" in w.value for w in at.warning)


def _keys(at: AppTest) -> list[str]:
    return [w.key for w in at.number_input]


def test_a_ticked_part_stays_confirmed_through_an_edit_and_unticking_drops_it(
    fast_services, isolated_data_dir
):
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    at = _app(case_id=case_id, page="facts")
    save = f"FormSubmitter:facts.form.{case_id}-保存修改"

    def widget(kind: str, prefix: str):
        return next(w for w in getattr(at, kind) if w.key.startswith(prefix))

    widget("checkbox", "facts.confirm.numbers.").check()
    at.button(key=save).click().run()
    assert any("已核对 1/8" in s.value for s in at.success)
    widget("text_area", "facts.collector_numbers.").input("17000001234\n17000005678")
    at.button(key=save).click().run()
    assert any("已核对 1/8" in s.value for s in at.success)
    assert store.get_case(case_id).harassment.collector_numbers[-1] == "17000005678"
    assert store.steps(case_id)["facts"] != "done"
    widget("checkbox", "facts.confirm.numbers.").uncheck()
    at.button(key=save).click().run()
    assert any("已核对 0/8" in s.value for s in at.success)
