"""The facts page shows each screenshot's parsed record beside its picture; one click fixes it.

A boss's chat about the debt reads like a collector's; "这是我和同事/老板的聊天" makes it a
contact in the number table and the figures. "这是亲属手机的截图" marks a forwarded screenshot.
Fixes are kept in the case and the record, and survive a new merge.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore
from corrections import fix_screen, screen_fixes, sender_key, with_records
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.build import merge_case_facts
from understanding.headline import headline
from understanding.roles import number_rows

ROOT = Path(__file__).resolve().parents[2]
BOSS_TEXT = "张伟\n2026年5月8日 10:05\n有人打电话到公司，说你逾期欠款不还，要你赶紧还款。\n知道了"
BOSS = ScreenRecord(
    kind="chat_1to1",
    app="wechat",
    counterpart="张伟",
    messages=(
        Message("in", "有人打电话到公司，说你逾期欠款不还，要你赶紧还款。", "", "2026-05-08T10:05"),
        Message("out", "知道了", "", "2026-05-08T10:06"),
    ),
)
LOG_TEXT = "最近通话\n17000001234 (3) 疑似催收 未接 5月9日 23:10\n"
LOG = ScreenRecord(
    kind="call_log",
    app="miui",
    calls=(CallRow("17000001234", "", 3, "missed", "2026-05-09T23:10", "疑似催收"),),
)


def _picture(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 240), colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def seeded(isolated_data_dir: Path) -> tuple[CaseStore, str]:
    store = CaseStore(isolated_data_dir)
    case_id = store.create_case("李某 · 闪电借")
    for name, colour, kind, text, record in (
        ("boss.png", "white", "chat", BOSS_TEXT, BOSS),
        ("log.png", "gray", "call_log", LOG_TEXT, LOG),
    ):
        store.add_evidence(
            case_id,
            name,
            _picture(colour),
            kind=kind,
            ocr_text=text,
            entities={"screen": record.to_json()},
            captured_on="2026-05-09",
        )
    merge_case_facts(store, case_id)
    return store, case_id


def _page(case_id: str, lang: str = "zh") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    at.session_state["ui.lang"] = lang
    at.session_state["case.id"] = case_id
    at.run()
    at.switch_page("views/facts.py")
    at.run()
    assert not at.exception, at.exception
    return at


def _numbers(at: AppTest):
    table = next(d for d in at.dataframe if "推测依据" in d.value.columns)
    return table.value


def _row(at: AppTest, sender: str) -> dict:
    table = _numbers(at)
    rows = table[table.iloc[:, 0] == sender].to_dict("records")
    assert len(rows) == 1, table
    return rows[0]


def test_each_screen_is_shown_with_its_record(seeded) -> None:
    _, case_id = seeded
    at = _page(case_id)
    titles = [e.label for e in at.expander]
    assert any(t.startswith("E1 · boss.png") and "单聊" in t and "微信" in t for t in titles)
    assert any(t.startswith("E2 · log.png") and "通话记录" in t for t in titles)
    frames = [d.value for d in at.dataframe]
    messages = next(f for f in frames if "内容" in f.columns)
    assert list(messages["谁发的"]) == ["对方", "手机主人"]
    assert messages["时间"].iloc[0] == "2026-05-08 10:05"
    calls = next(f for f in frames if "备注名" in f.columns)
    assert calls.to_dict("records")[0]["次数"] == 3
    assert at.button(key="screens.E1.with.colleague").label == "这是我和同事/老板的聊天"
    assert at.button(key="screens.E2.owner.relative").label == "这是亲属手机的截图"


def test_boss_chat_fix_changes_the_number_table_and_figures(seeded) -> None:
    store, case_id = seeded
    at = _page(case_id)
    before = _row(at, "张伟")
    assert before["身份"] != "我的同事"
    contacts_before = headline(store.get_case(case_id)).contacts
    at.button(key="screens.E1.with.colleague").click().run()
    assert not at.exception, at.exception
    after = _row(at, "张伟")
    assert (after["身份"], after["已确认"]) == ("我的同事", True)
    case = store.get_case(case_id)
    assert screen_fixes(case)["E1"] == {"counterpart_role": "colleague"}
    assert store.contact_roles(case_id)["张伟"] == "colleague"
    assert store.get_evidence(case_id, "E1").entities["screen"]["counterpart_role"] == "colleague"
    assert headline(case).contacts == contacts_before + 1
    tiles = {m.label: m.value for m in at.metric}
    assert tiles["受骚扰的联系人"] == str(contacts_before + 1)
    # A new merge from the evidence keeps the fix.
    merge_case_facts(store, case_id)
    assert screen_fixes(store.get_case(case_id))["E1"] == {"counterpart_role": "colleague"}
    assert next(r for r in number_rows(store.get_case(case_id)) if r.sender == "张伟").role == (
        "colleague"
    )


def test_forwarded_phone_fix_sets_the_record_owner(seeded) -> None:
    store, case_id = seeded
    at = _page(case_id)
    at.text_input(key="screens.E2.owner_name").input("妈妈")
    at.button(key="screens.E2.owner.relative").click().run()
    assert not at.exception, at.exception
    record = store.get_evidence(case_id, "E2").entities["screen"]
    assert (record["owner"], record["owner_name"]) == ("relative", "妈妈")
    fixes = screen_fixes(store.get_case(case_id))
    assert fixes["E2"] == {"owner": "relative", "owner_name": "妈妈"}
    titles = [e.label for e in at.expander]
    assert any(t.startswith("E2") and "亲属的手机（妈妈）" in t for t in titles)
    # Back to the borrower's own phone: the name goes with it.
    at.button(key="screens.E2.owner.borrower").click().run()
    record = store.get_evidence(case_id, "E2").entities["screen"]
    assert record["owner"] == "borrower"
    assert screen_fixes(store.get_case(case_id))["E2"] == {"owner": "borrower"}


def test_english_ui_names_the_fixes_in_english(seeded) -> None:
    _, case_id = seeded
    at = _page(case_id, "en")
    assert at.button(key="screens.E1.with.colleague").label == "A chat with my colleague/boss"
    assert any("1:1 chat" in e.label and "WeChat" in e.label for e in at.expander)


def test_fixes_are_applied_again_to_a_fresh_parse(seeded) -> None:
    store, case_id = seeded
    case = store.get_case(case_id)
    fixed, record = fix_screen(case, "E1", BOSS.to_json(), counterpart="王经理")
    assert record["counterpart"] == "王经理"
    fresh = replace_records(fixed)  # the exhibits as a new parse gives them, fixes only in the case
    again = with_records(fresh, {e.sha256: BOSS.to_json() for e in fresh.evidence[:1]})
    kept = again.evidence[0].extra["entities"]["screen"]
    assert kept["counterpart"] == "王经理"
    with pytest.raises(ValueError, match="owner"):
        fix_screen(case, "E1", None, owner="stranger")
    assert sender_key("+86 170-0000-1234") == "17000001234"
    assert sender_key("张伟") == "张伟"


def replace_records(case):
    from dataclasses import replace

    return replace(case, evidence=tuple(replace(item, extra={}) for item in case.evidence))
