"""Chinese everywhere in zh mode, English chrome in en mode: every page, a case full of data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore
from i18n import translate
from tests.case_seed import seed

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("home", "cases", "evidence", "facts", "guidance", "draft", "dashboard")
# English a Chinese user may meet: the product's name, names of file formats and units, the
# names of the tools the system check reports on. Nothing else.
ALLOWED_ENGLISH = {
    "ContactShield",
    "SHA",
    "MB",
    "PNG",
    "JPG",
    "JPEG",
    "WEBP",
    "HEIC",
    "GIF",
    "PDF",
    "Word",
    "DOCX",
    "CSV",
    "ZIP",
    "Markdown",
    "App",
    "APP",
    "Tesseract",
    "English",  # the language switch names itself
}
# Data, not words: SHA-256 fingerprints and web addresses in the verified channel notes.
NOT_WORDS = re.compile(r"\b[0-9a-f]{16,}\b|(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+")
FILE_NAME = re.compile(r"[\w.-]+\.(?:png|jpe?g|webp|heic|gif|pdf|docx|csv|md|zip|txt|json)\b")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u4e00-\u9fff]")
TEXT_ELEMENTS = (
    "title",
    "header",
    "subheader",
    "markdown",
    "caption",
    "info",
    "success",
    "warning",
    "error",
    "metric",
    "expander",
)
WIDGETS = (
    "button",
    "text_input",
    "text_area",
    "selectbox",
    "checkbox",
    "radio",
    "number_input",
)


def _run(page: str, lang: str, case_id: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["ui.lang"] = lang
    at.session_state["case.id"] = case_id
    at.session_state["guidance.query"] = "亲友被催收骚扰怎么办"
    at.run()
    if page != "home":
        at.switch_page(f"views/{page}.py")
        at.run()
    assert not at.exception, (page, at.exception)
    return at


def _chrome(at: AppTest) -> list[str]:
    """What the app itself says: headings, messages, labels, options (not the inputs' values)."""
    texts: list[str] = []
    for name in TEXT_ELEMENTS:
        for element in getattr(at, name):
            for attribute in ("value", "label"):
                value = getattr(element, attribute, None)
                if isinstance(value, str):
                    texts.append(value)
    for name in WIDGETS:
        for widget in getattr(at, name):
            texts.append(widget.label)
            texts += [str(option) for option in getattr(widget, "options", [])]
    for frame in at.dataframe:
        texts += [str(column) for column in frame.value.columns]
        texts += [str(v) for v in frame.value.to_numpy().ravel() if isinstance(v, str)]
    return texts


@pytest.fixture
def full_case(isolated_data_dir: Path) -> str:
    """The seeded case, its evidence summarised as the real intake does."""
    from evidence.summary import summarise_text

    store = CaseStore(isolated_data_dir)
    case_id = seed(store)
    for item in store.list_evidence(case_id):
        store.update_evidence(case_id, item.id, summary=summarise_text(item.kind, item.text))
    return case_id


@pytest.mark.parametrize("page", PAGES)
def test_chinese_pages_speak_chinese(fast_services, full_case, page: str) -> None:
    at = _run(page, "zh", full_case)
    texts = _chrome(at)
    assert texts
    words = {
        word
        for text in texts
        for word in ENGLISH_WORD.findall(NOT_WORDS.sub("", FILE_NAME.sub("", text)))
        if word not in ALLOWED_ENGLISH
    }
    assert not words, (page, sorted(words))


@pytest.mark.parametrize("page", PAGES)
def test_english_pages_have_no_chinese_labels(fast_services, full_case, page: str) -> None:
    """Labels, headings, buttons and options are English; case data (quoted) may be Chinese."""
    at = _run(page, "en", full_case)
    labels = [t.value for t in (*at.title, *at.header, *at.subheader)]
    labels += [e.label for e in at.expander] + [m.label for m in at.metric]
    for name in WIDGETS:
        for widget in getattr(at, name):
            labels.append(widget.label)
            # The case picker lists case titles: data, not labels.
            if name in ("selectbox", "radio") and widget.label != translate("cases.picker", "en"):
                labels += [str(option) for option in widget.options]
    chinese = [
        text
        for text in labels
        if CJK.search(re.sub(r"“[^”]*”|李某 · 某某贷", "", text)) and text not in ("简体中文",)
    ]
    assert not chinese, (page, chinese)
