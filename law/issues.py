"""Legal issues of a case, raised by what the collectors said and did (corpus/issues.toml). Pure.

Each issue found carries the message or sentence that raised it and the statutes a letter cites
for it. A criminal article is cited only where its elements hold (law/elements.py). 治安管理处罚法
follows the time of the conduct (law/conduct.py conduct_dates): the 2012 text for conduct before
2026-01-01, the 2025 text from then on, both where the conduct spans the date (行政处罚法 37; the
new text is not lighter: its fines are higher). With no conduct date at all both texts' numbers
are given, with a note that the one in force when the conduct happened applies: picking either
alone could cite a provision that did not exist at the time, and citing neither would leave the
officer without the article; both with the note is what a lawyer writes when the date is open.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from casefile.model import Case
from evidence.sanitize import neutralise
from law.citations import Citation, article_label, renumbering, to_chinese, verified_articles
from law.conduct import Said, account_said, collector_said, contact_total, night_contacts
from law.conduct import conduct_dates as conduct_dates
from law.elements import ELEMENTS, illegal_debt
from law.quotes import QUOTE_ISSUES as QUOTE_ISSUES
from law.quotes import quote_label as quote_label
from law.quotes import verbatim_quotes as verbatim_quotes
from law.rules import ISSUES_TOML as ISSUES_TOML
from law.rules import STATUTE, IssueSpec, hits_of, issue_specs
from law.rules import masked as masked

ZHIAN = "治安管理处罚法"
ZHIAN_2012 = "治安管理处罚法（2012修正）"
NEW_TEXT_IN_FORCE = date(2026, 1, 1)
# Contacts in total before "反复" holds: three calls are not 滋扰 (50(五) needs 多次 and an effect
# on normal life); ten or more within one collection is repeated contact.
MANY_CONTACTS = 10
_DELETION = re.compile(r"删除")
_REFUSED = re.compile(r"拒绝|不予|未删除|没有删除|不删|未答复|没有答复|无回复|未回复")
_MAX_REASONS = 3
# Issues of the latest case states (a few cases open on a desk, each edited now and then).
_CACHE_SIZE = 64
_ISSUES_CACHE: OrderedDict[tuple[str, bytes], tuple[Issue, ...]] = OrderedDict()
_CACHE_LOCK = threading.Lock()  # Streamlit sessions share the module


@dataclass(frozen=True)
class Statute:
    """One article a letter cites: the citation, its 款/项 if any, and how a letter writes it."""

    citation: Citation
    item: str = ""
    para: str = ""

    @property
    def label(self) -> str:
        law = self.citation.law
        title = f"《{ZHIAN}》（2012年修正）" if law == ZHIAN_2012 else f"《{law}》"
        text = f"{title}{article_label(self.citation.article)}"
        if self.para:
            text += f"第{to_chinese(int(self.para))}款"
        return f"{text}第{self.item}项" if self.item else text

    @property
    def criminal(self) -> bool:
        return self.citation.law == "刑法"


@dataclass(frozen=True)
class Issue:
    """An issue found in a case: why, and what a letter says and cites for it."""

    id: str
    title: str
    why: str
    statutes: tuple[Statute, ...]
    letter: str
    basis: str
    query: str
    title_en: str = ""
    sources: tuple[str, ...] = ()  # the messages or sentences that raised it
    investigate: str = ""  # the police statement's request where a crime's elements are not shown

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "why": self.why, "statutes": [s.label for s in self.statutes]}


# --- time of the conduct ----------------------------------------------------------------------


def editions(case: Case) -> tuple[str, ...]:
    """Which 治安管理处罚法 texts apply: ("2012",), ("2025",) or both (spanning, or unknown)."""
    dates = conduct_dates(case)
    if not dates:
        return ("2012", "2025")  # unknown: both, with edition_note saying why
    before = dates[0] < NEW_TEXT_IN_FORCE
    after = dates[-1] >= NEW_TEXT_IN_FORCE
    return ("2012", "2025") if before and after else ("2012",) if before else ("2025",)


def edition_known(case: Case) -> bool:
    """Whether any date of the collectors' conduct is known."""
    return bool(conduct_dates(case))


def edition_note(case: Case) -> str:
    """Why both texts are cited (no figures: a letter prints it and the number check reads it)."""
    dates = conduct_dates(case)
    if not dates:
        return (
            "行为发生的日期尚未确定，以上治安管理处罚法条文同时列出修订前后的条号，"
            "应适用行为发生时施行的文本。"
        )
    if dates[0] < NEW_TEXT_IN_FORCE <= dates[-1]:
        return (
            "上述行为持续到新修订的治安管理处罚法施行之后：施行前的行为适用修订前的文本，"
            "施行后的行为适用修订后的文本，因此修订前后的条号同时列出。"
        )
    return ""


def _parse(entry: str) -> re.Match[str]:
    match = STATUTE.match(entry)
    if match is None:
        raise ValueError(f"bad statute {entry!r} in corpus/issues.toml")
    return match


