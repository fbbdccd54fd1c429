"""Drafting benchmark per kind, against raw llama-cpp-python on the same prompt, in one process.

Per kind (platform, police, regulator, contacts, deletion) of one report case:
- ours: the letter as the app drafts it (PrefixCache, checks, one repair at most), without the
  time budget so the whole first call is timed: first words, the first call, the whole letter,
  model calls;
- raw: `Llama.create_chat_completion(stream=True)` on the same first prompt from a reset state:
  first token, whole reply, and llama.cpp's prompt and decode rates (tokens/s) on this machine
  now, so the figures can be set against a quiet machine's.
Then the report set (bench/drafting_heldout.py): the template path on every case, and the model
as the app runs it (CS_LLM_BUDGET) on as many letters as fit in --minutes of wall time.

Run from the repo root: `CS_DATA_DIR=… .venv/bin/python bench/drafting.py [--minutes 25]`.
Prints one line per measurement and Markdown for docs/BENCHMARKS.md (section "Drafting").
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settings as settings_module  # noqa: E402 - first: offline environment
from bench.drafting_heldout import (  # noqa: E402
    measure,
    model_run,
    report_cases,
    summary_table,
    template_run,
    totals,
)
from drafting.backends.factory import build_llm  # noqa: E402
from drafting.checks import LLM_KINDS  # noqa: E402
from drafting.compose import retrieve_passages  # noqa: E402
from drafting.prompts import build_messages  # noqa: E402
from drafting.service import retriever_for  # noqa: E402


def raw_call(backend, messages, max_tokens: int) -> dict[str, float]:
    """Raw llama-cpp-python on `messages` from a reset state: times, tokens and rates."""
    llama = backend.llama
    chat = [{"role": m.role, "content": m.content} for m in messages]
    prompt_tokens = len(backend.prefixes.prompt_tokens(llama, chat) or [])
    llama.reset()
    started = time.perf_counter()
    arrivals = []
    for chunk in llama.create_chat_completion(
        messages=chat, max_tokens=max_tokens, temperature=0.0, seed=backend.seed, stream=True
    ):
        if chunk["choices"][0]["delta"].get("content"):
            arrivals.append(time.perf_counter())
    first = arrivals[0] - started if arrivals else 0.0
    span = arrivals[-1] - arrivals[0] if len(arrivals) > 1 else 0.0
    return {
        "first": first,
        "total": (arrivals[-1] if arrivals else time.perf_counter()) - started,
        "tokens": len(arrivals),
        "prompt_tokens": prompt_tokens,
        "prompt_rate": prompt_tokens / first if first else 0.0,
        "decode_rate": (len(arrivals) - 1) / span if span else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=25.0, help="wall time for the model")
    parser.add_argument("--case", default="plain", help="the report case of the per-kind part")
    parser.add_argument("--kinds", nargs="+", default=list(LLM_KINDS))
    parser.add_argument(
        "--per-kind-share", type=float, default=0.6, help="of --minutes, for the per-kind part"
    )
    args = parser.parse_args()
    settings = settings_module.load_settings()
    cases = report_cases()
    load = os.getloadavg()[0]
    print(f"{len(cases)} report cases; cpus={os.cpu_count()}, load avg={load:.1f}", flush=True)
    template = template_run(cases)

    started = time.perf_counter()
    deadline = started + args.minutes * 60
    retriever = retriever_for(settings)
    backend = build_llm(settings)
    backend.llama  # noqa: B018 - load outside the timings
    loaded = time.perf_counter() - started
    print(f"model and guidance index loaded in {loaded:.1f} s, threads={settings.n_threads}, "
          f"load avg={os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    case = dict(cases)[args.case]
    rows = []
    per_kind_end = started + args.minutes * 60 * args.per_kind_share
    for kind in args.kinds:
        if time.perf_counter() + 2 * settings.llm_budget_s > per_kind_end:
            break
        passages = retrieve_passages(retriever, kind, case)
        options = {
            "retriever": retriever,
            "passages": passages,
            "max_tokens": settings.llm_max_tokens,
            "temperature": settings.llm_temperature,
        }
        ours = measure(args.case, case, kind, backend, **options)
        raw = raw_call(backend, build_messages(kind, case, passages), settings.llm_max_tokens)
        rows.append((kind, ours, raw))
        print(f"{kind:<9} ours: first words {ours.first_words_s or 0:.1f} s, first call "
              f"{ours.first_call_s or 0:.1f} s, letter {ours.seconds:.1f} s, calls {ours.calls}, "
              f"{ours.repair}; raw: first token {raw['first']:.1f} s, reply {raw['total']:.1f} s "
              f"({raw['tokens']} tokens; prompt {raw['prompt_tokens']} tokens at "
              f"{raw['prompt_rate']:.1f} tok/s, decode {raw['decode_rate']:.1f} tok/s); load avg "
              f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    others = [c for c in cases if c[0] != args.case] if rows else cases
    letters = model_run(others, backend, retriever, settings, deadline)

    print(f"\n## Drafting\n\nLoad average at start {load:.1f} on {os.cpu_count()} CPUs (shared).\n")
    print("| kind | ours: first words (s) | ours: first call (s) | ours: whole letter (s) "
          "| model calls | ending | raw: first token (s) | raw: whole reply (s) "
          "| ratio first words | ratio first call / raw reply | raw prompt tok/s "
          "| raw decode tok/s |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for kind, ours, raw in rows:
        first = ours.first_words_s or 0.0
        call = ours.first_call_s or 0.0
        print(f"| {kind} | {first:.1f} | {call:.1f} | {ours.seconds:.1f} | {ours.calls} "
              f"| {ours.repair} | {raw['first']:.1f} | {raw['total']:.1f} "
              f"| {first / raw['first'] if raw['first'] else 0:.2f} "
              f"| {call / raw['total'] if raw['total'] else 0:.2f} "
              f"| {raw['prompt_rate']:.1f} | {raw['decode_rate']:.1f} |")  # fmt: skip
    print("\n" + summary_table(template + letters) + "\n")
    print(totals(template + letters))
    print(f"\nwall time with the model: {(time.perf_counter() - started) / 60:.1f} min; "
          f"load avg at the end {os.getloadavg()[0]:.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
