"""Do the exhibits tell one story? Different borrowers, platforms or dates years apart.

Pure functions over a `Case`: each finding names the values and the exhibits that show them, so
the facts review can say "E2 names 张某, E4 names 王某" before anything is drafted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from casefile.model import Case
from understanding.review import evidence_dates

# Years between the oldest and the newest evidence date that make us ask (screenshots of one
# harassment campaign span weeks or months; a second loan or a wrong year in OCR spans years).
YEARS_APART = 1
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤欧"
)
# The borrower as collectors name them: "借款人：张三", "你朋友李某欠款", "机主王**".
_ROLE = r"(?:借款人|欠款人|债务人|当事人|客户|机主|你的?朋友|您的?朋友|你的?同事|您的?同事|亲友)"
_NAME = re.compile(
    rf"{_ROLE}[：:\s]*([{SURNAMES}](?:某某|某|[*＊xX×]{{1,2}}|[\u4e00-\u9fff]{{1,2}}?))"
    r"(?=先生|女士|欠|逾期|借|还|的|已|在|，|,|。|：|:|\s|$)"
)
_PLATFORM_SUFFIX = re.compile(r"(?i)(app|平台|官方|客服)$")


@dataclass(frozen=True)
class Inconsistency:
    """One way the exhibits disagree: kind is "borrowers", "platforms" or "dates"."""

    kind: str
    values: tuple[str, ...]
    exhibits: tuple[tuple[str, ...], ...]  # per value, the evidence ids that show it


def borrower_names(text: str) -> list[str]:
    """Names the text gives the borrower (masked forms kept as written: 李某, 王**)."""
    return list(dict.fromkeys(match.group(1) for match in _NAME.finditer(text)))


def _name_key(name: str) -> str:
    """李某 and 李某某 are one masked name; 李某 and 李明 may be one person: keep them apart."""
    return re.sub(r"(某+|[*＊xX×]+)$", "某", name)


def _platform_key(name: str) -> str:
    return _PLATFORM_SUFFIX.sub("", name.strip()).strip() or name.strip()


def _finding(kind: str, seen: dict[str, set[str]], shown: dict[str, str]) -> Inconsistency:
    keys = sorted(seen, key=lambda k: (sorted(seen[k]) or ["~"])[0])
    return Inconsistency(
        kind, tuple(shown[k] for k in keys), tuple(tuple(sorted(seen[k])) for k in keys)
    )


def different_borrowers(case: Case) -> Inconsistency | None:
    seen: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for item in case.evidence:
        for name in borrower_names(item.text):
            key = _name_key(name)
            seen[key].add(item.id)
            shown.setdefault(key, name)
    if len(seen) < 2:
        return None
    # "李某" in one screenshot and "李明" in another may be the same person, masked.
    surnames = {key[0] for key in seen}
    masked = {key for key in seen if key.endswith("某")}
    if len(surnames) == 1 and len(masked) >= len(seen) - 1:
        return None
    return _finding("borrowers", seen, shown)


def different_platforms(case: Case) -> Inconsistency | None:
    seen: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for item in case.evidence:
        entities = item.extra.get("entities")
        raw = entities.get("platforms", []) if isinstance(entities, dict) else []
        for name in raw if isinstance(raw, list) else []:
            if isinstance(name, str) and name.strip():
                key = _platform_key(name)
                seen[key].add(item.id)
                shown.setdefault(key, name.strip())
    return _finding("platforms", seen, shown) if len(seen) >= 2 else None


def dates_years_apart(case: Case, years: int = YEARS_APART) -> Inconsistency | None:
    pairs = evidence_dates(case)
    if len(pairs) < 2:
        return None
    first, last = pairs[0][0], pairs[-1][0]
    if (date.fromisoformat(last) - date.fromisoformat(first)).days <= 365 * years:
        return None
    return Inconsistency(
        "dates",
        (first, last),
        (
            tuple(sorted({i for d, i in pairs if d == first})),
            tuple(sorted({i for d, i in pairs if d == last})),
        ),
    )


def check_consistency(case: Case) -> list[Inconsistency]:
    """Every disagreement between the exhibits, in a fixed order (borrowers, platforms, dates)."""
    checks = (different_borrowers(case), different_platforms(case), dates_years_apart(case))
    return [finding for finding in checks if finding is not None]
