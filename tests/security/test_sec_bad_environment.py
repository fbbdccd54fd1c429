"""Bad environments: a missing language pack or model, a broken GGUF, an unreachable server, a
read-only or full disk, a reader that closes the pipe early. Each runs the real CLI in a subprocess
and must end with one clear zh/en line and exit 2 — never a traceback, never half a file.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from errors import TesseractMissing
from settings import load_settings
from tests.security.sec_helpers import (
    GOOD_CASE,
    PYTHON,
    ROOT,
    assert_clean_refusal,
    can_unshare,
    encode,
    files_under,
    screen_image,
)


def subprocess_cli(
    *args: str, env: dict[str, str], prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, PYTHON, "cli.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def screen_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("screen") / "sms.png"
    path.write_bytes(encode(screen_image(), "PNG"))
    return path


@pytest.fixture(scope="module")
def case_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("case") / "case.json"
    path.write_text(json.dumps(GOOD_CASE, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "setting"),
    [("missing chi_sim (CS_OCR_LANG=xyz)", {"CS_OCR_LANG": "xyz"}),
     ("missing chi_sim (empty TESSDATA_PREFIX)", {"TESSDATA_PREFIX": "EMPTY"}),
     ("Tesseract not installed", {"CS_TESSERACT_CMD": "/nonexistent/tesseract"})],
)  # fmt: skip
def test_ocr_without_language_pack(
    kind: str, setting: dict[str, str], screen_file: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "tessdata"
    empty.mkdir()
    values = {name: str(empty) if value == "EMPTY" else value for name, value in setting.items()}
    # The Tesseract engine chosen explicitly: PP-OCR (the default) needs no language pack.
    env = dict(os.environ, CS_DATA_DIR=str(tmp_path / "data"), CS_OCR_ENGINE="tesseract", **values)
    result = subprocess_cli("ocr", str(screen_file), env=env)
    line = assert_clean_refusal(result)
    assert "Tesseract" in line
    assert files_under(tmp_path / "data") == []


def test_language_pack_error_type() -> None:
    from evidence.ocr.tesseract import require_languages

    with pytest.raises(TesseractMissing, match="xyz"):
        require_languages("chi_sim+xyz")


@pytest.fixture(scope="module")
def broken_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("gguf")
    real = load_settings({}).llm_model_path
    truncated = folder / "truncated.gguf"
    with real.open("rb") as source:
        truncated.write_bytes(source.read(4 * 1024 * 1024))
    garbage = folder / "garbage.gguf"
    garbage.write_bytes(b"GGUF" + os.urandom(64 * 1024))
    return {"truncated": truncated, "garbage": garbage, "missing": folder / "missing.gguf"}


@pytest.mark.parametrize("which", ["truncated", "garbage", "missing"])
def test_broken_gguf(
    which: str, broken_models: dict[str, Path], case_file: Path, tmp_path: Path
) -> None:
    """A broken model never stops a draft: the template's text comes back, with the reason."""
    env = dict(
        os.environ,
        CS_DATA_DIR=str(tmp_path / "data"),
        CS_LLM_MODEL=str(broken_models[which]),
        CS_EMBEDDING_MODEL=str(tmp_path / "no-embedder"),  # skip the guidance index: not this row
    )
    argv = ["draft", "--json", "--case", str(case_file), "--kind", "deletion", "--backend", "llama"]
    result = subprocess_cli(*argv, env=env)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    assert draft["repair"] == "template_fallback"
    assert "模型" in draft["error"] or "GGUF" in draft["error"], draft["error"]
    assert not any(draft["checks"].values())


def test_unreachable_openai_server(case_file: Path, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        CS_DATA_DIR=str(tmp_path / "data"),
        CS_OPENAI_BASE_URL="http://127.0.0.1:9/v1",  # discard port: nothing listens
        CS_OPENAI_TIMEOUT="5",
        CS_EMBEDDING_MODEL=str(tmp_path / "no-embedder"),
    )
    argv = [
        "draft",
        "--json",
        "--case",
        str(case_file),
        "--kind",
        "platform",
        "--backend",
        "openai",
    ]
    result = subprocess_cli(*argv, env=env)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    assert draft["repair"] == "template_fallback"
    assert "127.0.0.1:9" in draft["error"] or "服务" in draft["error"], draft["error"]


