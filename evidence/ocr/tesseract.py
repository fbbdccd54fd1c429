"""Finding Tesseract and its language packs (the doctor and the OCR both ask here)."""

from __future__ import annotations

import shutil
import subprocess

from errors import TesseractMissing


def installed_languages(tesseract_cmd: str = "tesseract") -> set[str]:
    """Language packs Tesseract reports; raises TesseractMissing when Tesseract is absent."""
    if shutil.which(tesseract_cmd) is None:
        raise TesseractMissing(
            "没有找到文字识别程序 Tesseract。",
            "Tesseract OCR is not installed.",
            "请运行 `make setup`，或手动安装："
            "sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim",
            "Run `make setup`, or: sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim",
        )
    result = subprocess.run(
        [tesseract_cmd, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    lines = (result.stdout + result.stderr).splitlines()
    return {line.strip() for line in lines if line.strip() and " " not in line.strip()}


def tesseract_version(tesseract_cmd: str = "tesseract") -> str:
    result = subprocess.run(
        [tesseract_cmd, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    first = (result.stdout or result.stderr).splitlines()
    return first[0].strip() if first else "tesseract"


def require_languages(languages: str, tesseract_cmd: str = "tesseract") -> None:
    """Raise TesseractMissing unless every pack in `languages` ('chi_sim+eng') is installed."""
    missing = [
        lang for lang in languages.split("+") if lang not in installed_languages(tesseract_cmd)
    ]
    if missing:
        packs = " ".join(f"tesseract-ocr-{m.replace('_', '-')}" for m in missing)
        raise TesseractMissing(
            f"缺少 Tesseract 语言包：{', '.join(missing)}，无法识别中文截图。",
            f"Tesseract language pack(s) missing: {', '.join(missing)}.",
            f"请安装：sudo apt-get install {packs}（或运行 `make setup`）",
            f"Install: sudo apt-get install {packs} (or run `make setup`).",
        )
