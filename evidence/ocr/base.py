"""Reading screenshots: the OcrBackend contract, the Tesseract backend, cache and parallel batch.

This is the only module that calls pytesseract. Parallelism is across Tesseract processes, each
limited to one OpenMP thread (measured ~5x faster on 2 cores than letting each use all cores);
Python threads only feed them, so no process pool (and no fork inside Streamlit) is needed.
"""

from __future__ import annotations

import functools
import json
import os
import re
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np
from PIL import Image

from casefile.store.crypto import StoreKey
from errors import ContactShieldError, TesseractMissing
from evidence.ocr.preprocess import prepare
from evidence.ocr.tesseract import require_languages

# Bump when preprocessing or Tesseract options change: cached results of older pipelines are stale.
PIPELINE_VERSION = "3"
# Tesseract's own OpenMP threads fight each other on small machines. Only Tesseract's processes
# get the limit: setting it in os.environ would also cap llama.cpp in the same app process.
TESSERACT_ENV_OVERRIDES = {"OMP_THREAD_LIMIT": "1"}


@dataclass(frozen=True)
class OcrLine:
    """One line of text with its box (x, y, w, h in the OCR'd image) and mean confidence 0–100.

    `fill`: the colour (r, g, b) the line is drawn on, where it is not the page's background
    (evidence.ocr.fill, sampled at intake); None where unknown."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float
    fill: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class OcrResult:
    """Text in reading order, its lines, and how long reading took.

    `fills_sampled`: the lines' fills were looked for on the image (evidence.ocr.fill), so a
    cached result with no fill at all (a call log, a plain list) need not read its image again."""

    text: str
    lines: tuple[OcrLine, ...] = ()
    seconds: float = 0.0
    width: int = 0
    height: int = 0
    engine: str = ""
    fills_sampled: bool = False

    @property
    def confidence(self) -> float:
        """Mean line confidence (0 when nothing was read)."""
        return sum(line.confidence for line in self.lines) / len(self.lines) if self.lines else 0.0

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> OcrResult:
        lines = tuple(
            OcrLine(
                line["text"],
                tuple(line["box"]),
                float(line["confidence"]),
                tuple(line["fill"]) if line.get("fill") else None,
            )
            for line in data.get("lines", ())
        )
        return cls(
            text=data["text"],
            lines=lines,
            seconds=float(data.get("seconds", 0.0)),
            width=int(data.get("width", 0)),
            height=int(data.get("height", 0)),
            engine=data.get("engine", ""),
            fills_sampled=bool(data.get("fills_sampled", False)),
        )


# Lines read with less confidence (0–100) are shown to the user to check first.
LOW_CONFIDENCE = 80.0


def uncertain_lines(result: OcrResult, threshold: float = LOW_CONFIDENCE) -> list[dict]:
    """Lines a person should check first: text and confidence, in reading order."""
    return [
        {"text": line.text, "confidence": round(line.confidence, 1)}
        for line in result.lines
        if line.confidence < threshold and line.text.strip()
    ]


class OcrBackend(Protocol):
    """Anything that turns a (preprocessed) image into text with line boxes.

    A backend with `reads_raw = True` gets the original screenshot instead of the Tesseract
    clean-up, and `cache_key` (when present) names its results in the OCR cache.
    """

    def read(self, image: Image.Image | np.ndarray) -> OcrResult: ...


def _joins_with_space(left: str, right: str) -> bool:
    # Tesseract splits CJK into one "word" per glyph; only Latin/digit runs need a space.
    return bool(left) and bool(right) and left[-1].isascii() and right[0].isascii()


def _lines_from_data(data: dict) -> list[OcrLine]:
    grouped: dict[tuple[int, int, int], list[int]] = {}
    for index, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][index]) >= 0:
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            grouped.setdefault(key, []).append(index)
    lines = []
    for indices in grouped.values():
        text = ""
        for index in indices:
            word = data["text"][index].strip()
            text += (" " if _joins_with_space(text, word) else "") + word
        left = min(data["left"][i] for i in indices)
        top = min(data["top"][i] for i in indices)
        right = max(data["left"][i] + data["width"][i] for i in indices)
        bottom = max(data["top"][i] + data["height"][i] for i in indices)
        confidence = sum(float(data["conf"][i]) for i in indices) / len(indices)
        lines.append(OcrLine(text, (left, top, right - left, bottom - top), round(confidence, 1)))
    # Reading order: top to bottom; Tesseract's block order can jump around on list layouts.
    lines.sort(key=lambda line: (line.box[1] + line.box[3] // 2, line.box[0]))
    return _merge_rows(lines)


def _merge_rows(lines: list[OcrLine]) -> list[OcrLine]:
    """Join pieces Tesseract split off the same visual row (a right-aligned date column)."""
    merged: list[OcrLine] = []
    for line in lines:
        if merged:
            last = merged[-1]
            last_mid = last.box[1] + last.box[3] / 2
            mid = line.box[1] + line.box[3] / 2
            if (
                abs(mid - last_mid) < 0.5 * min(last.box[3], line.box[3])
                and line.box[0] > last.box[0]
            ):
                x0, y0 = min(last.box[0], line.box[0]), min(last.box[1], line.box[1])
                x1 = max(last.box[0] + last.box[2], line.box[0] + line.box[2])
                y1 = max(last.box[1] + last.box[3], line.box[1] + line.box[3])
                confidence = (last.confidence + line.confidence) / 2
                merged[-1] = OcrLine(
                    f"{last.text} {line.text}", (x0, y0, x1 - x0, y1 - y0), round(confidence, 1)
                )
                continue
        merged.append(line)
    return merged


@functools.cache
def _require_once(lang: str, tesseract_cmd: str) -> None:
    # `tesseract --list-langs` costs a process start; a success is remembered, a failure is not.
    require_languages(lang, tesseract_cmd)


@dataclass(frozen=True)
class TesseractBackend:
    """Tesseract through pytesseract, one process per image, one OpenMP thread each."""

    lang: str = "chi_sim"
    psm: int = 3
    tesseract_cmd: str = "tesseract"
    extra_config: str = ""

    def check(self) -> None:
        """Raise TesseractMissing unless Tesseract and every language pack are installed."""
        _require_once(self.lang, self.tesseract_cmd)

    def read(self, image: Image.Image | np.ndarray) -> OcrResult:
        import pytesseract

        self.check()
        pytesseract.pytesseract.tesseract_cmd = self.tesseract_cmd
        # pytesseract hands this mapping to every tesseract subprocess it starts.
        pytesseract.pytesseract.environ = {**os.environ, **TESSERACT_ENV_OVERRIDES}
        started = time.perf_counter()
        array = np.asarray(image)
        config = f"--oem 1 --psm {self.psm} -c preserve_interword_spaces=1 {self.extra_config}"
        try:
            data = pytesseract.image_to_data(
                Image.fromarray(array), lang=self.lang, config=config.strip(),
                output_type=pytesseract.Output.DICT,
            )  # fmt: skip
        except pytesseract.TesseractNotFoundError as error:
            raise TesseractMissing(
                "没有找到文字识别程序 Tesseract。",
                "Tesseract OCR is not installed.",
                "请运行 `make setup`，或安装 tesseract-ocr 与 tesseract-ocr-chi-sim。",
                "Run `make setup`, or install tesseract-ocr and tesseract-ocr-chi-sim.",
            ) from error
        except pytesseract.TesseractError as error:
            raise ContactShieldError(
                f"文字识别失败：{error.message}",
                f"Tesseract failed: {error.message}",
                "请换一张清晰的截图再试。",
                "Try a clearer screenshot.",
            ) from error
        lines = _lines_from_data(data)
        return OcrResult(
            text="\n".join(line.text for line in lines),
            lines=tuple(lines),
            seconds=round(time.perf_counter() - started, 3),
            width=array.shape[1],
            height=array.shape[0],
            engine=f"tesseract:{self.lang}:psm{self.psm}",
        )


_LIST_ROW = re.compile(r"^\D{0,4}\d[\d \-]{6,}")
# Right-aligned list columns (dates, times) start in the right part of the screen.
RIGHT_COLUMN = 0.55


def looks_like_list(result: OcrResult) -> bool:
    """SMS inboxes and call logs: several rows that start with a number."""
    return sum(1 for line in result.lines if _LIST_ROW.match(line.text)) >= 3


def _squash(text: str) -> str:
    return "".join(text.split())


def _same_row(
    a: tuple[int, int, int, int], b: tuple[int, int, int, int], share: float = 0.4
) -> bool:
    """Two boxes on one row: they overlap by `share` of the shorter one's height at least."""
    overlap = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return overlap >= share * min(a[3], b[3])


