"""Draw a case's screens as the files a borrower hands in (headless chromium, then Pillow).

Own phone screenshots are PNGs named as each device names them; screens forwarded through WeChat
from a relative's or colleague's phone are recompressed, smaller mmexport….jpg files; camera
photos of a card or letter are tilted JPEGs carrying an EXIF capture date.
"""

from __future__ import annotations

import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image

from tests.blindgen7.model import Case, Screen
from tests.blindgen7.pages import height_of, page_html
from tests.blindgen7.skins import SKINS
from tests.chromium import CHROMIUM, CHROMIUM_ARGS


def file_name(screen: Screen, index: int, phone: str) -> str:
    """The name the file arrives with: the device's own pattern, or WeChat's mmexport."""
    at = screen.captured
    if screen.forwarded:
        return f"mmexport{int(at.timestamp() * 1000) + index}.jpg"
    if screen.photo:
        return f"IMG_{at:%Y%m%d_%H%M%S}_{index}.jpg"
    skin = screen.skin
    if skin == "pc_wechat_own":
        return f"微信截图_{at:%Y%m%d%H%M%S}{index:02d}.png"
    if skin == "ipad_split":
        return f"IMG_{at:%Y%m%d}_{at:%H%M}{index:02d}.PNG"
    if skin == "sharp":
        return f"Screenshot_{at:%Y-%m-%d-%H-%M-%S}-{index:02d}.png"
    if skin == "eink":
        return f"Screenshot_{at:%Y%m%d%H%M%S}_{index}.png"
    return f"Screenshot_{at:%Y%m%d-%H%M%S}_{phone}{index}.png"


def _shoot(html: str, png: Path, width: int, height: int, scale: float) -> None:
    with tempfile.TemporaryDirectory(prefix="bg7-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        args = [
            CHROMIUM, "--headless", *CHROMIUM_ARGS, "--hide-scrollbars",
            f"--user-data-dir={tmp}/profile", f"--force-device-scale-factor={scale}",
            f"--window-size={width},{height}", f"--screenshot={png}", page.as_uri(),
        ]  # fmt: skip
        subprocess.run(args, check=True, capture_output=True, timeout=60)


def _finish(raw: Path, out: Path, screen: Screen) -> None:
    """Greyscale for e-ink, recompression for forwarded copies, tilt and EXIF for photos."""
    with Image.open(raw) as image:
        picture = image.convert("RGB")
    if screen.skin == "eink":
        picture = picture.convert("L").convert("RGB")
    if screen.photo:
        picture = picture.rotate(2.5, expand=True, fillcolor=(92, 78, 62))
        exif = Image.Exif()
        exif[0x0132] = f"{screen.captured:%Y:%m:%d %H:%M:%S}"
        exif[0x010F] = "Coolpad"
        picture.save(out, "JPEG", quality=82, exif=exif.tobytes())
    elif screen.forwarded:
        w, h = picture.size
        picture = picture.resize((w * 3 // 4, h * 3 // 4), Image.Resampling.BILINEAR)
        picture.save(out, "JPEG", quality=58)
    else:
        picture.save(out, "PNG")


def render_screen(screen: Screen, out: Path) -> Path:
    skin = SKINS[screen.skin]
    raw = out.with_suffix(".raw.png")
    _shoot(page_html(screen), raw, skin.width, height_of(screen), skin.scale)
    _finish(raw, out, screen)
    raw.unlink()
    return out


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case as a file in out_dir, in screen order."""
    out_dir = Path(out_dir) / case.key
    out_dir.mkdir(parents=True, exist_ok=True)
    targets = [out_dir / file_name(s, i, phone) for i, s in enumerate(case.screens)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        return list(pool.map(render_screen, case.screens, targets))
