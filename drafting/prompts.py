"""Prompt rendering: prompts/<kind>.md templates filled with fenced, neutralised case data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

from casefile.model import Case
from drafting.backends.base import ChatMessage
from drafting.skeleton import platform_label, template_narrative
from evidence.sanitize import neutralise, quote_block

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
# Characters of the narrative we ask for, per kind (the 1.5B overshoots; the check doesn't care).
NARRATIVE_LIMIT = {
    "platform": 150,
    "police": 200,
    "regulator": 150,
    "contacts": 80,
    "deletion": 100,
}
# Tokens one reply may take, per kind: about twice the narrative asked for. The model sometimes
# runs on past its paragraph (a signature, a second letter); at ~12 tokens/s on 2 cores every
# token past this is waiting for words that are cut off anyway. An unfinished last sentence is
# dropped by parse_reply.
REPLY_TOKENS = {kind: max(160, 2 * limit) for kind, limit in NARRATIVE_LIMIT.items()}
MAX_EVIDENCE_LINES = 6
MAX_PASSAGE_CHARS = 80  # per passage: every prompt token costs ~50 ms on 2 cores


@dataclass(frozen=True)
class PromptPassage:
    """The part of a retrieved passage a prompt shows."""

    source: str
    heading: str
    text: str


@cache
def load_template(name: str) -> Template:
    """prompts/<name>.md as a string.Template (cached)."""
    return Template((PROMPTS_DIR / f"{name}.md").read_text(encoding="utf-8"))


def facts_for_prompt(case: Case) -> str:
    """The case facts the LLM may use, as sentences (a small model copies key: value lists).

    The same for every kind, so a case's materials are read once for all its letters.
    """
    lines = []
    if case.platform.name or case.platform.company:
        lines.append(f"借款平台是{platform_label(case)}。")
    lines.append(template_narrative(case, "platform"))
    if case.harassment.summary:
        lines.append(f"本人补充：{case.harassment.summary}")
    if case.harassment.account:
        lines.append(f"本人的讲述：{case.harassment.account}")
    return quote_block("\n".join(lines))


def evidence_for_prompt(case: Case) -> str:
    """Short evidence summaries (screenshot text is data, fenced and neutralised)."""
    lines = []
    for item in case.evidence[:MAX_EVIDENCE_LINES]:
        summary = item.summary or " ".join(item.text.split())[:80]
        if summary:
            date = f"{item.captured_on} " if item.captured_on else ""
            lines.append(f"{item.id} {date}{summary}")
    return quote_block("\n".join(lines) or "（无）")


def passages_for_prompt(passages: Sequence[PromptPassage]) -> str:
    """Retrieved guidance, fenced: it informs the tone, it is not a source of case facts."""
    blocks = []
    for passage in passages:
        text = " ".join(passage.text.split())[:MAX_PASSAGE_CHARS]
        blocks.append(f"[{passage.heading}] {text}")
    return quote_block("\n".join(blocks) or "（无）")


def build_messages(
    kind: str,
    case: Case,
    passages: Sequence[PromptPassage] = (),
    *,
    problems: Sequence[str] = (),
) -> list[ChatMessage]:
    """System + user messages for the narrative of `kind`; `problems` makes it the strict retry.

    The order makes the costly part reusable (see drafting/backends/llama_prefix.py): the system
    message holds only the rules, the same for every draft; the user message starts with the case's
    facts and evidence, the same for every kind of a case (its `shared_head`), then the guidance
    passages and the kind's task, and last the strict retry's extra rules.
    """
    task = load_template(kind).substitute(limit=NARRATIVE_LIMIT[kind]).strip()
    case_part = load_template("_case").substitute(
        facts=facts_for_prompt(case), evidence=evidence_for_prompt(case)
    )
    user = case_part + load_template("_task").substitute(
        passages=passages_for_prompt(passages), task=task
    )
    if problems:
        limit = max(40, NARRATIVE_LIMIT[kind] * 2 // 3)
        listed = "\n".join(f"- {neutralise(p)}" for p in problems[:12])
        user += "\n" + load_template("_strict").substitute(problems=listed, limit=limit)
    system = load_template("_system").template.strip()
    return [ChatMessage("system", system), ChatMessage("user", user.strip(), shared_head=case_part)]


_LABEL = re.compile(
    r"^\s*(?:[#*>\-]+\s*)?(?:\*\*|【)?(?:第[一二]段|开头|开场白?|事实经过|正文|段落[一二12])"
    r"(?:\*\*|】)?\s*[:：]?\s*(?:\*\*)?",
)
_FURNITURE = re.compile(r"```[a-zA-Z]*|<\s*/?\s*资料\s*>|【[^】\n]{0,12}】(?:[（(]材料[）)])?")
_END_MARKS = "。！？!?”」）)"


def parse_reply(reply: str, *, complete: bool) -> tuple[str, str]:
    """(opening, narrative) from the model's reply; an unfinished last sentence is cut off."""
    # Echoed prompt furniture (fences, section labels) is layout, not content: remove it here;
    # anything else the model adds is left for the checks.
    text = _FURNITURE.sub("", reply.replace("\r", "")).strip()
    paragraphs = [_LABEL.sub("", p).strip() for p in re.split(r"\n+", text)]
    paragraphs = [" ".join(p.split()) for p in paragraphs if p.strip()]
    if not paragraphs:
        return "", ""
    if not complete:
        last = paragraphs[-1]
        cut = max(last.rfind(mark) for mark in _END_MARKS)
        paragraphs[-1] = last[: cut + 1] if cut >= 0 else ""
        paragraphs = [p for p in paragraphs if p]
    if not paragraphs:  # nothing but an unfinished sentence
        return "", ""
    if len(paragraphs) == 1:
        return "", paragraphs[0]
    return paragraphs[0], "".join(paragraphs[1:])
