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

# 3. Python packages, reinstalled only when requirements change.
want=$(cat requirements.txt requirements.lock 2>/dev/null | sha256sum | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  say "Installing Python packages (first time: llama-cpp-python builds from source, ~10 min)"
  # LLAVA is not needed (text only) and adds minutes to the build.
  CMAKE_ARGS="${CMAKE_ARGS:--DLLAVA_BUILD=OFF}" "$VENV/bin/pip" install -q \
    --disable-pip-version-check -r requirements.txt -c requirements.lock
  echo "$want" > "$STAMP"
fi

# 3b. GPU=cuda: a CUDA build of llama-cpp-python (once; kept until the pin changes).
if [ -n "${GPU:-}" ]; then
  bash scripts/gpu_build.sh "$GPU" "$VENV"
fi

# 4. Models (SPEC § 7): verified, atomic, cached in ~/.cache/contactshield.
"$VENV/bin/python" scripts/fetch_models.py ${CS_WITH_SMALL_MODEL:+--with-small}
