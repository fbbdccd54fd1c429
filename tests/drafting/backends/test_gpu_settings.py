"""GPU offload settings: CS_N_GPU_LAYERS reaches llama.cpp; `auto` follows the build's support."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import llama_cpp
import pytest

from drafting.backends.base import generated_where
from drafting.backends.factory import build_llm
from drafting.backends.llama import LlamaCppBackend, resolve_gpu_layers
from settings import load_settings

ROOT = Path(__file__).resolve().parents[3]


def test_auto_means_all_layers_with_gpu_support_and_none_without():
    assert resolve_gpu_layers("auto", offload=True) == -1
    assert resolve_gpu_layers("auto", offload=False) == 0
    assert resolve_gpu_layers("20", offload=False) == 20
    assert resolve_gpu_layers("-1", offload=False) == -1


def test_the_default_follows_what_this_llama_cpp_build_reports():
    backend = build_llm(load_settings({}))
    assert isinstance(backend, LlamaCppBackend)
    expected = -1 if llama_cpp.llama_supports_gpu_offload() else 0
    assert backend.n_gpu_layers == expected


@pytest.mark.parametrize("raw", ["lots", "-2", "1.5"])
def test_a_bad_layer_count_is_refused(raw: str):
    with pytest.raises(ValueError, match="CS_N_GPU_LAYERS"):
        load_settings({"CS_N_GPU_LAYERS": raw})


def test_the_layer_count_is_passed_to_llama_cpp(tmp_path: Path, monkeypatch):
    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"GGUF" + bytes(2 * 1024 * 1024))
    seen = {}
    monkeypatch.setattr(llama_cpp, "Llama", lambda **options: seen.update(options) or object())
    backend = build_llm(load_settings({"CS_LLM_MODEL": str(gguf), "CS_N_GPU_LAYERS": "12"}))
    backend.llama  # noqa: B018 - loads
    assert seen["n_gpu_layers"] == 12
    on_gpu = llama_cpp.llama_supports_gpu_offload()
    assert generated_where(backend) == (
        "tiny.gguf (GPU layers: 12)" if on_gpu else "tiny.gguf (CPU)"
    )


def test_a_cuda_build_without_nvcc_says_what_is_missing(tmp_path: Path):
    if llama_cpp.llama_supports_gpu_offload():
        pytest.skip("this llama-cpp-python already has GPU offload: nothing to rebuild")
    env = {**os.environ, "PATH": "/usr/bin:/bin", "CUDA_HOME": str(tmp_path / "no-cuda")}
    if any(Path(d, "nvcc").exists() for d in env["PATH"].split(":")):
        pytest.skip("nvcc is installed here")
    completed = subprocess.run(
        ["bash", "scripts/gpu_build.sh", "cuda", str(ROOT / ".venv")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert completed.returncode == 1
    assert "nvcc" in completed.stderr
    assert "CUDA Toolkit" in completed.stderr
    assert "CPU" in completed.stderr


def test_an_unknown_gpu_kind_is_refused():
    completed = subprocess.run(
        ["bash", "scripts/gpu_build.sh", "rocm"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert completed.returncode == 2
    assert "GPU=cuda" in completed.stderr


class _FakeLlama:
    def reset(self):
        pass

    def create_chat_completion(self, **options):
        return iter([{"choices": [{"delta": {"content": "你好"}}]}])


@pytest.mark.parametrize(
    ("offload", "said"),
    [(True, "GPU offload: yes, layers on GPU: all"), (False, "GPU offload: no, layers on GPU: 0")],
)
def test_doctor_reports_offload_support_and_layers(tmp_path, monkeypatch, offload, said):
    import drafting.backends.llama
    from doctor import check_llm

    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"GGUF" + bytes(2 * 1024 * 1024))
    seen = {}
    monkeypatch.setattr(drafting.backends.llama, "gpu_offload_supported", lambda: offload)
    monkeypatch.setattr(llama_cpp, "Llama", lambda **options: seen.update(options) or _FakeLlama())
    detail = check_llm(load_settings({"CS_LLM_MODEL": str(gguf)}), "en")
    assert detail.startswith("backend llama: tiny.gguf, ")
    assert said in detail
    assert seen["n_gpu_layers"] == (-1 if offload else 0)
