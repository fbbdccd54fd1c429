"""One UI text catalogue (zh-CN first, English for staff), merged from strings/*.toml.

Also how dates and times read in each language (Chinese dates, the user's time zone).

Each area keeps its own file so pages can grow independently; keys are namespaced
(`evidence.upload`) and every key must have both `zh` and `en` (a test checks this).
"""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


# --- dates and times as people read them --------------------------------------------------------

_CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def zone(name: str) -> tzinfo:
    """The IANA time zone `name`; China Standard Time when tz data is missing, else UTC."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return _CHINA if name == "Asia/Shanghai" else UTC


def format_date(value: str, lang: str = "zh") -> str:
    """An ISO date ("2025-02-12", or a timestamp's date) as "2025年2月12日" in zh; else as given."""
    try:
        day = date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return value
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()


def format_datetime(value: str, lang: str = "zh", tz: str = "Asia/Shanghai") -> str:
    """A stored UTC timestamp in the user's time zone: "2025年2月12日 18:05" (zh)."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone(tz))
    clock = local.strftime("%H:%M")
    return f"{format_date(local.date().isoformat(), lang)} {clock}"
