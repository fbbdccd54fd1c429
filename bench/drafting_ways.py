"""Drafting: the three ways a user meets the model (after a restart, another kind, read ahead).

Also decode speed against raw llama-cpp-python and any-prefix reuse.

Run from the repo root: `.venv/bin/python bench/drafting_ways.py [--max-tokens 160] [--threads N]`;
`--after-restart CASE [--kinds K …]`: first words after a restart, with reading ahead (a fresh
process per run; CS_DATA_DIR holding the rules' cells from an earlier run).
Prints one line per measurement and a Markdown block for docs/BENCHMARKS.md (section "Drafting").
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settings as settings_module  # noqa: E402 - first: offline environment
from casefile.model import load_case  # noqa: E402
from drafting.backends.llama import LlamaCppBackend  # noqa: E402
from drafting.backends.llama_prefix import PrefixCache  # noqa: E402
from drafting.checks import LLM_KINDS  # noqa: E402
from drafting.compose import draft_document, retrieve_passages  # noqa: E402
from drafting.prompts import build_messages  # noqa: E402
from drafting.service import retriever_for  # noqa: E402

CASES = ROOT / "tests" / "drafting" / "cases"
TODAY = date(2026, 11, 28)


def decode_rate(pieces: list[float], started: float) -> tuple[float, float]:
    """(time to first piece, pieces per second after it) from piece arrival times."""
    first = pieces[0] - started
    span = pieces[-1] - pieces[0]
    return first, (len(pieces) - 1) / span if span > 0 else 0.0


def raw_stream(backend: LlamaCppBackend, messages, max_tokens: int) -> tuple[float, float, int]:
    """Raw llama-cpp-python: create_chat_completion(stream=True), no wrapper."""
    llama = backend.llama
    llama.reset()
    started = time.perf_counter()
    arrivals = []
    for chunk in llama.create_chat_completion(
        messages=[{"role": m.role, "content": m.content} for m in messages],
        max_tokens=max_tokens,
        temperature=0.0,
        seed=backend.seed,
        stream=True,
    ):
        if chunk["choices"][0]["delta"].get("content"):
            arrivals.append(time.perf_counter())
    return (*decode_rate(arrivals, started), len(arrivals))


def our_stream(backend: LlamaCppBackend, messages, max_tokens: int) -> tuple[float, float, int]:
    """Our LlamaCppBackend.generate on the same prompt."""
    backend.llama.reset()
    started = time.perf_counter()
    arrivals = [time.perf_counter() for _ in backend.generate(messages, max_tokens=max_tokens)]
    return (*decode_rate(arrivals, started), len(arrivals))


def after_restart(settings, case_name: str, kinds: list[str]) -> int:
    """First words after a restart, with reading ahead, as the 起草 page runs it.

    This process is the restarted app: the model is not loaded and only the rules' cells are on
    disk (from an earlier run in the same CS_DATA_DIR). The page opens on the first kind: its
    passages are retrieved and the preparer reads its prompt, then the other kinds' (as
    views/draft.py asks). Once the shown kind's prompt is read, the click drafts it with the
    app's options (budget included), while the preparer goes on reading the other kinds; each
    further kind is clicked once its own prompt is read.
    """
    from bench.drafting_heldout import TODAY as REPORT_TODAY
    from bench.drafting_heldout import report_cases
    from drafting.backends.factory import build_llm
    from drafting.checks import KINDS
    from drafting.prepare import READ, PromptPreparer

    case = dict(report_cases())[case_name]
    opened = time.perf_counter()
    retriever = retriever_for(settings)
    llm = build_llm(settings)
    preparer = PromptPreparer()
    for index, kind in enumerate(kinds):
        passages = retrieve_passages(retriever, kind, case)
        others = [other for other in KINDS if other != kind]
        key = preparer.request(llm, case, kind, passages, retriever=retriever, then=others)
        state = preparer.wait(key, timeout=600)
        ready = time.perf_counter() - opened
        result = draft_document(
            case,
            kind,
            llm,
            retriever=retriever,
            passages=passages,
            max_tokens=settings.llm_max_tokens,
            temperature=settings.llm_temperature,
            budget_s=settings.llm_budget_s,
            today=REPORT_TODAY,
        )
        first = result.first_token_s
        print(f"after restart, {case_name} {kind} ({'first' if not index else 'next'} kind): "
              f"prompt {state} {ready:.1f} s after the page opened (model load and retrieval "
              f"included); click → first words {first if first is None else round(first, 2)} s, "
              f"whole letter {result.seconds:.1f} s, {result.repair}, load avg "
              f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
        if state != READ:
            print("    the prompt was not read ahead: the click read it", flush=True)
        opened = time.perf_counter()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--after-restart",
        metavar="CASE",
        help="only: first words after a restart with reading ahead, for this report case",
    )
    parser.add_argument("--kinds", nargs="+", default=["platform", "police"])
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--skip-kinds", action="store_true", help="only the speed measurements")
    args = parser.parse_args()
    settings = settings_module.load_settings()
    if args.after_restart:
        return after_restart(settings, args.after_restart, args.kinds)
    threads = args.threads or settings.n_threads
    backend = LlamaCppBackend(settings.llm_model_path, n_threads=threads, n_ctx=settings.n_ctx)
    started = time.perf_counter()
    backend.llama  # noqa: B018 - load outside the timings
    print(f"model load: {time.perf_counter() - started:.1f} s, threads={threads}, "
          f"cpus={os.cpu_count()}, load avg={os.getloadavg()[0]:.1f}")  # fmt: skip
    typical = load_case(CASES / "typical.json")
    other = load_case(CASES / "many_numbers.json")
    retriever = retriever_for(settings)  # real guidance passages, as the CLI and page use them
    options = {"max_tokens": args.max_tokens, "today": TODAY, "retriever": retriever}

    # Per kind, the three ways a user meets the model (first token after the click):
    # - at once: the app was just started, only the rules' cells come back from disk;
    # - another kind: a letter of another kind of this case was drafted (its materials are kept);
    # - read ahead: the 起草 page was open long enough for the background reading to finish.
    rows = []
    with tempfile.TemporaryDirectory() as rules_dir:
        backend.prefixes = PrefixCache(directory=Path(rules_dir), model_id="bench")
        backend.prepare(build_messages("platform", other))  # leaves the rules' cells on disk
        for kind in () if args.skip_kinds else LLM_KINDS:
            started = time.perf_counter()
            passages = retrieve_passages(retriever, kind, typical)  # one query per issue
            retrieval = time.perf_counter() - started
            messages = build_messages(kind, typical, passages)
            chat = [{"role": m.role, "content": m.content} for m in messages]
            prompt = len(backend.prefixes.prompt_tokens(backend.llama, chat) or [])
            stages = [
                end
                for end, _ in backend.prefixes.stages(backend.llama, chat, messages[-1].shared_head)
            ]
            once = {**options, "passages": passages}
            backend.prefixes = PrefixCache(directory=Path(rules_dir), model_id="bench")  # a restart
            at_once = draft_document(typical, kind, backend, **once)
            backend.prefixes = PrefixCache(directory=Path(rules_dir), model_id="bench")
            backend.prepare(
                build_messages("deletion" if kind != "deletion" else "platform", typical)
            )
            another = draft_document(typical, kind, backend, **once)
            backend.prefixes = PrefixCache(directory=Path(rules_dir), model_id="bench")
            started = time.perf_counter()
            backend.prepare(messages)
            reading = time.perf_counter() - started
            ahead = draft_document(typical, kind, backend, **once)
            same = ahead.text == at_once.text == another.text
            rows.append((kind, retrieval, prompt, stages, at_once, another, reading, ahead, same))
            firsts = [r.first_token_s or 0.0 for r in (at_once, another, ahead)]
            print(f"{kind:<10} retrieval {retrieval:.1f} s, prompt {prompt} tokens, "
                  f"stages {stages}; first token at once {firsts[0]:.1f} s, another kind "
                  f"{firsts[1]:.1f} s, read ahead {firsts[2]:.2f} s (reading {reading:.1f} s); "
                  f"total {at_once.seconds:.1f} s, repair={at_once.repair}, "
                  f"same text={same}")  # fmt: skip

    messages = build_messages("platform", typical)
    ratios, ours, raw = [], [], []
    for round_ in range(args.rounds):
        # Alternate the order so neither side always runs right after the other's warm-up.
        pair = [("raw", raw_stream), ("ours", our_stream)]
        if round_ % 2:
            pair.reverse()
        rates = {name: run(backend, messages, args.max_tokens)[1] for name, run in pair}
        raw.append(rates["raw"])
        ours.append(rates["ours"])
        ratios.append(rates["ours"] / rates["raw"] if rates["raw"] else 0.0)
    # Best-of is the least contention-affected estimate on a shared machine; medians shown too.
    raw_rate, our_rate = max(raw), max(ours)
    ratio = our_rate / raw_rate if raw_rate else 0.0
    print(f"median tok/s raw {statistics.median(raw):.1f}, ours {statistics.median(ours):.1f}, "
          f"median per-round ratio {statistics.median(ratios):.3f}")  # fmt: skip
    per_round = ", ".join(f"{r:.2f}" for r in ratios)
    print(f"best tok/s raw llama-cpp-python {raw_rate:.1f}, ours {our_rate:.1f}, "
          f"ratio {ratio:.3f} (per-round ratios: {per_round})")  # fmt: skip

    # Passages fetched once, so the timings below are the model's alone (no query embedding).
    passages = retrieve_passages(retriever, "platform", typical)
    # By default the app restores only the system prompt before each draft (reproducible text);
    # reusing any matching prefix is the CS_LLM_REUSE_PREFIX=1 mode, measured here too.
    backend.reuse_prefix = True
    once = {"max_tokens": args.max_tokens, "today": TODAY, "passages": passages, "retries": 0}
    backend.llama.reset()
    cold = draft_document(other, "platform", backend, **once).first_token_s or 0.0
    draft_document(typical, "platform", backend, **once)
    warm = draft_document(other, "platform", backend, **once).first_token_s or 0.0
    again = draft_document(other, "platform", backend, **once).first_token_s or 0.0
    speedup, speedup_again = cold / max(warm, 1e-6), cold / max(again, 1e-6)
    print(f"prefix cache: first token cold {cold:.2f} s; after another case's draft of the same "
          f"kind {warm:.2f} s ({speedup:.1f}x); same case again {again:.2f} s "
          f"({speedup_again:.1f}x)")  # fmt: skip

    print("\n## Drafting\n")
    print(f"Default GGUF, {threads} thread(s), max_tokens {args.max_tokens}, case `typical` "
          f"(retrieval timed apart; first token = prompt evaluation), "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs.\n")  # fmt: skip
    print("| kind | retrieval (s) | prompt tokens (rules / + materials) | first token: at once "
          "after a restart (s) | after another kind of the case (s) | read ahead (s) | reading "
          "ahead took (s) | total (s) | repair | same text |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for kind, retrieval, prompt, stages, at_once, another, reading, ahead, same in rows:
        marks = " / ".join(str(end) for end in stages[:2])
        firsts = [r.first_token_s or 0.0 for r in (at_once, another, ahead)]
        print(f"| {kind} | {retrieval:.1f} | {prompt} ({marks}) | {firsts[0]:.1f} "
              f"| {firsts[1]:.1f} | {firsts[2]:.2f} | {reading:.1f} | {at_once.seconds:.1f} "
              f"| {at_once.repair} | {'yes' if same else 'no'} |")  # fmt: skip
    print(f"\nDecode speed: ours {our_rate:.1f} tok/s vs raw llama-cpp-python {raw_rate:.1f} tok/s "
          f"(best of {args.rounds} interleaved rounds) → ratio **{ratio:.3f}** "
          "(target ≥ 0.95).\n")  # fmt: skip
    print(f"Prompt-prefix reuse (llama.cpp keeps the evaluated prefix): first token of a "
          f"`platform` draft for case `many_numbers` cold {cold:.2f} s, right after a draft for "
          f"another case {warm:.2f} s (**{speedup:.1f}×**), the same case again {again:.2f} s "
          f"(**{speedup_again:.1f}×**).")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
