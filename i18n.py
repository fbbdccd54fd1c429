"""One UI text catalogue (zh-CN first, English for staff), merged from strings/*.toml.

Each area keeps its own file so pages can grow independently; keys are namespaced
(`evidence.upload`) and every key must have both `zh` and `en` (a test checks this).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

STRINGS_DIR = Path(__file__).resolve().parent / "strings"
LANGUAGES = ("zh", "en")


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """key -> {"zh": …, "en": …}; a key defined twice is an error."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(STRINGS_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            for key, texts in tomllib.load(handle).items():
                if key in merged:
                    raise ValueError(f"UI string {key!r} defined twice ({path.name})")
                merged[key] = texts
    return merged


def translate(key: str, lang: str = "zh", **values: object) -> str:
    """The text for `key` in `lang` (falls back to zh, then to the key), formatted with values."""
    texts = catalogue().get(key)
    if texts is None:
        return key
    text = texts.get(lang) or texts.get("zh") or key
    return text.format(**values) if values else text
