"""Every bad upload gets a typed, Chinese error (or note) and the batch continues."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

import settings as settings_module
from errors import TesseractMissing, UnreadableImage
from evidence.images import load_image
from evidence.intake import NO_TEXT_NOTE, IntakeFailure, ScreenshotResult, process_uploads
from evidence.ocr.base import TesseractBackend

LIMITS = {"max_pixels": 40_000_000, "max_bytes": 50 * 1024 * 1024}


def text_image(cjk_font: Path, text: str = "催收电话13800001111", size=(720, 200)) -> Image.Image:
    image = Image.new("RGB", size, "white")
    font = ImageFont.truetype(str(cjk_font), 40, index=2)
    ImageDraw.Draw(image).text((20, 70), text, font=font, fill="black")
    return image


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def assert_chinese(error: UnreadableImage) -> None:
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error.zh)
    assert error.next_zh
    assert error.en


def test_zero_bytes() -> None:
    with pytest.raises(UnreadableImage) as info:
        load_image(b"", "a.png", **LIMITS)
    assert "空" in info.value.zh
    assert_chinese(info.value)


def test_not_an_image() -> None:
    with pytest.raises(UnreadableImage) as info:
        load_image("这是一个文本文件".encode(), "notes.png", **LIMITS)
    assert "不是可识别的图片" in info.value.zh
    assert_chinese(info.value)


def test_truncated_file(cjk_font: Path) -> None:
    data = encoded(text_image(cjk_font), "PNG")
    with pytest.raises(UnreadableImage) as info:
        load_image(data[: len(data) // 2], "cut.png", **LIMITS)
    assert "损坏" in info.value.zh
    assert_chinese(info.value)


def test_corrupt_jpeg_body(cjk_font: Path) -> None:
    data = bytearray(encoded(text_image(cjk_font), "JPEG"))
    data[200:] = b"\x00" * (len(data) - 200)
    with pytest.raises(UnreadableImage):
        load_image(bytes(data[:300]), "bad.jpg", **LIMITS)


def test_decompression_bomb() -> None:
    # A tiny file that claims 20000 x 20000 pixels.
    data = encoded(Image.new("1", (20_000, 20_000)), "PNG", optimize=True)
    assert len(data) < 200_000
    with pytest.raises(UnreadableImage) as info:
        load_image(data, "bomb.png", **LIMITS)
    assert "图片太大" in info.value.zh
    assert "400,000,000 像素" in info.value.zh
    assert "解压炸弹" not in info.value.zh
    assert_chinese(info.value)


def test_header_bomb_names_its_real_pixel_count() -> None:
    """Pillow refuses 10^10-pixel headers itself; the message still names the real count."""
    error = Image.DecompressionBombError(
        "Image size (10000000000 pixels) exceeds limit of 178956970 pixels"
    )
    from evidence.images import _bomb_pixels

    assert _bomb_pixels(error) == 10_000_000_000


def test_too_many_bytes() -> None:
    with pytest.raises(UnreadableImage) as info:
        load_image(b"\x89PNG" + b"0" * 2000, "big.png", max_pixels=10**6, max_bytes=1000)
    assert "太大" in info.value.zh


def test_animated_gif_uses_first_frame(cjk_font: Path) -> None:
    first = text_image(cjk_font, "第一帧")
    second = Image.new("RGB", first.size, "black")
    data = encoded(first, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    loaded = load_image(data, "anim.gif", **LIMITS)
    assert len(loaded.pages) == 1
    assert loaded.pages[0].getpixel((5, 5)) == (255, 255, 255)  # white: frame 1, not frame 2
    assert any("第一帧" in note for note in loaded.notes)


def test_webp_and_heic(cjk_font: Path) -> None:
    import pillow_heif

    image = text_image(cjk_font)
    webp = load_image(encoded(image, "WEBP"), "a.webp", **LIMITS)
    assert webp.source_format == "WEBP"
    assert webp.pages[0].size == image.size
    heif = pillow_heif.from_pillow(image)
    buffer = io.BytesIO()
    heif.save(buffer, quality=90)
    heic = load_image(buffer.getvalue(), "a.heic", **LIMITS)
    assert heic.pages[0].size == image.size
    assert heic.pages[0].mode == "RGB"


def test_pdf_pages_are_rendered(cjk_font: Path) -> None:
    pages = [text_image(cjk_font, "第一页"), text_image(cjk_font, "第二页")]
    data = encoded(pages[0], "PDF", save_all=True, append_images=pages[1:], resolution=72)
    loaded = load_image(data, "scan.pdf", **LIMITS)
    assert loaded.source_format == "PDF"
    assert len(loaded.pages) == 2
    assert loaded.pages[0].width >= 720  # rendered at 2x


def test_broken_pdf() -> None:
    with pytest.raises(UnreadableImage) as info:
        load_image(b"%PDF-1.7\n garbage", "broken.pdf", **LIMITS)
    assert "PDF" in info.value.zh


def test_rgba_and_16_bit_images(cjk_font: Path) -> None:
    rgba = text_image(cjk_font).convert("RGBA")
    assert load_image(encoded(rgba, "PNG"), "a.png", **LIMITS).pages[0].mode == "RGB"
    deep = Image.new("I;16", (100, 100), 40000)
    assert load_image(encoded(deep, "PNG"), "d.png", **LIMITS).pages[0].mode == "RGB"


def test_batch_continues_past_bad_files(cjk_font: Path, settings: settings_module.Settings) -> None:
    good = encoded(text_image(cjk_font), "PNG")
    blank = encoded(Image.new("RGB", (720, 400), "white"), "PNG")
    uploads = [
        ("empty.png", b""),
        ("good.png", good),
        ("junk.jpg", b"not an image"),
        ("blank.png", blank),
    ]
    results = process_uploads(uploads, settings)
    assert [type(r).__name__ for r in results] == [
        "IntakeFailure", "ScreenshotResult", "IntakeFailure", "ScreenshotResult",
    ]  # fmt: skip
    good_result, blank_result = results[1], results[3]
    assert isinstance(good_result, ScreenshotResult)
    assert "13800001111" in good_result.entities.phones
    # An image with no text is not an error, but the user is told.
    assert isinstance(blank_result, ScreenshotResult)
    assert blank_result.text == ""
    assert NO_TEXT_NOTE in blank_result.notes
    failure = results[0]
    assert isinstance(failure, IntakeFailure)
    assert failure.to_json()["error"].startswith("empty.png")


def test_missing_language_pack(settings: settings_module.Settings) -> None:
    backend = TesseractBackend(lang="chi_sim_missing")
    with pytest.raises(TesseractMissing) as info:
        process_uploads([("a.png", b"x")], settings, backend=backend)
    assert "语言包" in info.value.zh
    assert "tesseract-ocr-chi-sim-missing" in info.value.next_zh


def test_missing_tesseract(settings: settings_module.Settings) -> None:
    backend = TesseractBackend(tesseract_cmd="/nonexistent/tesseract")
    with pytest.raises(TesseractMissing) as info:
        process_uploads([("a.png", b"x")], settings, backend=backend)
    assert "Tesseract" in info.value.zh


def test_pdf_upload_is_read_page_by_page(
    cjk_font: Path, settings: settings_module.Settings
) -> None:
    pages = [text_image(cjk_font, "催收电话13800001111"), text_image(cjk_font, "客服400-123-4567")]
    data = encoded(pages[0], "PDF", save_all=True, append_images=pages[1:], resolution=72)
    (result,) = process_uploads([("scan.pdf", data)], settings)
    assert isinstance(result, ScreenshotResult)
    assert {"13800001111", "4001234567"} <= set(result.entities.phones)
    assert result.text.index("13800001111") < result.text.index("400-123-4567")
