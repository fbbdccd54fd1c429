"""Old → new article numbers of a revised statute, aligned by content (never by number).

`align` pairs each article of the old text with the article of the new text whose wording is
closest (character-bigram overlap), in order. A drafting aid only: its guesses were checked by
hand against both texts, and corpus/zhian-renumbering.toml keeps the corrections (tests check it by
article content, never against this function's output).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_HEAD = re.compile(r"^\*\*第([零〇一二两三四五六七八九十百千]+)条\*\*", re.MULTILINE)
# Below this overlap an old article has no counterpart in the new text (it was dropped).
MIN_SIMILARITY = 0.35


def chinese_number(numeral: str) -> int:
    """一百四十四 → 144 (statute article numbers only: below ten thousand)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    units = {"十": 10, "百": 100, "千": 1000}
    total, current = 0, 0
    for char in numeral:
        if char in digits:
            current = digits[char]
        else:
            total += (current or 1) * units[char]
            current = 0
    return total + current


def articles(markdown: str) -> dict[int, str]:
    """Article number → its text, from a statute in the shared reference format."""
    heads = list(_HEAD.finditer(markdown))
    out: dict[int, str] = {}
    for index, head in enumerate(heads):
        end = heads[index + 1].start() if index + 1 < len(heads) else len(markdown)
        body = re.sub(r"^#.*$", "", markdown[head.end() : end], flags=re.MULTILINE)
        out[chinese_number(head.group(1))] = re.sub(r"\s+", "", body)
    return out


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def similarity(a: str, b: str) -> float:
    """Share of the shorter text's character bigrams that the other text also has."""
    left, right = _bigrams(a), _bigrams(b)
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def align(old: dict[int, str], new: dict[int, str]) -> dict[int, tuple[int | None, float]]:
    """Old number → (new number or None, similarity): the best match in the new text."""
    grams = {number: _bigrams(text) for number, text in new.items()}
    result: dict[int, tuple[int | None, float]] = {}
    for number, text in old.items():
        mine = _bigrams(text)
        best, score = None, 0.0
        for candidate, theirs in grams.items():
            if not mine or not theirs:
                continue
            value = len(mine & theirs) / max(len(mine), len(theirs))
            # Ties go to the candidate nearest the old position.
            if value > score or (
                value == score and best is not None and abs(candidate - number) < abs(best - number)
            ):
                best, score = candidate, value
        result[number] = (best, score) if score >= MIN_SIMILARITY else (None, score)
    return result


def to_toml(mapping: dict[int, tuple[int | None, float]], law: str) -> str:
    """The mapping as corpus TOML rows (`new = 0` means no counterpart)."""
    lines = [
        f"# Old → new article numbers of {law}, aligned by content by law/renumbering.py.",
        "# Regenerate: python -m law.renumbering OLD.md NEW.md > corpus/zhian-renumbering.toml",
        f'law = "{law}"',
        "",
    ]
    for old, (new, score) in sorted(mapping.items()):
        lines += ["[[map]]", f"old = {old}", f"new = {new or 0}", f"similarity = {score:.2f}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    old_path, new_path = (Path(arg) for arg in sys.argv[1:3])
    mapping = align(
        articles(old_path.read_text(encoding="utf-8")),
        articles(new_path.read_text(encoding="utf-8")),
    )
    print(to_toml(mapping, "治安管理处罚法"))
