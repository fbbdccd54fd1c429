"""Screens the parser read as a chat that are no one's chat (pure): a paper's photo and a post's
comment list.

- A photo of a paper (a notice, a letter, a summons) has a title line over its body and a seal
  or signature at the foot, and no clock anywhere: no status bar, no bubble times. Its title is
  what the paper is called ("公安协查通知"), never a sender, so it makes no row of the number table.
- A post's comment list (朋友圈, a video app's comments) shows each comment as its author's name,
  the words under it, and a "20:30·回复" line (its time and the reply button). The parser takes
  the page for a chat with the post's author; each comment is still its own author's words, so
  a comment whose name line is someone else's is never the post author's.
"""

from __future__ import annotations

import re

_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")
# What a paper calls itself at the end of its title: the kind of paper, never who sent it.
_PAPER_KIND = re.compile(
    r"(?:通知|通知书|告知书|公告|通告|函|决定书|传票|协查|证明|判决书|裁定书)$"
)
# A seal or signature mark at a paper's foot ("安庆市公安局经侦支队（章）", "（盖章）").
_SEAL = re.compile(r"[（(]\s*(?:盖)?章\s*[)）]$")
# A comment's foot: its time and the reply button ("20:30·回复", "昨天 20:30 回复").
COMMENT_FOOT = re.compile(
    r"\s*(?:(?:昨天|前天|\d{1,2}[-/月]\d{1,2}日?)\s*)?\d{1,2}[:：]\d{2}\s*[·•・]?\s*回复$"
)
_NAME_CHARS = 12
_SENTENCE = re.compile(r"[，。！？,!?；;]")
# A one-character avatar glyph drawn left of a name ("贷 贷后专员小周").
_AVATAR = re.compile(r"^\S\s+(?=\S{2,})")


def is_paper_photo(text: str, title: str) -> bool:
    """Whether an exhibit read as a chat titled `title` is a photo of a paper: no clock in its
    text, and a title that names a kind of paper or a seal at its foot."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not title.strip() or _CLOCK.search(text):
        return False
    return bool(_PAPER_KIND.search(title.strip()) or _SEAL.search(lines[-1]))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def comment_author(comment: str, text: str) -> str | None:
    """The name line over `comment` in a comment list's text, or None when `comment` is no
    comment (no "time·回复" foot) or its block is not found."""
    if not COMMENT_FOOT.search(comment):
        return None
    body = _flat(COMMENT_FOOT.sub("", comment))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = 0
    for index, line in enumerate(lines):
        if not COMMENT_FOOT.fullmatch(line):
            continue
        # The name line is the nearest one above whose lines below, to the foot, are the words.
        for k in range(index - 2, start - 1, -1):
            name = _AVATAR.sub("", lines[k])
            words = _flat("".join(lines[k + 1 : index]))
            if _is_name(name) and body in (words, _flat(name) + words):
                return name
        start = index + 1
    return None


def _is_name(line: str) -> bool:
    return 0 < len(line) <= _NAME_CHARS and not _SENTENCE.search(line)


def comment_words(comment: str, author: str) -> str:
    """A comment's own words: its foot and the author's name glued before it taken off."""
    words = COMMENT_FOOT.sub("", comment).strip()
    if author and words.startswith(author) and len(words) > len(author):
        words = words[len(author) :].strip()
    return words
