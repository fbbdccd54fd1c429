"""The issue table (corpus/issues.toml) as typed rules, and how a rule reads a sentence. Pure."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from law.conduct import Said
from law.elements import SENTENCE_ELEMENTS

ISSUES_TOML = Path(__file__).resolve().parent.parent / "corpus" / "issues.toml"
STATUTE = re.compile(
    r"^(?P<law>[^:]+):(?P<article>\d+(?:-\d+)?)(?:款(?P<para>\d))?"
    r"(?:\((?P<item>[一二三四五六七八九十]+)\))?"
    r"(?:=(?P<old>\d+)(?:\((?P<old_item>[一二三四五六七八九十]+)\))?)?$"
)


@dataclass(frozen=True)
class When:
    """More statutes (and words for the letter) when every named element holds."""

    elements: tuple[str, ...]
    statutes: tuple[str, ...]
    letter: str = ""


@dataclass(frozen=True)
class IssueSpec:
    """One row of corpus/issues.toml."""

    id: str
    title: str
    always: tuple[str, ...]  # statute entries cited whenever the issue is raised
    query: str
    letter: str
    basis: str
    said: tuple[re.Pattern[str], ...] = ()
    told: tuple[re.Pattern[str], ...] = ()
    mask: tuple[re.Pattern[str], ...] = ()
    facts: tuple[str, ...] = ()
    by: tuple[str, ...] = ()  # sentence elements (law.elements) that raise it, said or told
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # conditions under which the issue is never raised
    when: tuple[When, ...] = ()
    investigate: str = ""
    title_en: str = ""

    @property
    def statutes(self) -> tuple[str, ...]:
        """Every article the issue may cite, as "法律:条" (2025 numbers), without 款/项."""
        entries = [*self.always, *(s for w in self.when for s in w.statutes)]
        out = []
        for entry in entries:
            match = STATUTE.match(entry)
            if match:
                out.append(f"{match['law']}:{match['article']}")
        return tuple(dict.fromkeys(out))


def _patterns(rows: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row) for row in rows)


@cache
def issue_specs(path: Path = ISSUES_TOML) -> tuple[IssueSpec, ...]:
    """The issue table (cached)."""
    with path.open("rb") as handle:
        rows = tomllib.load(handle)["issue"]
    return tuple(
        IssueSpec(
            id=row["id"],
            title=row["title"],
            title_en=row.get("title_en", row["title"]),
            always=tuple(row.get("statutes", ())),
            query=row["query"],
            letter=row["letter"],
            basis=row["basis"],
            said=_patterns(row.get("said", ())),
            told=_patterns(row.get("told", ())),
            mask=_patterns(row.get("mask", ())),
            facts=tuple(row.get("facts", ())),
            by=tuple(row.get("by", ())),
            needs=tuple(row.get("needs", ())),
            unless=tuple(row.get("unless", ())),
            when=tuple(
                When(tuple(w["element"]), tuple(w.get("statutes", ())), w.get("letter", ""))
                for w in row.get("when", ())
            ),
            investigate=row.get("investigate", ""),
        )
        for row in rows
    )


def masked(text: str, masks: Sequence[re.Pattern[str]]) -> str:
    """The text with every masked span blanked out (same length, so nothing new joins up)."""
    for pattern in masks:
        text = pattern.sub(lambda m: "＿" * len(m.group(0)), text)
    return text


def hits_of(spec: IssueSpec, said: Sequence[Said], told: Sequence[Said]) -> list[Said]:
    """The collectors' sentences (said) and the account's sentences (told) that raise the issue:
    by a pattern of the table, or by a sentence element it names in `by`."""
    readers = [SENTENCE_ELEMENTS[name] for name in spec.by]
    found = []
    for patterns, sentences in ((spec.said, said), (spec.told, told)):
        for sentence in sentences:
            text = masked(sentence.text, spec.mask)
            if any(p.search(text) for p in patterns) or any(read(sentence) for read in readers):
                found.append(sentence)
    return found
