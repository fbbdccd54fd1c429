"""Statute citations: parse 《法律》第N条 from text and check them against the verified table."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cn2an

ARTICLES_TOML = Path(__file__).resolve().parent.parent / "corpus" / "articles.toml"
RENUMBERING_TOML = Path(__file__).resolve().parent.parent / "corpus" / "zhian-renumbering.toml"

# Longer ranges are almost certainly a parsing accident, not a citation of every article in between.
MAX_RANGE = 30

_PREFIX = "中华人民共和国"
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_NUM = rf"(?:[0-9０-９]+|[{_CN_DIGITS}]+)"
_ZHI = r"(?:\s*之\s*([一二三四五六七八九十]+|[0-9]+))?"
# One "第…条" head; "第1032、1033条" (several numbers, one 条) is allowed too.
_ARTICLE = rf"第\s*({_NUM}(?:\s*[、，,]\s*{_NUM})*)\s*条{_ZHI}"
# After the first article the 第 may be dropped: 第一千零三十二条、一千零三十三条.
_NEXT = rf"第?\s*({_NUM}(?:\s*[、，,]\s*{_NUM})*)\s*条{_ZHI}"
# 款/项/目 after an article narrow it down; the article itself is what we verify.
_SUB = rf"(?:\s*(?:第\s*{_NUM}\s*[款项目]|[（(]\s*{_NUM}\s*[)）]))*"
_JOIN = r"\s*(?:、|，|,|；|和|及|以及|与|或者|或|并|至|到|—|–|-|~|～)\s*"
_CHAIN = re.compile(rf"{_ARTICLE}{_SUB}(?:{_JOIN}{_NEXT}{_SUB})*")
_ONE = re.compile(rf"({_JOIN})?{_NEXT}{_SUB}")
_BRACKETED = re.compile(r"《([^《》\n]{1,80})》")
# Between 《名称》 and 第: a version note in brackets and/or a few words such as 人格权编.
_BETWEEN = re.compile(r"\s*(?:[（(][^（）()\n]{0,24}[）)]\s*)?(?:[\u4e00-\u9fff]{0,6}?)\s*(?=第)")
# A version note right after the title: 《治安管理处罚法》（2012年修正）names the older text.
_EDITION = re.compile(r"\s*[（(][^（）()\n]{0,12}?((?:19|20)\d\d)[^（）()\n]{0,12}[）)]")
_RANGE_WORDS = ("至", "到", "—", "–", "-", "~", "～")


@dataclass(frozen=True, order=True)
class Citation:
    """A statute article: canonical law short name and article number ("47", "253-1")."""

    law: str
    article: str

    def __str__(self) -> str:
        # An older text is written the way statutes name it: 《治安管理处罚法》（2012年修正）.
        law, _, edition = self.law.partition("（")
        note = f"（{edition[:4]}年{edition[4:]}" if edition[:4].isdigit() else ""
        return f"《{law}》{note}{article_label(self.article)}"


@dataclass(frozen=True)
class ArticleInfo:
    """A verified article: what it says in our words and where it was checked."""

    law: str
    article: str
    gist: str
    reference: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutdatedInfo:
    """An article number that is no longer valid (e.g. renumbered by a revision)."""

    law: str
    article: str
    replaced_by: str
    note: str


def to_int(numeral: str) -> int:
    """Arabic, full-width or Chinese numeral to int ("四十七" -> 47, "４７" -> 47)."""
    text = numeral.strip().translate(str.maketrans("０１２３４５６７８９〇两", "0123456789零二"))
    if text.isdigit():
        return int(text)
    return int(cn2an.cn2an(text, "smart"))


def to_chinese(number: int) -> str:
    """Int to the Chinese numeral statutes use (47 -> 四十七, 1032 -> 一千零三十二)."""
    return cn2an.an2cn(number)


def article_label(article: str) -> str:
    """The label the statute text uses: "253-1" -> "第二百五十三条之一"."""
    base, _, suffix = article.partition("-")
    label = f"第{to_chinese(int(base))}条"
    if suffix:
        label += f"之{to_chinese(int(suffix))}"
    return label


def article_sort_key(article: str) -> tuple[int, int]:
    """Numeric order for article strings ("47" < "253" < "253-1" < "293")."""
    base, _, suffix = article.partition("-")
    return int(base), int(suffix or 0)


def strip_prefix(name: str) -> str:
    """Drop 中华人民共和国 and surrounding blanks from a law title."""
    name = name.strip()
    return name[len(_PREFIX) :].strip() if name.startswith(_PREFIX) else name


@lru_cache(maxsize=4)
def _load_table(path: Path) -> tuple[dict, dict, dict[str, str]]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    verified: dict[Citation, ArticleInfo] = {}
    aliases: dict[str, str] = {}
    for row in data.get("article", []):
        law = strip_prefix(row["law"])
        info = ArticleInfo(
            law=law,
            article=str(row["article"]),
            gist=row.get("gist", ""),
            reference=row.get("reference", ""),
            aliases=tuple(row.get("aliases", ())),
        )
        verified[Citation(law, info.article)] = info
        aliases[law] = law
        for alias in info.aliases:
            aliases[strip_prefix(alias)] = law
    outdated: dict[Citation, OutdatedInfo] = {}
    for row in data.get("outdated", []):
        law = aliases.get(strip_prefix(row["law"]), strip_prefix(row["law"]))
        info = OutdatedInfo(law, str(row["article"]), str(row["replaced_by"]), row.get("note", ""))
        outdated[Citation(law, info.article)] = info
        aliases.setdefault(law, law)
    return verified, outdated, aliases


def verified_articles(path: Path = ARTICLES_TOML) -> dict[Citation, ArticleInfo]:
    """The verified article table from corpus/articles.toml (cached)."""
    return _load_table(path)[0]


def outdated_articles(path: Path = ARTICLES_TOML) -> dict[Citation, OutdatedInfo]:
    """Article numbers known to be outdated, with what replaced them (cached)."""
    return _load_table(path)[1]


def law_aliases(path: Path = ARTICLES_TOML) -> dict[str, str]:
    """Every known law name or alias (without 中华人民共和国) -> canonical short name."""
    return _load_table(path)[2]


def canonical_law(name: str, path: Path = ARTICLES_TOML) -> str:
    """Map a law title or alias to its canonical short name; unknown names are kept."""
    stripped = strip_prefix(name)
    return law_aliases(path).get(stripped, stripped)


@lru_cache(maxsize=4)
def _bare_pattern(path: Path) -> re.Pattern[str]:
    # Known names written without 《》 ("个人信息保护法第47条"), longest first so 刑法 never
    # wins over a longer name that ends in 刑法.
    names = sorted(law_aliases(path), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?:{re.escape(_PREFIX)})?({alternatives})\s*(?=第)")


def _parse_chain(text: str) -> list[str]:
    """Article strings of one chain such as 第1032条、第1033条 or 第五十条至第五十六条."""
    articles: list[str] = []
    for match in _ONE.finditer(text):
        joiner, numbers, zhi = match.group(1), match.group(2), match.group(3)
        values = [to_int(part) for part in re.split(r"\s*[、，,]\s*", numbers) if part]
        suffix = f"-{to_int(zhi)}" if zhi else ""
        is_range = joiner is not None and joiner.strip() in _RANGE_WORDS and articles
        if is_range and not suffix and len(values) == 1:
            start = article_sort_key(articles[-1])[0]
            end = values[0]
            if start < end <= start + MAX_RANGE:
                articles.extend(str(n) for n in range(start + 1, end + 1))
                continue
        articles.extend(f"{value}{suffix}" for value in values)
    return articles


def _chain_after(text: str, position: int, *, allow_between: bool) -> list[str]:
    if allow_between:
        between = _BETWEEN.match(text, position)
        if between is None:
            return []
        position = between.end()
    chain = _CHAIN.match(text, position)
    return _parse_chain(chain.group(0)) if chain else []


def find_citations(text: str, path: Path = ARTICLES_TOML) -> list[Citation]:
    """Every statute article cited in text, in order of first appearance, without repeats."""
    aliases = law_aliases(path)
    found: list[tuple[int, Citation]] = []
    covered: list[tuple[int, int]] = []
    for match in _BRACKETED.finditer(text):
        covered.append(match.span())
        name = strip_prefix(match.group(1))
        law = aliases.get(name, name)
        edition = _EDITION.match(text, match.end())
        if edition and f"{law}（{edition.group(1)}）" in aliases:
            law = aliases[f"{law}（{edition.group(1)}）"]
        for article in _chain_after(text, match.end(), allow_between=True):
            found.append((match.start(), Citation(law, article)))
    for match in _bare_pattern(path).finditer(text):
        if any(start <= match.start() < end for start, end in covered):
            continue
        law = aliases[match.group(1)]
        for article in _chain_after(text, match.end(), allow_between=False):
            found.append((match.start(), Citation(law, article)))
    found.sort(key=lambda item: item[0])
    return list(dict.fromkeys(citation for _, citation in found))


def unknown_citations(text: str, path: Path = ARTICLES_TOML) -> list[Citation]:
    """Citations in text that are not in the verified table (outdated ones included)."""
    verified = verified_articles(path)
    return [citation for citation in find_citations(text, path) if citation not in verified]


def outdated_citations(
    text: str, path: Path = ARTICLES_TOML
) -> list[tuple[Citation, OutdatedInfo]]:
    """Citations in text that use an outdated article number, with the replacement."""
    outdated = outdated_articles(path)
    return [(c, outdated[c]) for c in find_citations(text, path) if c in outdated]


@dataclass(frozen=True)
class Renumbering:
    """Old → new article numbers of a revised law (aligned by content, see law/renumbering.py)."""

    law: str
    old_to_new: dict[int, int]  # 0: no counterpart in the new text
    similarity: dict[int, float]

    def new_to_old(self) -> dict[int, int]:
        """New → old, for the new numbers that have one old counterpart or more (first wins)."""
        out: dict[int, int] = {}
        for old, new in sorted(self.old_to_new.items()):
            if new:
                out.setdefault(new, old)
        return out


@lru_cache(maxsize=2)
def renumbering(path: Path = RENUMBERING_TOML) -> Renumbering:
    """The 治安管理处罚法 2012 → 2025 numbering map (cached)."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    rows = data.get("map", [])
    return Renumbering(
        law=data["law"],
        old_to_new={int(r["old"]): int(r["new"]) for r in rows},
        similarity={int(r["old"]): float(r["similarity"]) for r in rows},
    )


def renumbered_note(citation: Citation) -> str:
    """For a current-text number that meant another article in the old text: what to check."""
    table = renumbering()
    if citation.law != table.law or "-" in citation.article:
        return ""
    number = int(citation.article)
    new = table.old_to_new.get(number)
    if new is None or new == number:
        return ""
    where = f"现为第{to_chinese(new)}条" if new else "在现行文本中没有对应条文"
    old = article_label(citation.article)
    return f"{citation}：2012年修正文本的{old}是另一事项（{where}），请核对引用的版本"


def renumbered_citations(text: str, path: Path = ARTICLES_TOML) -> list[str]:
    """Notes for every 治安管理处罚法 number in `text` whose meaning changed with the revision."""
    return [note for c in find_citations(text, path) if (note := renumbered_note(c))]
