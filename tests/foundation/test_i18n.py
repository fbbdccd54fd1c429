"""The UI text catalogue: every key in both languages, placeholders consistent, no clashes."""

from __future__ import annotations

import re
import string
from pathlib import Path

import i18n

ROOT = Path(__file__).resolve().parents[2]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_has_chinese_and_english():
    catalogue = i18n.catalogue()
    assert len(catalogue) > 20
    for key, texts in catalogue.items():
        assert set(texts) == {"zh", "en"}, key
        assert texts["zh"].strip(), key
        assert texts["en"].strip(), key


def test_both_languages_use_the_same_placeholders():
    for key, texts in i18n.catalogue().items():
        assert _placeholders(texts["zh"]) == _placeholders(texts["en"]), key


def test_every_key_used_in_the_code_exists():
    used: set[str] = set()
    for path in [ROOT / "app.py", ROOT / "services.py", *sorted((ROOT / "pages").glob("*.py"))]:
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\btr\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", source))
    missing = sorted(used - set(i18n.catalogue()))
    assert not missing, missing


def test_translate_falls_back_and_formats():
    assert i18n.translate("home.status_problems", "en", count=2).startswith("2 ")
    assert i18n.translate("no.such.key", "zh") == "no.such.key"
