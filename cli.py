"""The command line of SPEC § 3: `python cli.py COMMAND …` from the repo root.

Every command exits 0 on success and 2 on bad input with a one-line Chinese+English message on
stderr — never a traceback. `--json` prints exactly one JSON document to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import settings as settings_module  # first: forces the offline environment
from errors import ContactShieldError

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


def emit_json(document: Any) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def bad_input(zh: str, en: str) -> ContactShieldError:
    return ContactShieldError(zh, en)


# --- doctor --------------------------------------------------------------------------------------


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


# --- evidence ------------------------------------------------------------------------------------


def cmd_ocr(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from evidence.report import ocr_text_report, read_batch

    results = read_batch(args.images, settings)  # bad files: stderr lines; all bad: raises
    if args.json:
        emit_json([item.to_json(args.lang) for item in results])
    else:
        print(ocr_text_report(results, args.lang))
    return EXIT_OK


def cmd_facts(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from casefile.model import case_to_dict, load_case
    from evidence.intake import successes_of
    from evidence.report import read_batch
    from understanding.build import build_case

    base = load_case(args.case) if args.case else None
    results = read_batch(args.images, settings)
    emit_json(case_to_dict(build_case(successes_of(results), base)))
    return EXIT_OK


# --- guidance ------------------------------------------------------------------------------------


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


# --- drafting ------------------------------------------------------------------------------------


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


# --- case workspace ------------------------------------------------------------------------------


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


# --- the case store, locked or plain ------------------------------------------------------------


def read_passphrase(settings: settings_module.Settings, prompt: str, *, twice: bool = False) -> str:
    """The passphrase from CS_PASSPHRASE_FILE's first line, else asked on the terminal."""
    from casefile.store.crypto import missing_passphrase

    if settings.passphrase_file:
        try:
            text = Path(settings.passphrase_file).read_text(encoding="utf-8")
        except OSError as error:
            raise bad_input(
                f"读不到口令文件 {settings.passphrase_file}：{error.strerror}",
                f"Cannot read the passphrase file {settings.passphrase_file}: {error.strerror}",
            ) from error
        return text.splitlines()[0] if text.strip() else ""
    if not sys.stdin.isatty():
        raise missing_passphrase()
    import getpass

    first = getpass.getpass(prompt)
    if twice and getpass.getpass("再输入一次 / again: ") != first:
        raise bad_input("两次输入的口令不一致。", "The two passphrases differ.")
    return first


def open_case_store(settings: settings_module.Settings) -> Any:
    """The case store, unlocked with the passphrase when the data dir is locked (else exit 2)."""
    from casefile.store.crypto import is_locked
    from casefile.store.lock import open_store

    if not is_locked(settings.data_dir):
        return open_store(settings.data_dir)
    return open_store(settings.data_dir, read_passphrase(settings, "口令 / passphrase: "))


