"""Legal issues of a case, derived from its facts (corpus/issues.toml). Pure functions.

Each issue found carries why it was found (the fact or words that raised it) and the statutes a
letter cites for it; 治安管理处罚法 follows the time of the conduct: the 2012 text for conduct
before 2026-01-01, the 2025 text from then on, both where the conduct spans the date
(行政处罚法 37; the new text is not lighter: its fines are higher).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from casefile.model import Case, Quote
from evidence.sanitize import looks_like_instruction, neutralise
from law.citations import Citation, article_label, renumbering, verified_articles

ISSUES_TOML = Path(__file__).resolve().parent.parent / "corpus" / "issues.toml"
ZHIAN = "治安管理处罚法"
ZHIAN_2012 = "治安管理处罚法（2012修正）"
NEW_TEXT_IN_FORCE = date(2026, 1, 1)
NIGHT_HOURS = (22, 8)  # 22:00 to 08:00
MANY_CONTACTS = 3
# Issues whose keywords mark a sentence of an exhibit as the collectors' threat or insult.
QUOTE_ISSUES = ("disclosure", "workplace", "defamation", "publish_id", "threats", "impersonation")
_CN_ITEM = "零一二三四五六七八九十"
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)(?!\d)")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_STATUTE = re.compile(
    r"^(?P<law>[^:]+):(?P<article>\d+(?:-\d+)?)(?:\((?P<item>[一二三四五六七八九十]+)\))?$"
)
_DELETION = re.compile(r"删除")
_REFUSED = re.compile(r"拒绝|不予|未删除|没有删除|不删|未答复|没有答复|无回复|未回复")


@dataclass(frozen=True)
class IssueSpec:
    """One row of corpus/issues.toml."""

    id: str
    title: str
    keywords: tuple[re.Pattern[str], ...]
    facts: tuple[str, ...]
    statutes: tuple[str, ...]
    query: str
    letter: str
    basis: str
    severe: tuple[re.Pattern[str], ...] = ()
    title_en: str = ""


@dataclass(frozen=True)
class Statute:
    """One article a letter cites: the citation, its 项 if any, and how a letter writes it."""

    citation: Citation
    item: str = ""

    @property
    def label(self) -> str:
        law = self.citation.law
        title = f"《{ZHIAN}》（2012年修正）" if law == ZHIAN_2012 else f"《{law}》"
        text = f"{title}{article_label(self.citation.article)}"
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

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "why": self.why, "statutes": [s.label for s in self.statutes]}


@cache
def issue_specs(path: Path = ISSUES_TOML) -> tuple[IssueSpec, ...]:
    """The issue table (cached)."""
    with path.open("rb") as handle:
        rows = tomllib.load(handle)["issue"]
    return tuple(
        IssueSpec(
            id=row["id"],
            title=row["title"],
            title_en=row.get("title_en", row["title"]),
            keywords=tuple(re.compile(k) for k in row.get("keywords", ())),
            facts=tuple(row.get("facts", ())),
            statutes=tuple(row["statutes"]),
            query=row["query"],
            letter=row["letter"],
            basis=row["basis"],
            severe=tuple(re.compile(k) for k in row.get("severe", ())),
        )
        for row in rows
    )


# --- time of the conduct ----------------------------------------------------------------------


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def conduct_dates(case: Case) -> list[date]:
    """Dates the conduct is known to have happened on (harassment span, exhibit dates)."""
    h = case.harassment
    found = [_iso(h.started_on), _iso(h.last_on)]
    found += [_iso(item.captured_on) for item in case.evidence]
    return sorted(d for d in found if d)


def editions(case: Case) -> tuple[str, ...]:
    """Which 治安管理处罚法 texts apply: ("2012",), ("2025",) or both; unknown dates: current."""
    dates = conduct_dates(case)
    if not dates:
        return ("2025",)
    before = dates[0] < NEW_TEXT_IN_FORCE
    after = dates[-1] >= NEW_TEXT_IN_FORCE
    return ("2012", "2025") if before and after else ("2012",) if before else ("2025",)


def statutes_for(
    spec: IssueSpec, chosen: tuple[str, ...], *, criminal: bool = True
) -> tuple[Statute, ...]:
    """The spec's statutes, 治安管理处罚法 ones written in each applicable text's numbering.

    `criminal=False` leaves out the 刑法 articles (the facts do not raise them).
    """
    old_of = renumbering().new_to_old()
    out: list[Statute] = []
    for entry in spec.statutes:
        match = _STATUTE.match(entry)
        if match is None:
            raise ValueError(f"bad statute {entry!r} in issue {spec.id}")
        law, article, item = match["law"], match["article"], match["item"] or ""
        if law == "刑法" and not criminal:
            continue
        if law != ZHIAN:
            out.append(Statute(Citation(law, article), item))
            continue
        if "2012" in chosen:
            old = old_of.get(int(article))
            if old:
                out.append(Statute(Citation(ZHIAN_2012, str(old)), item))
        if "2025" in chosen:
            out.append(Statute(Citation(ZHIAN, article), item))
    return tuple(out)


# --- what raises an issue ---------------------------------------------------------------------


def _night_times(case: Case) -> str:
    start, end = NIGHT_HOURS
    for item in case.evidence:
        for match in _TIME.finditer(item.text):
            hour = int(match.group(1))
            if hour >= start or hour < end:
                return f"证据{item.id}中有夜间时间{match.group(0)}"
    return ""


def _contacts_affected(case: Case) -> str:
    count = case.harassment.contacts_affected
    return f"有{count}位亲友被联系" if count else ""


def _many_contacts(case: Case) -> str:
    h = case.harassment
    total = (h.calls or 0) + (h.messages or 0)
    return f"对方共联系{total}次（电话和消息）" if total >= MANY_CONTACTS else ""


def _deducted(case: Case) -> str:
    amount = case.loan.deducted
    if not amount:
        return ""
    shown = str(int(amount)) if float(amount).is_integer() else str(amount)
    return f"借款时被预先扣除{shown}元"


def _deletion_refused(case: Case) -> str:
    for action in case.actions_taken:
        if _DELETION.search(action.action) and _REFUSED.search(action.result):
            return f"已请求删除（{action.on or '日期不详'}），结果：{neutralise(action.result)}"
    return ""


CONDITIONS: dict[str, Callable[[Case], str]] = {
    "contacts_affected": _contacts_affected,
    "many_contacts": _many_contacts,
    "night_times": _night_times,
    "deducted": _deducted,
    "deletion_refused": _deletion_refused,
}


def _case_words(case: Case) -> list[tuple[str, str]]:
    """(where, text) of the case's own words an issue keyword may be found in."""
    h = case.harassment
    words = [("对方言辞", t) for t in h.threats]
    words += [(f"证据{q.exhibit}原话" if q.exhibit else "对方原话", q.text) for q in h.quotes]
    words += [("您的讲述", h.account), ("补充说明", h.summary), ("借款备注", case.loan.notes)]
    words += [(f"证据{e.id}", f"{e.summary} {e.text}") for e in case.evidence]
    words += [("已采取的措施", f"{a.action} {a.result}") for a in case.actions_taken]
    return [(where, text) for where, text in words if text.strip()]


