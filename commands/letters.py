"""The checks, the guidance and the letters: `doctor`, `index`, `search`, `draft`, `export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import settings as settings_module
from commands.common import EXIT_FAILED_CHECK, EXIT_OK, bad_input, emit_json


def cmd_doctor(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from doctor import run_checks

    checks = run_checks(settings, lang=args.lang)
    ok = all(check.ok for check in checks)
    if args.json:
        emit_json({"ok": ok, "checks": [c.as_dict() for c in checks]})
    else:
        for check in checks:
            mark = "✓" if check.ok else "✗"
            print(f"{mark} {check.title}: {check.detail}")
        summary = {
            "zh": ("一切正常。", "有问题需要处理（见上）。"),
            "en": ("All good.", "Some checks failed (see above)."),
        }
        print(summary[args.lang][0 if ok else 1])
    return EXIT_OK if ok else EXIT_FAILED_CHECK


def cmd_index(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from rag.retrieval import build_retriever

    # strict: an index built without usable vectors must fail here, not report success.
    retriever = build_retriever(settings, rebuild=args.rebuild, strict=True)
    result = {"chunks": len(retriever.chunks), "seconds": round(retriever.seconds, 3)}
    if args.json:
        emit_json(result)
    elif args.lang == "en":
        state = "built" if retriever.built else "up to date"
        print(f"Guidance index {state}: {result['chunks']} passages, {result['seconds']} s.")
    else:
        state = "已建立" if retriever.built else "已是最新"
        print(f"指南索引{state}：{result['chunks']} 段，用时 {result['seconds']} 秒。")
    return EXIT_OK


def cmd_search(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from rag.retrieval import build_retriever

    if not args.query.strip():
        raise bad_input("请输入要查找的问题。", "Please give a question to search for.")
    if not 1 <= args.k <= 50:
        raise bad_input("-k 必须在 1 到 50 之间。", "-k must be between 1 and 50.")
    outcome = build_retriever(settings).search_outcome(args.query, k=args.k)
    passages = outcome.passages
    if outcome.note is not None:  # keyword (BM25) results only: say so, on stderr
        print(outcome.note.one_line(), file=sys.stderr)
    if args.json:
        emit_json([passage.as_dict() for passage in passages])
    else:
        for number, passage in enumerate(passages, start=1):
            where = f"({passage.source}, {passage.score:.3f})"
            print(f"{number}. [{passage.topic}] {passage.heading} {where}")
            print(f"   {passage.text[:160].replace(chr(10), ' ')}")
    return EXIT_OK


def case_warnings(case_path: Path, settings: settings_module.Settings) -> list[str]:
    """What to know before sending: the 治安 time limit (its last day, or what still works)."""
    from casefile.model import load_case
    from exports.desk import desk_today
    from law.timelimit import time_limit_warning, zhian_time_limit

    today = desk_today(settings.today)
    warning = time_limit_warning(zhian_time_limit(load_case(case_path), today), today)
    return [warning] if warning else []


def cmd_draft(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from drafting.service import draft_from_file

    result = draft_from_file(args.case, args.kind, settings, backend=args.backend)
    if args.json:
        emit_json({**result.to_json(), "warnings": case_warnings(args.case, settings)})
    else:
        print(result.text)
        if result.error:
            print(result.error, file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from casefile.model import load_case
    from exports.dossier import with_file_hashes
    from exports.evidence_list import drafts_from_case, export_case, write_atomically

    # An exhibit whose case-file entry has no SHA-256 gets it from its file (next to case.json).
    case = with_file_hashes(load_case(args.case), args.case)
    if args.format == "dossier":  # every exhibit printed; files resolved next to case.json
        from exports.dossier import case_file_pictures
        from exports.workspace import render_dossier

        data = render_dossier(
            case,
            case_file_pictures(case, args.case),
            drafts_from_case(case),
            redact=args.redact,
            title=" · ".join(p for p in (case.borrower.name, case.platform.name) if p)
            or args.case.stem,
            letter=args.letter,
            fmt="docx" if args.output.suffix.lower() == ".docx" else "pdf",
        )
    else:
        data = export_case(case, drafts_from_case(case), args.format, redact=args.redact)
    write_atomically(args.output, data)
    if args.json:
        emit_json({"path": str(args.output), "format": args.format, "bytes": len(data)})
    return EXIT_OK
