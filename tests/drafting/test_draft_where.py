"""The 起草 page says where the text is generated: model file, server + model, or template."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import services
from casefile.store import CaseStore

from .conftest import case_named

PAGE = str(Path(__file__).resolve().parents[2] / "views" / "draft.py")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def case_page(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setattr(services, "get_retriever", lambda: None)
    store = CaseStore(isolated_data_dir)
    case_id = store.create_case("李某 · 某某贷")
    store.save_facts(case_id, case_named("typical"))
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["case.id"] = case_id
    at.session_state["draft.kind"] = "platform"
    return at


def _captions(at: AppTest) -> str:
    return "\n".join(caption.value for caption in at.caption)


def test_template_backend_says_the_template_writes(case_page, monkeypatch):
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
    case_page.run()
    assert "文字生成于：本机模板（不使用语言模型）" in _captions(case_page)


def test_a_down_office_server_is_named_then_the_template_version_says_so(case_page, monkeypatch):
    base_url = f"http://127.0.0.1:{_free_port()}/v1"
    monkeypatch.setenv("CS_LLM_BACKEND", "openai")
    monkeypatch.setenv("CS_OPENAI_BASE_URL", base_url)
    case_page.run()
    assert f"文字生成于：{base_url} · local" in _captions(case_page)
    case_page.button(key="draft.generate").click().run()
    assert not case_page.exception
    assert any("无法连接语言模型服务器" in w.value for w in case_page.warning)
    assert "这一版的文字生成于：本机模板（不使用语言模型）" in _captions(case_page)
