"""The PP-OCR engine for real (RapidOCR + bundled ONNX models) and its fall-back to Tesseract."""

from __future__ import annotations

import itertools
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from synthetic_screens import ScreenTruth, cer

import settings as settings_module
from evidence.entities import extract_entities
from evidence.intake import ScreenshotResult, process_paths
from evidence.ocr import engine as ocr_engine
from evidence.ocr import ppocr as ocr_ppocr
from evidence.ocr.base import OcrResult, TesseractBackend
from evidence.ocr.engine import choose_engine
from evidence.ocr.ppocr import MODEL_FILES, PpocrBackend, verify_models

ROOT = Path(__file__).resolve().parents[3]
KEYS = ("phones", "dates", "times", "amounts", "platforms", "threats")


@pytest.fixture(autouse=True)
def _fresh_engines() -> None:
    """Each test chooses the engine from scratch (the process keeps loaded engines)."""
    ocr_engine._PPOCR.clear()


def _settings(tmp_path: Path, engine: str = "auto") -> settings_module.Settings:
    return settings_module.load_settings({"CS_DATA_DIR": str(tmp_path), "CS_OCR_ENGINE": engine})


def test_setting_is_validated() -> None:
    with pytest.raises(ValueError, match="CS_OCR_ENGINE"):
        settings_module.load_settings({"CS_OCR_ENGINE": "paddle"})


def test_bundled_models_match_recorded_hashes() -> None:
    paths = verify_models()
    assert set(paths) == set(MODEL_FILES)
    assert all(expected for _, expected in MODEL_FILES.values())  # every hash is recorded
    for role, path in paths.items():
        assert ocr_ppocr.sha256_file(path) == MODEL_FILES[role][1]


def test_auto_and_ppocr_choose_ppocr(tmp_path: Path) -> None:
    for engine in ("auto", "ppocr"):
        choice = choose_engine(_settings(tmp_path, engine))
        assert choice.name == "ppocr"
        assert isinstance(choice.backend, PpocrBackend)
        assert not choice.fallback_reason
    choice = choose_engine(_settings(tmp_path, "tesseract"))
    assert isinstance(choice.backend, TesseractBackend)


def test_missing_onnxruntime_falls_back_to_tesseract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # `import onnxruntime` now fails
    with caplog.at_level(logging.WARNING, logger="evidence.ocr.engine"):
        choice = choose_engine(_settings(tmp_path))
    assert choice.name == "tesseract"
    assert isinstance(choice.backend, TesseractBackend)
    assert "onnxruntime" in choice.fallback_reason
    assert "falling back to Tesseract" in caplog.text


def _broken_copy(tmp_path: Path, role: str) -> Path:
    root = tmp_path / "rapidocr"
    for relative, _ in MODEL_FILES.values():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ocr_ppocr.package_dir() / relative, root / relative)
    damaged = root / MODEL_FILES[role][0]
    damaged.write_bytes(damaged.read_bytes()[:1000])  # a truncated download
    return root


def test_damaged_model_gives_a_clear_reason_and_tesseract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screens: list[ScreenTruth]
) -> None:
    root = _broken_copy(tmp_path, "rec")
    monkeypatch.setattr(ocr_ppocr, "package_dir", lambda: root)
    choice = choose_engine(_settings(tmp_path / "data"))
    assert choice.name == "tesseract"
    assert "damaged" in choice.fallback_reason
    # The whole intake still reads the screenshot, with Tesseract, without a traceback.
    (item,) = process_paths([screens[0].path], _settings(tmp_path / "data"))
    assert isinstance(item, ScreenshotResult)
    assert item.ocr.engine.startswith("tesseract")
    assert item.text.strip()
    assert any("Tesseract" in note for note in item.notes)  # the user is told why


def test_damaged_model_without_hash_check_is_still_caught(tmp_path: Path) -> None:
    # Even if the recorded hash were wrong, onnxruntime's own load error becomes the fallback.
    root = _broken_copy(tmp_path, "det")
    unchecked = {role: (path, "") for role, (path, _) in MODEL_FILES.items()}
    backend = PpocrBackend(models_root=root)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ocr_ppocr, "MODEL_FILES", unchecked)
        with pytest.raises(ocr_ppocr.PpocrUnavailable) as caught:
            backend.check()
    assert "PP-OCR" in caught.value.message("en")


@pytest.fixture(scope="module")
def ppocr_results(screens: list[ScreenTruth], tmp_path_factory: pytest.TempPathFactory) -> list:
    """The real pipeline with PP-OCR over 8 of the Pillow screens (every kind, both themes)."""
    data_dir = tmp_path_factory.mktemp("ppocr-data")
    settings = _settings(data_dir, "ppocr")
    return process_paths([screen.path for screen in screens[:8]], settings)


