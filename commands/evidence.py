"""Screenshots and recordings: `ocr`, `facts` (with `--records`), `transcribe`."""

from __future__ import annotations

import argparse

import settings as settings_module
from commands.common import EXIT_OK, emit_json


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
    from commands.records import records_document, understood_case
    from evidence.intake import successes_of
    from evidence.report import read_batch
    from exports.desk import desk_today

    base = load_case(args.case) if args.case else None
    results = read_batch(args.images, settings)
    case = understood_case(successes_of(results), base)
    if args.records:
        emit_json(records_document(case, desk_today(settings.today)))
    else:
        emit_json(case_to_dict(case))
    return EXIT_OK


def cmd_transcribe(args: argparse.Namespace, settings: settings_module.Settings) -> int:
    from evidence.audio.report import item_json, transcribe_batch, transcribe_text_report

    items = transcribe_batch(args.audio, settings)  # bad files: stderr lines; all bad: raises
    if args.json:
        emit_json([item_json(item, args.lang) for item in items])
    else:
        print(transcribe_text_report(items, args.lang))
    return EXIT_OK
