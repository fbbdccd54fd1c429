"""Session fixtures of the security suite (helpers live in sec_helpers.py)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.security.sec_helpers import (
    ROOT,
    SCREEN_LINES,
    Journey,
    can_unshare,
    cli,
    encode,
    text_image,
)


@pytest.fixture(scope="session")
def screen_png() -> bytes:
    """One readable synthetic SMS screenshot as PNG bytes."""
    return encode(text_image(SCREEN_LINES, size=(1000, 260)), "PNG")


@pytest.fixture(scope="session")
def generated_screens(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three screenshots from the shared seeded generator (known ground truth)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from synthetic_screens import generate_screens

    out = tmp_path_factory.mktemp("screens")
    return [truth.path for truth in generate_screens(3, 7, out)]


@pytest.fixture(scope="session")
def offline_journey(
    tmp_path_factory: pytest.TempPathFactory, generated_screens: list[Path]
) -> Journey:
    if not can_unshare("-n"):
        pytest.skip("unshare -n is not permitted here (needs root or user namespaces)")
    work = tmp_path_factory.mktemp("offline-journey")
    env = dict(os.environ, CS_DATA_DIR=str(work / "data"), CS_LLM_MAX_TOKENS="160")
    # Deliberately poison proxy settings: any attempt to go online would have to use them.
    env.update(HTTP_PROXY="http://203.0.113.1:9", HTTPS_PROXY="http://203.0.113.1:9")
    images = [str(path) for path in generated_screens]
    case_path = work / "case.json"
    export_path = work / "export.pdf"
    steps: dict[str, tuple[int, str, str]] = {}

    def step(name: str, *args: str) -> None:
        result = cli(*args, env=env, prefix=("unshare", "-n"), timeout=400)
        steps[name] = (result.returncode, result.stdout, result.stderr)

    step("doctor", "doctor", "--json")
    step("ocr", "ocr", "--json", *images)
    step("facts", "facts", *images)
    if steps["facts"][0] == 0:
        case = json.loads(steps["facts"][1])
        case.setdefault("borrower", {})["name"] = "李某"
        case_path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    step("index", "index", "--json")
    step("search", "search", "--json", "派出所报警需要带什么", "-k", "3")
    step("draft", "draft", "--json", "--case", str(case_path), "--kind", "contacts",
         "--backend", "llama")  # fmt: skip
    step("export", "export", "--case", str(case_path), "--format", "pdf", "-o", str(export_path))
    return Journey(work / "data", steps, export_path)
