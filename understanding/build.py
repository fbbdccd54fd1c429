"""Merging many screenshots into case facts (pure): dates, numbers, counts, channels, threats.

Input items are duck-typed so both fresh OCR results (`evidence.intake.ScreenshotResult`) and
stored evidence (`casefile.store.StoredEvidence`) work: each needs a file name, sha256, kind and
text; entities are recomputed from the text so a user's correction always counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from casefile.model import Case, EvidenceItem
from evidence.entities import (
    Entities,
    event_dates,
    extract_entities,
    screenshot_date,
)
from evidence.summary import count_calls, count_messages, summarise
from understanding.figures import case_figures
from understanding.hanzi import simplified
from understanding.loan import loan_with_evidence
from understanding.roles import number_rows
from understanding.screen_events import SCREEN_KEY, record_json

THREAT_SENTENCES = {
    "爆通讯录": "称要把欠款信息发给通讯录里的所有联系人（爆通讯录）",
    "联系亲友": "称要联系我的家人和亲友",
    "联系单位": "称要联系我的工作单位、领导或同事",
    "上门": "称要上门",
    "起诉": "称要起诉、让法院传唤或影响征信",
    "曝光照片": "称要曝光我的信息或照片",
    "辱骂": "使用侮辱性称呼（如“老赖”）",
}
CHANNELS = {
    "call_log": "电话",
    "sms": "短信",
    "chat": "微信",
    "im": "即时通讯",
    "social": "社交平台",
    "email": "邮件",
    "recording": "电话",
}
_SERVICE_PREFIXES = ("400", "800")
_PAPERS = ("id_card", "bill", "document")


@dataclass(frozen=True)
class _Item:
    file: str
    sha256: str
    kind: str
    text: str
    id: str
    captured_on: str
    summary: str
    entities: Entities
    screen: dict | None = None  # the parsed screen record (JSON), when the source keeps one


def _as_item(source: Any) -> _Item:
    """Accept ScreenshotResult, StoredEvidence or casefile EvidenceItem alike."""
    text = getattr(source, "text", "") or ""
    file = getattr(source, "file", "") or getattr(source, "filename", "")
    captured = getattr(source, "captured_on", "") or screenshot_date(text)
    return _Item(
        file=str(file),
        sha256=getattr(source, "sha256", ""),
        kind=getattr(source, "kind", "other") or "other",
        text=text,
        id=getattr(source, "id", "") or "",
        captured_on=captured,
        summary=getattr(source, "summary", "") or "",
        # The lender's name and the threats read in simplified characters ("速易貸" is 速易贷,
        # "聯繫你全部緊急聯絡人" names the borrower's people): the extractors are written so.
        entities=extract_entities(simplified(text)),
        screen=_screen_of(source),
    )


def _screen_of(source: Any) -> dict | None:
    """The parsed record of a fresh result (`screen`) or a stored exhibit (its entities)."""
    screen = getattr(source, "screen", None)
    if screen is not None and hasattr(screen, "to_json"):
        return screen.to_json()
    return record_json(source)


def _evidence_items(
    items: list[_Item], existing: tuple[EvidenceItem, ...]
) -> tuple[EvidenceItem, ...]:
    known = {item.sha256 for item in existing if item.sha256}
    used = {item.id for item in existing}
    number = len(existing)
    out = list(existing)
    for item in items:
        if item.sha256 and item.sha256 in known:
            continue
        known.add(item.sha256)
        identifier = item.id
        while not identifier or identifier in used:
            number += 1
            identifier = f"E{number}"
        used.add(identifier)
        out.append(
            EvidenceItem(
                id=identifier,
                kind=item.kind if item.kind in CHANNELS or item.kind == "other" else "other",
                file=item.file.rsplit("/", 1)[-1],
                sha256=item.sha256,
                captured_on=item.captured_on,
                summary=item.summary or summarise(item.kind, item.text, item.entities),
                text=item.text,
                # The record rides along, so who called or wrote is read from the screen's layout.
                extra={"entities": {SCREEN_KEY: item.screen}} if item.screen else {},
            )
        )
    return tuple(out)


def _merge_unique(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for group in groups for value in group if value))


def _user_or(old: Any, previous: Any, computed: Any) -> Any:
    """The user's own value when they changed it, else the value computed from the evidence."""
    if old in (None, "") or old == previous:
        return computed
    return old


