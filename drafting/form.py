"""The facts form of the draft page as plain data: case → form values → case. Pure functions."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from casefile.model import Case


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in re.split(r"[\n,，、;；]+", text) if line.strip())


def _count(value: Any) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def form_values(case: Case) -> dict[str, Any]:
    """Flat form values (strings and ints) prefilled from the case."""
    h = case.harassment
    return {
        "borrower_name": case.borrower.name,
        "borrower_phone": case.borrower.phone,
        "borrower_city": case.borrower.city,
        "platform_name": case.platform.name,
        "platform_company": case.platform.company,
        "started_on": h.started_on,
        "last_on": h.last_on,
        "contacts_affected": h.contacts_affected or 0,
        "calls": h.calls or 0,
        "messages": h.messages or 0,
        "channels": "、".join(h.channels),
        "collector_numbers": "\n".join(h.collector_numbers),
        "threats": "\n".join(h.threats),
        "account": h.account,
        "summary": h.summary,
        "demands": "\n".join(case.demands),
    }


def case_with_form(case: Case, values: dict[str, Any]) -> Case:
    """The case with the form's values applied (unknown fields and evidence untouched)."""
    h = case.harassment
    phones = tuple(re.sub(r"[^\d+]", "", n) for n in _lines(values.get("collector_numbers", "")))
    return dataclasses.replace(
        case,
        borrower=dataclasses.replace(
            case.borrower,
            name=values.get("borrower_name", "").strip(),
            phone=re.sub(r"\D", "", values.get("borrower_phone", "")),
            city=values.get("borrower_city", "").strip(),
        ),
        platform=dataclasses.replace(
            case.platform,
            name=values.get("platform_name", "").strip(),
            company=values.get("platform_company", "").strip(),
        ),
        harassment=dataclasses.replace(
            h,
            started_on=values.get("started_on", "").strip(),
            last_on=values.get("last_on", "").strip(),
            contacts_affected=_count(values.get("contacts_affected")),
            calls=_count(values.get("calls")),
            messages=_count(values.get("messages")),
            channels=_lines(values.get("channels", "")),
            collector_numbers=tuple(p for p in phones if p),
            threats=tuple(t for t in values.get("threats", "").splitlines() if t.strip()),
            summary=values.get("summary", "").strip(),
            account=values.get("account", h.account).strip(),
        ),
        demands=tuple(d.strip() for d in values.get("demands", "").splitlines() if d.strip()),
    )
