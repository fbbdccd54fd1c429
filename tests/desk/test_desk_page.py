"""AppTest: draft → marked sent → CS_TODAY past the due date → the desk shows it overdue and
proposes the regulator complaint, whose draft quotes the unanswered platform letter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import services
from casefile.store import CaseStore
from casefile.store.letters import case_with_letters, list_letters
from drafting.backends.factory import build_llm
from drafting.compose import draft_document
from tests.case_seed import seed

ROOT = Path(__file__).resolve().parents[2]


def test_draft_sent_overdue_regulator(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch, settings
) -> None:
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    monkeypatch.setenv("CS_LLM_READ_AHEAD", "0")
    monkeypatch.setattr(services, "get_retriever", lambda: None)
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    store.add_draft(case_id, "platform", "致平台函正文", backend="template", checks={})
    seed(store, title="王某 · 另一贷")

    monkeypatch.setenv("CS_TODAY", "2025-03-02")
    draft_page = AppTest.from_file(str(ROOT / "views" / "draft.py"), default_timeout=60)
    draft_page.session_state["case.id"] = case_id
    draft_page.session_state["draft.kind"] = "platform"
    draft_page.run()
    assert not draft_page.exception
    form = f"desk.sent.{case_id}.platform"
    draft_page.text_input(key="desk.channel.platform").input("App 在线客服")
    draft_page.text_input(key="desk.reference.platform").input("TS123")
    draft_page.button(key=f"FormSubmitter:{form}-记录寄出").click().run()
    (letter,) = list_letters(store, case_id)
    assert (letter.sent_on, letter.due_on, letter.reference) == (
        date(2025, 3, 2),
        date(2025, 3, 17),
        "TS123",
    )

    monkeypatch.setenv("CS_TODAY", "2025-03-20")
    services.get_settings.clear()  # settings are read once per process; the clock moved
    desk_page = AppTest.from_file(str(ROOT / "views" / "desk.py"), default_timeout=60)
    desk_page.run()
    assert not desk_page.exception
    table = desk_page.dataframe[0].value
    assert table["案件"].iloc[0] == "李某 · 某某贷"  # overdue first
    assert list(table["逾期未答复"]) == [1, 0]
    assert "TS123" in table["下一步"].iloc[0]
    assert table["到期日"].iloc[0] == "2025-03-17"
    assert all("*" in name for name in table["借款人"] if name)
    desk_page.selectbox(key="desk.case").select(case_id).run()
    text = " ".join(block.value for block in desk_page.markdown)
    assert "截至2025-03-17未获答复" in text
    assert desk_page.button(key="desk.next.open").label == "打开文书：监管投诉"

    case = case_with_letters(
        store.get_case(case_id), list_letters(store, case_id), date(2025, 3, 20)
    )
    result = draft_document(
        case, "regulator", build_llm(settings.__class__(llm_backend="template"))
    )
    # The letter's safety filter keeps the plain clauses: the date sent and the missing reply.
    assert "本人已于2025年3月2日寄出致平台函，结果：仍未获答复。" in result.text


def test_desk_in_english(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Column headers, the next step's reason and the CSV header row in English."""
    from casefile.store.letters import mark_sent

    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    seed(store, title="王某 · 另一贷")
    mark_sent(
        store, case_id, "platform", date(2025, 3, 2), due_on=date(2025, 3, 17), reference="TS123"
    )
    monkeypatch.setenv("CS_TODAY", "2025-03-20")
    desk_page = AppTest.from_file(str(ROOT / "views" / "desk.py"), default_timeout=60)
    desk_page.session_state["ui.lang"] = "en"
    desk_page.run()
    assert not desk_page.exception
    table = desk_page.dataframe[0].value
    assert list(table.columns) == [
        "Case", "Borrower", "Platform", "Last conduct", "Time limit ends", "Sent", "Answered",
        "Overdue", "Next step", "Due",
    ]  # fmt: skip
    reason = "The letter to the platform sent on 2025-03-02 (ref. TS123) had no reply by 2025-03-17"
    assert table["Next step"].iloc[0] == reason
    assert "Nothing has been sent yet" in table["Next step"].iloc[1]
    csv_button = desk_page.get("download_button")[0]
    assert csv_button.proto.label == "Download table (CSV, no personal data)"
    desk_page.selectbox(key="desk.case").select(case_id).run()
    text = " ".join(block.value for block in desk_page.markdown)
    assert f"👉 {reason} (due 2025-03-17)" in text
    assert desk_page.button(key="desk.next.open").label == "Open the draft: Regulator complaint"


def test_reply_window_is_a_plain_default_the_user_changes(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No source in corpus/channels.toml states a reply time, so the form offers a plain default,
    says it is not a legal deadline, and the days the user types set the due date."""
    import tomllib

    from exports.desk import DEFAULT_REPLY_DAYS

    with (ROOT / "corpus" / "channels.toml").open("rb") as handle:
        rows = tomllib.load(handle)["channel"]
    # A channel row that states a reply window must be wired into the sent form's default.
    assert not [row["name"] for row in rows if any("reply" in key for key in row)]
    stated = [row["name"] for row in rows if "答复时限" in row.get("note", "")]
    assert stated, "the notes no longer mention reply times: recheck the default"
    assert all("未核实" in row["note"] for row in rows if row["name"] in stated)

    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    monkeypatch.setenv("CS_LLM_READ_AHEAD", "0")
    monkeypatch.setenv("CS_TODAY", "2025-03-02")
    monkeypatch.setattr(services, "get_retriever", lambda: None)
    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    page = AppTest.from_file(str(ROOT / "views" / "draft.py"), default_timeout=60)
    page.session_state["case.id"] = case_id
    page.session_state["draft.kind"] = "platform"
    page.run()
    days = page.number_input(key="desk.reply_days.platform")
    assert days.value == DEFAULT_REPLY_DAYS
    assert any("不是法定期限" in caption.value for caption in page.caption)
    days.set_value(30)
    page.button(key=f"FormSubmitter:desk.sent.{case_id}.platform-记录寄出").click().run()
    assert not page.exception
    (letter,) = list_letters(store, case_id)
    assert letter.due_on == date(2025, 4, 1)
