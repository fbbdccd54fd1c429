"""The borrower's whole journey in a real browser: Streamlit server + headless chromium.

Usable as a library (`run_journey`) and as a script, so the same journey can run inside a
network namespace (`unshare -n python tests/e2e/journey_driver.py …`) where neither the
server nor the browser can reach anything but their own loopback.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Run as a script, this folder is on sys.path already; drive_browser puts the repo root there.
sys.path.append(str(Path(__file__).resolve().parent))
sys.path.append(str(Path(__file__).resolve().parents[1]))  # synthetic_screens

from drive_browser import (
    CHROMIUM,
    MAX_SHOT_BYTES,
    browser_page,
    loopback_only,
)
from drive_cases import CasesSteps, check_docx
from drive_draft import DraftSteps
from drive_evidence import EvidenceSteps
from drive_home import HomeSteps

__all__ = ["CHROMIUM", "MAX_SHOT_BYTES", "JourneyResult", "run_journey"]


@dataclass
class JourneyResult:
    """What the journey saw; the tests assert on it."""

    ok: bool = False
    steps: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    screenshots: list[str] = field(default_factory=list)
    downloads: dict[str, int] = field(default_factory=dict)
    corrected_line: str = ""
    platform_draft: str = ""
    police_draft: str = ""
    search_hits: int = 0
    roles_saved: str = ""  # the message after confirming the numbers' roles
    dossier_pages: int = 0
    tab_presses: int = 0
    progress: list[int] = field(default_factory=list)  # sidebar progress after each stage
    step_one_offers_a_case: bool = False
    kind_after_switch: list[str] = field(default_factory=list)  # the chosen document, en then zh
    backend_options_en: list[str] = field(default_factory=list)  # 起草方式's options in English
    evidence_count: int = 0
    cases_left: int = -1
    network: str = ""
    error: str = ""
    server_log: str = ""


class Journey(HomeSteps, CasesSteps, EvidenceSteps, DraftSteps):
    """The borrower's journey: every page's steps on one browser tab."""


def run_journey(
    *,
    data_dir: Path,
    screens: list[Path],
    truth_lines: list[str],
    work_dir: Path,
    shots_dir: Path | None = None,
    index_from: Path | None = None,
    env: dict[str, str] | None = None,
) -> JourneyResult:
    """Walk the whole journey once; never raises, the result says what happened."""
    result = JourneyResult(network=loopback_only())
    data_dir.mkdir(parents=True, exist_ok=True)
    if index_from is not None and index_from.is_dir():
        shutil.copytree(index_from, data_dir / "index", dirs_exist_ok=True)
    downloads = work_dir / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    if shots_dir is not None:
        shots_dir.mkdir(parents=True, exist_ok=True)
    log_path = work_dir / "streamlit.log"
    title = "李某 · 极速贷"
    started = time.perf_counter()
    try:
        with browser_page(data_dir, env or {}, log_path, work_dir / "failure.png") as (
            page,
            base_url,
        ):
            journey = Journey(page, base_url, result, shots_dir)
            journey.step("home", journey.home)
            journey.step("create_case", lambda: journey.create_case(title))
            journey.step("upload_ocr", lambda: journey.upload_and_read(screens))
            journey.step("correct", lambda: journey.correct_one_word(truth_lines))
            journey.step("confirm_facts", journey.confirm_facts)
            journey.step("confirm_roles", journey.confirm_roles)
            journey.step("review_facts", journey.review_facts)
            journey.step("search", journey.search_guidance)

            def platform() -> None:
                result.platform_draft = journey.draft("platform", "llama", "05-draft-platform")

            def police() -> None:
                result.police_draft = journey.draft("police", "template", "06-draft-police")

            journey.step("draft_platform_llama", platform)
            journey.step("draft_police_template", police)
            journey.step("language_switch", journey.switch_language_keeps_the_document)
            journey.step(
                "download_docx",
                lambda: check_docx(journey.download("docx", downloads), title),
            )
            journey.step("download_evidence_csv", lambda: journey.download("csv", downloads))
            journey.step("download_dossier", lambda: journey.download_dossier(downloads))
            journey.step("dashboard", journey.dashboard)
            journey.step("delete_case", lambda: journey.delete_case(title))
            journey.step("keyboard", journey.keyboard)
            journey.step("phone_and_english", journey.phone_and_english)
            result.ok = True
    except Exception as error:
        result.error = f"{type(error).__name__}: {error}"
    result.seconds["total"] = round(time.perf_counter() - started, 1)
    result.cases_left = _count_cases(data_dir)
    if log_path.is_file():
        result.server_log = log_path.read_text(errors="replace")[-4000:]
    return result


def _count_cases(data_dir: Path) -> int:
    database = data_dir / "cases.sqlite3"
    if not database.is_file():
        return -1
    with suppress(sqlite3.Error), sqlite3.connect(database) as connection:
        return connection.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    return -1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--screens", type=Path, nargs="+", required=True)
    parser.add_argument("--truth-line", action="append", required=True, dest="truth_lines")
    parser.add_argument("--index-from", type=Path)
    parser.add_argument("--shots-dir", type=Path)
    parser.add_argument("--lo-up", action="store_true", help="bring loopback up (new netns)")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the server")
    parser.add_argument("--result", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.lo_up:
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    result = run_journey(
        data_dir=args.data_dir,
        screens=args.screens,
        truth_lines=args.truth_lines,
        work_dir=args.work_dir,
        shots_dir=args.shots_dir,
        index_from=args.index_from,
        env=dict(item.split("=", 1) for item in args.env),
    )
    args.result.write_text(json.dumps(asdict(result), ensure_ascii=False, indent=1))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
