"""The drafting report set: whole cases never used to tune a prompt, each drafted in all five kinds.

The prompts were written against `tests/drafting/cases/`. The report set is
- `tests/drafting/heldout/` (written later for the legal-issue tests: workplace defamation,
  threats to safety, a fake court summons, an up-front deduction, conduct spanning 2026-01-01, a
  plain case), and
- `tests/drafting/reportset/` (written for this report, in other wordings: a WeChat group of
  colleagues, night calls to old parents, a "lawyer's letter" SMS and a refused deletion, an SMS
  flood calling the borrower a 老赖, harassment after the loan was repaid, a case with only the
  borrower's account and one message; some exhibits carry the phone's status and tab bars).

Per letter: seconds, model calls (1 = no repair), how it ended, sentences of the model's own that
the support check does not back but the letter prints (must be 0), quotes that are the phone's
screen text (must be 0), quotes printed twice. The template path runs on every case; the local
model (as the app runs it: one repair at most, the CS_LLM_BUDGET budget) on as many as fit.

Run from the repo root:
`CS_DATA_DIR=… .venv/bin/python bench/drafting_heldout.py [--minutes 25] [--template-only]
[--only CASE:KIND …]`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settings as settings_module  # noqa: E402 - first: offline environment
from casefile.model import Case, load_case  # noqa: E402
from drafting.backends.template import TemplateBackend  # noqa: E402
from drafting.checks import LLM_KINDS  # noqa: E402
from drafting.compose import DraftResult, draft_document, retrieve_passages  # noqa: E402
from drafting.quotes import is_chrome  # noqa: E402
from drafting.skeleton import render, template_narrative, template_opening  # noqa: E402
from drafting.support import case_sources, check_support, own_words, sentences  # noqa: E402

REPORT_DIRS = (ROOT / "tests" / "drafting" / "heldout", ROOT / "tests" / "drafting" / "reportset")
TODAY = date(2026, 11, 28)
_QUOTE = re.compile(r"「([^「」]+)」|“([^“”]+)”")
# The phone's own screen: status bar, tab bars, input box, system lines (never anyone's words).
_SCREEN = re.compile(
    r"\d{1,2}[:：]\d{2}\s*(?:HD|[2-5]G|\d{1,3}%)|[2-5]G\s*\d{1,3}%|按住说话|短信/彩信|拨号键盘"
    r"|语音留言|最近通话|个人收藏|输入消息|发消息|以上是打招呼的内容|^(?:信息|短信|发送|返回)$"
)


def report_cases() -> list[tuple[str, Case]]:
    """(name, case) of every report case, held-out ones first."""
    return [
        (path.stem, load_case(path))
        for folder in REPORT_DIRS
        for path in sorted(folder.glob("*.json"))
    ]


@dataclass(frozen=True)
class Letter:
    """One drafted letter of the report set and what was measured on it."""

    case: str
    kind: str
    backend: str
    seconds: float
    first_words_s: float | None
    calls: int  # model calls: 1 = no repair, 2 = one repair, 0 = none (template)
    first_call_s: float | None  # from the click to the end of the first model call
    repair: str
    pieces: int  # pieces of text the model streamed (about one token each), all calls
    passed: bool
    unsupported: tuple[str, ...]  # model-written sentences the support check rejects, printed
    screen_quotes: tuple[str, ...]  # quotes that are the phone's screen text
    repeated_quotes: tuple[str, ...]


class CountingBackend:
    """Counts the model calls of one draft (a repair is a second call) and when each ended."""

    def __init__(self, backend) -> None:
        self.backend = backend
        self.name = backend.name
        self.calls = 0
        self.ends: list[float] = []  # perf_counter at the end of each call

    def generate(self, messages, **options) -> Iterator[str]:
        self.calls += 1
        try:
            yield from self.backend.generate(messages, **options)  # a close() reaches it too
        finally:
            self.ends.append(time.perf_counter())

    def __getattr__(self, name: str):
        return getattr(self.backend, name)  # `deterministic`, `prepare`, `where`


def quotes_in(text: str) -> list[str]:
    """Every 「…」 or “…” quote of a letter, as printed."""
    return [a or b for a, b in _QUOTE.findall(text)]


def screen_text(quote: str) -> bool:
    """True for a quote that is the phone's screen (tab bar, status bar, button), not words."""
    return is_chrome(quote) or bool(_SCREEN.search(quote.strip()))


