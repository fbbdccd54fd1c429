"""Promise 2: bad input never crashes, never leaves half a file, and always says what to do.

One row per kind of bad input. Channels:
- `cli`: `python cli.py …` — exit 2, exactly one zh/en line on stderr, nothing on stdout, no
  traceback, nothing written (no output file, no temp file, no cache entry). Image and case rows run
  `cli.main` in-process (fast); rows that need another environment or mount run a real subprocess.
- `upload`: `evidence.intake.add_uploads_to_case` (what the 证据 page calls) — a refused file is an
  IntakeFailure with a zh message and a next step, and nothing of it is stored in the case.
Supported formats sent in odd ways (GIF, WEBP, HEIC, PDF, a PNG named .jpg, emoji/RTL text) must be
*accepted*, not refused: refusing a borrower's real screenshot would be a failure too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import cli
from casefile.store import CaseStore
from evidence.intake import IntakeFailure, ScreenshotResult, add_uploads_to_case
from evidence.ocr.base import OcrResult
from settings import load_settings
from tests.security.sec_helpers import (
    assert_clean_refusal,
    encode,
    files_under,
    png_header_bomb,
    screen_image,
    text_image,
)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _truncated(fmt: str) -> bytes:
    data = encode(screen_image(), fmt)
    return data[: len(data) // 2]


def _gif() -> bytes:
    frames = [screen_image().convert("P"), Image.new("P", (1000, 260), 255)]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)


def _heic() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    return encode(screen_image(), "HEIF", quality=90)


def _emoji_rtl() -> bytes:
    image = text_image(["😀😡💸📱🔥 催收 😭", "٠١٢٣ مرحبا بالعالم", "שלום עולם ‏‎ 🙏"], (900, 240))
    draw = ImageDraw.Draw(image)
    draw.text((500, 90), "مرحبا שלום", fill="black", font=ImageFont.truetype(DEJAVU, 30))
    return encode(image, "PNG")


def _sixty_megapixels() -> bytes:
    return encode(Image.new("L", (10_000, 6_000), 255), "PNG", compress_level=1)


# (kind, filename, bytes factory, accepted?): each goes through the CLI and the upload path.
IMAGE_ROWS: list[tuple[str, str, Callable[[], bytes], bool]] = [
    ("empty file", "empty.png", lambda: b"", False),
    ("one byte", "one.png", lambda: b"\x89", False),
    ("truncated PNG", "cut.png", lambda: _truncated("PNG"), False),
    ("truncated JPEG", "cut.jpg", lambda: _truncated("JPEG"), False),
    ("decompression bomb (10^10 px header)", "bomb.png", png_header_bomb, False),
    ("60-megapixel image", "huge.png", _sixty_megapixels, False),
    (
        "SVG",
        "shot.svg",
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>',
        False,
    ),
    ("text renamed .png", "notes.png", lambda: "这不是图片 催收电话13800001111".encode(), False),
    ("damaged PDF", "scan.pdf", lambda: b"%PDF-1.7\n" + os.urandom(2000), False),
    ("4x4 pixel image", "dot.png", lambda: encode(Image.new("RGB", (4, 4)), "PNG"), False),
    ("random bytes", "noise.jpg", lambda: os.urandom(4096), False),
    ("PNG with wrong extension", "shot.jpg", lambda: encode(screen_image(), "PNG"), True),
    ("animated GIF", "shot.gif", _gif, True),
    ("WEBP", "shot.webp", lambda: encode(screen_image(), "WEBP", quality=90), True),
    ("HEIC", "shot.heic", _heic, True),
    ("PDF", "shot.pdf", lambda: encode(screen_image(), "PDF", resolution=144), True),
    ("emoji / RTL screenshot", "emoji.png", _emoji_rtl, True),
]
IMAGE_IDS = [row[0] for row in IMAGE_ROWS]


@pytest.fixture(scope="module")
def image_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad-images")
    paths = {}
    for kind, name, make, _ in IMAGE_ROWS:
        path = folder / kind.replace(" ", "_").replace("/", "_") / name
        path.parent.mkdir()
        path.write_bytes(make())
        paths[kind] = path
    return paths


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """cli.main in-process; argparse's own SystemExit counts as the exit code."""
    try:
        code = cli.main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(("kind", "name", "make", "accepted"), IMAGE_ROWS, ids=IMAGE_IDS)
