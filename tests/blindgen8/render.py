"""Screens to image files as handed in: phone PNGs, forwarded mmexport JPEGs, camera photos.

render_case(case, out_dir, phone) -> list[Path] is what bench/screens_blind.py calls.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from tests.blindgen8 import chats, pages
from tests.blindgen8.model import Case, Screen
from tests.blindgen8.skins import VIEWPORT
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_PAGES: dict[str, Callable[[Screen], str]] = {
    "dialer": pages.dialer,
    "msg_inbox": pages.msg_inbox,
    "blocker": pages.blocker,
    "contact_detail": pages.contact_detail,
    "bill": pages.bill,
    "paper": pages.paper,
    "sms_thread": chats.sms_thread,
    "chat1v1": chats.chat1v1,
    "parents_group": chats.parents_group,
    "guestbook": chats.guestbook,
    "channels_dm": chats.channels_dm,
}
# The package a screenshot file names, as Android screenshot tools write it.
_PACKAGE = {
    "dialer": "com.android.dialer",
    "msg_inbox": "com.android.mms",
    "sms_thread": "com.android.mms",
    "blocker": "com.tencent.qqpimsecure",
    "contact_detail": "com.android.contacts",
    "bill": "com.sulong.loan",
    "chat1v1": "com.tencent.mm",
    "parents_group": "com.tencent.mm",
    "channels_dm": "com.tencent.mm",
    "guestbook": "com.qzone",
}


def page_html(screen: Screen) -> str:
    return _PAGES[screen.app](screen)


def file_name(screen: Screen, index: int, phone: str) -> str:
    """The name of a file: mmexport<ms>.jpg when forwarded, IMG_… for photos, else Screenshot_…."""
    moment = screen.captured
    if screen.forwarded:
        return f"mmexport{int(moment.timestamp() * 1000) + index}.jpg"
    if screen.photo:
        return f"IMG_{moment:%Y%m%d_%H%M%S}.jpg"
    if phone == "kaios" and screen.skin == "kaios":
        return f"screenshot_{moment:%Y%m%d%H%M%S}_{index:02d}.png"
    package = _PACKAGE.get(screen.app, "android")
    return f"Screenshot_{moment:%Y-%m-%d-%H-%M-%S}-{index:02d}_{package}.png"


def _size(screen: Screen) -> tuple[int, int, float]:
    if screen.app == "paper":
        return 760, 480, 1.5
    width, height, scale = VIEWPORT[screen.skin]
    return width, height, scale


def _save(png: bytes, path: Path, screen: Screen) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if screen.forwarded:
        # A chat app recompresses what it forwards: smaller and lossy.
        image = image.resize((int(image.width * 0.75), int(image.height * 0.75)))
        image.save(path, "JPEG", quality=62)
    elif screen.photo:
        exif = Image.Exif()
        exif[0x0132] = f"{screen.captured:%Y:%m:%d %H:%M:%S}"
        exif[0x010F] = "Camera"
        image.save(path, "JPEG", quality=85, exif=exif)
    else:
        image.save(path, "PNG")


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Draw every screen of the case with headless chromium; one file per screen."""
    from playwright.sync_api import sync_playwright

    out = Path(out_dir) / case.key
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for index, screen in enumerate(case.screens):
                width, height, scale = _size(screen)
                page = browser.new_page(
                    viewport={"width": width, "height": height}, device_scale_factor=scale
                )
                page.set_content(page_html(screen))
                full = screen.tall or screen.app == "paper"
                png = page.screenshot(full_page=full)
                page.close()
                path = out / file_name(screen, index, phone)
                _save(png, path, screen)
                paths.append(path)
        finally:
            browser.close()
    return paths
