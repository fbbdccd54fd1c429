"""Settings: offline defaults, CS_* overrides, documented in the README, Streamlit config safe."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import FrozenInstanceError, fields
from pathlib import Path

import pytest

import settings as settings_module
from settings import OFFLINE_ENVIRONMENT, Settings, load_settings, settings_table

ROOT = Path(__file__).resolve().parents[2]


def test_importing_settings_forces_offline_environment():
    for name, value in OFFLINE_ENVIRONMENT.items():
        assert os.environ[name] == value
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["ANONYMIZED_TELEMETRY"] == "False"


def test_offline_environment_overrides_a_user_shell():
    environ = {"HF_HUB_OFFLINE": "0", "TRANSFORMERS_OFFLINE": "0"}
    settings_module.apply_offline_environment(environ)
    assert environ["HF_HUB_OFFLINE"] == "1"
    assert environ["TRANSFORMERS_OFFLINE"] == "1"


def test_defaults_are_offline_and_local():
    settings = load_settings({})
    assert settings.llm_backend == "llama"
    assert settings.openai_base_url.startswith("http://127.0.0.1")
    assert settings.llm_model_path.suffix == ".gguf"
    assert settings.llm_temperature == 0.0


def test_environment_overrides_every_type(tmp_path: Path):
    settings = load_settings(
        {
            "CS_DATA_DIR": str(tmp_path / "d"),
            "CS_N_THREADS": "1",
            "CS_LLM_TEMPERATURE": "0.3",
            "CS_LLM_BACKEND": "template",
            "CS_OPENAI_BASE_URL": "http://127.0.0.1:9999/v1",
        }
    )
    assert settings.data_dir == tmp_path / "d"
    assert settings.n_threads == 1
    assert settings.llm_temperature == pytest.approx(0.3)
    assert settings.llm_backend == "template"
    assert settings.openai_base_url.endswith(":9999/v1")
    assert settings.cases_db.parent == tmp_path / "d"


def test_models_dir_moves_the_model_paths(tmp_path: Path):
    settings = load_settings({"CS_MODELS_DIR": str(tmp_path)})
    assert settings.llm_model_path.parent == tmp_path
    assert settings.embedding_model_path.parent == tmp_path


@pytest.mark.parametrize(
    ("name", "value"), [("CS_N_THREADS", "two"), ("CS_LLM_BACKEND", "gpt"), ("CS_N_CTX", "1.5")]
)
def test_invalid_values_are_clear_value_errors(name: str, value: str):
    with pytest.raises(ValueError, match=name):
        load_settings({name: value})


def test_settings_are_frozen():
    with pytest.raises(FrozenInstanceError):
        load_settings({}).n_threads = 3  # type: ignore[misc]


def test_readme_table_documents_exactly_the_settings():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\|\s*`(CS_[A-Z_]+)`\s*\|", readme, flags=re.MULTILINE))
    declared = {item.metadata["env"] for item in fields(Settings)}
    assert documented == declared
    for env, _default, help_text in settings_table():
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{env}`"))
        assert help_text in row


def test_streamlit_config_is_local_and_quiet():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["maxUploadSize"] == load_settings({}).max_upload_mb
