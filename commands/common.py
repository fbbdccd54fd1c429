"""What every command shares: exit codes, the one JSON document, a bad-input error."""

from __future__ import annotations

import json
from typing import Any

from errors import ContactShieldError

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


def emit_json(document: Any) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def bad_input(zh: str, en: str) -> ContactShieldError:
    return ContactShieldError(zh, en)
