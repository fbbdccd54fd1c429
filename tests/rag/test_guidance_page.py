"""AppTest of the 指南 page on the real index: results with source and heading, channels table."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from rag.corpus import load_channels

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.model


@pytest.fixture
def lang() -> str:
    return "zh"


@pytest.fixture
def guidance_page(real_index, real_embedder, lang: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    _, data_dir = real_index
    # Reuse the session's index and loaded model instead of building/loading them again.
    monkeypatch.setenv("CS_DATA_DIR", str(data_dir))
    monkeypatch.setenv("CS_LANG", lang)
    monkeypatch.setattr("rag.embedder.build_embedder", lambda settings: real_embedder)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    at.run()
    at.switch_page("views/guidance.py")
    at.run()
    assert not at.exception, at.exception
    return at


def test_page_lists_channels_before_any_query(guidance_page: AppTest):
    at = guidance_page
    assert at.title[0].value == "📚 指南"
    assert any("输入问题" in info.value for info in at.info)
    channels = load_channels()
    assert channels, "corpus/channels.toml should list channels"
    # Channels are cards that wrap (no table to scroll sideways): name and verified state first.
    assert not at.dataframe
    cards = [m.value for m in at.markdown if m.value.startswith("**") and " · " in m.value]
    expected = [
        f"**{c.name}** · {'☑️ 已对照公开资料（非官方原文）' if c.verified else '⚠️ 未核实'}"
        for c in channels
    ]
    assert cards == expected


def test_a_question_shows_passages_with_source_heading_and_full_text(
    guidance_page: AppTest, real_index
):
    retriever, _ = real_index
    query = "催收天天打电话骚扰我爸妈，能去派出所报警吗"
    expected = retriever.search(query, k=5)
    at = guidance_page
    at.text_input(key="guidance.query").input(query).run()
    assert not at.exception, at.exception
    assert any("找到 5 条" in s.value for s in at.success)
    headings = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert headings == [f"#### {n}. {p.heading}" for n, p in enumerate(expected, start=1)]
    captions = [c.value for c in at.caption if c.value.startswith("主题：")]
    assert len(captions) == 5
    assert any("报案" in c for c in captions)
    # Sources by the document's title, never a file name.
    assert all(".md" not in c for c in captions)
    assert [c.split("出处：")[1] for c in captions] == [p.heading.split(" > ")[0] for p in expected]
    expanders = [e for e in at.expander if e.label == "展开全文"]
    assert len(expanders) == 5
    # The expander holds the whole passage, not just the preview.
    assert [e.markdown[0].value for e in expanders] == [p.text for p in expected]


@pytest.mark.parametrize("lang", ["en"])
def test_page_in_english(guidance_page: AppTest):
    at = guidance_page
    assert at.title[0].value == "📚 Guidance"
    at.text_input(key="guidance.query").input("can I call the police 报警").run()
    assert any("relevant passage" in s.value for s in at.success)
    assert any("**For**" in m.value for m in at.markdown)
