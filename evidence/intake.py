"""The intake pipeline: bytes in, per-file OCR + kind + entities out; parallel, cached, resilient.

One bad file never stops a batch: it becomes an IntakeFailure carrying its typed error.
Entities are recomputed from (possibly corrected) text every time — extraction is cheap and
pure, so only OCR is cached.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from casefile.store.crypto import StoreKey, is_locked
from errors import ContactShieldError, UnreadableImage
from evidence.capture import capture_date
from evidence.classify import classify_text
from evidence.entities import Entities, extract_entities, screenshot_date
from evidence.images import load_image, sha256_of
from evidence.ocr.base import (
    PIPELINE_VERSION,
    OcrBackend,
    OcrCache,
    OcrLine,
    OcrResult,
    ProgressCallback,
    map_parallel,
    read_screenshot,
    uncertain_lines,
)
from evidence.ocr.engine import choose_engine
from evidence.ocr.fill import with_fills
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord
from evidence.summary import summarise_text
from settings import Settings


@dataclass(frozen=True)
class ScreenshotResult:
    """One readable upload: its text, kind, entities and what was noticed."""

    file: str
    sha256: str
    kind: str
    ocr: OcrResult
    entities: Entities
    seconds: float
    captured_on: str = ""
    notes: tuple[str, ...] = ()
    cached: bool = False
    screen: ScreenRecord | None = None

    @property
    def text(self) -> str:
        return self.ocr.text

    def to_json(self, lang: str = "zh") -> dict:
        """The SPEC § 3 `ocr` item (plus `notes` when there are any)."""
        item = {
            "file": self.file,
            "sha256": self.sha256,
            "kind": self.kind,
            "text": self.ocr.text,
            "entities": self.entities.to_json(),
            "seconds": round(self.seconds, 3),
            "engine": self.ocr.engine,
            # Per line, so a reader checks the weakly read ones first (confidence 0–100).
            "lines": [
                {"text": line.text, "confidence": round(line.confidence, 1)}
                for line in self.ocr.lines
            ],
        }
        if self.captured_on:
            item["captured_on"] = self.captured_on
        if self.notes:
            item["notes"] = list(self.notes)
        return item


@dataclass(frozen=True)
class IntakeFailure:
    """One upload that could not be read, with the user-facing error."""

    file: str
    sha256: str
    error: ContactShieldError

    def to_json(self, lang: str = "zh") -> dict:
        return {"file": self.file, "sha256": self.sha256, "error": self.error.message(lang)}


IntakeItem = ScreenshotResult | IntakeFailure
# Key of the stored entities that lists lines read with low confidence (page highlights them).
UNCERTAIN_KEY = "uncertain_lines"
# Key of the stored entities that keeps the screen's parsed record (kind, counterpart, messages).
SCREEN_KEY = "screen"
_PAPER_KINDS = ("id_card", "bill", "document")
NO_TEXT_NOTE = "没有识别到文字：如果截图里有文字，请换一张更清晰的截图，或在下方手动输入。"


def analyse_text(text: str, reference_date: date | None = None) -> tuple[str, Entities, str]:
    """(kind, entities, captured_on) of a text — used after OCR and again after a correction."""
    captured = screenshot_date(text, reference_date)
    return classify_text(text), extract_entities(text, reference_date), captured


def build_backend(settings: Settings) -> OcrBackend:
    """The engine CS_OCR_ENGINE selects (Tesseract when PP-OCR cannot load; reason logged)."""
    return choose_engine(settings).backend


def _ocr_pages(pages: Sequence, backend: OcrBackend) -> OcrResult:
    results = [read_screenshot(page, backend) for page in pages]
    if len(results) == 1:
        return results[0]
    # One long capture, one geometry: each page's boxes move down by the pages above it, so the
    # screen parser sees the lines in their real order and the bottom band where it really is.
    lines: list[OcrLine] = []
    offset = 0
    for result in results:
        lines += [
            replace(line, box=(line.box[0], line.box[1] + offset, line.box[2], line.box[3]))
            for line in result.lines
        ]
        offset += result.height or max((ln.box[1] + ln.box[3] for ln in result.lines), default=0)
    return OcrResult(
        text="\n".join(result.text for result in results),
        lines=tuple(lines),
        seconds=sum(result.seconds for result in results),
        width=results[0].width,
        height=sum(result.height for result in results),
        engine=results[0].engine,
    )


def _filled_from(ocr: OcrResult, data: bytes, filename: str, settings: Settings) -> OcrResult:
    """A cached result with the fills its image shows (the image is read again for them)."""
    try:
        loaded = load_image(
            data,
            filename,
            max_pixels=settings.max_image_pixels,
            max_bytes=settings.max_upload_mb * 1024 * 1024,
        )
    except UnreadableImage:
        return ocr
    return with_fills(ocr, loaded.pages)


def process_one(
    filename: str,
    data: bytes,
    settings: Settings,
    backend: OcrBackend,
    cache: OcrCache | None,
) -> IntakeItem:
    """Read one upload; never raises for a bad file (TesseractMissing still propagates)."""
    started = time.perf_counter()
    digest = sha256_of(data)
    notes: list[str] = []
    ocr = cache.get(digest) if cache else None
    cached = ocr is not None
    restore = getattr(backend, "restore", None)
    if ocr is not None and restore is not None:
        ocr = restore(ocr)  # glyph rules added since the reading was cached
    if ocr is None:
        try:
            loaded = load_image(
                data,
                filename,
                max_pixels=settings.max_image_pixels,
                max_bytes=settings.max_upload_mb * 1024 * 1024,
            )
        except UnreadableImage as error:
            return IntakeFailure(filename, digest, error)
        notes.extend(loaded.notes)
        ocr = with_fills(_ocr_pages(loaded.pages, backend), loaded.pages)
        if cache:
            cache.put(digest, ocr)
    elif not ocr.fills_sampled and not any(line.fill for line in ocr.lines):
        # Cached before fills were kept: read them once and keep them (with the mark that they
        # were looked for, even where none was found), so later reads skip the image.
        filled = _filled_from(ocr, data, filename, settings)
        if cache and filled.fills_sampled:
            cache.put(digest, filled)
        ocr = filled
    if not ocr.text.strip():
        notes.append(NO_TEXT_NOTE)
    # The phone's own file name or EXIF dates the capture; "昨天" resolves against it.
    taken_on = capture_date(filename, data)
    kind, entities, captured = analyse_text(ocr.text, taken_on)
    anchor = date.fromisoformat(captured) if captured else taken_on
    screen = parse_screen(ocr, anchor) if ocr.lines else None
    if screen is not None and screen.kind in _PAPER_KINDS:
        # A date on an ID card, a bill or a paper (birth, due day) is not when it was captured.
        captured = taken_on.isoformat() if taken_on else ""
    return ScreenshotResult(
        file=filename,
        sha256=digest,
        kind=kind,
        ocr=ocr,
        entities=entities,
        seconds=time.perf_counter() - started,
        captured_on=captured,
        notes=tuple(notes),
        cached=cached,
        screen=screen,
    )


def process_uploads(
    uploads: Sequence[tuple[str, bytes]],
    settings: Settings,
    progress: ProgressCallback | None = None,
    backend: OcrBackend | None = None,
    use_cache: bool = True,
    cache_key: StoreKey | None = None,
) -> list[IntakeItem]:
    """OCR a batch in parallel (settings.ocr_workers Tesseract processes), in input order.

    A locked data dir's OCR cache is encrypted with `cache_key` (the unlocked store's key); with
    no key there, nothing is cached rather than anything written in plain form.
    """
    fallback_note = ""
    if backend is None:
        choice = choose_engine(settings)
        backend, fallback_note = choice.backend, choice.fallback_note
    check = getattr(backend, "check", None)
    if check:
        check()  # chi_sim missing: stop before the batch, with install advice
    engine = getattr(backend, "cache_key", None) or getattr(backend, "lang", type(backend).__name__)
    cache = None
    if use_cache and (cache_key is not None or not is_locked(settings.data_dir)):
        cache = OcrCache(settings.ocr_cache_dir, f"v{PIPELINE_VERSION}-{engine}", cache_key)
    items = map_parallel(
        lambda upload: process_one(upload[0], upload[1], settings, backend, cache),
        uploads,
        settings.ocr_workers,
        progress,
        label=lambda upload: upload[0],
    )
    if fallback_note:  # PP-OCR could not load: say so once per batch, results still come
        readable = [i for i, item in enumerate(items) if isinstance(item, ScreenshotResult)]
        first = readable[0] if readable else None
        if first is not None:
            item = items[first]
            items[first] = replace(item, notes=(*item.notes, fallback_note))
    return items


def process_paths(
    paths: Sequence[Path],
    settings: Settings,
    progress: ProgressCallback | None = None,
    backend: OcrBackend | None = None,
) -> list[IntakeItem]:
    """process_uploads for files on disk; an unreadable path is a failure, not a crash."""
    uploads: list[tuple[str, bytes]] = []
    failures: dict[int, IntakeFailure] = {}
    for index, path in enumerate(paths):
        try:
            uploads.append((str(path), path.read_bytes()))
        except OSError as error:
            failures[index] = IntakeFailure(
                str(path),
                "",
                UnreadableImage(
                    f"{path}：无法读取文件（{error.strerror or error}）。",
                    f"{path}: cannot read the file ({error}).",
                    "请检查路径和权限。",
                    "Check the path and permissions.",
                ),
            )
            uploads.append((str(path), b""))
    results = process_uploads(uploads, settings, progress, backend)
    return [failures.get(index, result) for index, result in enumerate(results)]


def with_corrected_text(result: ScreenshotResult, text: str) -> ScreenshotResult:
    """The same screenshot re-extracted from a user's corrected text."""
    kind, entities, captured = analyse_text(text)
    return replace(
        result,
        ocr=replace(result.ocr, text=text),
        kind=kind,
        entities=entities,
        captured_on=captured,
    )