def template_letters(case: Case, kind: str) -> tuple[str, ...]:
    """The template's letters of `case` and `kind`: the template backend's, and the one a
    fallback prints (the template's opening and narrative, as `finish` renders them)."""
    by_backend = draft_document(case, kind, TemplateBackend(), today=TODAY).text
    fallback = render(
        kind,
        case,
        opening=template_opening(case, kind),
        narrative=template_narrative(case, kind),
        today=TODAY,
    )
    return (by_backend, fallback)


def unsupported_printed(
    case: Case, result: DraftResult, templates: tuple[str, ...], embed=None
) -> list[str]:
    """Sentences the model wrote (not the template's) that the support check does not back.

    `templates` are the template's letters of the same case and kind: any sentence of theirs is
    the template's own, whichever way (template backend, fallback, budget) it reached the letter.
    """
    known = {sentence for text in templates for sentence in sentences(text)}
    written = [s for s in sentences(result.text) if s not in known]
    if not written:
        return []
    sources = case_sources(case, [p.text for p in result.passages])
    verdicts = check_support("".join(written), sources, embed=embed, own=own_words(case))
    return [v.sentence for v in verdicts if not v.supported]


def measure(name: str, case: Case, kind: str, backend, **options) -> Letter:
    """Draft one letter with `backend` (as the app does) and measure it."""
    counting = CountingBackend(backend)
    started = time.perf_counter()
    result = draft_document(case, kind, counting, today=TODAY, **options)
    templates = template_letters(case, kind)
    embed = options.get("retriever") and getattr(options["retriever"], "embedder", None)
    quotes = quotes_in(result.text)
    return Letter(
        case=name,
        kind=kind,
        backend=backend.name,
        seconds=result.seconds,
        first_words_s=result.first_token_s,
        calls=counting.calls if not getattr(backend, "deterministic", False) else 0,
        first_call_s=counting.ends[0] - started if counting.ends else None,
        repair=result.repair,
        pieces=result.pieces,
        passed=result.checks.passed,
        unsupported=tuple(
            unsupported_printed(case, result, templates, getattr(embed, "embed_documents", None))
        ),
        screen_quotes=tuple(q for q in quotes if screen_text(q)),
        repeated_quotes=tuple(
            q for q in dict.fromkeys(quotes) if quotes.count(q) > 1 and len(q) > 6
        ),
    )


