"""`cli.py facts … --records`: the case with what was understood, in the shape of SPEC § 3.

Everything here is read from the case the `facts` command prints, through the same functions the
app's pages, the dossier and the letters use (number_rows, headline figures, letter_quotes,
confirmed_issues), so the document never counts on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from casefile.model import Case, case_to_dict
from corrections import record_of, sender_key, spec_role, with_records
from drafting.quotes import letter_quotes
from law.issues import confirmed_issues, editions
from law.timelimit import time_limit_warning, zhian_time_limit
from understanding.build import build_case
from understanding.consistency import check_consistency
from understanding.roles import case_events, number_rows

SCREEN_FIELDS = ("kind", "app", "owner", "counterpart", "messages", "calls", "fields")


def understood_case(results: Sequence[Any], base: Case | None) -> Case:
    """The case from the screenshots, each exhibit keeping its parsed screen record.

    The first merge names the exhibits; the records are then kept with them (the user's kept
    fixes on top) and the facts derived again, so the figures are the records' figures.
    """
    first = build_case(results, base)
    records = {
        result.sha256: result.screen.to_json()
        for result in results
        if getattr(result, "screen", None) is not None
    }
    kept = with_records(first, records)
    return build_case([], kept) if kept != first else first


def screens_json(case: Case) -> list[dict]:
    """One entry per exhibit: its parsed record (an unparsed exhibit: kind `other`)."""
    out = []
    for item in case.evidence:
        record = record_of(item) or {}
        entry: dict[str, Any] = {"exhibit": item.id, "file": item.file}
        entry["kind"] = record.get("kind", "other")
        entry["app"] = record.get("app", "unknown")
        entry["owner"] = record.get("owner", "borrower")
        entry["counterpart"] = record.get("counterpart", "")
        entry["messages"] = [
            {k: m.get(k, "") for k in ("side", "sender", "time", "text")}
            for m in record.get("messages", ())
        ]
        entry["calls"] = [
            {
                "number": c.get("number", ""),
                "name": c.get("name", ""),
                "count": int(c.get("count", 1) or 1),
                "direction": c.get("direction", ""),
                "time": c.get("time", ""),
                "tag": c.get("tag", ""),
            }
            for c in record.get("calls", ())
        ]
        entry["fields"] = dict(record.get("fields", {}))
        for name in ("owner_name", "counterpart_role"):  # the user's fixes, when made
            if record.get(name):
                entry[name] = record[name]
        out.append(entry)
    return out


def _saved_names(case: Case) -> dict[str, str]:
    """{digits: the name the phone shows beside them} from the call rows of the records."""
    names: dict[str, str] = {}
    for item in case.evidence:
        for row in (record_of(item) or {}).get("calls", ()):
            number = "".join(ch for ch in str(row.get("number", "")) if ch.isdigit())
            if number and row.get("name"):
                names.setdefault(number, str(row["name"]))
    return names


def _stamp(day: str, clock: str) -> str:
    return f"{day}T{clock}" if day and clock else day


def numbers_json(case: Case) -> list[dict]:
    """The number table: one row per number or sender, its role, figures and exhibits."""
    events, _ = case_events(case)
    times: dict[str, list[str]] = {}
    for event in events:
        if event.day:
            times.setdefault(event.sender, []).append(_stamp(event.day, event.time))
    names = _saved_names(case)
    out = []
    for row in number_rows(case):
        seen = sorted(times.get(row.sender, ()))
        out.append(
            {
                "number": row.sender if row.is_number else "",
                "name": names.get(row.sender, "") if row.is_number else row.sender,
                "role": spec_role(row.role),
                "confirmed": row.confirmed,
                "calls": row.calls,
                "messages": row.messages,
                "night": row.night,
                "first": seen[0] if seen else row.first_seen,
                "last": seen[-1] if seen else row.last_seen,
                "exhibits": list(row.exhibits),
            }
        )
    return out


def _squash(text: str) -> str:
    return "".join(text.split())


def quote_sender(case: Case, text: str, exhibit: str) -> str:
    """Who wrote a quote: the sender of the message it is in, else the chat's counterpart.

    Named as the number table names them (a phone's digits), so a quote finds its row.
    """
    item = next((e for e in case.evidence if e.id == exhibit), None)
    record = record_of(item) if item is not None else None
    if not record:
        return ""
    wanted = _squash(text)
    for message in record.get("messages", ()):
        if wanted and wanted in _squash(str(message.get("text", ""))):
            return sender_key(str(message.get("sender") or record.get("counterpart", "")))
    return sender_key(str(record.get("counterpart", "")))


def quotes_json(case: Case) -> list[dict]:
    """The quotes the letters print, with their exhibits."""
    return [
        {"text": q.text, "exhibit": q.exhibit, "sender": quote_sender(case, q.text, q.exhibit)}
        for q in letter_quotes(case)
    ]


def _consistency_lines(case: Case) -> Iterable[str]:
    what = {
        "borrowers": "借款人姓名不一致",
        "platforms": "平台名称不一致",
        "dates": "证据日期相隔很远",
    }
    for finding in check_consistency(case):
        shown = "；".join(
            f"{value}（{'、'.join(ids)}）"
            for value, ids in zip(finding.values, finding.exhibits, strict=True)
        )
        yield f"{what.get(finding.kind, finding.kind)}：{shown}，请核对这些证据是否属于同一案件。"


def warnings_json(case: Case, today: date) -> list[str]:
    """What to know before sending: the 治安 time limit, and exhibits that disagree."""
    out = []
    if warning := time_limit_warning(zhian_time_limit(case, today), today):
        out.append(warning)
    out.extend(_consistency_lines(case))
    return out


def records_document(case: Case, today: date) -> dict[str, Any]:
    """The SPEC § 3 `facts --records` document of a case."""
    return {
        "case": case_to_dict(case),
        "screens": screens_json(case),
        "numbers": numbers_json(case),
        "quotes": quotes_json(case),
        "issues": [issue.to_json() for issue in confirmed_issues(case)],
        "editions": list(editions(case)),
        "warnings": warnings_json(case, today),
    }


def headline_of(document: Mapping[str, Any]) -> dict[str, int]:
    """Calls, messages and collectors of a records document's number table (for checks)."""
    rows = [row for row in document["numbers"] if row["role"] == "collector"]
    return {
        "calls": sum(row["calls"] for row in rows),
        "messages": sum(row["messages"] for row in rows),
        "collectors": len(rows),
        "contacts": sum(1 for row in document["numbers"] if row["role"] == "contact"),
    }
