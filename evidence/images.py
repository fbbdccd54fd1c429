"""Loading uploads as images: every bad input becomes a typed UnreadableImage with a next step.

Accepted: PNG, JPEG, WEBP, BMP, TIFF, HEIC/HEIF (pillow-heif), GIF (first frame) and PDF
(pages rendered with pypdfium2, at most MAX_PDF_PAGES). Refused: empty, truncated or non-image
files and decompression bombs (more pixels than `settings.max_image_pixels`).
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from errors import UnreadableImage

MAX_PDF_PAGES = 20
PDF_SCALE = 2.0  # 144 dpi: phone-screenshot PDFs keep CJK glyphs ~30 px tall

_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True


@dataclass(frozen=True)
class LoadedImage:
    """One upload as RGB page images, with what was noticed on the way."""

    filename: str
    sha256: str
    pages: tuple[Image.Image, ...]
    source_format: str
    notes: tuple[str, ...] = ()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _unreadable(filename: str, zh: str, en: str, next_zh: str, next_en: str) -> UnreadableImage:
    return UnreadableImage(f"{filename}：{zh}", f"{filename}: {en}", next_zh, next_en)


def _too_large(filename: str, pixels: int, limit: int, size: str = "") -> UnreadableImage:
    shown = f"{size}，共 {pixels:,} 像素" if size else f"共 {pixels:,} 像素"
    return _unreadable(
        filename,
        f"图片太大（{shown}），本工具最多处理 {limit:,} 像素的图片。",
        f"the image is too large ({size + ', ' if size else ''}{pixels:,} pixels; "
        f"the limit is {limit:,}).",
        "请上传手机原始截图，或把图片缩小后再试。",
        "Upload the original phone screenshot, or scale the image down.",
    )


def _bomb_pixels(error: BaseException) -> int:
    """The pixel count Pillow names in its size-limit error ("Image size (N pixels) …")."""
    found = re.search(r"\((\d+) pixels\)", str(error))
    return int(found.group(1)) if found else 0


def _render_pdf(data: bytes, filename: str, max_pixels: int) -> tuple[list[Image.Image], list[str]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise _unreadable(
            filename,
            "PDF 文件已损坏或有密码，无法打开。",
            f"the PDF is damaged or password-protected ({error}).",
            "请导出一份没有密码的 PDF，或直接上传截图。",
            "Export an unprotected PDF, or upload the screenshots themselves.",
        ) from error
    notes = []
    count = len(document)
    if count == 0:
        raise _unreadable(
            filename, "PDF 没有页面。", "the PDF has no pages.", "请检查文件。", "Check the file."
        )
    if count > MAX_PDF_PAGES:
        notes.append(f"PDF 共 {count} 页，只识别了前 {MAX_PDF_PAGES} 页。")
    pages = []
    for index in range(min(count, MAX_PDF_PAGES)):
        page = document[index]
        width, height = page.get_size()
        pixels = int(width * PDF_SCALE) * int(height * PDF_SCALE)
        if pixels > max_pixels:
            raise _too_large(filename, pixels, max_pixels)
        pages.append(page.render(scale=PDF_SCALE).to_pil().convert("RGB"))
    return pages, notes


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if image.mode.startswith("I;16") or image.mode == "I":
        return image.point(lambda value: value / 256).convert("L").convert("RGB")
    return image.convert("RGB")


def load_image(data: bytes, filename: str, *, max_pixels: int, max_bytes: int) -> LoadedImage:
    """Decode one upload into RGB pages; raises UnreadableImage with a Chinese next step."""
    digest = sha256_of(data)
    if not data:
        raise _unreadable(
            filename, "文件是空的（0 字节）。", "the file is empty (0 bytes).",
            "请重新导出或重新截图后上传。", "Export or take the screenshot again.",
        )  # fmt: skip
    if len(data) > max_bytes:
        raise _unreadable(
            filename,
            f"文件太大（{len(data) / 1024 / 1024:.1f} MB，上限 {max_bytes // 1024 // 1024} MB）。",
            f"the file is too large ({len(data)} bytes, limit {max_bytes}).",
            "请上传截图本身，或把图片压缩后再试。",
            "Upload the screenshot itself, or compress it.",
        )
    if data[:5] == b"%PDF-":
        pages, notes = _render_pdf(data, filename, max_pixels)
        return LoadedImage(filename, digest, tuple(pages), "PDF", tuple(notes))
    _register_heif()
    notes: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            pixels = image.width * image.height
            if pixels > max_pixels:
                raise _too_large(filename, pixels, max_pixels, f"{image.width}×{image.height}")
            source_format = image.format or "?"
            frames = getattr(image, "n_frames", 1)
            if frames > 1:
                image.seek(0)
                notes.append(f"动图共 {frames} 帧，只识别了第一帧。")
            image.load()
            image = ImageOps.exif_transpose(image) or image  # phone photos carry a rotation tag
            rgb = _to_rgb(image)
    except UnreadableImage:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_large(filename, _bomb_pixels(error), max_pixels) from error
    except UnidentifiedImageError as error:
        raise _unreadable(
            filename,
            "不是可识别的图片文件。",
            "this is not an image file we can read.",
            "请上传 PNG、JPG、WEBP、HEIC、GIF 截图或 PDF。",
            "Upload PNG, JPG, WEBP, HEIC or GIF screenshots, or a PDF.",
        ) from error
    except (OSError, ValueError, SyntaxError) as error:
        raise _unreadable(
            filename,
            "图片已损坏或不完整（可能没有传完）。",
            f"the image is damaged or truncated ({error}).",
            "请从手机相册重新导出原图后上传。",
            "Export the original from the phone's gallery again.",
        ) from error
    if rgb.width < 16 or rgb.height < 16:
        raise _unreadable(
            filename, "图片太小，无法识别文字。", "the image is too small to read.",
            "请上传完整的截图。", "Upload the full screenshot.",
        )  # fmt: skip
    return LoadedImage(filename, digest, (rgb,), source_format, tuple(notes))
