"""Draws the twelfth set's screens with headless chromium: PNG shots, forwarded JPEGs, photos."""

from __future__ import annotations

import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from PIL import Image

from tests.blindgen12 import chats, lists, paper
from tests.blindgen12.frames import (
    PHONES,
    float_page,
    gallery_page,
    land_page,
    phone_page,
    split_page,
)
from tests.blindgen12.model import PHOTO_APPS, Case, Screen
from tests.chromium import CHROMIUM, CHROMIUM_ARGS


def phone_of(screen: Screen) -> str:
    """The phone skin a screen's app runs on (a wrapper names it in extra["phone"])."""
    return screen.skin if screen.skin in PHONES else screen.extra.get("phone", "xos12")


def body_html(screen: Screen) -> str:
    """The app's own drawing, without any phone around it."""
    app, skin = screen.app, screen.extra.get("inner", phone_of(screen))
    if app in ("kakao12", "viber12", "zalo12", "house12", "wangwang12", "netease12"):
        return chats.room_chat(screen)
    if app == "sms12":
        return chats.sms12(screen, skin)
    if app == "calllog12":
        return lists.calllog12(screen, skin)
    simple = {
        "discord12": chats.discord12,
        "douban12": chats.douban12,
        "notifhist12": lists.notifhist12,
        "smssearch12": lists.smssearch12,
        "recording12": lists.recording12,
        "report12": lists.report12,
        "unionpay12": lists.unionpay12,
        "bill12": paper.bill12,
        "idcard12": paper.idcard12,
        "lawyer12": paper.lawyer12,
    }
    return simple[app](screen)


def _notes(lines: list[str]) -> str:
    """The lower app of a split screen: the borrower's own 备忘录 (her words, no collector's)."""
    rows = "".join(f'<div style="margin:6px 0">{line}</div>' for line in lines)
    return (
        '<div style="height:100%;background:#fffbe8;padding:12px 16px;font-size:14px;'
        f'color:#333"><div style="font-size:18px;font-weight:600">备忘录</div>{rows}</div>'
    )


def _video(title: str) -> str:
    """The full-screen app under a floating window: a paused video."""
    return (
        '<div style="height:100%;background:linear-gradient(#223,#000);color:#ddd;'
        f'padding:20px;font-size:14px">{title}<div style="margin-top:440px;height:4px;'
        'background:#555"><i style="display:block;width:40%;height:4px;background:#f33">'
        "</i></div></div>"
    )


def page_html(screen: Screen) -> str:
    """The whole HTML document of one screen."""
    body = body_html(screen)
    skin = phone_of(screen)
    if screen.app in PHOTO_APPS:
        inner = body
    elif screen.skin == "land12":
        inner = land_page(screen, skin, body)
    elif screen.skin == "split12":
        inner = split_page(screen, skin, body, _notes(screen.extra["notes"]))
    elif screen.skin == "float12":
        inner = float_page(screen, skin, _video(screen.extra["video"]), body)
    elif screen.skin == "gallery12":
        inner = gallery_page(screen, skin, screen.extra["inner"], body)
    else:
        assert screen.skin in PHONES, screen.skin
        inner = phone_page(screen, skin, body)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>*{box-sizing:border-box}'
        "body{margin:0;-webkit-font-smoothing:antialiased}i{display:inline-block}</style>"
        f"</head><body>{inner}</body></html>"
    )


def _size(screen: Screen) -> tuple[int, int, float]:
    """CSS width, height and device scale of the shot."""
    if screen.app == "idcard12":
        return 900, 640, 1.4
    if screen.app == "lawyer12":
        return 760, 1000, 1.4
    if screen.skin == "land12":
        return 888, 390, 2
    return 390, 844, 1.5 if screen.forwarded else 2


def file_name(screen: Screen, phone: str, index: int) -> str:
    """Own shots name the phone; forwarded ones are WeChat exports; photos are IMG_ JPEGs."""
    if screen.forwarded:
        ms = int((screen.captured + timedelta(minutes=3 + index)).timestamp() * 1000)
        return f"mmexport{ms}.jpg"
    if screen.app in PHOTO_APPS:
        return f"IMG_{screen.captured:%Y%m%d_%H%M%S}_{index:02d}.jpg"
    stamp = f"{screen.captured:%Y%m%d-%H%M%S}"
    if phone == "cupertino12":
        return f"IMG_{1200 + index:04d}.PNG"
    return f"Screenshot_{stamp}_{index:02d}_{phone}.png"


def _shoot(html: str, out: Path, size: tuple[int, int, float]) -> None:
    width, height, scale = size
    with tempfile.TemporaryDirectory(prefix="b12-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        png = Path(tmp) / "shot.png"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                *CHROMIUM_ARGS,
                f"--user-data-dir={tmp}/profile",
                "--hide-scrollbars",
                f"--force-device-scale-factor={scale}",
                f"--window-size={width},{height}",
                f"--screenshot={png}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        if out.suffix.lower() == ".jpg":  # a forwarded or camera picture is a JPEG
            Image.open(png).convert("RGB").save(out, "JPEG", quality=82)
        else:
            png.replace(out)


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of a case as an image file under out_dir/<case key>/, in screen order."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [
        (page_html(s), folder / file_name(s, phone, i), _size(s))
        for i, s in enumerate(case.screens)
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: _shoot(*job), jobs))
    return [path for _, path, _ in jobs]
