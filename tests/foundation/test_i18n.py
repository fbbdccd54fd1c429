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
    sources = [ROOT / "app.py", ROOT / "services.py", *sorted((ROOT / "views").glob("*.py"))]
    for path in sources + sorted((ROOT / "ui").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\btr\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", source))
    missing = sorted(used - set(i18n.catalogue()))
    assert not missing, missing


def test_translate_falls_back_and_formats():
    assert i18n.translate("home.status_problems", "en", count=2).startswith("2 ")
    assert i18n.translate("no.such.key", "zh") == "no.such.key"


def test_dates_read_as_chinese_dates():
    assert i18n.format_date("2025-02-03") == "2025年2月3日"
    assert i18n.format_date("2025-02-03T23:59:00+00:00", "en") == "2025-02-03"
    assert i18n.format_date("昨天") == "昨天"  # not a date: shown as written


def test_times_are_shown_in_the_users_time_zone():
    stamp = "2025-02-12T17:30:00.000+00:00"  # how the store writes times (UTC)
    assert i18n.format_datetime(stamp) == "2025年2月13日 01:30"  # Asia/Shanghai by default
    assert i18n.format_datetime(stamp, "en", "UTC") == "2025-02-12 17:30"
    assert i18n.format_datetime(stamp, "zh", "Europe/Berlin") == "2025年2月12日 18:30"
    assert i18n.format_datetime("not a time") == "not a time"


def test_an_unknown_time_zone_falls_back_without_failing():
    assert i18n.format_datetime("2025-02-12T17:30:00+00:00", "en", "No/Such_Zone").endswith("17:30")
