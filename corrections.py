"""The user's one-click fixes of a screenshot (pure): whose phone, and who the chat is with.

A fix is kept twice, so it survives every re-derivation and is never overwritten:
- in the case, `extra["screen_fixes"][exhibit]` (and, for a counterpart's role, in the stored
  roles `extra["contact_roles"]`, which always win over a guess);
- in the exhibit's parsed screen record (`entities["screen"]`: `owner`, `counterpart`), which the
  understanding of the case reads.
A freshly parsed record of the same exhibit gets the kept fixes again (`with_fixes`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from casefile.model import Case, EvidenceItem
from understanding.screen_events import SCREEN_KEY, record_json, sender_of

FIXES_KEY = "screen_fixes"
ROLES_KEY = "contact_roles"
# Whose phone a screenshot was taken on: the borrower's own, or one forwarded by a contact.
OWNERS = ("borrower", "relative", "colleague", "friend")
# Who the chat is with, as the user says it in one click.
COUNTERPART_ROLES = ("relative", "colleague", "friend", "collector")
# The number table's roles as SPEC § 3 names them: the borrower's own people are all `contact`.
CONTACT_ROLES = frozenset({"relative", "colleague", "friend"})


def spec_role(role: str) -> str:
    """collector | platform | contact | authority | unknown (relative/colleague/friend: contact)."""
    if role in CONTACT_ROLES:
        return "contact"
    return role if role in ("collector", "platform", "authority") else "unknown"


def sender_key(counterpart: str) -> str:
    """How the number table names a counterpart: a phone's digits, else the name as shown.

    The number table's own rule (understanding.screen_events.sender_of), so a role the user
    gives a chat lands on the very row the table shows for it.
    """
    return sender_of(counterpart)[0]


def entities_of(item: Any) -> dict:
    """An exhibit's stored entities: a stored evidence's own, or a case item's `extra`."""
    entities = getattr(item, "entities", None)
    if entities is None:
        entities = (getattr(item, "extra", None) or {}).get("entities")
    return entities if isinstance(entities, dict) else {}


record_of = record_json  # the parsed screen record (JSON) kept with an exhibit, if any


def screen_fixes(case: Case) -> dict[str, dict[str, str]]:
    """{exhibit: {field: value}} of the user's fixes kept in the case."""
    raw = case.extra.get(FIXES_KEY)
    if not isinstance(raw, dict):
        return {}
    return {str(k): dict(v) for k, v in raw.items() if isinstance(v, dict)}


def fixed_record(record: Mapping[str, Any], fix: Mapping[str, str]) -> dict:
    """The record with the user's fix on top (owner, owner's name, counterpart and its role)."""
    out = dict(record)
    for name in ("owner", "owner_name", "counterpart", "counterpart_role"):
        if fix.get(name):
            out[name] = fix[name]
    return out


def fix_screen(
    case: Case,
    exhibit: str,
    record: Mapping[str, Any] | None,
    *,
    owner: str = "",
    owner_name: str = "",
    counterpart: str = "",
    counterpart_role: str = "",
) -> tuple[Case, dict | None]:
    """Keep one fix in the case; returns the case and the exhibit's record with the fix on it.

    `counterpart_role` also becomes the stored role of the counterpart (by its number-table name),
    so the number table and every figure follow it.
    """
    if owner and owner not in OWNERS:
        raise ValueError(f"unknown owner {owner!r}")
    if counterpart_role and counterpart_role not in COUNTERPART_ROLES:
        raise ValueError(f"unknown role {counterpart_role!r}")
    given = {
        "owner": owner,
        "owner_name": owner_name.strip(),
        "counterpart": counterpart.strip(),
        "counterpart_role": counterpart_role,
    }
    fixes = screen_fixes(case)
    fix = {**fixes.get(exhibit, {}), **{k: v for k, v in given.items() if v}}
    if owner == "borrower":
        fix.pop("owner_name", None)
    fixes[exhibit] = fix
    extra = {**case.extra, FIXES_KEY: fixes}
    who = fix.get("counterpart") or (record or {}).get("counterpart", "")
    if counterpart_role and who:
        roles = extra.get(ROLES_KEY) if isinstance(extra.get(ROLES_KEY), dict) else {}
        extra[ROLES_KEY] = {**roles, sender_key(str(who)): counterpart_role}
    fixed = case_with_fixes(replace(case, extra=extra))
    return fixed, fixed_record(record, fix) if record is not None else None


def _item_with_record(item: EvidenceItem, record: dict) -> EvidenceItem:
    entities = {**entities_of(item), SCREEN_KEY: record}
    return replace(item, extra={**item.extra, "entities": entities})


def case_with_fixes(case: Case) -> Case:
    """Every exhibit's kept record with the case's fixes on top (a fresh parse loses none)."""
    fixes = screen_fixes(case)
    evidence = []
    for item in case.evidence:
        record = record_of(item)
        fix = fixes.get(item.id)
        if record is None or not fix:
            evidence.append(item)
            continue
        evidence.append(_item_with_record(item, fixed_record(record, fix)))
    return replace(case, evidence=tuple(evidence))


def with_records(case: Case, records: Mapping[str, Mapping[str, Any]]) -> Case:
    """The case with parsed records ({sha256: record JSON}) kept with its exhibits, fixes on top.

    An exhibit that already keeps a record (from an earlier run) keeps it.
    """
    evidence = []
    for item in case.evidence:
        record = records.get(item.sha256)
        if record is None or record_of(item) is not None:
            evidence.append(item)
        else:
            evidence.append(_item_with_record(item, dict(record)))
    return case_with_fixes(replace(case, evidence=tuple(evidence)))


def store_fix(store: Any, case_id: str, exhibit: str, **fix: str) -> Case:
    """Keep one fix in the case store and derive the facts again; returns the merged case.

    `store` is a casefile.store.CaseStore; `fix` takes fix_screen's keywords. The role lands in
    the store's own role rows (they always win), the record in the exhibit's entities.
    """
    from understanding.build import merge_case_facts

    case = store.get_case(case_id)
    stored = store.get_evidence(case_id, exhibit)
    record = record_of(stored)
    fixed, new_record = fix_screen(case, exhibit, record, **fix)
    store.save_facts(case_id, fixed)
    roles = fixed.extra.get(ROLES_KEY) or {}
    before = case.extra.get(ROLES_KEY) or {}
    changed = {k: v for k, v in roles.items() if before.get(k) != v}
    if changed:
        store.set_contact_roles(case_id, changed)
    if new_record is not None:
        store.update_evidence(
            case_id, exhibit, entities={**(stored.entities or {}), SCREEN_KEY: new_record}
        )
    return merge_case_facts(store, case_id)


def mark_owner(
    store: Any, case_id: str, hashes: Iterable[str], owner: str, owner_name: str = ""
) -> list[str]:
    """Mark the stored screenshots with these SHA-256s as taken on `owner`'s phone (at upload).

    Kept like any fix (case and record); returns the exhibits marked. Nothing is derived again:
    the upload's own merge does that.
    """
    wanted = set(hashes)
    items = [item for item in store.list_evidence(case_id) if item.sha256 in wanted]
    if owner == "borrower" or not items:
        return []
    case = store.get_case(case_id)
    marked = []
    for item in items:
        case, record = fix_screen(
            case, item.id, record_of(item), owner=owner, owner_name=owner_name
        )
        if record is not None:
            store.update_evidence(
                case_id, item.id, entities={**(item.entities or {}), SCREEN_KEY: record}
            )
        marked.append(item.id)
    store.save_facts(case_id, case)
    return marked
