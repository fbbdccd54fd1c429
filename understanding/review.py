"""The facts review as data: what the letters use, where each item came from, what is confirmed.

Pure functions over a `Case` (no Streamlit, no I/O). Confirmation marks are audit events
(`facts.confirm`, section + the section's fingerprint): a mark counts only while the section
still holds the values that were confirmed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from casefile.model import Action, Case, case_to_dict
from evidence.entities.phones import phone_digits

CONFIRM_ACTION = "facts.confirm"
# Section -> the flat review fields it holds, in the order the page shows them.
SECTIONS: dict[str, tuple[str, ...]] = {
    "dates": ("started_on", "last_on"),
    "people": ("contacts_affected", "channels", "third_parties"),
    "numbers": ("collector_numbers",),
    "figures": ("calls", "messages"),
    "threats": ("threats",),
    "loan": ("platform_name", "platform_company", "amount", "borrowed_on", "due_on", "repaid"),
    "actions": ("actions_taken",),
    "account": ("borrower_name", "borrower_phone", "borrower_city", "summary", "demands"),
}
COUNT_FIELDS = ("contacts_affected", "calls", "messages")
MONEY_FIELDS = ("amount", "repaid")
LIST_FIELDS = ("channels", "third_parties", "collector_numbers", "threats", "demands")
ACTION_SEP = "｜"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in str(text).splitlines() if line.strip())


def _count(value: Any) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _money(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return (int(number) if number.is_integer() else number) if number > 0 else None


def action_line(action: Action) -> str:
    """One action as the editable line "2025-02-11｜联系平台客服｜未答复"."""
    return ACTION_SEP.join((action.on, action.action, action.result)).rstrip(ACTION_SEP)


def parse_action(line: str) -> Action:
    """The inverse of `action_line`; a line without separators is the action itself."""
    parts = [part.strip() for part in re.split(r"[｜|]", line)]
    if len(parts) == 1:
        return Action(action=parts[0])
    on, action, *rest = parts
    return Action(on=on, action=action, result=ACTION_SEP.join(rest))


def review_values(case: Case) -> dict[str, Any]:
    """Flat values of every review field (lists as one item per line)."""
    h, loan = case.harassment, case.loan
    third = case.extra.get("third_parties", [])
    return {
        "started_on": h.started_on,
        "last_on": h.last_on,
        "contacts_affected": h.contacts_affected or 0,
        "channels": "\n".join(h.channels),
        "third_parties": "\n".join(str(t) for t in third if isinstance(t, str)),
        "collector_numbers": "\n".join(h.collector_numbers),
        "calls": h.calls or 0,
        "messages": h.messages or 0,
        "threats": "\n".join(h.threats),
        "platform_name": case.platform.name,
        "platform_company": case.platform.company,
        "amount": float(loan.amount or 0),
        "borrowed_on": loan.borrowed_on,
        "due_on": loan.due_on,
        "repaid": float(loan.repaid or 0),
        "actions_taken": "\n".join(action_line(a) for a in case.actions_taken),
        "borrower_name": case.borrower.name,
        "borrower_phone": case.borrower.phone,
        "borrower_city": case.borrower.city,
        "summary": h.summary,
        "demands": "\n".join(case.demands),
    }


def apply_review(case: Case, values: Mapping[str, Any]) -> Case:
    """The case with the reviewed values applied (fields not given keep their value)."""
    merged = {**review_values(case), **values}
    text = {k: str(v).strip() for k, v in merged.items() if k not in COUNT_FIELDS + MONEY_FIELDS}
    phones = (re.sub(r"[^\d+]", "", n) for n in _lines(text["collector_numbers"]))
    extra = dict(case.extra)
    third = _lines(text["third_parties"])
    if third:
        extra["third_parties"] = list(third)
    else:
        extra.pop("third_parties", None)
    return dataclasses.replace(
        case,
        borrower=dataclasses.replace(
            case.borrower,
            name=text["borrower_name"],
            phone=re.sub(r"\D", "", text["borrower_phone"]),
            city=text["borrower_city"],
        ),
        platform=dataclasses.replace(
            case.platform, name=text["platform_name"], company=text["platform_company"]
        ),
        loan=dataclasses.replace(
            case.loan,
            amount=_money(merged["amount"]),
            repaid=_money(merged["repaid"]),
            borrowed_on=text["borrowed_on"],
            due_on=text["due_on"],
        ),
        harassment=dataclasses.replace(
            case.harassment,
            started_on=text["started_on"],
            last_on=text["last_on"],
            contacts_affected=_count(merged["contacts_affected"]),
            calls=_count(merged["calls"]),
            messages=_count(merged["messages"]),
            channels=tuple(
                c for line in _lines(text["channels"]) for c in re.split("[、,，]", line)
            ),
            collector_numbers=tuple(p for p in phones if p),
            threats=_lines(text["threats"]),
            summary=text["summary"],
        ),
        actions_taken=tuple(parse_action(line) for line in _lines(text["actions_taken"])),
        demands=_lines(text["demands"]),
        extra=extra,
    )


def _digest(value: Any) -> str:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:16]


def facts_fingerprint(case: Case) -> str:
    """A short hash of everything a letter is built from (the facts, not the evidence rows)."""
    facts = case_to_dict(case)
    facts.pop("evidence", None)
    return _digest(facts)


def section_fingerprint(case: Case, section: str) -> str:
    values = review_values(case)
    return _digest({name: values[name] for name in SECTIONS[section]})


def confirmed_sections(case: Case, audit: Iterable[Mapping[str, Any]]) -> set[str]:
    """Sections whose latest confirmation still matches their current values."""
    latest: dict[str, Mapping[str, Any]] = {}
    for event in audit:
        if event.get("action") == CONFIRM_ACTION:
            detail = event.get("detail") or {}
            latest[str(detail.get("section"))] = detail
    return {
        section
        for section in SECTIONS
        if (detail := latest.get(section))
        and detail.get("confirmed")
        and detail.get("hash") == section_fingerprint(case, section)
    }


# --- where each item came from ---------------------------------------------------------------


def _entity_values(item: Any, key: str) -> list[str]:
    entities = item.extra.get("entities") if isinstance(item.extra, dict) else None
    raw = entities.get(key, []) if isinstance(entities, dict) else []
    out = []
    for value in raw if isinstance(raw, list) else []:
        if isinstance(value, dict):
            value = value.get("value") or value.get("date") or ""
        out.append(str(value))
    return out


def _squash(text: str) -> str:
    return re.sub(r"[\s，。,.!！?？“”\"']", "", text)


def exhibits_for(case: Case, kind: str, value: str) -> tuple[str, ...]:
    """Ids of the evidence items that show `value` (kind: phone, quote, date or amount)."""
    found = []
    for item in case.evidence:
        if kind == "phone":
            wanted = phone_digits(value)
            hit = bool(wanted) and (
                wanted in {phone_digits(p) for p in _entity_values(item, "phones")}
                or wanted in phone_digits(item.text)
            )
        elif kind == "quote":
            wanted = _squash(value)
            hit = bool(wanted) and (
                wanted in _squash(item.text)
                or any(wanted in _squash(t) for t in _entity_values(item, "threats"))
            )
        elif kind == "date":
            hit = bool(value) and (
                value in _entity_values(item, "dates") or value == item.captured_on
            )
        else:  # amount
            wanted = _money(value)
            hit = wanted is not None and any(
                _money(a) == wanted for a in _entity_values(item, "amounts")
            )
        if hit:
            found.append(item.id)
    return tuple(found)


def evidence_dates(case: Case) -> list[tuple[str, str]]:
    """(ISO date, evidence id) for every dated event the evidence shows, oldest first."""
    pairs = set()
    for item in case.evidence:
        days = [d for d in _entity_values(item, "dates") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)]
        if not days and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.captured_on or ""):
            days = [item.captured_on]
        pairs.update((day, item.id) for day in days)
    return sorted(pairs)


def evidence_range(case: Case) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """First and last date in the evidence, with the exhibits showing each ("" when none)."""
    pairs = evidence_dates(case)
    if not pairs:
        return "", "", (), ()
    first, last = pairs[0][0], pairs[-1][0]
    return (
        first,
        last,
        tuple(sorted({i for d, i in pairs if d == first})),
        tuple(sorted({i for d, i in pairs if d == last})),
    )


def listed(values: Sequence[str]) -> list[str]:
    """Non-empty, stripped lines."""
    return [v.strip() for v in values if v.strip()]
