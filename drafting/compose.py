"""Compose a document: deterministic skeleton + LLM-written narrative, verified, repaired if needed.

Order of repair (recorded in `DraftResult.repair`): the raw reply passes ("none") → a stricter
retry passes ("retried") → the offending sentences are dropped ("dropped_sentences") → the
template's own narrative is used ("template_fallback"). The assembled text is checked again, so a
draft that leaves here has passed every check of SPEC § 6 (or is the template's, which does).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from casefile.model import Case
from drafting.backends.base import LLMBackend
from drafting.checks import KINDS, Checks, check_draft, check_part, drop_offending_sentences
from drafting.facts import AllowedFacts, allowed_facts
from drafting.prompts import REPLY_TOKENS, PromptPassage, build_messages, parse_reply
from drafting.skeleton import (
    SKELETON_NUMBERS,
    kind_issues,
    render,
    template_narrative,
    template_opening,
)
from drafting.support import Embed, case_sources, check_support, keep_supported, own_words
from errors import ContactShieldError, LLMUnavailable, ModelBroken, ModelMissing

# Queries come from the case's confirmed issues (corpus/issues.toml); a kind without issues (the
# note to contacts, or a case where the user unticked every issue) falls back to its own query.
KIND_QUERIES = {
    "platform": "与平台沟通 要求停止联系亲友 删除通讯录数据",
    "police": "报案 派出所 催收骚扰亲友 报警材料",
    "regulator": "监管投诉渠道 投诉网贷催收",
    "contacts": "告知亲友 如何向亲友解释 不要替我还钱",
    "deletion": "删除个人信息 通讯录 撤回同意",
    "evidence_list": "取证与保全 证据清单",
}
PROMPT_PASSAGES = 3
MIN_NARRATIVE_CHARS = 15
REPAIRS = ("none", "retried", "dropped_sentences", "template_fallback", "over_budget")


class PassageSearch(Protocol):
    """What the composer needs from rag.retrieval.Retriever."""

    def search(self, query: str, k: int = 5) -> Sequence[Any]: ...


# Shown in place of the repair's words, which are checked before anyone sees them.
REPAIRING = "\n\n正在核对并修改…\n\n"
# Repairs that ended in the verified template draft (the page offers the model's polish then).
TEMPLATE_REPAIRS = ("template_fallback", "over_budget")


@dataclass(frozen=True)
class DraftResult:
    """One finished draft and how it came about."""

    kind: str
    backend: str
    text: str
    checks: Checks
    repair: str
    citations: tuple[dict[str, str], ...] = ()
    issues: tuple[dict[str, Any], ...] = ()  # the confirmed issues this document states
    dropped_claims: tuple[str, ...] = ()  # narrative sentences no fact, account or passage supports
    passages: tuple[PromptPassage, ...] = ()
    raw_passed: bool | None = None  # None: no LLM part was written
    attempts: tuple[dict[str, list[str]], ...] = ()
    error: str = ""
    seconds: float = 0.0
    first_token_s: float | None = None
    pieces: int = 0
    stopped: bool = False

    def to_json(self) -> dict[str, Any]:
        """The SPEC § 3 `draft --json` document (plus repair details)."""
        return {
            "kind": self.kind,
            "backend": self.backend,
            "text": self.text,
            "citations": [dict(c) for c in self.citations],
            "issues": [dict(i) for i in self.issues],
            "checks": self.checks.as_dict(),
            "seconds": round(self.seconds, 2),
            "repair": self.repair,
            "raw_passed": self.raw_passed,
            "attempts": list(self.attempts),
            "error": self.error,
            "dropped_claims": list(self.dropped_claims),
        }


class DraftStream:
    """Iterate to stream the text as it is written; `result` is set once iteration ends."""

    def __init__(self, steps: Generator[str, None, DraftResult]) -> None:
        self._steps = steps
        self.result: DraftResult | None = None

    def __iter__(self) -> Iterator[str]:
        self.result = yield from self._steps


def passage_queries(kind: str, case: Case | None) -> list[str]:
    """What to search for: one query per confirmed issue the kind states, else the kind's own."""
    if case is None:
        return [KIND_QUERIES[kind]]
    queries = [issue.query for issue, _ in kind_issues(kind, case)]
    return queries or [KIND_QUERIES[kind]]


def retrieve_passages(
    retriever: PassageSearch | None, kind: str, case: Case | None = None
) -> tuple[PromptPassage, ...]:
    """The guidance passages this case's letter of `kind` relies on (none without an index).

    One passage per query in turn (the best not yet taken), so each confirmed issue is backed by
    its own passage before any issue gets a second; at most PROMPT_PASSAGES.
    """
    if retriever is None:
        return ()
    queries = passage_queries(kind, case)
    try:
        ranked = [list(retriever.search(query, k=PROMPT_PASSAGES)) for query in queries]
    except ContactShieldError:
        return ()  # no index yet: draft without guidance rather than not at all
    chosen: dict[tuple[str, str], PromptPassage] = {}
    for depth in range(PROMPT_PASSAGES):
        for found in ranked:
            if len(chosen) >= PROMPT_PASSAGES or depth >= len(found):
                continue
            passage = found[depth]
            key = (str(passage.source), str(passage.heading))
            if key not in chosen:
                chosen[key] = PromptPassage(source=key[0], heading=key[1], text=str(passage.text))
    return tuple(chosen.values())


