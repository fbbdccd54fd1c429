"""The whole borrower journey in headless chromium: with the network cut, or on loopback where
`unshare -n` is refused."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import journey_driver
import pytest

from i18n import translate

ROOT = Path(__file__).resolve().parents[2]
SCREENS_DIR = ROOT / "docs" / "screens"
# Short drafts keep the two journeys inside the CI budget; the checks still run on them.
SERVER_ENV = {"CS_LLM_MAX_TOKENS": "48"}
EXPECTED_SHOTS = {
    "01-home.png",
    "02-cases.png",
    "03-evidence.png",
    "04-guidance.png",
    "05-draft-platform.png",
    "06-draft-police.png",
    "07-dashboard.png",
    "08-home-phone.png",
    "09-facts.png",
}
# Sidebar progress after: case, evidence, facts review, guidance, two drafts, two exports, overview.
EXPECTED_PROGRESS = [1, 2, 3, 4, 5, 5, 6, 6, 6]

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not Path(journey_driver.CHROMIUM).exists(), reason="no /usr/bin/chromium"),
]


def _truth_lines(screens) -> list[str]:
    """What the first screenshot really says: the journey corrects one misread line to it."""
    return [line for line in screens[0].text.splitlines() if line.strip()]


def _assert_journey(result: journey_driver.JourneyResult, truth_lines: list[str]) -> None:
    report = json.dumps(asdict(result), ensure_ascii=False, indent=1)
    assert result.ok, report
    assert result.steps[-1] == "phone_and_english", report
    assert result.evidence_count == 3
    assert result.corrected_line in truth_lines
    assert result.search_hits >= 1
    assert len(result.platform_draft.strip()) > 20
    assert "公安" in result.police_draft
    assert result.downloads["docx"] > 5_000
    assert result.downloads["csv"] > 100
    assert result.roles_saved, "the numbers' roles were not confirmed"
    assert result.downloads["dossier"] > 50_000  # the screenshots are inside
    assert result.dossier_pages >= 6
    assert result.cases_left == 0, "the case was not deleted"
    assert 0 < result.tab_presses < 80
    assert result.progress == EXPECTED_PROGRESS, report
    assert result.step_one_offers_a_case
    assert result.kind_after_switch == ["Police statement", "报案材料（情况说明）"], report
    ways = [translate(f"draft.backend_option.{name}", "en") for name in ("llama", "template")]
    assert [w.strip() for w in result.backend_options_en] == ways, report


def _check_shots(shots: Path, result: journey_driver.JourneyResult) -> None:
    assert set(result.screenshots) == EXPECTED_SHOTS
    for name in EXPECTED_SHOTS:
        assert (shots / name).stat().st_size < journey_driver.MAX_SHOT_BYTES, name
    # The committed README pictures are refreshed on demand, not on every CI run.
    if os.environ.get("CS_UPDATE_SCREENS") == "1":
        SCREENS_DIR.mkdir(parents=True, exist_ok=True)
        for name in EXPECTED_SHOTS:
            shutil.copy2(shots / name, SCREENS_DIR / name)


def _can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def test_e2e_journey_in_browser(tmp_path, guidance_index, journey_screens):
    # The same journey runs with the network cut below; on loopback it is only needed where
    # `unshare -n` is refused (a browser journey costs minutes on 2 cores).
    if _can_unshare():
        pytest.skip("the network-cut journey below is this same journey, with the network cut")
    shots = tmp_path / "shots"
    result = journey_driver.run_journey(
        data_dir=tmp_path / "data",
        screens=[screen.path for screen in journey_screens],
        truth_lines=_truth_lines(journey_screens),
        work_dir=tmp_path,
        shots_dir=shots,
        index_from=guidance_index,
        env=SERVER_ENV,
    )
    _assert_journey(result, _truth_lines(journey_screens))
    _check_shots(shots, result)


@pytest.mark.network_cut
def test_e2e_journey_with_network_cut(tmp_path, guidance_index, journey_screens):
    if not _can_unshare():
        pytest.skip("`unshare -n` is missing or refused here; the loopback journey runs instead")
    result_path = tmp_path / "result.json"
    shots = tmp_path / "shots"
    command = [
        "unshare",
        "-n",
        sys.executable,
        str(Path(journey_driver.__file__)),
        "--lo-up",
        "--data-dir",
        str(tmp_path / "data"),
        "--work-dir",
        str(tmp_path),
        "--index-from",
        str(guidance_index),
        *[arg for line in _truth_lines(journey_screens) for arg in ("--truth-line", line)],
        "--result",
        str(result_path),
        "--shots-dir",
        str(shots),
        "--screens",
        *[str(screen.path) for screen in journey_screens],
        *[arg for name, value in SERVER_ENV.items() for arg in ("--env", f"{name}={value}")],
    ]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result_path.is_file(), run.stderr[-3000:]
    result = journey_driver.JourneyResult(**json.loads(result_path.read_text()))
    assert result.network == "lo", f"expected loopback only, saw {result.network}"
    _assert_journey(result, _truth_lines(journey_screens))
    _check_shots(shots, result)