def statutes_for(entries: Sequence[str], chosen: tuple[str, ...]) -> tuple[Statute, ...]:
    """Statute entries as cited: 治安管理处罚法 ones in each applicable text's numbering.

    An entry with "=N" names its 2012 article (and item) itself: items and paragraphs moved
    with the revision (2025 Art 63(三) is 2012 Art 52(二); 2025 Art 62 ¶3 is part of 2012 Art 51).
    A 2025 article with no 2012 counterpart (Art 56) is not cited for earlier conduct.
    """
    old_of = renumbering().new_to_old()
    out: list[Statute] = []
    for entry in entries:
        match = _parse(entry)
        law, article = match["law"], match["article"]
        item, para = match["item"] or "", match["para"] or ""
        if law != ZHIAN:
            out.append(Statute(Citation(law, article), item, para))
            continue
        if "2012" in chosen:
            if match["old"]:
                out.append(Statute(Citation(ZHIAN_2012, match["old"]), match["old_item"] or ""))
            elif old := old_of.get(int(article)):
                out.append(Statute(Citation(ZHIAN_2012, str(old)), item))
        if "2025" in chosen:
            out.append(Statute(Citation(ZHIAN, article), item, para))
    return tuple(dict.fromkeys(out))


# --- what raises an issue ---------------------------------------------------------------------


def _contacts_affected(case: Case) -> str:
    count = case.harassment.contacts_affected
    return f"您确认有{count}位亲友被联系" if count else ""


def _many_contacts(case: Case) -> str:
    total = contact_total(case)
    return f"催收方共联系{total}次（电话和消息）" if total >= MANY_CONTACTS else ""


def _interest_facts(case: Case) -> str:
    return illegal_debt(case)


def _deletion_refused(case: Case) -> str:
    for action in case.actions_taken:
        if _DELETION.search(action.action) and _REFUSED.search(action.result):
            return f"已请求删除（{action.on or '日期不详'}），结果：{neutralise(action.result)}"
    return ""


def _documents_genuine(case: Case) -> str:
    """The user checked the papers and found them genuine: nothing to state about them."""
    return "您已核实文书是真的" if case.extra.get("forged_documents_confirmed") is False else ""


CONDITIONS: dict[str, Callable[[Case], str]] = {
    "documents_genuine": _documents_genuine,
    "contacts_affected": _contacts_affected,
    "many_contacts": _many_contacts,
    "night_contacts": night_contacts,
    "illegal_debt": illegal_debt,
    "interest_facts": _interest_facts,
    "deletion_refused": _deletion_refused,
}


def _quoted(said: Said) -> str:
    return f"{said.where}：“{neutralise(said.text)}”"


def _issue(spec: IssueSpec, case: Case, hits: list[Said], reasons: list[str]) -> Issue:
    chosen = editions(case)
    entries = list(spec.always)
    letter = spec.letter
    for when in spec.when:
        why = [ELEMENTS[name](case, hits) for name in when.elements]
        if all(why):
            entries += when.statutes
            letter += when.letter
    statutes = statutes_for(entries, chosen)
    investigate = "" if any(s.criminal for s in statutes) else spec.investigate
    sources = tuple(dict.fromkeys(neutralise(h.text) for h in hits))
    return Issue(
        id=spec.id,
        title=spec.title,
        title_en=spec.title_en or spec.title,
        why="；".join(dict.fromkeys(reasons)),
        statutes=statutes,
        letter=letter,
        basis=spec.basis,
        query=spec.query,
        sources=sources,
        investigate=investigate,
    )


def find_issues(case: Case, path: Path = ISSUES_TOML) -> tuple[Issue, ...]:
    """Every issue the collectors' conduct raises (unticked ones included), in table order.

    An issue that `needs` others is raised only when one of them is raised and left ticked.
    Kept per case content: a letter asks for the issues of its case several times (facts, legal
    section, harm, advice, the page), each costing milliseconds of reading every message.
    """
    # repr covers every field, `extra` included: an edited case gets a new key, never stale issues.
    key = (str(path), hashlib.blake2b(repr(case).encode("utf-8"), digest_size=16).digest())
    with _CACHE_LOCK:
        found = _ISSUES_CACHE.get(key)
        if found is not None:
            _ISSUES_CACHE.move_to_end(key)
            return found
    found = _find_issues(case, path)
    with _CACHE_LOCK:
        _ISSUES_CACHE[key] = found
        while len(_ISSUES_CACHE) > _CACHE_SIZE:
            _ISSUES_CACHE.popitem(last=False)
    return found


def _find_issues(case: Case, path: Path) -> tuple[Issue, ...]:
    said = collector_said(case)
    told = account_said(case)
    off = set(case.issues_off)
    found: list[Issue] = []
    for spec in issue_specs(path):
        if any(CONDITIONS[name](case) for name in spec.unless):
            continue
        reasons = [reason for name in spec.facts if (reason := CONDITIONS[name](case))]
        hits = hits_of(spec, said, told)
        if spec.facts and not spec.said and not spec.told and not reasons:
            continue
        if not reasons and not hits:
            continue
        if spec.needs:
            raised = [i for i in found if i.id in spec.needs and i.id not in off]
            if not raised:
                continue
            reasons.append("并且" + "、".join(i.title for i in raised))
        reasons += [_quoted(h) for h in hits[:_MAX_REASONS]]
        found.append(_issue(spec, case, hits, reasons))
    return tuple(found)


def confirmed_issues(case: Case) -> tuple[Issue, ...]:
    """The issues found, less those the user unticked."""
    off = set(case.issues_off)
    return tuple(issue for issue in find_issues(case) if issue.id not in off)


def unverified_statutes(path: Path = ISSUES_TOML) -> list[str]:
    """Statutes of the table (every branch, both texts) that are not in the verified table."""
    verified = verified_articles()
    missing = []
    for spec in issue_specs(path):
        entries = [*spec.always, *(s for w in spec.when for s in w.statutes)]
        for statute in statutes_for(entries, ("2012", "2025")):
            if statute.citation not in verified:
                missing.append(f"{spec.id}: {statute.citation}")
    return missing
