"""The case file of SPEC § 2 as frozen dataclasses, parsed at the edge and trusted inside.

Unknown fields are kept (in `extra`) at every level so a newer tool's data survives a round trip.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from errors import BadCaseFile

CASE_VERSION = 1
# Who a number or sender is to the borrower; the user confirms each on the 证据 page.
ROLES = ("collector", "platform", "relative", "colleague", "friend", "authority", "unknown")
EVIDENCE_KINDS = ("chat", "sms", "call_log", "social", "email", "im", "other", "recording")
MAX_CASE_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Borrower:
    name: str = ""
    phone: str = ""
    city: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Platform:
    name: str = ""
    company: str = ""
    service_phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Loan:
    amount: float | None = None
    borrowed_on: str = ""
    due_on: str = ""
    repaid: float | None = None
    notes: str = ""
    deducted: float | None = None  # taken off the amount up front (fees, "interest")
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Quote:
    """The collectors' words, verbatim, with the exhibit they come from and a category."""

    text: str = ""
    exhibit: str = ""
    category: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Harassment:
    started_on: str = ""
    last_on: str = ""
    contacts_affected: int | None = None
    calls: int | None = None
    messages: int | None = None
    channels: tuple[str, ...] = ()
    collector_numbers: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()  # categories in our words ("称要上门"), never printed as quotes
    summary: str = ""
    quotes: tuple[Quote, ...] = ()  # verbatim words, each from an exhibit
    account: str = ""  # the borrower's own account of what happened, as they wrote it
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EvidenceItem:
    id: str = ""
    kind: str = "other"
    file: str = ""
    sha256: str = ""
    captured_on: str = ""
    summary: str = ""
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Action:
    on: str = ""
    action: str = ""
    result: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Case:
    version: int = CASE_VERSION
    borrower: Borrower = field(default_factory=Borrower)
    platform: Platform = field(default_factory=Platform)
    loan: Loan = field(default_factory=Loan)
    harassment: Harassment = field(default_factory=Harassment)
    evidence: tuple[EvidenceItem, ...] = ()
    actions_taken: tuple[Action, ...] = ()
    demands: tuple[str, ...] = ()
    issues_off: tuple[str, ...] = ()  # legal issues the user unticked on the draft page
    extra: dict[str, Any] = field(default_factory=dict)


T = TypeVar("T")


def _bad(path: str, expected: str, value: Any) -> BadCaseFile:
    shown = repr(value)[:60]
    return BadCaseFile(
        f"案件文件字段 {path} 应为{expected}，实际是 {shown}。",
        f"Case file field {path} should be {expected}, got {shown}.",
        "请修正该字段后重试。",
        "Fix that field and try again.",
    )


_ZH_NAMES = {str: "文本", int: "整数", float: "数字", list: "列表", dict: "对象"}


def _coerce(value: Any, hint: Any, path: str) -> Any:
    origin = get_origin(hint)
    if origin in (types.UnionType, typing.Union):  # X | None
        if value is None:
            return None
        inner = next(a for a in get_args(hint) if a is not type(None))
        return _coerce(value, inner, path)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise _bad(path, "列表", value)
        inner = get_args(hint)[0]
        return tuple(_coerce(v, inner, f"{path}[{i}]") for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise _bad(path, "对象", value)
        return dict(value)
    if is_dataclass(hint):
        return _from_dict(hint, value, path)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _bad(path, "数字", value)
        return float(value) if not float(value).is_integer() else value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _bad(path, "整数", value)
        if float(value) != int(value) or value < 0:
            raise _bad(path, "非负整数", value)
        return int(value)
    if hint is str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # phone numbers written as JSON numbers are common
        if not isinstance(value, str):
            raise _bad(path, "文本", value)
        return value
    return value


@cache
def _schema(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """Type hints and field names of a dataclass (resolving hints is slow: do it once)."""
    return get_type_hints(cls), frozenset(f.name for f in fields(cls)) - {"extra"}


def _from_dict(cls: type[T], data: Any, path: str) -> T:
    if not isinstance(data, dict):
        raise _bad(path or "(根)", "对象", data)
    hints, known = _schema(cls)
    values = {
        name: _coerce(data[name], hints[name], f"{path}.{name}".lstrip("."))
        for name in known
        if name in data and data[name] is not None
    }
    extra = {k: v for k, v in data.items() if k not in known}
    return cls(**values, extra=extra)


def case_from_dict(data: Any) -> Case:
    """Parse a case.json document; raises BadCaseFile with a clear message."""
    if isinstance(data, dict) and "version" in data:
        version = data["version"]
        if isinstance(version, bool) or not isinstance(version, int):
            raise _bad("version", "整数", version)
        if version > CASE_VERSION:
            raise BadCaseFile(
                f"案件文件版本为 {version}，本程序只支持到 {CASE_VERSION}。",
                f"Case file version {version} is newer than this app supports ({CASE_VERSION}).",
                "请升级通讯录护盾后再打开。",
                "Update ContactShield, then open it again.",
            )
    elif isinstance(data, dict):
        raise BadCaseFile(
            "案件文件缺少 version 字段。",
            "The case file has no `version` field.",
            '请在文件开头加入 "version": 1。',
            'Add "version": 1.',
        )
    case = _from_dict(Case, data, "")
    for index, item in enumerate(case.evidence):
        if item.kind not in EVIDENCE_KINDS:
            raise _bad(f"evidence[{index}].kind", " / ".join(EVIDENCE_KINDS), item.kind)
    return case


def _to_plain(value: Any) -> Any:
    if is_dataclass(value):
        out: dict[str, Any] = {}
        for item in fields(value):
            if item.name == "extra":
                continue
            plain = _to_plain(getattr(value, item.name))
            if plain not in ("", None, [], {}) or item.name == "version":
                out[item.name] = plain
        out.update(value.extra)
        return out
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    return value


def case_to_dict(case: Case) -> dict[str, Any]:
    """The case as a JSON-ready dict (empty fields omitted, unknown fields kept)."""
    return _to_plain(case)


def load_case(path: Path) -> Case:
    """Read and parse case.json; every failure is a BadCaseFile."""
    try:
        size = path.stat().st_size
        if size > MAX_CASE_FILE_BYTES:
            raise BadCaseFile(
                f"案件文件过大（{size // 1024 // 1024} MB）。",
                f"The case file is too large ({size} bytes).",
                "请检查是否选错了文件。",
                "Check that you chose the right file.",
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BadCaseFile(
            f"找不到案件文件：{path}。",
            f"Case file not found: {path}.",
            "请检查路径。",
            "Check the path.",
        ) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadCaseFile(
            f"案件文件不是有效的 JSON：{path}。",
            f"The case file is not valid JSON: {path} ({error}).",
            "请用导出的 case.json，或修正格式。",
            "Use an exported case.json or fix its syntax.",
        ) from error
    return case_from_dict(data)


def dump_case(case: Case) -> str:
    return json.dumps(case_to_dict(case), ensure_ascii=False, indent=2)