def issues_json(kind: str, case: Case) -> tuple[dict[str, Any], ...]:
    """The issues a document of `kind` states: id, why it was found, the statutes it cites."""
    return tuple(
        {"id": issue.id, "why": issue.why, "statutes": [s.label for s in statutes]}
        for issue, statutes in kind_issues(kind, case)
    )


def stream_draft(
    case: Case,
    kind: str,
    backend: LLMBackend,
    *,
    retriever: PassageSearch | None = None,
    passages: Sequence[PromptPassage] | None = None,
    max_tokens: int = 320,
    temperature: float = 0.0,
    retries: int = 1,
    today: date | None = None,
    stop_event: threading.Event | None = None,
    budget_s: float | None = None,
) -> DraftStream:
    """A draft as a stream of text pieces (the LLM's raw words, or the template text at once)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return DraftStream(
        _compose(
            case,
            kind,
            backend,
            passages=tuple(passages) if passages is not None else None,
            retriever=retriever,
            max_tokens=min(max_tokens, REPLY_TOKENS.get(kind, max_tokens)),
            temperature=temperature,
            retries=min(retries, 1),  # one repair at most: a second rarely helps and costs a minute
            today=today or date.today(),
            stop_event=stop_event,
            budget_s=budget_s,
        )
    )


def draft_document(case: Case, kind: str, backend: LLMBackend, **options: Any) -> DraftResult:
    """Draft one document of `kind` for `case` (see `stream_draft` for the options)."""
    stream = stream_draft(case, kind, backend, **options)
    for _ in stream:
        pass
    assert stream.result is not None
    return stream.result


@dataclass
class _Run:
    """Mutable bookkeeping of one composition (kept out of the result until it is done)."""

    started: float = field(default_factory=time.perf_counter)
    first_token_s: float | None = None
    pieces: int = 0
    attempts: list[dict[str, list[str]]] = field(default_factory=list)


def _compose(
    case: Case,
    kind: str,
    backend: LLMBackend,
    *,
    passages: tuple[PromptPassage, ...] | None,
    retriever: PassageSearch | None,
    max_tokens: int,
    temperature: float,
    retries: int,
    today: date,
    stop_event: threading.Event | None,
    budget_s: float | None = None,
) -> Generator[str, None, DraftResult]:
    run = _Run()
    allowed = allowed_facts(case, today=today, extra_numbers=SKELETON_NUMBERS)
    if passages is None:
        passages = retrieve_passages(retriever, kind, case)
    fallback = (template_opening(case, kind), template_narrative(case, kind))

    def finish(opening: str, narrative: str, repair: str, **extra: Any) -> DraftResult:
        # The template's own text is filled from the case: only the model's words are checked
        # for support (checking the template's would drop its stock sentences, such as the note
        # to contacts' "与您无关", from the template backend's letter but not from a fallback).
        from_model = (opening, narrative) != fallback
        if repair not in TEMPLATE_REPAIRS and from_model and "dropped_claims" not in extra:
            # Every sentence the model wrote must be supported by the case or a cited passage.
            sources = case_sources(case, [p.text for p in passages])
            own = own_words(case)
            narrative, dropped = keep_supported(
                narrative, sources, embed=_embedder_of(retriever), own=own
            )
            # The printed opening is always the template's: it names the parties and the purpose
            # from the case, and the model's own openings added causes and claims nobody stated
            # ("因涉嫌骚扰…") more often than wording worth keeping. A claim about the borrower in
            # the model's opening is still listed as not written, so the user sees it was refused.
            invented = tuple(
                v.sentence
                for v in check_support(opening, sources, threshold=0.0, own=own)
                if not v.supported
            )
            opening, dropped = fallback[0], invented + dropped
            if len(re.sub(r"\s", "", narrative)) < MIN_NARRATIVE_CHARS:
                return finish(*fallback, "template_fallback", dropped_claims=dropped, **extra)
            extra["dropped_claims"] = dropped
        if repair not in TEMPLATE_REPAIRS:
            # The model's words must not assert who the callers work for when nobody confirmed it.
            opening = said_to_be_collectors(opening, case)
            narrative = said_to_be_collectors(narrative, case)
        text = render(kind, case, opening=opening or fallback[0], narrative=narrative, today=today)
        checks = check_draft(text, kind, case, allowed)
        if not checks.passed and repair not in TEMPLATE_REPAIRS:
            # The assembled text must pass too; if it somehow does not, the template's does.
            return finish(*fallback, "template_fallback", **extra)
        return DraftResult(
            kind=kind,
            backend=backend.name,
            text=text,
            checks=checks,
            repair=repair,
            citations=tuple({"source": p.source, "heading": p.heading} for p in passages),
            issues=issues_json(kind, case),
            passages=passages,
            attempts=tuple(run.attempts),
            seconds=time.perf_counter() - run.started,
            first_token_s=run.first_token_s,
            pieces=run.pieces,
            **extra,
        )

    if kind == "evidence_list" or getattr(backend, "deterministic", False):
        result = finish(*fallback, "none")
        yield result.text
        return result

    error = ""
    over_budget = False
    replies: list[tuple[str, str]] = []
    problems: list[str] = []
    stopped = False
    try:
        for attempt in range(1 + retries):
            attempt_started = time.perf_counter()
            if attempt:
                # The repair is written out of sight: its prompt must never reach the page.
                yield REPAIRING
            messages = build_messages(kind, case, passages, problems=problems)
            pieces = []
            words = backend.generate(
                messages, max_tokens=max_tokens, temperature=temperature, stop_event=stop_event
            )
            for piece in words:
                if run.first_token_s is None:
                    run.first_token_s = time.perf_counter() - run.started
                run.pieces += 1
                pieces.append(piece)
                if not attempt:
                    yield piece
                if budget_s is not None and time.perf_counter() - run.started > budget_s:
                    over_budget = True
                    getattr(words, "close", lambda: None)()  # frees the model at once
                    break
            if over_budget:
                break
            opening, narrative = parse_reply("".join(pieces), complete=False)
            replies.append((opening, narrative))
            checks = _check_parts(opening, narrative, allowed)
            run.attempts.append(checks.as_dict())
            if checks.passed:
                repair = "none" if attempt == 0 else "retried"
                return finish(opening, narrative, repair, raw_passed=attempt == 0)
            stopped = stop_event is not None and stop_event.is_set()
            if stopped:
                break
            took = time.perf_counter() - attempt_started
            if budget_s is not None and time.perf_counter() - run.started + took > budget_s:
                over_budget = True  # a repair would take about as long again: past the budget
                break
            problems = checks.problems()
        # Repair the latest reply that still has a passing narrative once its bad sentences go
        # (a strict retry sometimes says almost nothing; the first reply may then be the better).
        for opening, narrative in reversed(replies):
            kept_opening = drop_offending_sentences(opening, allowed)
            kept_narrative = drop_offending_sentences(narrative, allowed)
            if _check_parts(kept_opening, kept_narrative, allowed).passed:
                return finish(
                    kept_opening,
                    kept_narrative,
                    "dropped_sentences",
                    raw_passed=False,
                    stopped=stopped,
                )
    except (LLMUnavailable, ModelMissing, ModelBroken) as unavailable:
        error = unavailable.message("zh")
    raw_passed = None if not run.attempts else False
    repair = "over_budget" if over_budget else "template_fallback"
    return finish(*fallback, repair, raw_passed=raw_passed, error=error, stopped=stopped)


def said_to_be_collectors(text: str, case: Case) -> str:
    """Collectors are "自称…催收人员的人" unless the user confirmed who they work for."""
    if case.platform.extra.get("collectors_confirmed"):
        return text
    names = [re.escape(n) for n in (case.platform.name, case.platform.company) if n]
    who = "|".join([*names, r"(?:借款|贷款|网贷)?平台", "贵平台", "该平台", "对方平台"])
    asserted = re.compile(rf"({who})的?催收(?:人员|员)(?!的人)")

    def claimed(m: re.Match[str]) -> str:
        if "自称" in text[max(0, m.start() - 8) : m.start()]:
            return m.group(0)
        return f"自称{m.group(1)}催收人员的人"

    return asserted.sub(claimed, text)


def _embedder_of(retriever: PassageSearch | None) -> Embed | None:
    """The retriever's embedding model, for the claim-support check (None: lexical only)."""
    embedder = getattr(retriever, "embedder", None)
    return getattr(embedder, "embed_documents", None)


def _check_parts(opening: str, narrative: str, allowed: AllowedFacts) -> Checks:
    # The opening may be empty (the template's is used); the narrative must say something.
    both = check_part(f"{opening}\n{narrative}", allowed)
    narrative_only = check_part(narrative, allowed)
    return Checks(
        unsupported=both.unsupported,
        unknown_law=both.unknown_law,
        missing=narrative_only.missing,
        tone=both.tone,
        scope=both.scope,
    )


def recheck(case: Case, kind: str, text: str, *, today: date | None = None) -> Checks:
    """The SPEC § 6 checks on a text the user edited."""
    allowed = allowed_facts(case, today=today or date.today(), extra_numbers=SKELETON_NUMBERS)
    return check_draft(text, kind, case, allowed)
