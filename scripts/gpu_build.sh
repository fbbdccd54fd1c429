#!/usr/bin/env bash
# Rebuild llama-cpp-python for a GPU: `make run GPU=cuda` / `make test GPU=cuda` call this.
# Skipped when the installed build already reports GPU offload support. Apple Metal needs nothing
# here: on macOS llama-cpp-python builds with Metal by default (see README "GPU").
set -euo pipefail
cd "$(dirname "$0")/.."
GPU=$1
VENV=${2:-.venv}
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

case "$GPU" in
  cuda) FLAGS="-DGGML_CUDA=on" ;;
  *)
    echo "不支持的 GPU=$GPU（只支持 GPU=cuda）/ unsupported GPU=$GPU (only GPU=cuda)" >&2
    exit 2 ;;
esac

if "$VENV/bin/python" -c 'import llama_cpp, sys; sys.exit(0 if llama_cpp.llama_supports_gpu_offload() else 1)' 2>/dev/null; then
  say "llama-cpp-python already has GPU offload; nothing to rebuild"
  exit 0
fi

NVCC=$(command -v nvcc || true)
[ -z "$NVCC" ] && [ -x "${CUDA_HOME:-/usr/local/cuda}/bin/nvcc" ] && NVCC="${CUDA_HOME:-/usr/local/cuda}/bin/nvcc"
if [ -z "$NVCC" ]; then
  cat >&2 <<'MSG'
找不到 CUDA 编译器 nvcc：GPU=cuda 需要 NVIDIA 驱动和 CUDA Toolkit（含 nvcc）。
请安装 CUDA Toolkit（Debian: `sudo apt-get install nvidia-cuda-toolkit`，或 NVIDIA 官方安装包），
确认 `nvcc --version` 能运行（或设置 CUDA_HOME），然后重新运行 `make run GPU=cuda`。
不加 GPU=cuda 时，应用照常在 CPU 上运行。
nvcc not found: GPU=cuda needs the NVIDIA driver and the CUDA toolkit (with nvcc). Install it,
check that `nvcc --version` runs (or set CUDA_HOME), then run `make run GPU=cuda` again.
Without GPU=cuda the app runs on the CPU as before.
MSG
  exit 1
fi

VERSION=$(grep -i '^llama.cpp.python' requirements.lock | head -1 | cut -d= -f3)
say "Rebuilding llama-cpp-python $VERSION with CUDA ($NVCC; takes 10-30 min)"
CUDACXX="$NVCC" CMAKE_ARGS="$FLAGS -DLLAVA_BUILD=OFF" "$VENV/bin/pip" install -q \
  --disable-pip-version-check --force-reinstall --no-deps --no-cache-dir --no-binary llama-cpp-python \
  "llama-cpp-python==$VERSION"
"$VENV/bin/python" -c 'import llama_cpp, sys; ok = llama_cpp.llama_supports_gpu_offload(); print("GPU offload:", ok); sys.exit(0 if ok else 1)'
