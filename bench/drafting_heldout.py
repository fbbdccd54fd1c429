"""Real drafts on the held-out cases: how often the model's own text passes the checks unrepaired.

The prompts were written against `tests/drafting/cases/`; the cases in `tests/drafting/heldout/`
(workplace defamation, threats to safety, a fake court summons, an up-front deduction, conduct
spanning 2026-01-01, a plain case) were written later for the legal-issue tests and never used to
tune a prompt, so they are the report set for drafting.

Run from the repo root: `.venv/bin/python bench/drafting_heldout.py [--kinds platform police]`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settings as settings_module  # noqa: E402 - first: offline environment
from casefile.model import load_case  # noqa: E402
from drafting.backends.llama import LlamaCppBackend  # noqa: E402
from drafting.compose import draft_document  # noqa: E402
from drafting.service import retriever_for  # noqa: E402

HELDOUT = ROOT / "tests" / "drafting" / "heldout"
TODAY = date(2026, 11, 28)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kinds", nargs="+", default=["platform", "police"])
    parser.add_argument("--max-tokens", type=int, default=160)
    args = parser.parse_args()
    settings = settings_module.load_settings()
    backend = LlamaCppBackend(
        settings.llm_model_path, n_threads=settings.n_threads, n_ctx=settings.n_ctx
    )
    retriever = retriever_for(settings)
    rows = []
    for path in sorted(HELDOUT.glob("*.json")):
        case = load_case(path)
        for kind in args.kinds:
            result = draft_document(
                case,
                kind,
                backend,
                retriever=retriever,
                max_tokens=args.max_tokens,
                today=TODAY,
            )
            rows.append((path.stem, kind, result))
            print(f"{path.stem}/{kind}: raw_passed={result.raw_passed} repair={result.repair} "
                  f"dropped claims={len(result.dropped_claims)} final checks="
                  f"{result.checks.passed}")  # fmt: skip
    passed = sum(1 for _, _, result in rows if result.raw_passed)
    print("\n| case | kind | raw text passed | repair | sentences dropped as unsupported |")
    print("|---|---|---|---|---|")
    for name, kind, result in rows:
        raw = "yes" if result.raw_passed else "no"
        print(f"| {name} | {kind} | {raw} | {result.repair} | {len(result.dropped_claims)} |")
    final = sum(1 for _, _, result in rows if result.checks.passed)
    print(f"\nRaw LLM text passed every check without repair: {passed}/{len(rows)}; "
          f"final drafts passing: {final}/{len(rows)}.")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
