"""AppTest for every page: the calm home screen, and no page shows a raw catalogue key."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore
from tests.case_seed import seed

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("home", "evidence", "facts", "cases", "guidance", "draft", "dashboard")
RAW_KEY = re.compile(r"^[a-z_]+\.[a-z0-9_]+(\.[a-z0-9_]+)*$")
ELEMENTS = (
    "title",
    "header",
    "subheader",
    "markdown",
    "caption",
    "info",
    "success",
    "warning",
    "error",
    "button",
    "text_input",
    "text_area",
    "selectbox",
    "checkbox",
    "radio",
    "number_input",
    "metric",
    "expander",
)


def _shown_texts(at: AppTest) -> list[str]:
    texts = []
    for name in ELEMENTS:
        for element in getattr(at, name):
            for attribute in ("value", "label"):
                value = getattr(element, attribute, None)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _run_page(page: str, lang: str, case_id: str | None) -> AppTest:
    # Through app.py, as users see them: views/evidence.py run alone would shadow the package.
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["ui.lang"] = lang
    if case_id is not None:
        at.session_state["case.id"] = case_id
    at.run()
    if page != "home":
        at.switch_page(f"views/{page}.py")
        at.run()
    assert not at.exception, (page, at.exception)
    return at


def test_home_is_calm_first_and_shows_only_verified_hotlines(fast_services) -> None:
    at = _run_page("home", "zh", None)
    markdown = "\n".join(m.value for m in at.markdown)
    assert "保存证据" in at.warning[0].value
    for step in ("保存证据", "核对事实", "了解怎么做", "起草并发出"):
        assert step in markdown
    captions = "\n".join(c.value for c in at.caption)
    assert "不会上传" in markdown
    assert "不构成法律意见" in markdown
    assert any(h.value == "心理援助" for h in at.subheader)
    with (ROOT / "corpus" / "channels.toml").open("rb") as handle:
        verified = {
            number
            for row in tomllib.load(handle)["channel"]
            if row["verified"]
            for number in re.findall(r"\d{3,}", row["name"] + row["how"] + row["note"])
        }
    shown = set(re.findall(r"(?<![\d-])\d{3,5}(?![\d-])", markdown + captions))
    assert {"12356", "12348"} <= shown
    assert shown <= verified | {"2025"}, shown - verified
    # The doctor's findings come last, after the calm content.
    assert at.subheader[-1].value == "本机检查"
    assert "Tesseract" in markdown


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_raw_keys(fast_services, isolated_data_dir, page, lang):
    case_id = seed(CaseStore(isolated_data_dir))
    at = _run_page(page, lang, case_id)
    texts = _shown_texts(at)
    assert texts, page
    raw = [text for text in texts if RAW_KEY.match(text.strip())]
    assert not raw, raw


def test_english_pages_keep_chinese_only_in_case_data(fast_services, isolated_data_dir):
    """In English the page chrome is English: titles, subheaders and button labels."""
    case_id = seed(CaseStore(isolated_data_dir))
    for page in PAGES:
        at = _run_page(page, "en", case_id)
        chrome = [t.value for t in at.title] + [b.label for b in at.button]
        chrome += [s.value for s in at.subheader if "“" not in s.value]
        chinese = [text for text in chrome if re.search(r"[\u4e00-\u9fff]", text)]
        assert not chinese, (page, chinese)
