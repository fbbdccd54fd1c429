"""The 证据 page: upload→store through the page's function, then what the page shows and saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from synthetic_screens import ScreenTruth

import settings as settings_module
from casefile.store import CaseStore
from evidence.intake import IntakeFailure, ScreenshotResult, add_uploads_to_case
from evidence.ocr.base import OcrLine, OcrResult

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "views" / "evidence.py")
SMS_TEXT = (
    "信息\n2025年2月20日\n13800001111 2/14\n【极速贷】您的账单¥5,000已逾期\n"
    "17000001234 昨天\n再不还就打给你通讯录里的所有人"
)


class CannedOcr:
    """A test double for OcrBackend: every image reads as the same text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def read(self, image) -> OcrResult:
        lines = tuple(
            OcrLine(t, (0, i * 40, 100, 30), 90.0) for i, t in enumerate(self.text.splitlines())
        )
        return OcrResult(self.text, lines, 0.01, 100, 100, "canned")


@pytest.fixture
def store(isolated_data_dir: Path) -> CaseStore:
    return CaseStore(isolated_data_dir)


def seed_case(store: CaseStore, screens: list[ScreenTruth]) -> str:
    case_id = store.create_case("李某 · 极速贷")
    uploads = [(screens[1].path.name, screens[1].path.read_bytes()), ("junk.png", b"junk")]
    add_uploads_to_case(
        store, case_id, uploads, settings_module.load_settings(), backend=CannedOcr(SMS_TEXT)
    )
    return case_id


def page(case_id: str | None) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    if case_id:
        at.session_state["case.id"] = case_id
    return at


def test_upload_to_store_with_real_ocr(store: CaseStore, screens: list[ScreenTruth]) -> None:
    case_id = store.create_case("真实识别")
    chosen = [screens[0], screens[2]]
    uploads = [(s.path.name, s.path.read_bytes()) for s in chosen] + [("empty.png", b"")]
    seen = []
    items = add_uploads_to_case(
        store, case_id, uploads, settings_module.load_settings(), lambda d, t, f: seen.append(d)
    )
    assert [type(i) for i in items] == [ScreenshotResult, ScreenshotResult, IntakeFailure]
    assert seen[-1] == 3
    stored = store.list_evidence(case_id)
    assert [e.id for e in stored] == ["E1", "E2"]
    assert [e.kind for e in stored] == ["chat", "call_log"]
    for item, screen in zip(stored, chosen, strict=True):
        assert item.filename == screen.path.name
        assert item.ocr_text
        assert item.summary
        assert set(screen.phones) & set(item.entities["phones"])
        assert store.evidence_bytes(case_id, item.id) == screen.path.read_bytes()
    # The same upload again is not stored twice.
    add_uploads_to_case(store, case_id, uploads[:1], settings_module.load_settings())
    assert len(store.list_evidence(case_id)) == 2


def test_page_without_case_points_to_cases_page() -> None:
    at = page(None)
    at.run()
    assert not at.exception
    assert "案件" in at.info[0].value
    assert not at.text_area


def test_page_shows_stored_text_entities_and_kind(
    store: CaseStore, screens: list[ScreenTruth]
) -> None:
    case_id = seed_case(store, screens)
    at = page(case_id)
    at.run()
    assert not at.exception
    assert at.title[0].value == "📷 证据"
    assert at.subheader[0].value == "已保存的证据（1 份）"
    assert at.text_area(key="evidence.text.E1").value == SMS_TEXT
    assert at.selectbox(key="evidence.kind.E1").value == "sms"
    shown = " ".join(m.value for m in at.markdown)
    assert "13800001111" in shown
    assert "17000001234" in shown
    assert "5000" in shown
    assert "爆通讯录" in shown
    assert "2025年2月19日" in shown
    captions = " ".join(c.value for c in at.caption)
    assert store.list_evidence(case_id)[0].sha256 in captions