def test_cli_ocr(
    kind: str,
    name: str,
    make: Callable[[], bytes],
    accepted: bool,
    image_files: dict[str, Path],
    isolated_data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_main(["ocr", "--json", str(image_files[kind])], capsys)
    if accepted:
        assert code == 0, err
        assert "Traceback" not in err
        [item] = json.loads(out)
        assert set(item["entities"]) >= {"phones", "dates", "amounts"}
        return
    line = assert_clean_refusal((code, out, err))
    assert name in line  # the message names the file it is about
    assert files_under(isolated_data_dir) == []  # nothing cached for a refused file


@pytest.mark.parametrize(("kind", "name", "make", "accepted"), IMAGE_ROWS, ids=IMAGE_IDS)
def test_upload_path(
    kind: str,
    name: str,
    make: Callable[[], bytes],
    accepted: bool,
    image_files: dict[str, Path],
    isolated_data_dir: Path,
) -> None:
    settings = load_settings()
    store = CaseStore(settings.data_dir)
    case_id = store.create_case("坏输入")
    [item] = add_uploads_to_case(store, case_id, [(name, image_files[kind].read_bytes())], settings)
    stored = store.list_evidence(case_id)
    if accepted:
        assert isinstance(item, ScreenshotResult), item
        assert len(stored) == 1
        return
    assert isinstance(item, IntakeFailure)
    assert item.error.next_zh
    assert item.error.zh.startswith(name)
    assert stored == []
    assert files_under(settings.data_dir / "files") == []


class _CountingBackend:
    """Stands in for Tesseract in the 200-upload row: the row is about the batch, not OCR speed."""

    lang = "fake"

    def read(self, image: Image.Image | np.ndarray) -> OcrResult:
        height, width = image.shape[:2] if hasattr(image, "shape") else image.size[::-1]
        return OcrResult(text="催收电话 17000001234", width=width, height=height)


def test_two_hundred_uploads_at_once(isolated_data_dir: Path) -> None:
    settings = load_settings()
    store = CaseStore(settings.data_dir)
    case_id = store.create_case("200 张")
    uploads = []
    for index in range(200):
        if index % 10 == 9:
            uploads.append((f"bad_{index}.png", b"not an image"))
        else:
            image = Image.new("RGB", (64, 48), (index, 255 - index, 7))
            uploads.append((f"IMG_{index:04d}.png", encode(image, "PNG")))
    items = add_uploads_to_case(store, case_id, uploads, settings, backend=_CountingBackend())
    assert [item.file for item in items] == [name for name, _ in uploads]  # order kept
    failures = [item for item in items if isinstance(item, IntakeFailure)]
    assert len(failures) == 20
    assert len(store.list_evidence(case_id)) == 180


def test_missing_and_directory_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_clean_refusal(run_main(["ocr", str(tmp_path / "nope.png")], capsys))
    assert_clean_refusal(run_main(["ocr", str(tmp_path)], capsys))


# --- case.json ---------------------------------------------------------------------------------

CASE_ROWS: list[tuple[str, Callable[[], bytes]]] = [
    ("case.json not JSON", lambda: b"{version: 1, platform: }"),
    ("case.json not UTF-8", lambda: '{"version": 1, "summary": "催收"}'.encode("gb18030")),
    (
        "case.json wrong types",
        lambda: json.dumps(
            {"version": 1, "harassment": {"contacts_affected": "很多", "channels": "电话"}}
        ).encode(),
    ),
    ("case.json negative count", lambda: b'{"version": 1, "harassment": {"calls": -5}}'),
    ("case.json newer version", lambda: b'{"version": 99}'),
    ("case.json without version", lambda: b'{"platform": {"name": "x"}}'),
    ("case.json is a list", lambda: b"[1, 2, 3]"),
    (
        "case.json huge (21 MB)",
        lambda: json.dumps(
            {"version": 1, "harassment": {"summary": "骚" * (7 * 1024 * 1024)}}, ensure_ascii=False
        ).encode(),
    ),
    ("case.json bad evidence kind", lambda: b'{"version": 1, "evidence": [{"kind": "photo"}]}'),
]


@pytest.mark.parametrize("command", ["draft", "export"])
@pytest.mark.parametrize(("kind", "make"), CASE_ROWS, ids=[row[0] for row in CASE_ROWS])
def test_bad_case_file(
    kind: str,
    make: Callable[[], bytes],
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_path = tmp_path / "case.json"
    case_path.write_bytes(make())
    output = tmp_path / "out" / "export.docx"
    argv = {
        "draft": ["draft", "--case", str(case_path), "--kind", "platform", "--backend", "template"],
        "export": ["export", "--case", str(case_path), "--format", "docx", "-o", str(output)],
    }[command]
    assert_clean_refusal(run_main(argv, capsys))
    assert not output.parent.exists()


def test_missing_case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["draft", "--case", str(tmp_path / "nope.json"), "--kind", "police"]
    assert_clean_refusal(run_main(argv, capsys))


def test_bad_arguments_and_settings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_clean_refusal(run_main(["search", "   "], capsys))
    assert_clean_refusal(run_main(["search", "报警", "-k", "0"], capsys))
    assert_clean_refusal(run_main(["draft", "--case", "x.json", "--kind", "poem"], capsys))
    monkeypatch.setenv("CS_N_THREADS", "many")
    assert_clean_refusal(run_main(["search", "报警"], capsys))
