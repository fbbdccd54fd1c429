"""The case store, locked or plain, and the desk: `lock`, `store`, `sent`, `cases`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import settings as settings_module
from commands.common import EXIT_OK, bad_input, emit_json


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