def on_one_row(one: OcrLine, other: OcrLine, share: float) -> bool:
    """Two lines on one row: they overlap by `share` of the shorter one's height at least."""
    return _same_row(one.box, other.box, share)


def recover_right_column(prepared: np.ndarray, result: OcrResult, backend: OcrBackend) -> OcrResult:
    """Second pass over the right strip of a list screen, for dates/times the first pass lost.

    Tesseract's page layout merges or drops the pale right-aligned column of call logs and SMS
    lists; read alone, the strip is reliable. A strip line is added to the row it overlaps
    unless that row already reaches into the strip (then the first pass had it).
    """
    x0 = int(prepared.shape[1] * RIGHT_COLUMN)
    strip = backend.read(prepared[:, x0:])
    lines = list(result.lines)
    for piece in strip.lines:
        text = piece.text.strip()
        if not text or (not any(ch.isdigit() for ch in text) and not re.search("[昨今星周]", text)):
            continue
        left, top, width, height = piece.box
        box = (left + x0, top, width, height)
        row = next((i for i, line in enumerate(lines) if _same_row(line.box, box)), None)
        if row is None:
            lines.append(OcrLine(text, box, piece.confidence))
            continue
        line = lines[row]
        if line.box[0] + line.box[2] > box[0] + 0.3 * width or _squash(text) in _squash(line.text):
            continue
        x1 = max(line.box[0] + line.box[2], box[0] + box[2])
        merged_box = (line.box[0], line.box[1], x1 - line.box[0], line.box[3])
        lines[row] = OcrLine(f"{line.text} {text}", merged_box, line.confidence)
    lines.sort(key=lambda line: (line.box[1] + line.box[3] // 2, line.box[0]))
    return OcrResult(
        text="\n".join(line.text for line in lines),
        lines=tuple(lines),
        seconds=result.seconds + strip.seconds,
        width=result.width,
        height=result.height,
        engine=result.engine,
    )


def read_screenshot(
    image: Image.Image, backend: OcrBackend | None = None, column_backend: OcrBackend | None = None
) -> OcrResult:
    """Preprocess a screenshot and read it (with a right-column pass on lists); timed."""
    backend = backend or TesseractBackend()
    if getattr(backend, "reads_raw", False):
        # A neural engine reads the screenshot as it is; its own layout step orders the lines.
        result = backend.read(image)
        return replace(result, width=image.width, height=image.height)
    if column_backend is None:
        # Sparse-text mode finds isolated right-aligned dates that page layout analysis drops.
        column_backend = (
            replace(backend, psm=11) if isinstance(backend, TesseractBackend) else backend
        )
    started = time.perf_counter()
    prepared = prepare(image)
    result = backend.read(prepared)
    if looks_like_list(result):
        result = recover_right_column(prepared, result, column_backend)
    return OcrResult(
        text=result.text,
        lines=result.lines,
        seconds=round(time.perf_counter() - started, 3),
        width=image.width,
        height=image.height,
        engine=result.engine,
    )


class OcrCache:
    """OCR results as JSON files keyed by the SHA-256 of the original bytes.

    With `key` (a locked data dir's unlocked key) each entry is AES-GCM encrypted, bound to its
    file name: the text read off a screenshot is as personal as the screenshot itself.
    Deleting a screenshot from the store deletes its entries by this same file layout
    (casefile.store.base.drop_ocr_cache; the store sits below this layer).
    """

    def __init__(self, directory: Path, namespace: str, key: StoreKey | None = None) -> None:
        self.directory = directory
        self.namespace = namespace
        self.key = key

    def _path(self, sha256: str) -> Path:
        suffix = "json" if self.key is None else "enc"
        return self.directory / sha256[:2] / f"{sha256}-{self.namespace}.{suffix}"

    def get(self, sha256: str) -> OcrResult | None:
        path = self._path(sha256)
        try:
            raw = path.read_bytes()
            if self.key is not None:
                raw = self.key.decrypt(raw, path.name.encode())
            return OcrResult.from_json(json.loads(raw.decode("utf-8")))
        except (OSError, ValueError, KeyError, TypeError, ContactShieldError):
            return None  # missing, damaged or under another key: simply recomputed

    def put(self, sha256: str, result: OcrResult) -> None:
        path = self._path(sha256)
        data = json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8")
        if self.key is not None:
            data = self.key.encrypt(data, path.name.encode())
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(data)
            temporary.replace(path)  # atomic: parallel readers never see half a file
        except OSError:
            pass  # a read-only cache only costs speed


ProgressCallback = Callable[[int, int, str], None]
T = TypeVar("T")
R = TypeVar("R")


def map_parallel(
    function: Callable[[T], R],
    items: Sequence[T],
    workers: int,
    progress: ProgressCallback | None = None,
    label: Callable[[T], str] = str,
) -> list[R]:
    """function over items with `workers` threads, results in input order, progress as each ends."""
    results: list[R | None] = [None] * len(items)
    if progress:
        progress(0, len(items), "")
    if workers <= 1 or len(items) <= 1:
        for index, item in enumerate(items):
            results[index] = function(item)
            if progress:
                progress(index + 1, len(items), label(item))
        return results  # type: ignore[return-value]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(function, item): index for index, item in enumerate(items)}
        for done, future in enumerate(as_completed(futures), start=1):
            index = futures[future]
            results[index] = future.result()
            if progress:
                progress(done, len(items), label(items[index]))
    return results  # type: ignore[return-value]
