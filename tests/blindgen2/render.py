"""Draw a story's shots with headless chromium, then make them look like files people hand in.

Screenshots are named the way each phone names them; pictures sent over WeChat or QQ are shrunk,
recompressed and renamed by that app (mmexport…, QQ图片…); photos of paper get blur, JPEG noise and
EXIF. One browser draws the whole story.
"""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from PIL import Image, ImageFilter

from tests.blindgen2.model import Shot, Story
from tests.blindgen2.page import call_log_body, chat_body, sms_list_body, wrap
from tests.blindgen2.paper import PHOTO_CSS, bill_body, contact_body, id_card_body, paper_body
from tests.blindgen2.skins import PHONES
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

HEIGHT = {"ios_light": 844, "flyme": 850, "harmony_next": 832, "hyperos_dark": 850,
          "realme": 780, "oneplus": 915}  # fmt: skip
PACKAGE = {"wecom": "com.tencent.wework", "qq_group": "com.tencent.mobileqq",
           "dingtalk": "com.alibaba.android.rimet", "douyin": "com.ss.android.ugc.aweme",
           "alipay": "com.eg.android.AlipayGphone", "wechat": "com.tencent.mm",
           "sms": "com.android.mms", "dialer": "com.android.contacts",
           "contacts": "com.android.contacts", "bill": "com.loan.client"}  # fmt: skip
PHOTO_KINDS = ("paper", "id_card")
EXIF_IFD, DATETIME, DATETIME_ORIGINAL = 0x8769, 0x0132, 0x9003


def page_html(shot: Shot) -> str:
    """The HTML of one shot, whatever its kind."""
    height = HEIGHT.get(shot.skin, 844)
    match shot.kind:
        case "chat" | "group" | "sms_thread":
            return wrap(shot, chat_body(shot), height)
        case "sms_list":
            return wrap(shot, sms_list_body(shot), height)
        case "call_log":
            return wrap(shot, call_log_body(shot), height)
        case "bill":
            return wrap(shot, bill_body(shot), height, PHOTO_CSS)
        case "contact":
            return wrap(shot, contact_body(shot), height, PHOTO_CSS)
        case "paper":
            return wrap(shot, paper_body(shot), 700, PHOTO_CSS, "photo")
        case "id_card":
            return wrap(shot, id_card_body(shot), 420, PHOTO_CSS, "photo")
    raise ValueError(f"unknown kind {shot.kind}")


def file_name(shot: Shot, index: int, phone: str) -> str:
    """The name the file reaches the app under: the phone's, the camera's, or the chat app's."""
    c = shot.captured
    if shot.sent_via == "wechat":
        sent = c + timedelta(minutes=3 + index)
        return f"mmexport{int(sent.timestamp() * 1000)}.jpg"
    if shot.sent_via == "qq":
        return f"QQ图片{c + timedelta(minutes=2):%Y%m%d%H%M%S}.jpg"
    if shot.kind in PHOTO_KINDS:
        if phone == "ios_light":
            return f"IMG_{5100 + index * 7}.JPG"
        return f"IMG_{c:%Y%m%d_%H%M%S}.jpg"
    pkg = PACKAGE.get(shot.app, "com.android.systemui")
    match shot.skin:
        case "ios_light":
            return f"IMG_{4800 + index * 3}.PNG"
        case "flyme":
            return f"Screenshot_{c:%Y-%m-%d-%H-%M-%S}_{pkg}.png"
        case "harmony_next":
            return f"Screenshot_{c:%Y%m%d_%H%M%S}_{pkg}.jpg"
        case "hyperos_dark":
            return f"Screenshot_{c:%Y-%m-%d-%H-%M-%S}-{100 + index * 37}_{pkg}.jpg"
        case "realme":
            return f"Screenshot_{c:%Y-%m-%d-%H-%M-%S}-{10 + index}_{pkg}.jpg"
        case "oneplus":
            return f"Screenshot_{c:%Y%m%d-%H%M%S}.png"
    raise ValueError(f"unknown skin {shot.skin}")


def _exif(shot: Shot) -> bytes:
    exif = Image.Exif()
    stamp = f"{shot.captured:%Y:%m:%d %H:%M:%S}"
    exif[DATETIME] = stamp
    exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = stamp
    return exif.tobytes()


def finish(png: bytes, shot: Shot, name: str) -> bytes:
    """The drawn PNG as the file people hand in: shrunk and recompressed, or a photo's noise."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if shot.sent_via:
        # A chat app sends a smaller, recompressed copy.
        scale = 0.56 if shot.sent_via == "wechat" else 0.7
        size = (round(image.width * scale), round(image.height * scale))
        image = image.resize(size, Image.Resampling.BILINEAR)
    if shot.kind in PHOTO_KINDS:
        image = image.filter(ImageFilter.GaussianBlur(0.7))
    out = io.BytesIO()
    if name.lower().endswith(".png"):
        exif = _exif(shot) if name.startswith("IMG_") else None
        image.save(out, "PNG", exif=exif) if exif else image.save(out, "PNG")
    else:
        quality = 62 if shot.sent_via else 84
        keep_exif = shot.kind in PHOTO_KINDS and not shot.sent_via
        if keep_exif:
            image.save(out, "JPEG", quality=quality, exif=_exif(shot))
        else:
            image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def render_case(story: Story, out_dir: Path, phone: str) -> list[Path]:
    """Draw every shot of a story into out_dir/<key>/ and return the files in order."""
    from playwright.sync_api import sync_playwright

    folder = Path(out_dir) / story.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for index, shot in enumerate(story.shots):
                photo = shot.kind in PHOTO_KINDS
                width = 390 if photo else int(PHONES[shot.skin]["width"])
                scale = 2.5 if photo else (3 if shot.skin == "ios_light" else 2.75)
                tab = browser.new_page(
                    viewport={"width": width, "height": HEIGHT.get(shot.skin, 844)},
                    device_scale_factor=scale,
                )
                tab.set_content(page_html(shot))
                png = tab.screenshot(full_page=True, type="png")
                tab.close()
                name = file_name(shot, index, phone)
                path = folder / name
                path.write_bytes(finish(png, shot, name))
                paths.append(path)
        finally:
            browser.close()
    return paths
