"""Split one guidance Markdown file into heading-sized chunks (pure: text in, chunks out)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

# Bump when chunking changes: the index keys its content hash on it, so old indexes rebuild.
CHUNKER_VERSION = "1"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$")
_SECTION = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r"^(```|~~~)")

Cite = Callable[[str], Sequence[str]]


@dataclass(frozen=True)
class Chunk:
    """One `##` section of a corpus file, with what retrieval and citation need to know."""

    id: str
    source: str  # file name, e.g. "police-report.md"
    title: str
    section: str
    topic: str
    text: str
    articles: tuple[str, ...]  # formatted "《个人信息保护法》第47条"

    @property
    def heading(self) -> str:
        """'Title > Section' (just the title for text above the first section)."""
        return f"{self.title} > {self.section}" if self.section else self.title

    @property
    def indexed_text(self) -> str:
        """What is embedded and tokenised: the heading path carries meaning the body omits."""
        return f"{self.heading}\n{self.text}"


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (empty dict when absent or not a mapping) and the body after it."""
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return {}, text.lstrip("\ufeff")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        meta = None
    body = text.lstrip("\ufeff")[match.end() :]
    return (meta if isinstance(meta, dict) else {}), body


def topic_from_name(source: str) -> str:
    """Fallback topic from `<topic>-<slug>.md` (topics may contain a dash: legal-basis)."""
    stem = source.removesuffix(".md")
    for topic in KNOWN_TOPICS:
        if stem == topic or stem.startswith(f"{topic}-"):
            return topic
    return stem.split("-", 1)[0]


# SPEC § 5, longest first so "legal-aid" wins over a hypothetical "legal".
KNOWN_TOPICS = tuple(
    sorted(
        (
            "what-is",
            "evidence",
            "platform",
            "police",
            "regulator",
            "legal-basis",
            "legal-aid",
            "media",
            "contacts",
            "debt",
            "wellbeing",
            "privacy",
        ),
        key=len,
        reverse=True,
    )
)


def default_cite(text: str) -> tuple[str, ...]:
    """Citations in `text` via law.citations, formatted like Passage.articles."""
    from law.citations import find_citations

    return tuple(format_citation(c.law, c.article) for c in find_citations(text))


_SUFFIXES = dict(zip("123456789", "一二三四五六七八九", strict=True))


def format_citation(law: str, article: object) -> str:
    """'《个人信息保护法》第47条', '《刑法》第253条之一' — one spelling for metadata and lookups."""
    name = str(law).strip().strip("《》")
    base, _, suffix = str(article).partition("-")
    label = f"第{base}条"
    if suffix:
        label += f"之{_SUFFIXES.get(suffix, suffix)}"
    return f"《{name}》{label}"


def _chunk_id(source: str, index: int, heading: str, text: str) -> str:
    digest = hashlib.sha256(f"{source}\n{index}\n{heading}\n{text}".encode()).hexdigest()
    return f"{source.removesuffix('.md')}#{index:02d}-{digest[:10]}"


def _sections(body: str) -> tuple[str, list[tuple[str, list[str]]]]:
    """The `# ` title and (section heading, lines) pairs; text before any `##` has heading ''."""
    title = ""
    sections: list[tuple[str, list[str]]] = [("", [])]
    in_fence = False
    for line in body.splitlines():
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        if not in_fence:
            if not title and (match := _TITLE.match(line)):
                title = match.group(1).strip()
                continue
            if match := _SECTION.match(line):
                sections.append((match.group(1).strip(), []))
                continue
        sections[-1][1].append(line)
    return title, sections


def _dedupe(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def chunk_document(source: str, text: str, cite: Cite | None = None) -> list[Chunk]:
    """One chunk per non-empty `##` section (plus the intro, if any) of one corpus file."""
    meta, body = split_front_matter(text)
    cite = cite or default_cite
    title, sections = _sections(body)
    title = title or str(meta.get("title") or source.removesuffix(".md"))
    topic = str(meta.get("topic") or topic_from_name(source)).strip()
    chunks = []
    for index, (section, lines) in enumerate(sections):
        content = "\n".join(lines).strip()
        if not content:
            continue
        heading = f"{title} > {section}" if section else title
        chunks.append(
            Chunk(
                id=_chunk_id(source, index, heading, content),
                source=source,
                title=title,
                section=section,
                topic=topic,
                text=content,
                articles=_dedupe(cite(f"{section}\n{content}")),
            )
        )
    return chunks