needs_mounts = pytest.mark.skipif(
    not can_unshare("-m"), reason="unshare -m not permitted (needs root)"
)


def in_mount_namespace(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace (mounts vanish with it)."""
    return subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-ec", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


STORE_PROBE = """
import sys
from casefile.store import CaseStore
from errors import ContactShieldError
try:
    store = CaseStore(sys.argv[1])
    case_id = store.create_case("x")
    data = bytes(int(sys.argv[2]))
    store.add_evidence(case_id, "big.png", data, kind="sms", ocr_text="t", entities={})
except ContactShieldError as error:
    print(type(error).__name__, error.one_line(), file=sys.stderr)
    raise SystemExit(2)
"""


@needs_mounts
def test_read_only_data_dir(screen_file: Path, tmp_path: Path) -> None:
    """Read-only tmpfs (`mount -o ro` inside `unshare -m`): the store refuses, OCR still works."""
    data = tmp_path / "ro"
    data.mkdir()
    env = dict(os.environ, CS_DATA_DIR=str(data))
    script = (
        f"mount -t tmpfs -o ro,size=1m tmpfs {data}\n"
        f"{PYTHON} -c '{STORE_PROBE}' {data} 10 || echo store-exit=$? >&2\n"
        f"{PYTHON} cli.py ocr --json {screen_file}\n"
    )
    result = in_mount_namespace(script, env)
    assert "Traceback" not in result.stderr, result.stderr
    assert "StorageError" in result.stderr, result.stderr
    assert "store-exit=2" in result.stderr, result.stderr
    assert json.loads(result.stdout)[0]["text"]  # the OCR cache is optional: reading still works


@needs_mounts
def test_full_disk(case_file: Path, tmp_path: Path) -> None:
    """A 256 KiB tmpfs: a big export and a big upload are refused; nothing half-written remains."""
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    env = dict(os.environ, CS_DATA_DIR=str(tiny / "data"))
    export = tiny / "out" / "case.pdf"
    script = (
        f"mount -t tmpfs -o size=256k tmpfs {tiny}\n"
        f"{PYTHON} -c '{STORE_PROBE}' {tiny / 'data'} 1048576 || echo store-exit=$? >&2\n"
        f"dd if=/dev/zero of={tiny}/filler bs=1k count=200 2>/dev/null || true\n"
        f"{PYTHON} cli.py export --case {case_file} --format pdf -o {export} "
        f"|| echo export-exit=$? >&2\n"
        f"find {tiny} -type f -name '*.tmp' -o -type f -name 'case.pdf' -o -type f -path '*files*'"
        f" | sed 's/^/left:/'\n"
        f"rm {tiny}/filler\n"  # free the space again, then look at what the store kept
        f"{PYTHON} -c 'from casefile.store import CaseStore; import sys;"
        f's = CaseStore(sys.argv[1]); print("cases", [len(s.list_evidence(c.id))'
        f" for c in s.list_cases()])' {tiny / 'data'}\n"
    )
    result = in_mount_namespace(script, env)
    assert "Traceback" not in result.stderr, result.stderr
    assert "StorageError" in result.stderr, result.stderr
    assert "store-exit=2" in result.stderr, result.stderr
    assert "export-exit=2" in result.stderr, result.stderr
    assert "left:" not in result.stdout, result.stdout  # no partial export, no orphan upload
    assert "cases [0]" in result.stdout, result.stdout  # the case exists, the upload does not


def test_reader_closes_the_pipe_early(case_file: Path, tmp_path: Path) -> None:
    """`cli.py … | true`: the reader is gone before the output; no traceback, no noise."""
    command = (
        f"{PYTHON} cli.py draft --json --case {case_file} --kind evidence_list --backend template"
        " | true; echo exit=${PIPESTATUS[0]} >&2"
    )
    env = dict(os.environ, CS_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.stderr.strip() in ("exit=1", "exit=0"), result.stderr  # 0: output fit the pipe
