"""The guidance corpus: format, coverage, no invented numbers, no copying, unverified rules
said to be so."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from law.citations import (
    Citation,
)
from tests.rag.corpus_files import (
    CORPUS,
    FILES,
    LAW_DIR,
    SHARED,
    all_passages,
    corpus_text,
    needs_shared,
    passages,
    passages_citing,
    split_file,
)

TOPICS = {
    "what-is",
    "evidence",
    "platform",
    "police",
    "regulator",
    "legal-basis",
    "legal-aid",
    "media",
    "contacts",
    "debt",
    "wellbeing",
    "privacy",
}
# Only numbers verified in shared/reference/legal-facts-notes.md (110 is the emergency number).
ALLOWED_NUMBERS = {"110", "12300", "12321", "12348", "12356", "12377", "12378"}
PHONE = re.compile(
    r"(?<![\d.])(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[48]00-?\d{3}-?\d{4}|1\d{4}|1\d{2}|9\d{4})"
    r"(?![\d.%％年月日元条])"
)
CJK = re.compile(r"[\u4e00-\u9fff]")
COPY_RUN = 30


def test_corpus_is_there() -> None:
    assert len(FILES) >= 12


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_front_matter_and_layout(path: Path) -> None:
    front, body = split_file(path)
    assert set(front) >= {"title", "topic", "sources", "updated"}
    assert front["topic"] in TOPICS
    assert path.name.startswith(f"{front['topic']}-")
    assert isinstance(front["updated"], dt.date)
    assert isinstance(front["sources"], list)
    assert front["sources"]
    assert all(isinstance(source, str) and source for source in front["sources"])
    assert re.search(rf"(?m)^# {re.escape(front['title'])}$", body)
    sections = passages(body)
    assert sections, f"{path.name}: no ## passages"
    for heading, text in sections:
        size = len(CJK.findall(text))
        assert 120 <= size <= 600, f"{path.name} / {heading}: {size} Chinese characters"


def test_topic_coverage() -> None:
    counts = Counter(topic for topic, _, _ in all_passages())
    assert set(counts) == TOPICS
    assert min(counts.values()) >= 3, counts
    assert sum(counts.values()) >= 60


def test_headings_are_unique() -> None:
    headings = [heading for _, heading, _ in all_passages()]
    assert len(headings) == len(set(headings))


def numbers_in(text: str) -> set[str]:
    return {match.group(0).replace("-", "") for match in PHONE.finditer(text)}


def test_phone_pattern_can_fail() -> None:
    assert numbers_in("请拨打 13800001111 或 400-123-4567，也可打 12345") == {
        "13800001111",
        "4001234567",
        "12345",
    }
    assert numbers_in("2026年1月1日起施行，借款10000元，第50条") == set()


@pytest.mark.parametrize("path", [*FILES, CORPUS / "channels.toml"], ids=lambda p: p.name)
def test_no_unverified_phone_numbers(path: Path) -> None:
    found = numbers_in(path.read_text(encoding="utf-8"))
    assert found <= ALLOWED_NUMBERS, sorted(found - ALLOWED_NUMBERS)


def test_unverified_channels_say_so() -> None:
    with (CORPUS / "channels.toml").open("rb") as handle:
        channels = tomllib.load(handle)["channel"]
    assert len(channels) >= 8
    for channel in channels:
        assert {"name", "for_what", "how", "verified", "note"} <= set(channel)
        assert isinstance(channel["verified"], bool)
        if not channel["verified"]:
            assert "未核实" in channel["how"] + channel["note"], channel["name"]


def normalise(text: str) -> str:
    """Drop whitespace and Markdown emphasis so layout differences cannot hide a copy."""
    return re.sub(r"[\s*#>_`]", "", text)


def runs(text: str, size: int = COPY_RUN) -> set[str]:
    return {text[i : i + size] for i in range(len(text) - size + 1)}


@needs_shared
def test_no_long_verbatim_copy_from_references() -> None:
    references = [*LAW_DIR.glob("*.md"), *SHARED.glob("reference/*.md"), *SHARED.glob("seed/*")]
    shared_runs: set[str] = set()
    for path in references:
        shared_runs |= runs(normalise(path.read_text(encoding="utf-8")))
    copied = {
        path.name: sorted(runs(normalise(split_file(path)[1])) & shared_runs)[:3] for path in FILES
    }
    copied = {name: hits for name, hits in copied.items() if hits}
    assert not copied, copied


def test_unsourced_rules_are_marked_unverified() -> None:
    text = corpus_text("regulator-complaints.md")
    for rule in ("金规〔2024〕26号", "催收工作指引"):
        start = text.index(rule)
        assert "未核实" in text[start : start + 300]


def test_channels_checked_on_secondary_sources_are_not_called_verified() -> None:
    channels = (CORPUS / "channels.toml").read_text(encoding="utf-8")
    assert "secondary sources" in channels
    assert "已核实；" not in channels
    assert "12300可能已整合" in channels


def test_no_unverified_claims_about_complaints_or_extortion() -> None:
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert "不少人是在投诉之后骚扰才停止的" not in text, path.name
        # 274 needs demanding property by threats; lawful collection with violence is not it.
        assert "敲诈勒索（《刑法》第二百七十四条）等其他罪名" not in text, path.name
    [(_, text)] = passages_citing(Citation("刑法", "274"))
    assert "本不欠" in text