def _why(spec: IssueSpec, case: Case, words: list[tuple[str, str]]) -> str:
    reasons = [reason for name in spec.facts if (reason := CONDITIONS[name](case))]
    for where, text in words:
        for pattern in spec.keywords:
            hit = pattern.search(text)
            if hit:
                reasons.append(f"{where}提到“{hit.group(0)}”")
                break
        if len(reasons) >= 2:
            break
    return "；".join(dict.fromkeys(reasons))


def _severe(spec: IssueSpec, words: list[tuple[str, str]]) -> str:
    """Why the issue's criminal articles apply ("" when the facts do not raise them)."""
    for where, text in words:
        for pattern in spec.severe:
            hit = pattern.search(text)
            if hit:
                return f"{where}提到“{hit.group(0)}”（可能涉及刑事责任）"
    return ""


def find_issues(case: Case, path: Path = ISSUES_TOML) -> tuple[Issue, ...]:
    """Every issue the case's facts raise (unticked ones included), in table order."""
    words = _case_words(case)
    chosen = editions(case)
    found = []
    for spec in issue_specs(path):
        why = _why(spec, case, words)
        if why:
            severe = _severe(spec, words)
            if severe:
                why += f"；{severe}"
            found.append(
                Issue(
                    id=spec.id,
                    title=spec.title,
                    title_en=spec.title_en or spec.title,
                    why=why,
                    statutes=statutes_for(spec, chosen, criminal=not spec.severe or bool(severe)),
                    letter=spec.letter,
                    basis=spec.basis,
                    query=spec.query,
                )
            )
    return tuple(found)


def confirmed_issues(case: Case) -> tuple[Issue, ...]:
    """The issues found, less those the user unticked."""
    off = set(case.issues_off)
    return tuple(issue for issue in find_issues(case) if issue.id not in off)


def unverified_statutes(path: Path = ISSUES_TOML) -> list[str]:
    """Statutes of the table (in both texts) that are not in the verified article table."""
    verified = verified_articles()
    missing = []
    for spec in issue_specs(path):
        for statute in statutes_for(spec, ("2012", "2025")):
            if statute.citation not in verified:
                missing.append(f"{spec.id}: {statute.citation}")
    return missing


# --- the collectors' own words ----------------------------------------------------------------


def verbatim_quotes(case: Case, limit: int = 6) -> tuple[Quote, ...]:
    """Quotes a letter may print in 「」: the stored ones, else threat sentences of the exhibits.

    Only text that is in an exhibit (or that the user entered as a quote with its exhibit) counts;
    the threat categories ("称要上门") are our words and are never quoted.
    """
    quotes = [q for q in case.harassment.quotes if q.text.strip()]
    if not quotes:
        for item in case.evidence:
            # Line by line: OCR lines of different messages must not merge into one "quote".
            sentences = [s for line in item.text.splitlines() for s in _SENTENCE.findall(line)]
            for sentence in sentences:
                text = sentence.strip().rstrip("。！？!?")
                if not text or neutralise(text) != text or looks_like_instruction(text):
                    continue  # text that talks to a model is never quoted as the collector's
                label = next(
                    (
                        spec.title
                        for spec in issue_specs()
                        if spec.id in QUOTE_ISSUES and any(k.search(text) for k in spec.keywords)
                    ),
                    "",
                )
                if label and 4 <= len(text) <= 60:
                    quotes.append(Quote(text=text, exhibit=item.id, category=label))
    seen: set[str] = set()
    out = []
    for quote in quotes:
        text = neutralise(quote.text).replace("「", "“").replace("」", "”")
        if text and text not in seen:
            seen.add(text)
            out.append(Quote(text=text, exhibit=quote.exhibit, category=quote.category))
    return tuple(out[:limit])


def quote_label(quote: Quote) -> str:
    """「…」（证据E3）: a verbatim quote with the exhibit it comes from."""
    source = f"（证据{quote.exhibit}）" if quote.exhibit else ""
    return f"「{quote.text}」{source}"
