"""Redaction for shared exports: mask third parties' phone numbers and names, keep our own.

Kept as written: the borrower's own phone and name, the platform's service phone and the
collectors' numbers (the reader needs them to act). Everything else that looks like a Chinese
phone number is masked to `138****1111`; names are masked when the case knows them as third
parties (from evidence entities or the case's `third_parties` field), to `王**`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from casefile.model import Case
from evidence.entities.phones import phone_digits
from understanding.roles import number_rows

# Mobile (3-4-4, optional +86), 400/800 service lines, landlines with area code, SMS gateways.
PHONE_RE = re.compile(
    r"(?<![\d*])(?:\+?86[\s-]?)?"
    r"(?:1[3-9]\d(?:[\s-]?\d{4}){2}"
    r"|[48]00[\s-]?\d{3}[\s-]?\d{4}"
    r"|(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}"
    r"|10[69]\d{5,17})"
    r"(?![\d*])"
)
NAME_KEYS = ("names", "persons", "people", "contacts", "third_parties")


def mask_phone(phone: str) -> str:
    """`13800001111` -> `138****1111` (first three and last four digits kept)."""
    number = phone_digits(phone)
    if len(number) < 8:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_name(name: str) -> str:
    """`王小明` -> `王**`."""
    return name[:1] + "*" * max(1, len(name) - 1)


def _names_in(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value.strip()
    elif isinstance(value, dict):
        yield from _names_in(value.get("name", ""))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _names_in(item)


@dataclass(frozen=True)
class Redactor:
    """Masks every phone not in `keep_phones` and every name in `names`."""

    keep_phones: frozenset[str]
    names: tuple[str, ...]  # longest first, so 王小明 is masked before 王小

    def phone(self, match: re.Match[str]) -> str:
        number = phone_digits(match.group(0))
        return match.group(0) if number in self.keep_phones else mask_phone(number)

    def __call__(self, text: str) -> str:
        """The text with third parties' phones and names masked."""
        if not text:
            return text
        text = PHONE_RE.sub(self.phone, text)
        for name in self.names:
            text = text.replace(name, mask_name(name))
        return text


def redactor_for(case: Case) -> Redactor:
    """A redactor keeping the borrower's and the platform's own details and every number the
    case holds as a collector's, platform's or authority's (the police need those)."""
    keep = {phone_digits(case.borrower.phone), phone_digits(case.platform.service_phone)}
    keep |= {phone_digits(n) for n in case.harassment.collector_numbers}
    keep |= {
        row.sender
        for row in number_rows(case)
        if row.is_number and row.role in ("collector", "platform", "authority")
    }
    keep -= {""}
    own = {case.borrower.name.strip()}
    found: set[str] = set(_names_in(case.extra.get("third_parties", [])))
    for item in case.evidence:
        entities = item.extra.get("entities") or {}
        if isinstance(entities, dict):
            for key in NAME_KEYS:
                found.update(_names_in(entities.get(key, [])))
    names = sorted((n for n in found if len(n) >= 2 and n not in own), key=len, reverse=True)
    return Redactor(frozenset(keep), tuple(names))


def no_redaction(text: str) -> str:
    """The identity, for unredacted exports."""
    return text
