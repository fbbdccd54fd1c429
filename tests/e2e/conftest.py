"""Browser-journey fixtures: the guidance index built once, three generated screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "tests"))
sys.path.append(str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def guidance_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An `index/` folder built once per session (about a minute) and copied into each journey."""
    data_dir = tmp_path_factory.mktemp("e2e-index")
    subprocess.run(
        [sys.executable, "cli.py", "index", "--json"],
        cwd=ROOT,
        env={**os.environ, "CS_DATA_DIR": str(data_dir)},
        check=True,
        capture_output=True,
        timeout=600,
    )
    index = data_dir / "index"
    assert index.is_dir(), "cli.py index made no index folder"
    return index


@pytest.fixture(scope="session")
def journey_screens(tmp_path_factory: pytest.TempPathFactory):
    """Three generated phone screenshots with known text (a chat, an SMS list, a call log)."""
    from synthetic_screens import generate_screens

    return generate_screens(3, seed=7, out_dir=tmp_path_factory.mktemp("e2e-screens"))
