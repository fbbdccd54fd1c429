"""The guidance corpus and the reference statutes as the corpus tests read them (no tests here)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from law.citations import Citation, article_label, find_citations

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
LAW_DIR = SHARED / "reference" / "law"
FILES = sorted(CORPUS.glob("*.md"))
needs_shared = pytest.mark.skipif(
    not LAW_DIR.is_dir(), reason=f"reference texts not present at {LAW_DIR} (shared/ absent)"
)


def split_file(path: Path) -> tuple[dict, str]:
    """Front matter (parsed) and body of one corpus file."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    assert match, f"{path.name}: no front matter between --- lines"
    return yaml.safe_load(match.group(1)), match.group(2)


def passages(body: str) -> list[tuple[str, str]]:
    """(heading, text) of each ## section."""
    parts = re.split(r"(?m)^## ", body)[1:]
    return [(part.splitlines()[0].strip(), part) for part in parts]


def all_passages() -> list[tuple[str, str, str]]:
    return [
        (front["topic"], heading, text)
        for front, body in (split_file(path) for path in FILES)
        for heading, text in passages(body)
    ]


@cache
def reference_text(name: str) -> str:
    return (LAW_DIR / name).read_text(encoding="utf-8")


def article(reference: str, number: str) -> str:
    """One article's text from a reference statute (up to the next article heading)."""
    text = reference_text(reference)
    label = article_label(number)
    match = re.search(
        rf"(?m)^\**{label}\**[ \u3000](.*?)(?=^\**第[一二三四五六七八九十百千零]+条)", text, re.S
    )
    assert match, f"{label} not in {reference}"
    return match.group(1)


def corpus_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def passages_citing(citation: Citation) -> list[tuple[str, str]]:
    return [
        (heading, text) for _, heading, text in all_passages() if citation in find_citations(text)
    ]
