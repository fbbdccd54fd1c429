"""The command line of SPEC § 3: `python cli.py COMMAND …` from the repo root.

Every command exits 0 on success and 2 on bad input with a one-line Chinese+English message on
stderr — never a traceback. `--json` prints exactly one JSON document to stdout. The commands
themselves live in commands/ (one module per group); this file is the parser and the entry.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

import settings as settings_module  # first: forces the offline environment
from commands.bundle import add_bundle_arguments, cmd_bundle
from commands.common import EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK
from commands.evidence import cmd_facts, cmd_ocr, cmd_transcribe
from commands.letters import cmd_doctor, cmd_draft, cmd_export, cmd_index, cmd_search
from commands.store import cmd_cases, cmd_lock, cmd_sent, cmd_store
from errors import ContactShieldError

__all__ = ["DRAFT_KINDS", "EXIT_BAD_INPUT", "EXIT_FAILED_CHECK", "EXIT_OK", "build_parser", "main"]

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
    facts.add_argument(
        "--records",
        action="store_true",
        help="print the case with each screen's record, the number table, quotes and issues",
    )
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
    add_bundle_arguments(add("bundle", cmd_bundle, "hand a case over: sealed bundle export/import"))
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
