"""Letters state the case's one set of figures (understanding.headline), the same the dashboard
and the dossier print: the user's figure where stated, else the count from the evidence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from casefile.model import Case, load_case
from casefile.store import CaseStore
from drafting.backends.template import TemplateBackend
from drafting.checks import LLM_KINDS
from drafting.compose import draft_document
from drafting.skeleton import facts_lines, letter_figures
from tests.case_seed import seed
from understanding.headline import headline

from .conftest import CASES_DIR, TODAY

HELDOUT = Path(__file__).resolve().parent / "heldout"


@pytest.fixture
def silent(isolated_data_dir: Path) -> Case:
    """The seeded case (call logs and messages as evidence), no counts, days or numbers typed."""
    store = CaseStore(isolated_data_dir)
    case = store.get_case(seed(store))
    h = dataclasses.replace(
        case.harassment, calls=None, messages=None, started_on="", last_on="", collector_numbers=()
    )
    return dataclasses.replace(case, harassment=h)


@pytest.mark.parametrize("kind", LLM_KINDS)
def test_where_the_user_is_silent_letters_state_the_counted_figures(silent, kind) -> None:
    head = headline(silent)
    # Counted from the evidence:
    assert head.calls > 0
    assert head.messages > 0
    assert head.collectors
    result = draft_document(silent, kind, TemplateBackend(), today=TODAY)
    assert result.checks.passed, result.checks.as_dict()
    if kind == "contacts":
        assert f"自{int(head.first_day[:4])}年" in result.text  # the note names only the start
        return
    assert f"拨打电话{head.calls}次" in result.text
    assert f"发送消息{head.messages}条" in result.text
    for number in head.collectors:
        assert number in result.text


def test_a_stated_figure_wins_over_the_count(silent) -> None:
    stated = dataclasses.replace(
        silent, harassment=dataclasses.replace(silent.harassment, calls=40)
    )
    assert headline(stated).calls_counted != 40
    assert "联系次数：电话40次" in "\n".join(facts_lines(stated))


def test_a_sender_read_as_a_sentence_is_never_stated_as_a_number() -> None:
    case = load_case(HELDOUT / "workplace_defamation.json")
    # The one-line group message E2 is read as the chat's title; the headline never names it.
    assert headline(case).collectors == ("16500001111",)
    assert all(n.isdigit() for n in letter_figures(case).numbers)


@pytest.mark.parametrize(
    "path", sorted([*CASES_DIR.glob("*.json"), *HELDOUT.glob("*.json")]), ids=lambda p: p.stem
)
def test_every_case_s_letters_and_headline_agree(path: Path) -> None:
    case = load_case(path)
    head, figures = headline(case), letter_figures(case)
    text = draft_document(case, "platform", TemplateBackend(), today=TODAY).text
    for count, written in ((figures.calls, "电话{}次"), (figures.messages, "消息{}条")):
        if count is not None:
            assert written.format(count) in text
    assert figures.calls in (None, head.calls)
    assert figures.messages in (None, head.messages)
    assert figures.contacts in (None, head.contacts)
