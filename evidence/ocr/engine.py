"""Choosing the OCR engine from CS_OCR_ENGINE, with a logged fall-back to Tesseract.

`auto` picks PP-OCR (RapidOCR): on held-out screenshots it read far better and faster than the
Tesseract pipeline (docs/BENCHMARKS.md). When onnxruntime or RapidOCR cannot load, or a
bundled model file is missing or damaged, the Tesseract path is used and the reason is kept
for the doctor and the UI — never a traceback.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from evidence.ocr.base import OcrBackend, TesseractBackend
from settings import OCR_ENGINES, Settings

ENGINES = OCR_ENGINES
# What `auto` means, measured (docs/BENCHMARKS.md, OCR section).
AUTO_ENGINE = "ppocr"
log = logging.getLogger(__name__)
# One PP-OCR backend per thread count per process: its loaded engines serve every batch.
_PPOCR: dict[int, object] = {}


@dataclass(frozen=True)
class EngineChoice:
    """The engine in use, the one asked for, and why they differ (empty when they do not)."""

    backend: OcrBackend
    name: str
    requested: str
    fallback_reason: str = ""
    fallback_note: str = ""  # the same, in Chinese with the next step, for the user


def ppocr_threads(settings: Settings) -> int:
    """onnxruntime threads per engine: the cores shared out between the parallel workers."""
    cores = os.cpu_count() or 1
    return max(1, cores // max(1, settings.ocr_workers))


def tesseract_backend(settings: Settings) -> TesseractBackend:
    return TesseractBackend(lang=settings.ocr_lang, tesseract_cmd=settings.tesseract_cmd)


def choose_engine(settings: Settings) -> EngineChoice:
    """The backend CS_OCR_ENGINE asks for, or Tesseract with the reason PP-OCR failed."""
    requested = settings.ocr_engine
    wanted = AUTO_ENGINE if requested == "auto" else requested
    if wanted == "tesseract":
        return EngineChoice(tesseract_backend(settings), "tesseract", requested)
    from evidence.ocr.ppocr import PpocrBackend, PpocrUnavailable

    backend = _PPOCR.setdefault(ppocr_threads(settings), PpocrBackend(ppocr_threads(settings)))
    try:
        backend.check()
    except PpocrUnavailable as error:
        _PPOCR.pop(ppocr_threads(settings), None)
        reason = error.message("en")
        log.warning("OCR engine %s unavailable, falling back to Tesseract: %s", wanted, reason)
        return EngineChoice(
            tesseract_backend(settings), "tesseract", requested, reason, error.message("zh")
        )
    return EngineChoice(backend, "ppocr", requested)
