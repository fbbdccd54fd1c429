"""AppTest: the shell and home page render and show the doctor's real results."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.model


def test_home_page_shows_doctor_results_in_chinese():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value.endswith("通讯录护盾")
    markdown = "\n".join(m.value for m in at.markdown)
    assert "Tesseract" in markdown
    assert "语言模型" in markdown
    assert "✅" in markdown
    assert any("离线" in s.value for s in [*at.success, *at.info])
    assert any("一切就绪" in s.value for s in at.success)


def test_language_toggle_switches_to_english():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.run()
    at.sidebar.radio[0].set_value("en").run()
    assert not at.exception, at.exception
    assert at.title[0].value.endswith("ContactShield")
    assert any("Everything is ready" in s.value for s in at.success)
