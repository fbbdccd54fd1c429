"""Handing a case over between laptops: `bundle export` and `bundle import` of sealed bundles.

A sealed bundle (exports.bundle_seal) carries its own passphrase, never the data dir's: the data
dir's comes from CS_PASSPHRASE_FILE as for every store command, the bundle's from
`--passphrase-file` or the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import uuid
from pathlib import Path

import settings as settings_module
from commands.common import EXIT_OK, bad_input, emit_json
from commands.store import open_case_store


def add_bundle_arguments(bundle: argparse.ArgumentParser) -> None:
    """`bundle export CASE_ID -o FILE` and `bundle import FILE`, each with --passphrase-file."""
    bundle.add_argument("action", choices=("export", "import"))
    bundle.add_argument("target", help="export: the case id; import: the bundle file")
    bundle.add_argument("-o", "--output", type=Path, help="export: where to write the bundle")
    bundle.add_argument(
        "--passphrase-file", type=Path, help="the bundle's own passphrase (first line)"
    )


def cmd_bundle(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    if args.action == "export":
        return _export(args, settings)
    if args.output is not None:
        raise bad_input(
            "导入不需要 -o：案件会直接存进本机的案件库。",
            "import takes no -o: the case goes into the store.",
        )
    return _import(args, settings)


def _export(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from exports.bundle_seal import export_sealed

    if args.output is None:
        raise bad_input(
            "请用 -o 给出案件包要保存的文件，例如 -o 张某.csb。",
            "Give the file to write with -o, e.g. -o case.csb.",
        )
    store = open_case_store(settings)
    store.get_summary(args.target)  # an unknown case id stops before any passphrase is asked
    data = export_sealed(store, args.target, _passphrase(args.passphrase_file, twice=True))
    _write(args.output, data)
    if args.json:
        emit_json({"id": args.target, "file": str(args.output), "bytes": len(data)})
    else:
        print(f"已导出加密案件包：{args.output}（请把口令另行告诉接手的同事）")
    return EXIT_OK


def _import(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from exports.bundle_seal import import_any, is_sealed

    path = Path(args.target)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise bad_input(
            f"读不到案件包 {path}：{error.strerror}。请检查文件路径。",
            f"Cannot read the bundle {path}: {error.strerror}. Check the path.",
        ) from error
    store = open_case_store(settings)
    passphrase = _passphrase(args.passphrase_file, twice=False) if is_sealed(data) else ""
    case_id = import_any(store, data, passphrase)
    if args.json:
        emit_json({"id": case_id})
    else:
        print(case_id)
    return EXIT_OK


def _passphrase(path: Path | None, *, twice: bool) -> str:
    """The bundle passphrase: the file's first line, else asked on the terminal."""
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise bad_input(
                f"读不到口令文件 {path}：{error.strerror}",
                f"Cannot read the passphrase file {path}: {error.strerror}",
            ) from error
        return text.splitlines()[0] if text.strip() else ""
    if not sys.stdin.isatty():
        raise bad_input(
            "需要案件包口令：请用 --passphrase-file 给出存放口令的文件。",
            "The bundle's passphrase is needed: give a file holding it with --passphrase-file.",
        )
    import getpass

    first = getpass.getpass("案件包口令 / bundle passphrase: ")
    if twice and getpass.getpass("再输入一次 / again: ") != first:
        raise bad_input(
            "两次输入的口令不一致，未导出。", "The two passphrases differ; not exported."
        )
    return first


def _write(path: Path, data: bytes) -> None:
    """All or nothing: a temp file beside the target, fsynced, then renamed over it."""
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise bad_input(
            f"无法写入 {path}：{error.strerror}。请检查文件夹是否存在、是否可写。",
            f"Cannot write {path}: {error.strerror}. Check that the folder exists and is writable.",
        ) from error
