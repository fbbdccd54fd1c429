"""The legal section of each kind of document: which confirmed issues it states, citing which laws.

Statutes come only from the verified table (corpus/articles.toml, checked against the law texts).
"""

from __future__ import annotations

from casefile.model import Case
from law.citations import Citation, verified_articles
from law.elements import licensed_lender
from law.issues import ZHIAN, ZHIAN_2012, Issue, Statute, confirmed_issues, edition_note

# Chinese enumerators, 一 to 十九: Arabic list numbers would read as facts to the number check.
_CN_INDEX = "一二三四五六七八九十" + "".join(f"十{c}" for c in "一二三四五六七八九")

# The laws each kind cites (None: every law an issue names). A letter to the platform or a
# regulator argues civil and data-protection law; the police statement also public-order and
# criminal law; the deletion request only the data-protection law.
KIND_LAWS: dict[str, tuple[str, ...] | None] = {
    "platform": ("个人信息保护法", "民法典", "民间借贷规定"),
    "regulator": ("个人信息保护法", "民法典", "民间借贷规定"),
    "police": None,
    "deletion": ("个人信息保护法",),
    "contacts": (),
    "evidence_list": (),
}
# Issues a kind states (the deletion request is about the data; the note to contacts is short).
KIND_ISSUES: dict[str, tuple[str, ...] | None] = {
    "deletion": ("disclosure", "publish_id", "refused_deletion"),
    "contacts": (),
    "evidence_list": (),
}


# 民间借贷规定 Art 1 puts loans by institutions a financial regulator licensed outside the rule;
# cited for such a lender it argues the lender's side. The issue rules already leave it out there
# (law.elements.licensed_lender); letters check again, so a rule edit cannot bring it back.
SCOPE_ARTICLE = Citation("民间借贷规定", "1")


def kind_issues(kind: str, case: Case) -> list[tuple[Issue, tuple[Statute, ...]]]:
    """The confirmed issues a document of `kind` states, each with the statutes it cites."""
    wanted = KIND_ISSUES.get(kind)
    laws = KIND_LAWS.get(kind)
    licensed = licensed_lender(case) is True
    out = []
    for issue in confirmed_issues(case):
        if wanted is not None and issue.id not in wanted:
            continue
        statutes = tuple(
            statute
            for statute in issue.statutes
            if (laws is None or statute.citation.law.replace(ZHIAN_2012, ZHIAN) in laws)
            and not (licensed and statute.citation == SCOPE_ARTICLE)
        )
        out.append((issue, statutes))
    return out


def kind_statutes(kind: str, case: Case) -> list[Statute]:
    """Every statute a document of `kind` cites for its confirmed issues (no repeats)."""
    seen: dict[str, Statute] = {}
    for _, statutes in kind_issues(kind, case):
        for statute in statutes:
            seen.setdefault(statute.label, statute)
    return list(seen.values())


def issues_section(kind: str, case: Case) -> str:
    """The legal section: each confirmed issue with its statutes (our summary of each)."""
    verified = verified_articles()
    lines = []
    for index, (issue, statutes) in enumerate(kind_issues(kind, case)):
        line = f"（{_CN_INDEX[index]}）{issue.letter}。"
        if statutes:
            cited = [f"{s.label}（{verified[s.citation].gist}）" for s in statutes]
            line += "相关规定：" + "；".join(cited) + "。"
        if kind == "police" and issue.investigate:  # a crime's elements not shown: ask, name none
            line += issue.investigate
        lines.append(line)
    if lines and any(s.citation.law in (ZHIAN, ZHIAN_2012) for s in kind_statutes(kind, case)):
        lines += [note] if (note := edition_note(case)) else []
    return "\n".join(lines)