def print_letter(letter: Letter) -> None:
    first = f"{letter.first_words_s:.1f}" if letter.first_words_s is not None else "-"
    print(
        f"{letter.backend:<8} {letter.case:<20} {letter.kind:<9} {letter.seconds:6.1f} s  "
        f"first words {first:>5} s  calls {letter.calls}  pieces {letter.pieces:>3}  "
        f"{letter.repair:<17} "
        f"checks {'ok' if letter.passed else 'FAIL'}  unsupported {len(letter.unsupported)}  "
        f"screen quotes {len(letter.screen_quotes)}  repeated {len(letter.repeated_quotes)}  "
        f"load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    for sentence in letter.unsupported:
        print(f"    unsupported printed: {sentence}")
    for quote in letter.screen_quotes:
        print(f"    screen text quoted: {quote}")


def template_run(cases: list[tuple[str, Case]]) -> list[Letter]:
    """Every report case in every kind with the template backend."""
    letters = []
    for name, case in cases:
        for kind in LLM_KINDS:
            letter = measure(name, case, kind, TemplateBackend())
            print_letter(letter)
            letters.append(letter)
    return letters


def model_run(
    cases: list[tuple[str, Case]],
    backend,
    retriever,
    settings,
    deadline: float,
    *,
    skip: int = 0,
    only: frozenset[str] = frozenset(),
) -> list[Letter]:
    """Letters with the model as the app drafts them, until `deadline` (perf_counter) is near.

    A letter is started only while a whole budget's worth of time is left. `only`: just these
    letters ("case:kind"), e.g. to draft again those that ran past the budget on a busy machine.
    """
    letters = []
    for name, case in cases[skip:]:
        for kind in LLM_KINDS:
            if only and f"{name}:{kind}" not in only:
                continue
            if time.perf_counter() + settings.llm_budget_s + 15 > deadline:
                return letters
            passages = retrieve_passages(retriever, kind, case)
            letter = measure(
                name,
                case,
                kind,
                backend,
                retriever=retriever,
                passages=passages,
                max_tokens=settings.llm_max_tokens,
                temperature=settings.llm_temperature,
                budget_s=settings.llm_budget_s,
            )
            print_letter(letter)
            letters.append(letter)
    return letters


def summary_table(letters: list[Letter]) -> str:
    """Markdown: one row per backend and case (its five kinds), then the totals."""
    lines = [
        "| backend | case | kinds | s per letter (min–max) | first words (s) | model calls | "
        "endings | checks passed | unsupported printed | screen text quoted | repeated quotes |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    groups: dict[tuple[str, str], list[Letter]] = {}
    for letter in letters:
        groups.setdefault((letter.backend, letter.case), []).append(letter)
    for (backend, case), group in groups.items():
        seconds = [g.seconds for g in group]
        firsts = [g.first_words_s for g in group if g.first_words_s is not None]
        endings: dict[str, int] = {}
        for g in group:
            endings[g.repair] = endings.get(g.repair, 0) + 1
        lines.append(
            f"| {backend} | {case} | {', '.join(g.kind for g in group)} "
            f"| {min(seconds):.1f}–{max(seconds):.1f} "
            f"| {f'{min(firsts):.1f}–{max(firsts):.1f}' if firsts else '–'} "
            f"| {', '.join(str(g.calls) for g in group)} "
            f"| {', '.join(f'{k} {v}' for k, v in endings.items())} "
            f"| {sum(g.passed for g in group)}/{len(group)} "
            f"| {sum(len(g.unsupported) for g in group)} "
            f"| {sum(len(g.screen_quotes) for g in group)} "
            f"| {sum(len(g.repeated_quotes) for g in group)} |"
        )
    return "\n".join(lines)


def totals(letters: list[Letter]) -> str:
    """One line per backend: letters, cases, unsupported and screen-text totals, time per letter."""
    out = []
    for backend in dict.fromkeys(letter.backend for letter in letters):
        mine = [letter for letter in letters if letter.backend == backend]
        seconds = sorted(letter.seconds for letter in mine)
        median = seconds[len(seconds) // 2]
        out.append(
            f"{backend}: {len(mine)} letters of {len({m.case for m in mine})} cases; "
            f"checks passed {sum(m.passed for m in mine)}/{len(mine)}; unsupported sentences "
            f"printed {sum(len(m.unsupported) for m in mine)}; screen text in quotes "
            f"{sum(len(m.screen_quotes) for m in mine)}; repeated quotes "
            f"{sum(len(m.repeated_quotes) for m in mine)}; seconds per letter median {median:.1f}"
            f", max {seconds[-1]:.1f}; model calls per letter "
            f"{sum(m.calls for m in mine) / len(mine):.2f}"
        )
    return "\n".join(out)


def raw_rates(backend, retriever, settings, case: Case, when: str) -> None:
    """llama.cpp's own prompt and decode rates now (raw llama-cpp-python, platform prompt)."""
    from bench.drafting import raw_call
    from drafting.prompts import build_messages

    passages = retrieve_passages(retriever, "platform", case)
    raw = raw_call(backend, build_messages("platform", case, passages), settings.llm_max_tokens)
    print(
        f"raw llama-cpp-python {when}: prompt {raw['prompt_tokens']} tokens at "
        f"{raw['prompt_rate']:.1f} tok/s, decode {raw['tokens']} tokens at "
        f"{raw['decode_rate']:.1f} tok/s, reply {raw['total']:.1f} s; "
        f"load avg {os.getloadavg()[0]:.1f}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=25.0, help="wall time for the model")
    parser.add_argument("--template-only", action="store_true")
    parser.add_argument(
        "--only", nargs="+", default=[], metavar="CASE:KIND", help="the model on these letters only"
    )
    args = parser.parse_args()
    cases = report_cases()
    print(f"{len(cases)} report cases; cpus={os.cpu_count()}, load avg={os.getloadavg()[0]:.1f}")
    letters = [] if args.only else template_run(cases)
    if not args.template_only:
        from drafting.backends.factory import build_llm
        from drafting.service import retriever_for

        settings = settings_module.load_settings()
        deadline = time.perf_counter() + args.minutes * 60
        retriever = retriever_for(settings)
        backend = build_llm(settings)
        backend.llama  # noqa: B018 - load outside the timings
        raw_rates(backend, retriever, settings, cases[0][1], "before")
        letters += model_run(
            cases, backend, retriever, settings, deadline, only=frozenset(args.only)
        )
        raw_rates(backend, retriever, settings, cases[0][1], "after")
    print("\n" + summary_table(letters) + "\n")
    print(totals(letters))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