def _recall(screens: list[ScreenTruth], texts: list[str]) -> tuple[float, float, list[str]]:
    hits = total = phone_hits = phone_total = 0
    misses = []
    for screen, text in zip(screens, texts, strict=True):
        found = extract_entities(text).to_json()
        for key in KEYS:
            truth = set(getattr(screen, key))
            got = {float(v) for v in found[key]} if key == "amounts" else set(found[key])
            hits += len(truth & got)
            total += len(truth)
            if key == "phones":
                phone_hits += len(truth & got)
                phone_total += len(truth)
            misses += [f"{screen.path.name}:{key}:{v}" for v in truth - got]
    return hits / total, phone_hits / phone_total, misses


def test_ppocr_reads_pillow_screens(screens: list[ScreenTruth], ppocr_results: list) -> None:
    chosen = screens[: len(ppocr_results)]
    assert all(item.ocr.engine.startswith("ppocr") for item in ppocr_results)
    pairs = zip(ppocr_results, chosen, strict=True)
    rates = [cer(item.text, screen.text) for item, screen in pairs]
    mean = sum(rates) / len(rates)
    assert mean <= 0.08, f"mean CER {mean:.3f}; worst {max(rates):.3f}"
    entity_recall, phone_recall, misses = _recall(chosen, [item.text for item in ppocr_results])
    assert entity_recall >= 0.95, misses[:20]
    assert phone_recall >= 0.95, misses[:20]


def test_ppocr_lines_carry_confidence(ppocr_results: list) -> None:
    item = ppocr_results[0]
    assert item.ocr.lines
    assert all(0 < line.confidence <= 100 for line in item.ocr.lines)
    data = item.to_json()
    assert data["engine"].startswith("ppocr")
    assert [line["text"] for line in data["lines"]] == item.text.splitlines()


def test_tall_capture_is_read_to_the_end(screens: list[ScreenTruth]) -> None:
    from PIL import Image

    first = Image.open(screens[0].path).convert("RGB")
    # Three screens stacked: a 5,000+ px scrolling capture.
    tall = Image.new("RGB", (first.width, first.height * 3), "white")
    for index, screen in enumerate(screens[0:12:4]):
        part = Image.open(screen.path).convert("RGB").resize(first.size)
        tall.paste(part, (0, index * first.height))
    assert tall.height >= 4000
    result: OcrResult = PpocrBackend(threads=2).read(tall)
    last_screen = screens[8].text.splitlines()
    assert cer("".join(result.text.splitlines()[-3:]), "".join(last_screen[-3:])) < 0.2
    tops = [line.box[1] for line in result.lines]
    assert all(b >= a - 40 for a, b in itertools.pairwise(tops))  # top to bottom


def test_ppocr_never_reaches_the_network(screens: list[ScreenTruth]) -> None:
    """Read a screenshot in a process without any network (unshare -n): nothing to fetch."""
    if (
        shutil.which("unshare") is None
        or subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False).returncode
    ):
        pytest.skip("unshare -n needs root or user namespaces")
    code = (
        "import sys; from PIL import Image; from evidence.ocr.ppocr import PpocrBackend;"
        f"print(PpocrBackend().read(Image.open({str(screens[0].path)!r})).text)"
    )
    done = subprocess.run(
        ["unshare", "-n", sys.executable, "-c", code],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert cer(done.stdout, screens[0].text) < 0.1


def test_ppocr_reads_browser_rendered_screens(
    html_screens: list[ScreenTruth], tmp_path: Path
) -> None:
    """Chromium-rendered phone UIs (held out from all tuning): every kind, capture date by name."""
    results = process_paths([screen.path for screen in html_screens], _settings(tmp_path, "auto"))
    rates = {
        screen.kind: cer(item.text, screen.text)
        for item, screen in zip(results, html_screens, strict=True)
    }
    mean = sum(rates.values()) / len(rates)
    assert mean <= 0.06, rates
    found = [item.entities for item in results]
    hits = total = 0
    misses = []
    for screen, entities in zip(html_screens, found, strict=True):
        for key in KEYS:
            truth = set(getattr(screen, key))
            values = getattr(entities, key)
            got = {float(v) for v in values} if key == "amounts" else set(values)
            hits += len(truth & got)
            total += len(truth)
            misses += [f"{screen.kind}:{key}:{v}" for v in truth - got]
    assert hits / total >= 0.95, misses
    long_chat = next(s for s in html_screens if s.kind == "long_chat")
    assert long_chat.extra["height"] >= 4000
