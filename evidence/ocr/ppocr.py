"""The PP-OCR backend: RapidOCR on onnxruntime with the models its own wheel ships.

Nothing is ever downloaded: every model path is given explicitly (RapidOCR only fetches a
model when its path is missing), and the files are checked against the SHA-256 recorded here
before the first session is built. Tall captures are read in overlapping bands (detection on
a whole 5,000-px capture would shrink its text out of sight).
"""

from __future__ import annotations

import hashlib
import queue
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from errors import ModelBroken
from evidence.ocr.base import OcrLine, OcrResult
from evidence.ocr.glyphs import GLYPH_RULES_VERSION, restore_line, restore_result
from evidence.ocr.layout import Piece, merge_tiles, reading_order, tiles

RAPIDOCR_VERSION = "3.10.0"
# The model files inside the rapidocr==3.10.0 wheel (path relative to the package), SHA-256.
MODEL_FILES: dict[str, tuple[str, str]] = {
    "det": (
        "models/PP-OCRv6_det_small.onnx",
        "090f04abcd9d9a7498bc4ebf677e4cb9bdce1fe4197ddb7e529f1ef44e1ff94f",
    ),
    "cls": (
        "models/ch_ppocr_mobile_v2.0_cls_mobile.onnx",
        "e47acedf663230f8863ff1ab0e64dd2d82b838fceb5957146dab185a89d6215c",
    ),
    "rec": (
        "models/PP-OCRv6_rec_small.onnx",
        "6f327246b50388f3c176ae304bd95767ea6dc0c9ae92153ef8cbe210b3c14884",
    ),
}
# Longer side of the image the text detector sees.
DETECT_SIDE = 960


class PpocrUnavailable(ModelBroken):
    """onnxruntime or RapidOCR cannot load, or a bundled model file is missing or damaged."""


def _unavailable(reason: str) -> PpocrUnavailable:
    return PpocrUnavailable(
        f"PP-OCR 文字识别引擎无法加载（{reason}），已改用 Tesseract。",
        f"The PP-OCR engine cannot load ({reason}); using Tesseract instead.",
        "重新安装依赖（`make setup`）可恢复；Tesseract 也能识别，只是准确率略低。",
        "Reinstall the dependencies (`make setup`) to restore it; Tesseract still works.",
    )


def package_dir() -> Path:
    """Where the rapidocr package is installed (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise _unavailable("rapidocr 未安装 / rapidocr is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_models(root: Path | None = None) -> dict[str, Path]:
    """The bundled model paths, each checked against its recorded SHA-256."""
    root = root or package_dir()
    paths = {}
    for role, (relative, expected) in MODEL_FILES.items():
        path = root / relative
        if not path.is_file():
            raise _unavailable(f"缺少模型文件 {relative} / model file missing")
        if expected and sha256_file(path) != expected:
            raise _unavailable(f"模型文件 {relative} 已损坏 / model file damaged")
        paths[role] = path
    return paths


def _engine_params(models: dict[str, Path], threads: int) -> dict:
    return {
        "Global.log_level": "error",
        "Global.use_cls": False,  # screenshots are upright; the classifier only costs time
        # Bands are cut by evidence.ocr.layout.tiles; RapidOCR must not shrink them again.
        "Global.max_side_len": 100_000,
        # Detection runs on the screen shrunk to DETECT_SIDE (phone text is large: ~4x
        # faster, same boxes); recognition reads the crops at full resolution.
        "Det.limit_type": "max",
        "Det.limit_side_len": DETECT_SIDE,
        "Det.model_path": str(models["det"]),
        "Cls.model_path": str(models["cls"]),
        "Rec.model_path": str(models["rec"]),
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    }


@dataclass
class PpocrBackend:
    """RapidOCR (PP-OCR det + rec ONNX): one engine per parallel read, `threads` each."""

    threads: int = 1
    reads_raw = True
    # The cache holds restored lines (restore_line runs in read), so the rules are in the key.
    cache_key = f"ppocr-{RAPIDOCR_VERSION}-glyphs{GLYPH_RULES_VERSION}"
    models_root: Path | None = None
    # Idle engines: a read borrows one (or builds one) and gives it back, so parallel reads
    # never share a session and later batches reuse the loaded models.
    _idle: queue.SimpleQueue = field(default_factory=queue.SimpleQueue, repr=False)
    _models: dict[str, Path] | None = field(default=None, repr=False)

    def restore(self, ocr: OcrResult) -> OcrResult:
        """A cached reading with the glyph rules added since it was cached applied too."""
        return restore_result(ocr)

    def check(self) -> None:
        """Raise PpocrUnavailable unless onnxruntime, RapidOCR and intact models load."""
        self._idle.put(self._borrow())

    def _borrow(self):  # RapidOCR has no public type to name
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return self._build()

    def _build(self):
        if self._models is None:
            self._models = verify_models(self.models_root)
        try:
            import onnxruntime  # noqa: F401 - fail here with a clear reason, not deep inside
            from rapidocr import RapidOCR
        except Exception as error:  # ImportError, or a broken native library (OSError)
            raise _unavailable(f"{type(error).__name__}: {error}") from error
        try:
            engine = RapidOCR(params=_engine_params(self._models, self.threads))
            # RapidOCR loads its sessions on first use; load them now so a damaged model shows
            # here, as a fall-back, and not in the middle of a batch.
            for loader in ("_load_det_model", "_load_rec_model"):
                getattr(engine, loader, lambda: None)()
        except Exception as error:  # a damaged model raises onnxruntime's own exceptions
            raise _unavailable(f"{type(error).__name__}: {error}") from error
        return engine

    def _read_band(self, engine, bgr: np.ndarray) -> list[Piece]:
        output = engine(bgr)
        boxes = getattr(output, "boxes", None)
        if boxes is None or getattr(output, "txts", None) is None or len(boxes) == 0:
            return []
        pieces = []
        for quad, text, score in zip(boxes, output.txts, output.scores, strict=False):
            xs = [float(point[0]) for point in quad]
            ys = [float(point[1]) for point in quad]
            x0, y0 = int(min(xs)), int(min(ys))
            box = (x0, y0, max(1, int(max(xs)) - x0), max(1, int(max(ys)) - y0))
            pieces.append(Piece(str(text), box, round(float(score) * 100, 1)))
        return pieces

    def read(self, image: Image.Image | np.ndarray) -> OcrResult:
        started = time.perf_counter()
        array = np.asarray(image.convert("RGB") if isinstance(image, Image.Image) else image)
        if array.ndim == 2:
            array = np.stack([array] * 3, axis=-1)
        bgr = np.ascontiguousarray(array[:, :, ::-1])
        height, width = bgr.shape[:2]
        bands = tiles(height, width)
        engine = self._borrow()
        try:
            per_band = [((t, b), self._read_band(engine, bgr[t:b])) for t, b in bands]
        finally:
            self._idle.put(engine)
        pieces = merge_tiles(per_band, height)
        # The recogniser cannot write some dialect characters: put them back on every line.
        lines = [
            OcrLine(restore_line(p.text), p.box, p.confidence) for p in reading_order(pieces, width)
        ]
        return OcrResult(
            text="\n".join(line.text for line in lines),
            lines=tuple(lines),
            seconds=round(time.perf_counter() - started, 3),
            width=width,
            height=height,
            engine=f"ppocr:rapidocr-{RAPIDOCR_VERSION}",
        )
