"""The main pages on a locked data dir, through app.py as a user meets them: unlock at start, a
case, a real screenshot uploaded and read, facts merged and saved, a template draft, an export and
the dossier — then not one file under the data dir holds the case's personal data in plain form.

The doctor and the guidance retriever are stand-ins (both load models; the guidance index holds
no personal data and is tested in tests/rag); OCR, the store, drafting and exports are real.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from streamlit.testing.v1 import AppTest

# A page AppTest puts views/ first on sys.path: import the evidence package before it can be
# shadowed by views/evidence.py.
import evidence  # noqa: F401
from casefile.store import crypto
from casefile.store.lock import create_locked, open_store
from tests.synthetic_screens import generate_screens

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "机构电脑 的口令"
TITLE = "王某某 · 身份证 110101199003071234"


class _Guidance:
    """One fixed guidance passage (the real index needs the embedding model)."""

    def search(self, query: str, k: int = 5) -> list:
        from rag.retrieval import Passage

        passage = Passage(
            source="police-report.md",
            heading="报警与报案 > 带上什么材料",
            topic="police",
            text="带上身份证、情况说明和截图证据，到派出所报案。",
            score=1.0,
            articles=("《治安管理处罚法》第九十条",),
        )
        return [passage][:k]


@pytest.fixture
def locked_app(
    isolated_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list]:
    import doctor
    import rag.embedder
    import rag.retrieval
    import services

    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)
    check = SimpleNamespace(
        title="Tesseract", as_dict=lambda: {"name": "tesseract", "ok": True, "detail": "5"}
    )
    monkeypatch.setattr(doctor, "run_checks", lambda settings, lang: [check])
    monkeypatch.setattr(rag.embedder, "build_embedder", lambda settings: object())
    monkeypatch.setattr(rag.retrieval, "build_retriever", lambda *a, **k: _Guidance())
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    monkeypatch.setenv("CS_OCR_ENGINE", "tesseract")  # one engine, light on a shared machine
    services.get_settings.clear()
    services._plain_store.clear()
    create_locked(isolated_data_dir, PASSPHRASE)
    screens = generate_screens(2, seed=11, out_dir=tmp_path / "screens")
    yield isolated_data_dir, screens
    services.get_settings.clear()
    services._plain_store.clear()


def _go(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, (page, at.exception)
    return at


def _button(at: AppTest, label: str):
    return next(button for button in at.button if button.label == label)


def test_the_journey_on_a_locked_data_dir_leaves_nothing_plain(locked_app) -> None:
    data, screens = locked_app
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()
    assert not at.exception, at.exception
    assert "已加密" in at.title[0].value  # the unlock screen first, nothing of the app
    at.text_input[0].input(PASSPHRASE)
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert at.title[0].value.endswith("通讯录护盾")
    assert not any(button.key == "first_start.open" for button in at.button)  # locked already

    _go(at, "cases")
    at.text_input(key="cases.create_name").input(TITLE)
    at.button(key="FormSubmitter:cases.create_form-新建").click().run()
    assert not at.exception, at.exception
    case_id = at.session_state["case.id"]

    _go(at, "evidence")
    uploads = [(screen.path.name, screen.path.read_bytes(), "image/jpeg") for screen in screens]
    at.file_uploader(key="evidence.uploader").set_value(uploads)
    at.run()
    _button(at, "识别并保存到案件").click().run()
    assert not at.exception, at.exception
    store = open_store(data, PASSPHRASE)
    stored = store.list_evidence(case_id)
    assert len(stored) == len(screens)
    read = {phone for item in stored for phone in item.entities["phones"]}
    phones = {phone for screen in screens for phone in screen.phones} & read
    assert phones, "OCR found none of the screens' phone numbers"
    assert list((data / "ocr-cache").rglob("*.enc"))  # cached, encrypted
    at.button(key="evidence.merge").click().run()
    assert not at.exception, at.exception

    _go(at, "facts")
    _button(at, "保存，并确认全部无误").click().run()
    assert not at.exception, at.exception

    _go(at, "draft")
    at.button(key="draft.generate").click().run()
    assert not at.exception, at.exception
    drafts = store.list_drafts(case_id, "platform")
    assert len(drafts) == 1
    assert drafts[0].backend == "template"

    _go(at, "cases")
    at.selectbox(key="cases.export_format").select("md")
    at.button(key="cases.export_prepare").click().run()
    assert not at.exception, at.exception
    exported = at.session_state["cases.export_file"][3].decode()
    assert any(phone in exported for phone in phones)  # the export itself is the user's, whole
    at.button(key="cases.dossier_prepare").click().run()
    assert not at.exception, at.exception
    assert at.session_state["cases.dossier_file"][3].startswith(b"%PDF")

    # Not one file under the data dir gives any of it away.
    secrets = {phone.encode() for phone in phones} | {
        TITLE.encode(),
        b"110101199003071234",
        drafts[0].text[:40].encode(),
    }
    for screen in screens:
        image = screen.path.read_bytes()
        secrets.add(image[len(image) // 2 : len(image) // 2 + 64])
    files = [path for path in data.rglob("*") if path.is_file()]
    assert len(files) > len(screens)  # the DB, the stored screenshots, the OCR cache
    leaks = [
        (path.relative_to(data), secret[:20])
        for path in files
        for secret in secrets
        if secret in path.read_bytes()
    ]
    assert not leaks, leaks
    # …and the same case reads back whole with the passphrase.
    assert store.get_summary(case_id).title == TITLE
    assert [store.evidence_bytes(case_id, item.id) for item in stored] == [
        screen.path.read_bytes() for screen in screens
    ]
