"""Set 24: which page paints a screen; a chat holding a forwarded screenshot paints it too."""

from __future__ import annotations

import io

from PIL import Image

from tests.blindgen24.model import Msg, Screen
from tests.blindgen24.pages import (
    CHROME,
    SKINS,
    bottom_input,
    bubbles,
    page_duanxin,
    page_xinxiang,
    status_bar,
    tint,
    title_bar,
    when,
)
from tests.blindgen24.pages_calls import page_haoma, page_tonghua
from tests.blindgen24.pages_paper import page_hanjian, page_suoping, page_zhangdan
from tests.blindgen24.sheet import Sheet


def page_chat(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    y += title_bar(sh, k, y, s.title, "", centre=True)
    style = s.extra.get("style", "noon")
    group = s.app == "qunliao24"
    cut = s.extra.get("cut", len(s.msgs))
    y = bubbles(sh, s.msgs[:cut], s, k, y + int(20 * u), style, group)
    if s.inner is not None:
        y = _paste_inner(sh, s, k, y)
    y = bubbles(sh, s.msgs[cut:], s, k, y, style, group, last=s.msgs[cut - 1].at if cut else None)
    if y > sh.h - int(150 * u):
        raise ValueError(f"{s.name}: the chat runs under its input bar")
    bottom_input(sh, k, CHROME[s.app])


def _paste_inner(sh: Sheet, s: Screen, k: dict, y: int) -> int:
    """The forwarded screenshot: drawn at its own size, shrunk, recompressed, set in a bubble."""
    inner = paint(s.inner)
    # The relative cropped the shot below its last line before sending it.
    inner.img = inner.img.crop((0, 0, inner.w, min(inner.h, inner.bottom + inner.w // 20)))
    inner.h = inner.img.height
    sh.texts += inner.texts
    scale = s.extra.get("scale", 0.72)
    w, h = int(inner.w * scale * sh.w / 1080), int(inner.h * scale * sh.w / 1080)
    h = int(inner.h * scale * sh.w / 1080)
    small = inner.img.resize((w, h), Image.LANCZOS)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=60)
    small = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    u = sh.w / 1080
    who = s.msgs[0].who
    sh.box((int(40 * u), y, int(136 * u), y + int(96 * u)), fill=tint(who), r=int(12 * u))
    sh.box((int(156 * u), y - 4, int(164 * u) + w, y + h + 4), fill=k["sub"])
    sh.img.paste(small, (int(160 * u), y))
    return y + h + int(40 * u)


PAGES = {
    "duanxin24": page_duanxin,
    "xinxiang24": page_xinxiang,
    "tonghua24": page_tonghua,
    "haoma24": page_haoma,
    "weiliao24": page_chat,
    "qunliao24": page_chat,
    "suoping24": page_suoping,
    "zhangdan24": page_zhangdan,
    "hanjian24": page_hanjian,
}


def paint(s: Screen) -> Sheet:
    """Draw one screen at its own size."""
    k = SKINS[s.skin]
    w, h = s.extra.get("size", k["size"])
    sh = Sheet(w, h, k["bg"] if s.app != "hanjian24" else (118, 94, 68))
    PAGES[s.app](sh, s, k)
    return sh


__all__ = ["CHROME", "Msg", "paint", "when"]
