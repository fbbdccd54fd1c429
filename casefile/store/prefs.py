"""Choices made on the settings page that outlive a session, kept beside the store.

`app-settings.json` holds no personal data (the auto-lock minutes, whether the first-start offer
to protect the data was dismissed), so it stays plain even when the data dir is locked: it must be
readable before anything is unlocked.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

PREFS_NAME = "app-settings.json"
MAX_AUTO_LOCK_MINUTES = 24 * 60


def _read(data_dir: Path) -> dict:
    try:
        raw = json.loads((Path(data_dir) / PREFS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: the defaults (CS_* settings) apply
    return raw if isinstance(raw, dict) else {}


def auto_lock_minutes(data_dir: Path, default: float) -> float:
    """The idle minutes chosen on the settings page, else `default` (CS_AUTO_LOCK_MINUTES)."""
    value = _read(data_dir).get("auto_lock_minutes")
    if isinstance(value, int | float) and 0 <= value <= MAX_AUTO_LOCK_MINUTES:
        return float(value)
    return default


def save_auto_lock_minutes(data_dir: Path, minutes: float) -> None:
    """Keep the idle minutes (0: never) for every later session."""
    if not 0 <= minutes <= MAX_AUTO_LOCK_MINUTES:
        raise ValueError(f"auto-lock minutes must be 0…{MAX_AUTO_LOCK_MINUTES}, got {minutes}")
    _save(data_dir, auto_lock_minutes=float(minutes))


def first_start_dismissed(data_dir: Path) -> bool:
    """True once "稍后再说" was chosen on the first-start offer to protect the data."""
    return _read(data_dir).get("first_start_dismissed") is True


def dismiss_first_start(data_dir: Path) -> None:
    """Never offer protection at start again (the settings page still offers it)."""
    _save(data_dir, first_start_dismissed=True)


def _save(data_dir: Path, **values: object) -> None:
    """Merge `values` into the file; atomic like the lock header (temp file, fsync, rename)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    prefs = {**_read(data_dir), **values}
    temp = data_dir / f".{PREFS_NAME}.{uuid.uuid4().hex}.tmp"
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(prefs, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temp, 0o600)
    os.replace(temp, data_dir / PREFS_NAME)