def cmd_lock(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from casefile.store.crypto import is_locked
    from casefile.store.relock import change_passphrase, lock_existing

    if args.change:
        old = read_passphrase(settings, "现在的口令 / current passphrase: ")
        new = _new_passphrase(Path(args.new_file) if args.new_file else None)
        change_passphrase(settings.data_dir, old, new)
        done = "口令已更换 / passphrase changed"
    elif is_locked(settings.data_dir):
        raise bad_input("本机数据已经加密了。", "The data dir is locked already (use --change).")
    else:
        lock_existing(
            settings.data_dir, read_passphrase(settings, "新口令 / new passphrase: ", twice=True)
        )
        done = "本机数据已加密；忘记口令将无法找回数据 / locked; a lost passphrase loses the data"
    if args.json:
        emit_json({"locked": True, "data_dir": str(settings.data_dir)})
    else:
        print(done)
    return EXIT_OK


def _new_passphrase(path: Path | None) -> str:
    if path is not None:
        text = path.read_text(encoding="utf-8")
        return text.splitlines()[0] if text.strip() else ""
    if not sys.stdin.isatty():
        raise bad_input("请用 --new-file 给出新口令。", "Give the new passphrase with --new-file.")
    import getpass

    first = getpass.getpass("新口令 / new passphrase: ")
    if getpass.getpass("再输入一次 / again: ") != first:
        raise bad_input("两次输入的口令不一致。", "The two passphrases differ.")
    return first


# --- the desk: stored cases, letters sent, next steps ---------------------------------------------


def cmd_store(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from exports.store_case import store_case_file

    case_id = store_case_file(open_case_store(settings), args.case, settings)
    if args.json:
        emit_json({"id": case_id})
    else:
        print(case_id)
    return EXIT_OK


def cmd_sent(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from casefile.store.letters import mark_sent, parse_day
    from exports.desk import default_due

    sent_on = parse_day(args.on, "--on")
    due_on = parse_day(args.due, "--due") if args.due else default_due(sent_on)
    letter_id = mark_sent(
        open_case_store(settings),
        args.case_id,
        args.kind,
        sent_on,
        due_on=due_on,
        channel=args.channel,
        recipient=args.to,
        reference=args.reference,
    )
    if args.json:
        emit_json({"id": letter_id, "case_id": args.case_id, "due": due_on.isoformat()})
    else:
        print(f"已记录寄出（{letter_id}），答复期限 {due_on.isoformat()}")
    return EXIT_OK


def cmd_cases(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from exports.desk import desk_today, store_rows

    today = desk_today(args.today or settings.today)
    rows = store_rows(open_case_store(settings), today)
    if args.json:
        emit_json([row.as_json() for row in rows])
    else:
        for row in rows:
            late = f" 逾期{row.overdue}" if row.overdue else ""
            print(f"{row.id}  {row.label}  {row.due or '-'}{late}  {row.next_step}")
    return EXIT_OK


# --- call recordings -----------------------------------------------------------------------------


def cmd_transcribe(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from evidence.audio.report import item_json, transcribe_batch, transcribe_text_report

    items = transcribe_batch(args.audio, settings)  # bad files: stderr lines; all bad: raises
    if args.json:
        emit_json([item_json(item, args.lang) for item in items])
    else:
        print(transcribe_text_report(items, args.lang))
    return EXIT_OK


# --- parser ------------------------------------------------------------------------------------

DRAFT_KINDS = ("platform", "police", "regulator", "contacts", "deletion", "evidence_list")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as bad input (exit 2, one line), not a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"参数错误：{message} / usage error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cli.py", description="ContactShield 通讯录护盾 — offline command line")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str, handler: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--json", action="store_true", help="print one JSON document")
        command.add_argument("--lang", choices=("zh", "en"), default="zh", help="message language")
        command.set_defaults(handler=handler)
        return command

    add("doctor", cmd_doctor, "check that everything needed is installed and offline")
    ocr = add("ocr", cmd_ocr, "OCR + entity extraction per image")
    ocr.add_argument("images", nargs="+", type=Path)
    facts = add("facts", cmd_facts, "OCR screenshots and merge them into a case.json")
    facts.add_argument("images", nargs="+", type=Path)
    facts.add_argument("--case", type=Path, help="existing case.json to merge into")
    index = add("index", cmd_index, "(re)build the guidance index")
    index.add_argument("--rebuild", action="store_true")
    search = add("search", cmd_search, "hybrid search of the guidance")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=5)
    draft = add("draft", cmd_draft, "draft one document for a case")
    draft.add_argument("--case", type=Path, required=True)
    draft.add_argument("--kind", choices=DRAFT_KINDS, required=True)
    draft.add_argument("--backend", choices=settings_module.LLM_BACKENDS)
    export = add("export", cmd_export, "export the evidence list and drafts")
    export.add_argument("--case", type=Path, required=True)
    export.add_argument("--format", choices=("docx", "pdf", "md", "csv", "dossier"), required=True)
    export.add_argument("--redact", action="store_true")
    export.add_argument(
        "--letter", choices=DRAFT_KINDS[:5], default="police", help="dossier: the letter to include"
    )
    export.add_argument("-o", "--output", type=Path, required=True)
    transcribe = add("transcribe", cmd_transcribe, "speech-to-text of call recordings")
    transcribe.add_argument("audio", nargs="+", type=Path)
    store = add("store", cmd_store, "save a case.json and its screenshots in the case store")
    store.add_argument("case", type=Path)
    sent = add("sent", cmd_sent, "mark a letter of a stored case as sent")
    sent.add_argument("case_id")
    sent.add_argument("--kind", choices=DRAFT_KINDS[:5], required=True)
    sent.add_argument("--on", required=True, help="date sent, YYYY-MM-DD")
    sent.add_argument("--due", default="", help="reply due, YYYY-MM-DD (default: 15 days later)")
    sent.add_argument("--channel", default="", help="how it was sent (email, app, post)")
    sent.add_argument("--to", default="", help="to whom")
    sent.add_argument("--reference", default="", help="complaint or receipt number")
    cases = add("cases", cmd_cases, "the desk: every stored case and its next step")
    cases.add_argument("--today", default="", help="count from this date, YYYY-MM-DD")
    lock = add("lock", cmd_lock, "encrypt the data dir with a passphrase (CS_PASSPHRASE_FILE)")
    lock.add_argument("--change", action="store_true", help="change the passphrase instead")
    lock.add_argument("--new-file", default="", help="--change: file holding the new passphrase")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = settings_module.load_settings()
        return args.handler(args, settings)
    except ContactShieldError as error:
        print(error.one_line(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValueError as error:  # invalid settings and the like
        print(f"输入有误 / bad input: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("已取消 / cancelled", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader left early (`cli.py … | head`): no traceback, and none at the final flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED_CHECK


if __name__ == "__main__":
    raise SystemExit(main())
