#!/usr/bin/env bash
# Set up whatever is missing, idempotently: Debian packages, .venv, Python packages, models.
# Safe to rerun; each step is skipped when already done. Used by `make run` and `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
VENV=.venv
APT_PACKAGES=(tesseract-ocr tesseract-ocr-chi-sim fonts-noto-cjk fonts-noto-color-emoji chromium strace poppler-utils espeak-ng sox)
STAMP=$VENV/.requirements.sha256

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# 1. System packages (Tesseract + Chinese pack, a CJK font, Chromium for the browser test, strace,
#    espeak-ng + sox to synthesise the call recordings the speech-to-text tests hear).
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "缺少系统软件包 / missing system packages: ${missing[*]}" >&2
    echo "请运行 / please run: sudo apt-get install ${missing[*]}" >&2
    echo "(macOS/Windows: see README.md)" >&2
    exit 1
  fi
fi

# 2. Virtual environment.
if [ ! -x "$VENV/bin/python" ]; then
  command -v "$PYTHON" >/dev/null || { echo "需要 Python 3.11 / Python 3.11 is required ($PYTHON not found)" >&2; exit 1; }
  say "Creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi

# 3a. llama-cpp-python, built from source for the instructions this machine's kernel enables.
#     llama.cpp's default (-march=native) compiles for everything CPUID offers; on some VMs of this
#     kind that build dies with SIGILL at the first large batch. The build follows the flags the
#     kernel lists in /proc/cpuinfo instead, without AMX (its kernels were the ones that failed);
#     no /proc/cpuinfo (macOS, ARM): the native build.
llama_cpu_args() {
  local flags pair args="-DGGML_NATIVE=OFF"
  flags=" $(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null | cut -d: -f2) "
  [ -n "${flags// /}" ] || return 0
  for pair in avx:AVX avx2:AVX2 fma:FMA f16c:F16C bmi2:BMI2 avx_vnni:AVX_VNNI avx512f:AVX512 \
      avx512vbmi:AVX512_VBMI avx512_vnni:AVX512_VNNI avx512_bf16:AVX512_BF16; do
    case "$flags" in
      *" ${pair%%:*} "*) args+=" -DGGML_${pair#*:}=ON" ;;
      *) args+=" -DGGML_${pair#*:}=OFF" ;;
    esac
  done
  echo "$args -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
}
# LLAVA is not needed (text only) and adds minutes to the build.
LLAMA_ARGS="${CMAKE_ARGS:--DLLAVA_BUILD=OFF $(llama_cpu_args)}"
LLAMA_PIN=$(grep -E '^llama-cpp-python(\[[a-z]+\])?==' requirements.txt | head -n 1)
LLAMA_STAMP=$VENV/.llama-build
if [ -z "${GPU:-}" ] && [ "$(cat "$LLAMA_STAMP" 2>/dev/null)" != "$LLAMA_PIN $LLAMA_ARGS" ]; then
  say "Building llama-cpp-python for this CPU (~10 min)"
  # No wheel cache: a wheel built on another CPU (or with other flags) must not come back.
  CMAKE_ARGS="$LLAMA_ARGS" "$VENV/bin/pip" install -q --disable-pip-version-check \
    --no-cache-dir --force-reinstall --no-deps --no-binary llama-cpp-python "$LLAMA_PIN"
  echo "$LLAMA_PIN $LLAMA_ARGS" > "$LLAMA_STAMP"
fi

# 3. Python packages, reinstalled only when requirements change.
want=$(cat requirements.txt requirements.lock 2>/dev/null | sha256sum | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  say "Installing Python packages"
  CMAKE_ARGS="$LLAMA_ARGS" "$VENV/bin/pip" install -q \
    --disable-pip-version-check -r requirements.txt -c requirements.lock
  echo "$want" > "$STAMP"
fi

# 3b. GPU=cuda: a CUDA build of llama-cpp-python (once; kept until the pin changes).
if [ -n "${GPU:-}" ]; then
  bash scripts/gpu_build.sh "$GPU" "$VENV"
fi

# 4. Models (SPEC § 7): verified, atomic, cached in ~/.cache/contactshield.
"$VENV/bin/python" scripts/fetch_models.py ${CS_WITH_SMALL_MODEL:+--with-small}
