"""How a set-30 screen reaches the borrower: as taken, photographed, pasted in a note, forwarded
in a chat, or stitched into a long capture."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen30.canvas import Canvas
from tests.blindgen30.chat import thread
from tests.blindgen30.chrome import header, inputbar, status_bar
from tests.blindgen30.model import Screen
from tests.blindgen30.pages import paint
from tests.blindgen30.skins import skin


def _jpeg(im: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def draw(scr: Screen) -> tuple[Image.Image, list[str]]:
    """The image the borrower holds and every string drawn on it (inner captures included)."""
    texts: list[str] = []
    images = {}
    if scr.inner is not None:
        inner_img, inner_texts = draw(scr.inner)
        texts += inner_texts
        if scr.wrap == "fwd30":
            small = inner_img.resize(
                (int(inner_img.width * 0.6), int(inner_img.height * 0.6)), Image.LANCZOS
            )
            inner_img = _jpeg(small, 58)
        images["inner"] = inner_img
    if scr.wrap == "memo30":
        cv = memo(scr, images["inner"])
        return cv.img, texts + cv.texts
    if scr.wrap == "stitch30":
        cv = stitched(scr)
        return cv.img, texts + cv.texts
    cv = paint(scr, images)
    img = cv.img
    if scr.wrap == "photo30":
        img = photo(img, seed=len(scr.name))
    return img, texts + cv.texts


def memo(scr: Screen, inner: Image.Image) -> Canvas:
    """A relative pasted the capture into a 备忘录 note and typed what they think above it."""
    sk = skin("memo30")
    paper = (252, 250, 242)
    cv = Canvas(sk["w"], sk["h"], paper)
    sk = dict(sk, pal=dict(sk["pal"], bar=paper))
    y = status_bar(cv, scr, sk, bg=paper)
    cv.text(
        sk["fs"] * 1.6,
        y + sk["fs"] * 1.4,
        "备忘录",
        int(sk["fs"] * 0.95),
        (230, 160, 0),
        anchor="lm",
    )
    cv.text(
        cv.w - sk["fs"],
        y + sk["fs"] * 1.4,
        "完成",
        int(sk["fs"] * 0.95),
        (230, 160, 0),
        anchor="rm",
    )
    y += int(sk["fs"] * 3.2)
    fs = sk["fs"]
    at = scr.captured
    cv.text(
        cv.w // 2,
        y,
        f"{at.year}年{at.month}月{at.day}日 {at.hour:02d}:{at.minute:02d}",
        int(fs * 0.7),
        (150, 150, 150),
        anchor="mm",
    )
    y += fs * 1.4
    y += cv.para(fs * 1.4, y, scr.note, int(fs * 1.05), (30, 30, 30), cv.w - fs * 2.8, lead=1.5)
    y += fs
    room = cv.h - y - fs
    scale = min((cv.w - fs * 2.8) / inner.width, room / inner.height)
    im = inner.resize((int(inner.width * scale), int(inner.height * scale)), Image.LANCZOS)
    x = (cv.w - im.width) // 2
    cv.img.paste(im, (x, int(y)))
    cv.box((x, y, x + im.width, y + im.height), None, outline=(210, 210, 210))
    return cv


def stitched(scr: Screen) -> Canvas:
    """A 长截图: the thread as tall as its messages, with the seam where two shots were joined."""
    sk = skin(scr.skin)
    fs = sk["fs"]
    tall = Screen(**{**scr.__dict__, "wrap": ""})
    draft = Canvas(sk["w"], sk["h"] * 3, sk["pal"]["bg"])
    y = status_bar(draft, tall, sk, bg=sk["pal"]["bar"])
    y = header(draft, sk, y, scr.title, scr.sub, center=True)
    gaps = []
    orig_box = draft.box

    def box(xy, fill, r=0, outline=None, width=1):
        gaps.append(xy[3])
        orig_box(xy, fill, r, outline, width)

    draft.box = box
    end = thread(draft, tall, sk, 0, y, draft.w, draft.h)
    draft.box = orig_box
    bar = int(fs * 2.6)
    cv = Canvas(sk["w"], int(end + fs + bar), sk["pal"]["bg"])
    cv.img.paste(draft.img.crop((0, 0, sk["w"], int(end + fs))), (0, 0))
    cv.texts = list(draft.texts)
    inputbar(cv, sk, cv.h, "短信/彩信", "发送")
    seam = int(
        min((g for g in gaps if g > sk["h"] * 0.6), key=lambda g: abs(g - sk["h"])) + fs * 0.4
    )
    lower = cv.img.crop((0, seam, cv.w, cv.h - bar))
    cv.img.paste(lower, (2, seam + 3))
    cv.line((0, seam, cv.w, seam), (198, 198, 204), 2)
    return cv


def photo(img: Image.Image, seed: int) -> Image.Image:
    """Another phone's camera: the screen tilted on a desk, a glare band, moiré, JPEG."""
    rnd = random.Random(seed)
    w, h = img.size
    W, H = int(w * 1.22), int(h * 1.16)
    desk = Image.new("RGB", (W, H), (84, 72, 60))
    ImageDraw.Draw(desk).rectangle((0, int(H * 0.7), W, H), fill=(70, 60, 52))
    # the screen's four corners in the photo (a gentle keystone)
    dx = int(w * 0.05)
    quad = [
        (int(W * 0.1) + dx, int(H * 0.06)),
        (int(W * 0.1) + w - dx // 2, int(H * 0.07)),
        (int(W * 0.1) + w + dx // 3, int(H * 0.07) + h),
        (int(W * 0.1) - dx // 3, int(H * 0.06) + h),
    ]
    coeffs = _perspective(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    desk.paste(warped, (0, 0), mask)
    # moiré: a faint interference of two fine line patterns over the screen
    over = Image.new("L", (W, H), 0)
    od = ImageDraw.Draw(over)
    step = 5
    for x in range(-H, W, step):
        od.line((x, 0, x + int(H * 0.18), H), fill=16)
    over = over.filter(ImageFilter.GaussianBlur(1.2))
    dark = Image.new("RGB", (W, H), (0, 0, 0))
    desk = Image.composite(dark, desk, Image.eval(over, lambda v: min(v, 30)))
    # glare: a soft diagonal band of light
    glare = Image.new("L", (W, H), 0)
    gd = ImageDraw.Draw(glare)
    off = rnd.randint(int(W * 0.2), int(W * 0.5))
    gd.polygon([(off, 0), (off + W * 0.18, 0), (off - W * 0.2, H), (off - W * 0.38, H)], fill=70)
    glare = glare.filter(ImageFilter.GaussianBlur(W * 0.04))
    desk = Image.composite(Image.new("RGB", (W, H), (255, 255, 250)), desk, glare)
    desk = desk.filter(ImageFilter.GaussianBlur(0.6))
    return _jpeg(desk, 72)


def _perspective(dst, src):
    """Coefficients mapping output points (dst quad) back to the source rectangle."""
    import numpy as np

    a = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return list(np.linalg.solve(np.array(a, float), np.array(b, float)))
