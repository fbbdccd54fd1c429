"""Evidence fixtures: one seeded batch of synthetic screenshots, read once by real Tesseract."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent.parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from audio_clips import save_as, tone  # noqa: E402
from synthetic_screens import ScreenTruth, generate_screens  # noqa: E402

import settings as settings_module  # noqa: E402
from casefile.store import CaseStore  # noqa: E402

SCREEN_COUNT = 40
SCREEN_SEED = 3


@pytest.fixture(scope="session")
def screens(tmp_path_factory: pytest.TempPathFactory, cjk_font: Path) -> list[ScreenTruth]:
    """40 screenshots: chats, SMS lists, call logs, friends' messages; light and dark."""
    return generate_screens(SCREEN_COUNT, SCREEN_SEED, tmp_path_factory.mktemp("screens"))


@pytest.fixture(scope="session")
def screen_results(screens: list[ScreenTruth], tmp_path_factory: pytest.TempPathFactory) -> list:
    """The real Tesseract pipeline (parallel, no cache hits) over all screens, in order."""
    from evidence.intake import process_paths

    data_dir = tmp_path_factory.mktemp("ocr-data")
    settings = settings_module.load_settings(
        {"CS_DATA_DIR": str(data_dir), "CS_OCR_ENGINE": "tesseract"}
    )
    return process_paths([screen.path for screen in screens], settings)


@pytest.fixture(scope="session")
def html_screens(tmp_path_factory: pytest.TempPathFactory) -> list[ScreenTruth]:
    """One browser-rendered screen of every kind (tests/html_screens.py), never tuned on."""
    from html_screens import KINDS, render_screens

    return render_screens(tmp_path_factory.mktemp("html-screens"), seed=7, n=len(KINDS))


RECORDING_NAME = "13800138000_20250302153012.m4a"  # a recorder's name: number + capture time


@pytest.fixture
def store(isolated_data_dir: Path) -> CaseStore:
    return CaseStore(isolated_data_dir)


@pytest.fixture
def recording(tmp_path: Path) -> bytes:
    """A 5 s tone saved as m4a under a recorder's file name."""
    return save_as(tone(5.0), tmp_path / RECORDING_NAME).read_bytes()