def failures_of(items: Sequence[IntakeItem]) -> list[IntakeFailure]:
    return [item for item in items if isinstance(item, IntakeFailure)]


def successes_of(items: Sequence[IntakeItem]) -> list[ScreenshotResult]:
    return [item for item in items if isinstance(item, ScreenshotResult)]


def add_uploads_to_case(
    store: Any,
    case_id: str,
    uploads: Sequence[tuple[str, bytes]],
    settings: Settings,
    progress: ProgressCallback | None = None,
    backend: OcrBackend | None = None,
) -> list[IntakeItem]:
    """What the 证据 page calls: OCR a batch and store each readable file in the case.

    `store` is a casefile.store.CaseStore; the same file twice is stored once (by SHA-256).
    """
    items = process_uploads(
        uploads, settings, progress, backend, cache_key=getattr(store, "key", None)
    )
    # Pair by position: phones often give every shared screenshot the same name.
    for (_, data), item in zip(uploads, items, strict=True):
        if not isinstance(item, ScreenshotResult):
            continue
        store.add_evidence(
            case_id,
            Path(item.file).name,
            data,
            kind=item.kind,
            ocr_text=item.text,
            # Weakly read lines ride along with the entities until the user saves a correction.
            entities={
                **item.entities.to_json(),
                UNCERTAIN_KEY: uncertain_lines(item.ocr),
                **({SCREEN_KEY: item.screen.to_json()} if item.screen else {}),
            },
            captured_on=item.captured_on,
            summary=summary_of(item),
        )
    return items


def summary_of(item: ScreenshotResult) -> str:
    return summarise_text(item.kind, item.text)


def correct_evidence(
    store: Any, case_id: str, evidence_id: str, text: str, kind: str | None = None
) -> Any:
    """Save a user's corrected text (and kind) and re-extract entities, date and summary."""
    current = store.get_evidence(case_id, evidence_id)
    kind = kind or current.kind
    entities = extract_entities(text)
    # The screen's layout did not change with the text; its parsed record stays.
    screen = (current.entities or {}).get(SCREEN_KEY)
    return store.update_evidence(
        case_id,
        evidence_id,
        corrected_text=text if text != current.ocr_text else "",
        kind=kind,
        entities={**entities.to_json(), **({SCREEN_KEY: screen} if screen else {})},
        captured_on=screenshot_date(text) or current.captured_on,
        summary=summarise_text(kind, text),
    )