def build_case(results: Iterable[Any], base: Case | None = None) -> Case:
    """Merge screenshots into `base` (or a new case): dates, numbers, counts, channels, threats.

    Numbers, counts and the harassment's start and end come from collectors' contact events
    (see understanding.roles); a value the user changed since the last merge is kept.
    """
    base = base or Case()
    new_items = [_as_item(result) for result in results]
    evidence = _evidence_items(new_items, base.evidence)
    # Facts come from every piece of evidence the case now holds, old and new.
    items = [_as_item(item) for item in evidence]

    threat_labels: list[str] = []
    channels: list[str] = []
    platforms: Counter = Counter()
    events: list[str] = []
    for item in items:
        paper = (item.screen or {}).get("kind") in _PAPERS
        dates = event_dates(item.text) or ([item.captured_on] if item.captured_on else [])
        # A birth date on an ID card or a bill's due day is never a day of contact.
        events.extend([] if paper else dates)
        platforms.update(item.entities.platforms)
        threat_labels.extend(item.entities.threats)
        item_calls = count_calls(item.text) if item.kind == "call_log" else 0
        if item.kind in CHANNELS and (
            item_calls or count_messages(item.kind, item.text) or item.entities.threats
        ):
            channels.append(CHANNELS[item.kind])

    # Numbers and counts come from contact events of collectors only (confirmed roles win).
    platform = base.platform
    if not platform.name and platforms:
        platform = replace(platform, name=platforms.most_common(1)[0][0])
    # The lender's name is known before the roles: a demand that names it tells whose debt it is.
    with_evidence = replace(base, evidence=evidence, platform=platform)
    rows = number_rows(with_evidence)
    figures = case_figures(with_evidence)
    old = base.harassment
    previous = old.extra.get("figures") if isinstance(old.extra.get("figures"), dict) else {}
    roles = {row.sender: row.role for row in rows}
    borrower_phone = re.sub(r"\D", "", base.borrower.phone)
    collectors = [row.sender for row in rows if row.role == "collector" and row.is_number]
    typed = [n for n in old.collector_numbers if n not in roles]  # typed by the user, not seen
    service = next(
        (r.sender for r in rows if r.role == "platform" and r.sender.startswith(_SERVICE_PREFIXES)),
        "",
    )
    if not figures.first_day:  # no dated contact event: fall back to the screens' own dates
        figures = replace(
            figures,
            first_day=min(events, default=""),
            last_day=max(events, default=""),
        )
    threats = [THREAT_SENTENCES[label] for label in dict.fromkeys(threat_labels)]
    extra = dict(old.extra)
    extra["figures"] = {
        **figures.as_facts(),
        "started_on": figures.first_day,
        "last_on": figures.last_day,
    }
    if figures.per_day:
        extra["per_day"] = {
            day.day: {"calls": day.calls, "messages": day.messages, "night": day.night}
            for day in figures.per_day
        }
    harassment = replace(
        old,
        started_on=_user_or(old.started_on, previous.get("started_on"), figures.first_day),
        last_on=_user_or(old.last_on, previous.get("last_on"), figures.last_day),
        calls=_user_or(old.calls, previous.get("calls"), figures.calls or None),
        messages=_user_or(old.messages, previous.get("messages"), figures.messages or None),
        contacts_affected=_user_or(
            old.contacts_affected,
            previous.get("contacts_reached"),
            figures.contacts_reached or None,
        ),
        channels=_merge_unique(old.channels, channels),
        collector_numbers=_merge_unique([n for n in collectors if n != borrower_phone], typed),
        threats=_merge_unique(old.threats, threats),
        extra=extra,
    )
    if not platform.service_phone and service:
        platform = replace(platform, service_phone=service)
    loan = loan_with_evidence(with_evidence)
    return replace(base, harassment=harassment, platform=platform, evidence=evidence, loan=loan)


def merge_case_facts(store: Any, case_id: str) -> Any:
    """Rebuild the case facts from all its stored evidence and save them; returns the Case."""
    case = build_case(store.list_evidence(case_id), base=store.get_case(case_id))
    store.save_facts(case_id, case)
    return store.get_case(case_id)