def test_correction_is_saved_and_re_extracted(store: CaseStore, screens: list[ScreenTruth]) -> None:
    case_id = seed_case(store, screens)
    at = page(case_id)
    at.run()
    at.text_area(key="evidence.text.E1").input("2025年3月1日\n催收电话13900009999 昨天 打来")
    at.selectbox(key="evidence.kind.E1").select("call_log")
    at.button(key="evidence.save.E1").click().run()
    assert not at.exception
    item = store.list_evidence(case_id)[0]
    assert item.corrected_text.startswith("2025年3月1日")
    assert item.ocr_text == SMS_TEXT  # the original OCR text is kept
    assert item.kind == "call_log"
    assert item.entities["phones"] == ["13900009999"]
    assert item.entities["dates"] == ["2025-02-28", "2025-03-01"]
    assert item.captured_on == "2025-03-01"
    assert at.success[0].value == "已保存 E1 的修改，并重新提取了信息。"
    assert "（已人工修改）" in " ".join(m.value for m in at.markdown)


def test_merge_into_case_facts(store: CaseStore, screens: list[ScreenTruth]) -> None:
    case_id = seed_case(store, screens)
    at = page(case_id)
    at.run()
    at.button(key="evidence.merge").click().run()
    assert not at.exception
    # Contact days only: the list header (02-20) is the capture date, not a contact.
    assert at.success[0].value.startswith("已汇总：2025年2月14日 至 2025年2月19日")
    case = store.get_case(case_id)
    assert case.harassment.started_on == "2025-02-14"
    assert "13800001111" in case.harassment.collector_numbers
    assert "短信" in case.harassment.channels
    assert case.platform.name == "极速贷"
    assert store.steps(case_id)["evidence"] == "done"


def test_page_through_the_app_navigation(store: CaseStore, screens: list[ScreenTruth]) -> None:
    case_id = seed_case(store, screens)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["case.id"] = case_id
    # Straight to the page: running home first would load both models for the doctor.
    at.switch_page("views/evidence.py")
    at.run()
    assert not at.exception
    assert at.title[0].value == "📷 证据"
    assert at.text_area(key="evidence.text.E1").value == SMS_TEXT


def test_same_file_name_twice_keeps_both_files(
    store: CaseStore, screens: list[ScreenTruth]
) -> None:
    case_id = store.create_case("同名文件")
    uploads = [
        ("image.png", screens[4].path.read_bytes()),
        ("image.png", screens[5].path.read_bytes()),
    ]
    add_uploads_to_case(
        store, case_id, uploads, settings_module.load_settings(), backend=CannedOcr(SMS_TEXT)
    )
    stored = store.list_evidence(case_id)
    assert [store.evidence_bytes(case_id, e.id) for e in stored] == [data for _, data in uploads]


class UnsureOcr(CannedOcr):
    """Like CannedOcr, but the line holding `unsure` was read with low confidence."""

    def __init__(self, text: str, unsure: str) -> None:
        super().__init__(text)
        self.unsure = unsure

    def read(self, image) -> OcrResult:
        result = super().read(image)
        lines = tuple(
            OcrLine(line.text, line.box, 42.0 if self.unsure in line.text else 97.0)
            for line in result.lines
        )
        return OcrResult(result.text, lines, 0.01, 100, 100, "canned")


def test_low_confidence_lines_are_shown_first(store: CaseStore, screens: list[ScreenTruth]) -> None:
    case_id = store.create_case("待核对")
    uploads = [(screens[1].path.name, screens[1].path.read_bytes())]
    backend = UnsureOcr(SMS_TEXT, "17000001234")
    add_uploads_to_case(store, case_id, uploads, settings_module.load_settings(), backend=backend)
    at = page(case_id)
    at.run()
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "17000001234 昨天" in warnings
    assert "42%" in warnings
    assert "极速贷" not in warnings  # confidently read lines are not listed
    # The text itself is shown as read: nothing was "corrected".
    assert "17000001234 昨天" in at.text_area[0].value
